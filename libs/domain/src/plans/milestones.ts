/** Milestones of a plan (mốc thời gian): deployment, mid-term and final reviews, the peak month… */
import type { Reason } from '../errors';
import { isLocalDate, type LocalDate } from '../scalars/local-date';
import { isMilestoneKind } from './codes';
import type { PlanProblem } from './draft';
import type { PlanYears } from './tasks';

export const MILESTONE_TITLE_MAX_LENGTH = 500;

export interface MilestoneDraft {
  kind: string;
  title: string;
  startsOn: LocalDate;
  endsOn?: LocalDate | null;
}

/**
 * Problems of a milestone: a known kind; a title; real dates, `endsOn` not before `startsOn`; it
 * starts within the plan's years or the year after (a final review held early in the next year).
 */
export function checkMilestone(m: MilestoneDraft, years: PlanYears, prefix = 'input'): PlanProblem[] {
  const out: PlanProblem[] = [];
  const add = (path: string, message: string, reason: Reason = 'VALIDATION_FAILED') => out.push({ path: `${prefix}.${path}`, message, reason });
  if (!isMilestoneKind(m.kind)) add('kind', 'not a milestone kind');
  if (m.title == null || m.title.trim() === '') add('title', 'required');
  else if (m.title.trim().length > MILESTONE_TITLE_MAX_LENGTH) add('title', `at most ${MILESTONE_TITLE_MAX_LENGTH} characters`);
  const startOk = isLocalDate(m.startsOn);
  if (!startOk) add('startsOn', 'a date YYYY-MM-DD', 'INVALID_LOCAL_DATE');
  else {
    const y = Number(m.startsOn.slice(0, 4));
    if (y < years.periodFrom || y > years.periodTo + 1) add('startsOn', `within the plan's years ${years.periodFrom}–${years.periodTo} (or the year after)`);
  }
  if (m.endsOn != null) {
    if (!isLocalDate(m.endsOn)) add('endsOn', 'a date YYYY-MM-DD', 'INVALID_LOCAL_DATE');
    else if (startOk && m.endsOn < m.startsOn) add('endsOn', 'must not be before startsOn');
  }
  return out;
}
