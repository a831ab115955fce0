import { Suspense, useEffect, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { AppShell, Button, EmptyState, LoadingState, useI18n } from '@lnob/ui';
import { LogoutDocument, MeDocument } from '../features/auth/operations';
import { authHeaders } from './client';
import { describeError } from './errors';
import { QueryError } from './ErrorView';
import { navigate, useRoute } from './router';
import { navItemFor, visibleNavItems } from './nav';
import { SessionContext, type EndReason, type SessionApi } from './session';

/**
 * The signed-in frame: loads `me`, then header, permitted navigation and the current screen.
 * `token` is the session's, for revoking it on sign-out.
 */
export function Shell(p: { token: string; onEnd(reason: EndReason): void }) {
  const { onEnd, token } = p;
  const { t } = useI18n();
  const route = useRoute();
  const [me, reexecute] = useQuery({ query: MeDocument });
  const [, logout] = useMutation(LogoutDocument);
  const viewer = me.data?.me ?? null;
  const error = describeError(me.error);

  // A token the API does not know any more answers `me: null` (or an error the client exchange handles).
  useEffect(() => {
    if (!me.fetching && me.data && me.data.me === null) onEnd('TOKEN_INVALID');
  }, [me.fetching, me.data, onEnd]);

  const api = useMemo<SessionApi | null>(
    () =>
      viewer
        ? {
            viewer,
            can: (action) => viewer.permissions.includes(action),
            logout: () => {
              // Revoke the token at the API (best effort, its own header: the session is
              // forgotten locally at once, whatever the answer or if none comes).
              void logout({}, { fetchOptions: { headers: authHeaders(token) } });
              onEnd('LOGGED_OUT');
            },
          }
        : null,
    [viewer, logout, onEnd, token],
  );

  const nav = useMemo(() => (viewer ? visibleNavItems(viewer.permissions) : []), [viewer]);
  const item = navItemFor(route.path);
  const allowed = item ? nav.includes(item) : false;

  // `#/` → the first screen this user may see.
  useEffect(() => {
    if (viewer && route.path === '/' && nav[0]) navigate(nav[0].path, { replace: true });
  }, [viewer, route.path, nav]);

  if (!api) {
    if (error) {
      return (
        <div className="lnob-fullpage">
          <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          <Button onClick={() => onEnd('LOGGED_OUT')}>{t('app.logout')}</Button>
        </div>
      );
    }
    return (
      <div className="lnob-fullpage">
        <LoadingState />
      </div>
    );
  }

  const Page = item?.page;
  return (
    <SessionContext.Provider value={api}>
      <AppShell
        title={t('app.title')}
        userName={api.viewer.user.displayName}
        onLogout={api.logout}
        nav={nav.map((n) => ({ key: n.key, label: t(n.label), href: `#${n.path}`, active: n === item }))}
      >
        {route.path === '/' ? (
          nav.length === 0 ? <EmptyState message={t('app.noAccess')} /> : <LoadingState />
        ) : !item || !Page ? (
          <EmptyState message={t('app.pageNotFound')} />
        ) : !allowed ? (
          <EmptyState message={t('app.noAccess')} />
        ) : (
          <Suspense fallback={<LoadingState />}>
            <Page />
          </Suspense>
        )}
      </AppShell>
    </SessionContext.Provider>
  );
}
