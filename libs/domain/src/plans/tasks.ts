/**
 * Tasks of a plan and their due dates (docs/plans.md "plans/"). A ONE_OFF task is due on `dueOn`; a
 * recurring task falls due once per period of its recurrence within the plan's years: ANNUAL on
 * `dueDay`/`dueMonth` of each year; SEMI_ANNUAL, QUARTERLY and MONTHLY on `dueDay` of each period's
 * last month. A day past the month's end (31 in a 30-day month, 29–31 in February) means its last day.
 */
import type { PlanProblem } from './draft';
import type { Reason } from '../errors';
import { daysInMonth, formatLocalDate, isLocalDate, type LocalDate } from '../scalars/local-date';
import { isRecordedTaskStatus, isTaskRecurrence, isTaskRole, type RecordedTaskStatus, type TaskRecurrence, type TaskStatus } from './codes';

export const TASK_TITLE_MAX_LENGTH = 500;
export const TASK_DESCRIPTION_MAX_LENGTH = 10_000;
export const TASK_EVIDENCE_MAX_LENGTH = 5_000;

/** What decides a task's due dates. */
export interface TaskSchedule {
  recurrence: TaskRecurrence | string;
  dueOn?: LocalDate | null;
  dueMonth?: number | null;
  dueDay?: number | null;
}

/** The plan's years (inclusive): recurring tasks fall due only within them. */
export interface PlanYears {
  periodFrom: number;
  periodTo: number;
}

/** Months per period of each recurrence. */
const PERIOD_MONTHS: Record<Exclude<TaskRecurrence, 'ONE_OFF'>, number> = { ANNUAL: 12, SEMI_ANNUAL: 6, QUARTERLY: 3, MONTHLY: 1 };

/** `day` (from 1) of `month` (1-based, may run past December into the next years) of `year`, clamped to the month's last day. */
export function clampedDate(year: number, month: number, day: number): LocalDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return formatLocalDate(y, m, Math.min(Math.max(1, day), daysInMonth(y, m)));
}

/**
 * The occurrence of a recurring task in the period (of its recurrence) that contains `date`: the
 * year for ANNUAL, the half-year, quarter or month for the others.
 */
function occurrenceAt(task: TaskSchedule, year: number, month: number): LocalDate {
  const day = task.dueDay ?? 1;
  if (task.recurrence === 'ANNUAL') return clampedDate(year, task.dueMonth ?? 12, day);
  const size = PERIOD_MONTHS[task.recurrence as Exclude<TaskRecurrence, 'ONE_OFF'>];
  const lastMonth = Math.ceil(month / size) * size;
  return clampedDate(year, lastMonth, day);
}

/** Every due date of a task within the plan's years, in order (a ONE_OFF task: its one date). */
export function taskOccurrences(task: TaskSchedule, years: PlanYears): LocalDate[] {
  if (task.recurrence === 'ONE_OFF') return task.dueOn ? [task.dueOn] : [];
  const size = task.recurrence === 'ANNUAL' ? 12 : PERIOD_MONTHS[task.recurrence as Exclude<TaskRecurrence, 'ONE_OFF'>];
  const out: LocalDate[] = [];
  for (let y = years.periodFrom; y <= years.periodTo; y++) {
    for (let m = size; m <= 12; m += size) out.push(occurrenceAt(task, y, m));
  }
  return out;
}

/**
 * The due date of the occurrence in force on `asOf`: a ONE_OFF task's `dueOn`; for a recurring task,
 * the occurrence of the period (year, half, quarter, month) containing `asOf` — before the plan's
 * first year, the first occurrence; after its last year, the last one (a task never done stays
 * overdue). Without the plan's years, the period containing `asOf`. Null when the task has no date.
 */
export function taskDueOn(task: TaskSchedule, asOf: LocalDate, years?: PlanYears | null): LocalDate | null {
  if (task.recurrence === 'ONE_OFF') return task.dueOn ?? null;
  if (task.dueDay == null || (task.recurrence === 'ANNUAL' && task.dueMonth == null)) return null;
  let year = Number(asOf.slice(0, 4));
  let month = Number(asOf.slice(5, 7));
  if (years) {
    if (year < years.periodFrom) [year, month] = [years.periodFrom, 1];
    else if (year > years.periodTo) [year, month] = [years.periodTo, 12];
  }
  return occurrenceAt(task, year, month);
}

/**
 * The status shown for an assignment: OVERDUE when it is not DONE and `asOf` is after the due
 * date (the due day itself is still on time); otherwise the recorded status.
 */
export function assignmentStatus(recorded: RecordedTaskStatus | string, dueOn: LocalDate | null, asOf: LocalDate): TaskStatus {
  if (recorded !== 'DONE' && dueOn !== null && asOf > dueOn) return 'OVERDUE';
  return recorded as TaskStatus;
}

export interface TaskDraft extends TaskSchedule {
  title: string;
  description?: string | null;
  assignees?: { organizationId: number; role: string }[] | null;
}

