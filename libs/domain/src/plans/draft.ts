/**
 * The rules of a plan's content (docs/plans.md "plans/"): what a draft must hold, and how a plan's
 * status may change. Every field problem is reported at once; workflow refusals are CONFLICTs.
 */
import { badInput, conflict, type FieldError, type Reason } from '../errors';
import { isValidOn } from '../hierarchy/validity';
import { isLocalDate, type LocalDate } from '../scalars/local-date';
import { isPlanKind, isPlanSectionKind, type PlanStatus } from './codes';

export const PLAN_NUMBER_MAX_LENGTH = 64;
export const PLAN_TITLE_MAX_LENGTH = 500;
export const PLAN_SIGNER_MAX_LENGTH = 255;
export const PLAN_NOTES_MAX_LENGTH = 10_000;
export const PLAN_MOVEMENT_MAX_LENGTH = 32;
export const PLAN_SECTION_TITLE_MAX_LENGTH = 255;
export const PLAN_SECTION_BODY_MAX_LENGTH = 50_000;
export const PLAN_SECTIONS_MAX = 50;
export const PLAN_RECIPIENT_NAME_MAX_LENGTH = 255;
export const PLAN_RECIPIENTS_MAX = 200;
export const PLAN_ISSUERS_MAX = 10;
/** Plan periods are years in this range. */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;

/**
 * Số/ký hiệu of a Vietnamese administrative document: the number, an optional year, then the symbol
 * groups joined by '-' (letters, digits, Đ/đ): `562/KH-MTTW-BTT`, `14/KHPH-UBND-MTTQ`, `666/QĐ-TTg`,
 * `131/KH-MTTQ-BVĐ`, `13/2023/NQ-HĐND`.
 */
export const PLAN_NUMBER_PATTERN = /^[0-9]{1,6}(?:\/[0-9]{4})?\/[A-Za-zĐđ0-9]+(?:-[A-Za-zĐđ0-9]+)*$/;

export function isPlanNumber(v: unknown): v is string {
  return typeof v === 'string' && v.length >= 1 && v.length <= PLAN_NUMBER_MAX_LENGTH && PLAN_NUMBER_PATTERN.test(v);
}

/** A field problem with the reason it stands for. */
export type PlanProblem = FieldError & { reason: Reason };

export interface PlanSectionDraft {
  kind: string;
  title: string;
  body: string;
}

export interface PlanRecipientDraft {
  organizationId?: number | null;
  name: string;
}

/** What a draft holds (ids as row ids; the API checks that the organizations exist). */
export interface PlanDraft {
  id?: number | null;
  number: string;
  title: string;
  kind: string;
  issuerIds: number[];
  periodFrom: number;
  periodTo: number;
  issuedOn?: string | null;
  signer?: string | null;
  movement?: string | null;
  notes?: string | null;
  sections?: PlanSectionDraft[] | null;
  recipients?: PlanRecipientDraft[] | null;
  implementsId?: number | null;
}

/** The plan a draft implements, as found (null when `implementsId` names none the caller can see). */
export interface ImplementedPlanFacts {
  id: number;
  status: PlanStatus;
  periodFrom: number;
  periodTo: number;
  /** When it was issued (issuing a plan that implements it checks it is not earlier). */
  issuedOn?: LocalDate | null;
}

const blank = (v: string | null | undefined) => v == null || v.trim() === '';
const tooLong = (v: string | null | undefined, max: number) => v != null && v.trim().length > max;

function isYear(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= PLAN_YEAR_MIN && (v as number) <= PLAN_YEAR_MAX;
}

/** Whether two inclusive year ranges share a year. */
export function periodsOverlap(a: { periodFrom: number; periodTo: number }, b: { periodFrom: number; periodTo: number }): boolean {
  return a.periodFrom <= b.periodTo && b.periodFrom <= a.periodTo;
}

/**
 * Every problem of a draft, at once (paths relative to `prefix`, default `input`): number shape,
 * title, period years 2000–2100 with from ≤ to, ≥ 1 issuer without duplicates (a JOINT_PLAN needs
 * ≥ 2), sections' kinds, titles and bodies, recipients' names, and the implemented plan: known
 * (`implemented` null → NOT_FOUND), not the plan itself, ISSUED, and its period overlapping.
 */
