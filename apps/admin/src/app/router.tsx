/**
 * Hash routing (`#/users/42?x=y`): no router dependency, works with any static file server and
 * with the API's SPA fallback alike. Pages read the route with `useRoute()` and link with `href()`.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

export interface Route {
  /** `/users/42` */
  path: string;
  /** `['users', '42']` */
  segments: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [p, q = ''] = raw.split('?', 2);
  const path = `/${p.replace(/^\/+/, '').replace(/\/+$/, '')}`;
  return { path, segments: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q) };
}

export type QueryValues = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** `href('/users', { q: 'an' })` → `#/users?q=an`; empty values are left out. */
export function href(path: string, query: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (typeof window === 'undefined') return;
  const target = to.startsWith('#') ? to : `#${to}`;
  if (opts.replace) window.location.replace(target);
  else window.location.hash = target;
}

/** The route with some query values changed (null/'' removes them). */
export function withQuery(route: Route, changes: QueryValues): string {
  const merged: Record<string, string | number | boolean | null | undefined> = Object.fromEntries(route.query.entries());
  Object.assign(merged, changes);
  return href(route.path, merged);
}

const RouteContext = createContext<Route>(parseHash('#/'));

function currentHash(): string {
  return typeof window === 'undefined' ? '#/' : window.location.hash;
}

/** Follows `location.hash`. */
export function HashRouter(p: { children: ReactNode }) {
  const [route, setRoute] = useState(() => parseHash(currentHash()));
  useEffect(() => {
    const w = window;
    const onChange = () => setRoute(parseHash(currentHash()));
    w.addEventListener('hashchange', onChange);
    return () => w.removeEventListener('hashchange', onChange);
  }, []);
  return <RouteContext.Provider value={route}>{p.children}</RouteContext.Provider>;
}

/** A fixed route, for tests and server rendering. */
export function StaticRouter(p: { hash: string; children: ReactNode }) {
  return <RouteContext.Provider value={parseHash(p.hash)}>{p.children}</RouteContext.Provider>;
}

export function useRoute(): Route {
  return useContext(RouteContext);
}