/**
 * Every problem of a new task (paths under `prefix`): title; ONE_OFF needs `dueOn` within the plan's
 * years (and no `dueMonth`/`dueDay`); ANNUAL needs `dueMonth` 1–12 and `dueDay` 1–31 that exists in
 * that month in a leap year (29/02 is then the 28th in other years); the other recurrences need
 * `dueDay` 1–31 and no `dueMonth`. Assignees: known roles, each organization once.
 */
export function checkTask(t: TaskDraft, years: PlanYears, prefix = 'input'): PlanProblem[] {
  const out: PlanProblem[] = [];
  const add = (path: string, message: string, reason: Reason = 'VALIDATION_FAILED') => out.push({ path: `${prefix}.${path}`, message, reason });
  if (t.title == null || t.title.trim() === '') add('title', 'required');
  else if (t.title.trim().length > TASK_TITLE_MAX_LENGTH) add('title', `at most ${TASK_TITLE_MAX_LENGTH} characters`);
  if (t.description != null && t.description.trim().length > TASK_DESCRIPTION_MAX_LENGTH) add('description', `at most ${TASK_DESCRIPTION_MAX_LENGTH} characters`);
  if (!isTaskRecurrence(t.recurrence)) add('recurrence', 'not a recurrence');
  else if (t.recurrence === 'ONE_OFF') {
    if (t.dueOn == null) add('dueOn', 'a one-off task needs its due date');
    else if (!isLocalDate(t.dueOn)) add('dueOn', 'a date YYYY-MM-DD', 'INVALID_LOCAL_DATE');
    else {
      const y = Number(t.dueOn.slice(0, 4));
      if (y < years.periodFrom || y > years.periodTo) add('dueOn', `within the plan's years ${years.periodFrom}–${years.periodTo}`);
    }
    if (t.dueMonth != null) add('dueMonth', 'only for a yearly task');
    if (t.dueDay != null) add('dueDay', 'only for a recurring task');
  } else {
    if (t.dueOn != null) add('dueOn', 'only for a one-off task');
    const dayOk = Number.isInteger(t.dueDay) && t.dueDay! >= 1 && t.dueDay! <= 31;
    if (!dayOk) add('dueDay', 'a day of the month from 1 to 31');
    if (t.recurrence === 'ANNUAL') {
      const monthOk = Number.isInteger(t.dueMonth) && t.dueMonth! >= 1 && t.dueMonth! <= 12;
      if (!monthOk) add('dueMonth', 'a month from 1 to 12');
      else if (dayOk && t.dueDay! > daysInMonth(2024, t.dueMonth!)) add('dueDay', `month ${t.dueMonth} has no day ${t.dueDay}`);
    } else if (t.dueMonth != null) add('dueMonth', 'only for a yearly task: the others fall due in the last month of each period');
  }
  const seen = new Set<number>();
  (t.assignees ?? []).forEach((a, i) => {
    if (!isTaskRole(a.role)) add(`assignees[${i}].role`, 'not a task role');
    if (seen.has(a.organizationId)) add(`assignees[${i}].organizationId`, 'this organization is already assigned');
    seen.add(a.organizationId);
  });
  return out;
}

/**
 * The day a task was done, after an update to `status`: the day given, else the one recorded
 * before, else `today` — only while it is DONE (null otherwise).
 */
export function assignmentDoneOn(status: string, given: LocalDate | null | undefined, recorded: LocalDate | null, today: LocalDate): LocalDate | null {
  return status === 'DONE' ? (given ?? recorded ?? today) : null;
}

/** A change an assignee records. */
export interface AssignmentUpdate {
  status?: string | null;
  evidence?: string | null;
  doneOn?: LocalDate | null;
}

/**
 * Problems of an assignment update: a recorded status (OVERDUE is computed, never recorded);
 * `doneOn` only with DONE, a real date not after `today`; evidence at most 5,000 characters.
 */
export function checkAssignmentUpdate(u: AssignmentUpdate, resultingStatus: string, today: LocalDate, prefix = 'input'): PlanProblem[] {
  const out: PlanProblem[] = [];
  const add = (path: string, message: string, reason: Reason = 'VALIDATION_FAILED') => out.push({ path: `${prefix}.${path}`, message, reason });
  if (u.status != null && !isRecordedTaskStatus(u.status)) add('status', u.status === 'OVERDUE' ? 'OVERDUE is computed from the due date, never recorded' : 'not a task status');
  if (u.doneOn != null) {
    if (!isLocalDate(u.doneOn)) add('doneOn', 'a date YYYY-MM-DD', 'INVALID_LOCAL_DATE');
    else if (u.doneOn > today) add('doneOn', 'not in the future');
    if (resultingStatus !== 'DONE') add('doneOn', 'only for a task that is DONE');
  }
  if (u.evidence != null && u.evidence.trim().length > TASK_EVIDENCE_MAX_LENGTH) add('evidence', `at most ${TASK_EVIDENCE_MAX_LENGTH} characters`);
  return out;
}
