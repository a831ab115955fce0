import { canTakeReportAction, inAnySubtree, parentPathOf, subtreeRange, type ReportAction, type ReportState } from '@lnob/domain';
import type { Caller } from '../auth/caller';
import type { Scope, SqlClause } from '../auth/scope';
import type { ReportEntity } from './report.entity';

/** The columns a report's scope depends on. */
export type ReportPlace = Pick<ReportEntity, 'reporterPath' | 'reporterAreaPath' | 'recipientPath'>;

/** `column` lies in one of the subtrees of `roots` (index-friendly path ranges). */
function inRoots(column: string, roots: readonly string[]): SqlClause[] {
  return roots.map((r) => {
    const { from, to } = subtreeRange(r);
    return { sql: `(${column} >= ? AND ${column} < ?)`, params: [from, to] };
  });
}

function any(parts: SqlClause[]): SqlClause {
  if (parts.length === 0) return { sql: '1 = 0', params: [] };
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
}

/**
 * Who may see and act on reports (docs/plans.md "Authorization"):
 * - read: `organization.read` covering the reporter (its subtree, or the area it works in) or the
 *   recipient (its subtree) — the reporter, the recipient, the level above and who views them;
 * - save and submit: `data.capture` owning the reporter;
 * - return and approve: `data.review` owning the recipient;
 * - accept: `data.review` owning the recipient's parent in its own system (the level above).
 * A report the caller cannot read is NOT_FOUND, whatever the action.
 */
export class ReportAccess {
  constructor(readonly caller: Caller) {}

  visible(r: ReportPlace): boolean {
    const s = this.caller.scope('organization.read');
    return s.coversOrganization(r.reporterPath, r.reporterAreaPath) || s.coversOrganizationPath(r.recipientPath);
  }

  /** SQL of `visible` on the columns of `alias` (null: everything). */
  visibleSql(alias: string, scope: Scope = this.caller.scope('organization.read')): SqlClause | null {
    if (scope.national || scope.allAreas) return null;
    return any([...inRoots(`${alias}.reporterPath`, scope.orgRoots), ...inRoots(`${alias}.reporterAreaPath`, scope.areaRoots), ...inRoots(`${alias}.recipientPath`, scope.orgRoots)]);
  }

  /** Reports whose recipient lies in the caller's `data.review` subtrees (to return, approve and — one level down — accept). */
  inboxSql(alias: string, review: Scope): SqlClause | null {
    return review.national ? null : any(inRoots(`${alias}.recipientPath`, review.orgRoots));
  }

  /** Reports whose reporter lies in the caller's `data.capture` subtrees. */
  outboxSql(alias: string, capture: Scope): SqlClause | null {
    return capture.national ? null : any(inRoots(`${alias}.reporterPath`, capture.orgRoots));
  }

  /** Whether the caller holds the action's scope over the report's party (not looking at its state). */
  owns(r: ReportPlace, action: ReportAction): boolean {
    switch (action) {
      case 'SAVE':
      case 'SUBMIT':
        return this.caller.scope('data.capture').ownsOrganization(r.reporterPath);
      case 'RETURN':
        // The recipient, or the level above it (who would otherwise accept): both own the recipient.
        return this.caller.scope('data.review').ownsOrganization(r.recipientPath);
      case 'APPROVE':
        return this.caller.scope('data.review').ownsOrganization(r.recipientPath);
      case 'ACCEPT':
        return ownsParent(this.caller.scope('data.review'), r.recipientPath);
    }
  }

  /** Whether the caller may take `action` now (its scope and the report's state): the `can…` fields. */
  can(r: ReportPlace & { state: string }, action: ReportAction): boolean {
    return this.visible(r) && this.owns(r, action) && canTakeReportAction(r.state as ReportState, action);
  }
}

/** `data.review` over the parent of `path` in its own system: nationwide only for a root organization. */
function ownsParent(s: Scope, path: string): boolean {
  if (s.national) return true;
  const parent = parentPathOf(path);
  return parent !== null && inAnySubtree(s.orgRoots, parent);
}