export function checkPlanDraft(d: PlanDraft, implemented: ImplementedPlanFacts | null, prefix = 'input'): PlanProblem[] {
  const out: PlanProblem[] = [];
  const add = (path: string, message: string, reason: Reason = 'VALIDATION_FAILED') => out.push({ path: `${prefix}.${path}`, message, reason });

  const number = d.number?.trim() ?? '';
  if (!number) add('number', 'required');
  else if (number.length > PLAN_NUMBER_MAX_LENGTH) add('number', `at most ${PLAN_NUMBER_MAX_LENGTH} characters`);
  else if (!PLAN_NUMBER_PATTERN.test(number)) add('number', 'a document number such as 562/KH-MTTW-BTT (number/symbol groups joined by -)');

  if (blank(d.title)) add('title', 'required');
  else if (tooLong(d.title, PLAN_TITLE_MAX_LENGTH)) add('title', `at most ${PLAN_TITLE_MAX_LENGTH} characters`);

  if (!isPlanKind(d.kind)) add('kind', 'not a plan kind');

  const fromOk = isYear(d.periodFrom);
  const toOk = isYear(d.periodTo);
  if (!fromOk) add('periodFrom', `a year from ${PLAN_YEAR_MIN} to ${PLAN_YEAR_MAX}`);
  if (!toOk) add('periodTo', `a year from ${PLAN_YEAR_MIN} to ${PLAN_YEAR_MAX}`);
  if (fromOk && toOk && d.periodFrom > d.periodTo) add('periodTo', 'must not be before periodFrom');

  const issuers = d.issuerIds ?? [];
  if (issuers.length === 0) add('issuerIds', 'at least one issuer');
  else if (issuers.length > PLAN_ISSUERS_MAX) add('issuerIds', `at most ${PLAN_ISSUERS_MAX} issuers`);
  else if (new Set(issuers).size !== issuers.length) add('issuerIds', 'an issuer is listed twice');
  else if (d.kind === 'JOINT_PLAN' && issuers.length < 2) add('issuerIds', 'a joint plan has at least two issuers');

  if (d.issuedOn != null && !isLocalDate(d.issuedOn)) add('issuedOn', 'a date YYYY-MM-DD', 'INVALID_LOCAL_DATE');
  if (tooLong(d.signer, PLAN_SIGNER_MAX_LENGTH)) add('signer', `at most ${PLAN_SIGNER_MAX_LENGTH} characters`);
  if (d.movement != null && (blank(d.movement) || tooLong(d.movement, PLAN_MOVEMENT_MAX_LENGTH))) add('movement', `1 to ${PLAN_MOVEMENT_MAX_LENGTH} characters`);
  if (tooLong(d.notes, PLAN_NOTES_MAX_LENGTH)) add('notes', `at most ${PLAN_NOTES_MAX_LENGTH} characters`);

  const sections = d.sections ?? [];
  if (sections.length > PLAN_SECTIONS_MAX) add('sections', `at most ${PLAN_SECTIONS_MAX} sections`);
  sections.forEach((s, i) => {
    if (!isPlanSectionKind(s.kind)) add(`sections[${i}].kind`, 'not a section kind');
    if (blank(s.title)) add(`sections[${i}].title`, 'required');
    else if (tooLong(s.title, PLAN_SECTION_TITLE_MAX_LENGTH)) add(`sections[${i}].title`, `at most ${PLAN_SECTION_TITLE_MAX_LENGTH} characters`);
    if (blank(s.body)) add(`sections[${i}].body`, 'required');
    else if (tooLong(s.body, PLAN_SECTION_BODY_MAX_LENGTH)) add(`sections[${i}].body`, `at most ${PLAN_SECTION_BODY_MAX_LENGTH} characters`);
  });

  const recipients = d.recipients ?? [];
  if (recipients.length > PLAN_RECIPIENTS_MAX) add('recipients', `at most ${PLAN_RECIPIENTS_MAX} recipients`);
  recipients.forEach((r, i) => {
    if (blank(r.name)) add(`recipients[${i}].name`, 'required');
    else if (tooLong(r.name, PLAN_RECIPIENT_NAME_MAX_LENGTH)) add(`recipients[${i}].name`, `at most ${PLAN_RECIPIENT_NAME_MAX_LENGTH} characters`);
  });

  if (d.implementsId != null) {
    if (d.id != null && d.implementsId === d.id) add('implementsId', 'a plan cannot implement itself');
    else if (!implemented) add('implementsId', 'no such plan', 'NOT_FOUND');
    else {
      if (implemented.status !== 'ISSUED') add('implementsId', 'the implemented plan must be issued and in force', 'PLAN_NOT_ISSUED');
      if (fromOk && toOk && d.periodFrom <= d.periodTo && !periodsOverlap(d, implemented)) {
        add('implementsId', `the implemented plan covers ${implemented.periodFrom}–${implemented.periodTo}, which does not overlap this plan's period`);
      }
    }
  }
  return out;
}

