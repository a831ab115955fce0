import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { I18nProvider, LoadingState, LOCALES, type Locale } from '@lnob/ui';
import { LoginPage } from '../features/auth/LoginPage';
import { createAdminClient, type AdminClientOptions } from './client';
import { isPublicPath } from './nav';
import { HashRouter, useRoute } from './router';
import { loadSession, saveSession, type EndReason, type StoredSession } from './session';
import { Shell } from './Shell';
import { readStored, STORAGE_KEYS, writeStored } from './storage';

function loadLocale(): Locale {
  const v = readStored('local', STORAGE_KEYS.locale);
  return (LOCALES as readonly string[]).includes(v ?? '') ? (v as Locale) : 'vi';
}

/** The public disclosure page, loaded only when opened (not part of the first paint). */
const PublicReportStandalone = lazy(() => import('../features/public/PublicReportPage').then((m) => ({ default: m.PublicReportStandalone })));

/** Public pages (`isPublicPath`) are shown to anyone, signed in or not: they sit before the sign-in gate. */
function PublicGate(p: { children: ReactNode }) {
  const route = useRoute();
  if (!isPublicPath(route.path)) return <>{p.children}</>;
  return (
    <Suspense
      fallback={
        <div className="lnob-fullpage">
          <LoadingState />
        </div>
      }
    >
      <PublicReportStandalone />
    </Suspense>
  );
}

/** The longest timer browsers honour (~24.8 days); sessions are 12 h anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function App(p: { makeClient?: (o: AdminClientOptions) => Client }) {
  const makeClient = p.makeClient ?? createAdminClient;
  const [locale, setLocale] = useState<Locale>(loadLocale);
  const changeLocale = useCallback((l: Locale) => {
    writeStored('local', STORAGE_KEYS.locale, l);
    setLocale(l);
  }, []);
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }, [locale]);

  const [session, setSession] = useState<StoredSession | null>(loadSession);
  const [ended, setEnded] = useState<EndReason | null>(null);
  const tokenRef = useRef<string | null>(session?.token ?? null);
  tokenRef.current = session?.token ?? null;

  const end = useCallback((reason: EndReason) => {
    if (tokenRef.current === null) return;
    tokenRef.current = null;
    saveSession(null);
    setSession(null);
    setEnded(reason);
  }, []);
  const start = useCallback((s: StoredSession) => {
    saveSession(s);
    tokenRef.current = s.token;
    setSession(s);
    setEnded(null);
  }, []);

  // One client (and so one cache) per session: nothing cached for one user is shown to the next.
  const token = session?.token ?? null;
  const client = useMemo(() => makeClient({ getToken: () => tokenRef.current, onSessionEnded: end }), [token, makeClient, end]);

  // End the session when its token expires, even without a request.
  useEffect(() => {
    if (!session) return;
    const ms = Date.parse(session.expiresAt) - Date.now();
    if (!(ms > 0)) {
      end('TOKEN_EXPIRED');
      return;
    }
    const timer = setTimeout(() => end('TOKEN_EXPIRED'), Math.min(ms, MAX_TIMER_MS));
    return () => clearTimeout(timer);
  }, [session, end]);

  return (
    <I18nProvider locale={locale} onLocaleChange={changeLocale}>
      <Provider value={client}>
        <HashRouter>
          <PublicGate>{session ? <Shell key={session.token} token={session.token} onEnd={end} /> : <LoginPage ended={ended} onLogin={start} />}</PublicGate>
        </HashRouter>
      </Provider>
    </I18nProvider>
  );
}
