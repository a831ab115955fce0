/**
 * The navigation registry: one entry per screen of the left menu. Later modules (plans, households,
 * funds…) add an entry here. An entry is shown only when `me.permissions` holds its action.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Action } from '@lnob/domain';
import type { UiMessageKey } from '@lnob/ui';

export interface NavItem {
  key: string;
  /** Menu label (an i18n key of @lnob/ui). */
  label: UiMessageKey;
  /** First path segment it owns: `/users` also owns `/users/42`. */
  path: `/${string}`;
  /** Other first segments that show the same screen (e.g. the areas tab). */
  aliases?: readonly `/${string}`[];
  /** The action `me.permissions` must contain; null = every signed-in user. */
  requires: Action | null;
  /** The screen, loaded on first use (keeps the first paint small). */
  page: LazyExoticComponent<ComponentType>;
}

export const NAV_ITEMS: readonly NavItem[] = [
  {
    key: 'organizations',
    label: 'nav.organizations',
    path: '/organizations',
    aliases: ['/areas'],
    requires: 'organization.read',
    page: lazy(() => import('../features/organizations/BrowserPage')),
  },
  { key: 'households', label: 'nav.households', path: '/households', requires: 'household.read', page: lazy(() => import('../features/households/HouseholdsPage')) },
  { key: 'imports', label: 'nav.imports', path: '/imports', requires: 'data.capture', page: lazy(() => import('../features/imports/ImportPage')) },
  { key: 'statistics', label: 'nav.statistics', path: '/statistics', requires: 'household.read', page: lazy(() => import('../features/statistics/StatisticsPage')) },
  // Funds are read with organization.read; every role holding it holds household.read too (ROLE_ACTIONS), which the
  // disbursement form's household picker needs.
  { key: 'funds', label: 'nav.funds', path: '/funds', requires: 'household.read', page: lazy(() => import('../features/funds/FundsPage')) },
  // Plans and what hangs on them (issue 6): read with organization.read; the screens offer writing by data.capture / data.review.
  { key: 'plans', label: 'nav.plans', path: '/plans', requires: 'organization.read', page: lazy(() => import('../features/plans/PlansPage')) },
  { key: 'reports', label: 'nav.reports', path: '/reports', requires: 'organization.read', page: lazy(() => import('../features/reports/ReportsPage')) },
  { key: 'indicators', label: 'nav.indicators', path: '/indicators', requires: 'organization.read', page: lazy(() => import('../features/indicators/IndicatorsPage')) },
  { key: 'criteria', label: 'nav.criteria', path: '/criteria', requires: 'organization.read', page: lazy(() => import('../features/indicators/CriteriaPage')) },
  { key: 'events', label: 'nav.events', path: '/events', requires: 'organization.read', page: lazy(() => import('../features/events/EventsPage')) },
  { key: 'users', label: 'nav.users', path: '/users', requires: 'user.manage', page: lazy(() => import('../features/users/UsersPage')) },
  { key: 'apiKeys', label: 'nav.apiKeys', path: '/api-keys', requires: 'apiKey.manage', page: lazy(() => import('../features/api-keys/ApiKeysPage')) },
  { key: 'audit', label: 'nav.audit', path: '/audit', requires: 'audit.read', page: lazy(() => import('../features/audit/AuditPage')) },
];

/**
 * Pages anyone may open without signing in, outside the sign-in gate and the menu (App.tsx): the
 * public disclosure of the Fund for the Poor, `#/cong-khai?quy=<fund id>&nam=2024&caodiem=1`.
 */
const PUBLIC_PATHS = ['/cong-khai'] as const;

export function isPublicPath(path: string): boolean {
  return PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`));
}

export function visibleNavItems(permissions: readonly string[], items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((i) => i.requires === null || permissions.includes(i.requires));
}

/** The entry owning a path (`/users/42` → users), whatever the permissions. */
export function navItemFor(path: string, items: readonly NavItem[] = NAV_ITEMS): NavItem | undefined {
  const first = `/${path.split('/').filter(Boolean)[0] ?? ''}`;
  return items.find((i) => i.path === first || i.aliases?.includes(first as `/${string}`));
}