/** What issuing checks of an issuer: its name and validity. */
export interface IssuerValidity {
  name: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

/**
 * Every problem of issuing a draft on `on`, at once: a real date (`input.issuedOn`), the draft's
 * content as `checkPlanDraft` finds it now, then — for a real date — not before the plan it
 * implements was issued, and every issuer active that day.
 */
export function checkIssue(d: PlanDraft, implemented: ImplementedPlanFacts | null, on: unknown, issuers: readonly IssuerValidity[]): PlanProblem[] {
  const path = 'input.issuedOn';
  const dateOk = isLocalDate(on);
  const out: PlanProblem[] = dateOk ? [] : [{ path, message: 'a date YYYY-MM-DD', reason: 'INVALID_LOCAL_DATE' }];
  out.push(...checkPlanDraft(d, implemented));
  if (!dateOk) return out;
  if (implemented?.issuedOn && on < implemented.issuedOn) out.push({ path, message: `not before the implemented plan was issued (${implemented.issuedOn})`, reason: 'VALIDATION_FAILED' });
  for (const o of issuers) if (!isValidOn(o, on)) out.push({ path, message: `${o.name} is not active on ${on}`, reason: 'VALIDATION_FAILED' });
  return out;
}

/**
 * A plan's text, issuers, tasks, milestones and obligations change only while it is a DRAFT:
 * CONFLICT PLAN_NOT_DRAFT otherwise.
 */
export function assertPlanEditable(status: PlanStatus | string): void {
  if (status !== 'DRAFT') throw conflict('PLAN_NOT_DRAFT', `The plan is ${String(status).toLowerCase()}: only a draft can change.`);
}

/**
 * The status changes a plan allows: DRAFT → ISSUED; ISSUED → SUPERSEDED by another ISSUED plan.
 * Issuing anything but a draft is CONFLICT PLAN_NOT_DRAFT; superseding anything but an issued plan
 * is CONFLICT PLAN_NOT_ISSUED; the superseding plan must be another plan (BAD_USER_INPUT at
 * `input.supersededById`), and in force (PLAN_NOT_ISSUED there). Anything else is CONFLICT.
 */
export function assertPlanTransition(
  plan: { id: number; status: PlanStatus | string },
  to: PlanStatus,
  by?: { id: number; status: PlanStatus | string } | null,
): void {
  if (to === 'ISSUED') {
    if (plan.status !== 'DRAFT') throw conflict('PLAN_NOT_DRAFT', `Only a draft can be issued; this plan is ${String(plan.status).toLowerCase()}.`);
    return;
  }
  if (to === 'SUPERSEDED') {
    if (plan.status !== 'ISSUED') throw conflict('PLAN_NOT_ISSUED', `Only an issued plan can be superseded; this plan is ${String(plan.status).toLowerCase()}.`);
    if (!by || by.id === plan.id) {
      throw badInput('VALIDATION_FAILED', 'A plan is superseded by another plan.', [{ path: 'input.supersededById', message: 'another plan' }]);
    }
    if (by.status !== 'ISSUED') {
      throw badInput('PLAN_NOT_ISSUED', 'The superseding plan must be issued.', [{ path: 'input.supersededById', message: 'the superseding plan must be issued' }]);
    }
    return;
  }
  throw conflict('PLAN_NOT_DRAFT', `A plan never goes back to ${to.toLowerCase()}.`);
}
