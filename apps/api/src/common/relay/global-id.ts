import { badInput } from '@lnob/domain';

/** Node types that have global ids. Modules add theirs. */
const NODE_TYPES = ['Area', 'Organization', 'User', 'RoleAssignment', 'ApiKey', 'AuditEntry', 'PersonalDataRead', 'Household', 'HouseholdMember', 'HouseholdReview', 'ImportJob', 'Fund', 'Donor', 'LedgerTransaction', 'Pledge', 'BankStatement', 'StatementLine', 'Plan', 'PlanTask', 'TaskAssignment', 'Milestone', 'ReportingObligation', 'Report', 'Event', 'Indicator', 'IndicatorTarget'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

export function isNodeTypeName(v: string): v is NodeTypeName {
  return (NODE_TYPES as readonly string[]).includes(v);
}

/** Opaque Relay global id: base64url("Type:rowId"). */
export function toGlobalId(type: NodeTypeName, rowId: number): string {
  return Buffer.from(`${type}:${rowId}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: NodeTypeName; rowId: number } | null {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const raw = Buffer.from(id, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):([1-9]\d{0,15})$/.exec(raw);
  if (!m || !isNodeTypeName(m[1])) return null;
  const rowId = Number(m[2]);
  return Number.isSafeInteger(rowId) ? { type: m[1] as NodeTypeName, rowId } : null;
}

/**
 * The row id behind a global id of the expected type. A malformed id or one of another type is
 * BAD_USER_INPUT (reason INVALID_ID), naming the argument path.
 */
export function rowIdOf(id: string, type: NodeTypeName, path = 'id'): number {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.type !== type) {
    throw badInput('INVALID_ID', `Not a valid ${type} id: ${JSON.stringify(id)}`, [{ path, message: `must be a ${type} id` }]);
  }
  return parsed.rowId;
}

/** rowIdOf for an optional argument: null/undefined/empty stays null. */
export function optionalRowIdOf(id: string | null | undefined, type: NodeTypeName, path: string): number | null {
  return id ? rowIdOf(id, type, path) : null;
}

/** Like rowIdOf, but never throws: for node lookups where a wrong id is simply "not found". */
export function tryRowIdOf(id: string, type: NodeTypeName): number | null {
  const parsed = fromGlobalId(id);
  return parsed && parsed.type === type ? parsed.rowId : null;
}
