/**
 * Browser storage that tolerates its absence (server-side rendering in tests, privacy modes):
 * reads give null, writes are dropped.
 */
type Kind = 'local' | 'session';

function store(kind: Kind): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readStored(kind: Kind, key: string): string | null {
  try {
    return store(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(kind: Kind, key: string, value: string | null): void {
  try {
    const s = store(kind);
    if (!s) return;
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
  } catch {
    /* storage full or blocked: the app keeps working for this page view */
  }
}

/** Keys of what the admin app keeps in the browser. */
export const STORAGE_KEYS = {
  /** sessionStorage: `{ token, expiresAt }` of the signed-in user (gone when the tab closes). */
  session: 'lnob.admin.session',
  /** localStorage: the chosen language, `vi` or `en`. */
  locale: 'lnob.admin.locale',
} as const;
