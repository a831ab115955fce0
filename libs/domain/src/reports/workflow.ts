/**
 * The report workflow (docs/plans.md): the reporter saves drafts and submits; the recipient returns
 * or approves; the level above the recipient accepts (approving and accepting are separate steps,
 * as in DHIS2). A returned report goes back to its reporter for a new submission.
 */
import { conflict, Problems, type FieldError, type Reason } from '../errors';
import type { ReportState } from './status';

export const REPORT_ACTIONS = ['SAVE', 'SUBMIT', 'RETURN', 'APPROVE', 'ACCEPT'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** From which states each action may be taken, and the state it leads to. */
const MOVES: Record<ReportAction, { from: readonly ReportState[]; to: ReportState | null }> = {
  /** Saving a draft keeps the state. */
  SAVE: { from: ['OPEN', 'RETURNED'], to: null },
  SUBMIT: { from: ['OPEN', 'RETURNED'], to: 'SUBMITTED' },
  RETURN: { from: ['SUBMITTED', 'APPROVED'], to: 'RETURNED' },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED' },
  ACCEPT: { from: ['APPROVED'], to: 'ACCEPTED' },
};

const DONE: Record<ReportAction, string> = { SAVE: 'saved', SUBMIT: 'submitted', RETURN: 'returned', APPROVE: 'approved', ACCEPT: 'accepted' };

/** Why an action does not fit a state: the report is past it, or has not reached it. */
function refusalReason(state: ReportState, action: ReportAction): Reason {
  if (state === 'ACCEPTED') return 'REPORT_ALREADY_ACCEPTED';
  switch (action) {
    case 'SAVE':
    case 'SUBMIT':
      return 'REPORT_ALREADY_SUBMITTED';
    case 'RETURN':
      return 'REPORT_NOT_SUBMITTED';
    case 'APPROVE':
      return state === 'APPROVED' ? 'REPORT_ALREADY_APPROVED' : 'REPORT_NOT_SUBMITTED';
    case 'ACCEPT':
      return 'REPORT_NOT_APPROVED';
  }
}

/** Whether `action` may be taken from `state`. */
export function canTakeReportAction(state: ReportState, action: ReportAction): boolean {
  return MOVES[action].from.includes(state);
}

/**
 * The state after `action`, or CONFLICT with a reason: REPORT_ALREADY_SUBMITTED (save or submit
 * after submitting), REPORT_NOT_SUBMITTED (return or approve what its reporter still holds),
 * REPORT_ALREADY_APPROVED, REPORT_NOT_APPROVED (accept before approval), REPORT_ALREADY_ACCEPTED
 * (nothing moves an accepted report).
 */
export function assertReportTransition(state: ReportState, action: ReportAction): ReportState {
  const move = MOVES[action];
  if (!move.from.includes(state)) {
    throw conflict(refusalReason(state, action), `A ${state} report cannot be ${DONE[action]}.`);
  }
  return move.to ?? state;
}

export const RETURN_REASON_MIN = 5;
export const RETURN_REASON_MAX = 2000;
export const NARRATIVE_MAX = 20000;

/** Why a report is returned: 5–2000 characters after trimming. */
export function returnReasonProblems(reason: unknown, path = 'input.reason'): FieldError[] {
  const p = new Problems();
  const text = typeof reason === 'string' ? reason.trim() : '';
  p.check(path, text.length >= RETURN_REASON_MIN && text.length <= RETURN_REASON_MAX, `say why, in ${RETURN_REASON_MIN}–${RETURN_REASON_MAX} characters`);
  return p.fieldErrors;
}

/** A report's narrative (thuyết minh): at most 20,000 characters. */
export function narrativeProblems(narrative: string | null | undefined, path = 'input.narrative'): FieldError[] {
  const p = new Problems();
  if (narrative != null) p.check(path, narrative.length <= NARRATIVE_MAX, `at most ${NARRATIVE_MAX} characters`);
  return p.fieldErrors;
}
