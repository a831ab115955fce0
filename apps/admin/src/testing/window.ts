/** A minimal browser for tests without a DOM: storage and location, enough for App. */
import { vi } from 'vitest';

export function fakeWindow(hash = '#/') {
  const store = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), map: m };
  };
  const w = {
    localStorage: store(),
    sessionStorage: store(),
    location: { hash, replace: vi.fn() },
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  (globalThis as { window?: unknown }).window = w;
  return w;
}
