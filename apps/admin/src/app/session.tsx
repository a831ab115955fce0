/**
 * The signed-in session: token and expiry in sessionStorage (gone with the tab), the viewer from
 * `me`, and how it ends (sign-out, or the API saying the token expired, was revoked or is invalid).
 */
import { createContext, useContext } from 'react';
import type { SessionEndReason } from './errors';
import { readStored, STORAGE_KEYS, writeStored } from './storage';

export interface StoredSession {
  token: string;
  expiresAt: string;
}

export type EndReason = SessionEndReason | 'LOGGED_OUT';

export function loadSession(): StoredSession | null {
  const raw = readStored('session', STORAGE_KEYS.session);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof v.token === 'string' && typeof v.expiresAt === 'string') return { token: v.token, expiresAt: v.expiresAt };
  } catch {
    /* corrupt: start signed out */
  }
  return null;
}

export function saveSession(s: StoredSession | null): void {
  writeStored('session', STORAGE_KEYS.session, s ? JSON.stringify(s) : null);
}

export interface Viewer {
  user: { id: string; username: string; displayName: string };
  permissions: string[];
  expiresAt: string;
}

export interface SessionApi {
  viewer: Viewer;
  can(action: string): boolean;
  /** Signs out (revokes the token at the API, best effort). */
  logout(): void;
}

export const SessionContext = createContext<SessionApi | null>(null);

/** `can(action)` of the signed-in viewer; false for every action outside the shell (tests without a session). */
export function useCan(): (action: string) => boolean {
  const s = useContext(SessionContext);
  return (action) => s?.can(action) ?? false;
}
