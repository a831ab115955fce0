import { describe, expect, it } from 'vitest';
import {
  ACTION_SCOPE,
  ACTIONS,
  actionsOfRoles,
  API_KEY_SCOPES,
  apiKeyGrants,
  isNationalRole,
  ROLE_ACTIONS,
  roleGrants,
  ROLES,
  WRITE_ACTIONS,
  type Action,
  type Role,
} from './permissions';

/** The permission table of docs/auth.md, row by row: Y = granted. */
const TABLE: [Action, Record<Role, boolean>][] = [
  ['area.read', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: true, REVIEWER: true, VIEWER: true }],
  ['organization.read', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: true, REVIEWER: true, VIEWER: true }],
  ['household.read', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: true, REVIEWER: true, VIEWER: true }],
  ['area.write', { SYSTEM_ADMIN: true, ORG_ADMIN: false, OFFICER: false, REVIEWER: false, VIEWER: false }],
  ['organization.write', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: false, REVIEWER: false, VIEWER: false }],
  ['user.read', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: false, REVIEWER: false, VIEWER: false }],
  ['user.manage', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: false, REVIEWER: false, VIEWER: false }],
  ['apiKey.manage', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: false, REVIEWER: false, VIEWER: false }],
  ['audit.read', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: false, REVIEWER: false, VIEWER: false }],
  ['personalData.read', { SYSTEM_ADMIN: true, ORG_ADMIN: true, OFFICER: true, REVIEWER: true, VIEWER: false }],
  ['data.capture', { SYSTEM_ADMIN: true, ORG_ADMIN: false, OFFICER: true, REVIEWER: false, VIEWER: false }],
  ['data.review', { SYSTEM_ADMIN: true, ORG_ADMIN: false, OFFICER: false, REVIEWER: true, VIEWER: false }],
];

describe('the permission table', () => {
  it('covers every action exactly once', () => {
    expect(TABLE.map(([a]) => a).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(TABLE.flatMap(([action, row]) => ROLES.map((role) => [role, action, row[role]] as const)))(
    '%s × %s → %s',
    (role, action, granted) => {
      expect(roleGrants(role, action)).toBe(granted);
    },
  );

  it('gives every action a scope kind, national ones only to SYSTEM_ADMIN', () => {
    for (const a of ACTIONS) {
      expect(['view', 'capture', 'national']).toContain(ACTION_SCOPE[a]);
      if (ACTION_SCOPE[a] === 'national') expect(ROLES.filter((r) => roleGrants(r, a))).toEqual(['SYSTEM_ADMIN']);
    }
    expect(ROLES.filter(isNationalRole)).toEqual(['SYSTEM_ADMIN']);
  });

  it('lets no role but SYSTEM_ADMIN hold an action outside the table', () => {
    for (const r of ROLES) for (const a of ROLE_ACTIONS[r]) expect(ACTIONS).toContain(a);
  });

  it.each<[Role[], Action[]]>([
    [[], []],
    [['VIEWER'], ['area.read', 'organization.read', 'household.read']],
    [['VIEWER', 'OFFICER'], ['area.read', 'organization.read', 'household.read', 'personalData.read', 'data.capture']],
    [['SYSTEM_ADMIN'], [...ACTIONS]],
  ])('actionsOfRoles(%j)', (roles, actions) => {
    expect(actionsOfRoles(roles)).toEqual(actions);
  });
});

describe('API key grants (fail-closed, read-only)', () => {
  it.each<[string[], boolean, Action, boolean]>([
    [[], false, 'organization.read', false],
    [['ORGANIZATIONS'], false, 'organization.read', true],
    [['ORGANIZATIONS'], false, 'area.read', false],
    [['AREAS'], false, 'area.read', true],
    [['AREAS'], false, 'household.read', false],
    [['HOUSEHOLDS'], false, 'household.read', true],
    [['HOUSEHOLDS'], false, 'personalData.read', false],
    [['AREAS', 'ORGANIZATIONS'], false, 'personalData.read', false],
    [['AREAS', 'ORGANIZATIONS'], true, 'personalData.read', true],
    [['AREAS', 'ORGANIZATIONS'], true, 'audit.read', false],
    [['AREAS', 'ORGANIZATIONS'], true, 'user.read', false],
  ])('scopes %j, personalData %s, %s → %s', (scopes, personal, action, granted) => {
    expect(apiKeyGrants(scopes as never, personal, action)).toBe(granted);
  });

  it('never grants a write action, whatever the scopes', () => {
    for (const a of WRITE_ACTIONS) expect(apiKeyGrants(API_KEY_SCOPES, true, a)).toBe(false);
  });
});
