/**
 * Rules of events (docs/plans.md): the fields of a new event, which transactions it may be credited
 * with, and the money it raised. Every field problem is returned at once (paths under `prefix`); the
 * API adds what needs the database (the plan, area and organizers exist and are visible).
 */
import { Problems, type FieldError } from '../errors';
import { sumVnd } from '../funds/ledger';
import { refuse, type Refusal } from '../funds/reasons';
import type { TransactionKind } from '../funds/vocabulary';
import type { Vnd } from '../scalars/vnd';
import { isLocalDate, type LocalDate } from '../scalars/local-date';
import {
  EVENT_LINKABLE_TRANSACTION_KINDS,
  EVENT_ORGANIZERS_MAX,
  EVENT_PLACE_MAX_LENGTH,
  EVENT_TEXT_MAX_LENGTH,
  EVENT_TITLE_MAX_LENGTH,
  isEventKind,
} from './codes';

export interface EventDraft {
  kind: string;
  title: string;
  startsOn: LocalDate;
  endsOn: LocalDate;
  place?: string | null;
  /** Organizer ids (or keys): at least one, no repeats; the first is the one the event is filed under. */
  organizerIds: readonly unknown[];
  participantsCount?: number | null;
  participants?: string | null;
  beneficiariesCount?: number | null;
  beneficiaries?: string | null;
  notes?: string | null;
}

const countOk = (n: number | null | undefined) => n === null || n === undefined || (Number.isInteger(n) && n >= 0 && n <= 2_147_483_647);
const textOk = (s: string | null | undefined, max: number) => s === null || s === undefined || s.length <= max;

/**
 * The fields of an event: a known kind, a title (1–500 characters), real dates with
 * `startsOn ≤ endsOn`, counts that are whole numbers ≥ 0, 1–20 distinct organizers, bounded texts.
 */
export function checkEvent(i: EventDraft, prefix = 'input'): FieldError[] {
  const p = new Problems();
  p.check(`${prefix}.kind`, isEventKind(i.kind), 'not a known event kind');
  const title = (i.title ?? '').trim();
  p.check(`${prefix}.title`, title.length >= 1 && title.length <= EVENT_TITLE_MAX_LENGTH, `1–${EVENT_TITLE_MAX_LENGTH} characters`);
  const startOk = p.check(`${prefix}.startsOn`, isLocalDate(i.startsOn), 'a date YYYY-MM-DD');
  const endOk = p.check(`${prefix}.endsOn`, isLocalDate(i.endsOn), 'a date YYYY-MM-DD');
  if (startOk && endOk) p.check(`${prefix}.endsOn`, i.startsOn <= i.endsOn, 'not before startsOn');
  p.check(`${prefix}.place`, textOk(i.place, EVENT_PLACE_MAX_LENGTH), `at most ${EVENT_PLACE_MAX_LENGTH} characters`);
  p.check(`${prefix}.participantsCount`, countOk(i.participantsCount), 'a whole number, 0 or more');
  p.check(`${prefix}.beneficiariesCount`, countOk(i.beneficiariesCount), 'a whole number, 0 or more');
  for (const f of ['participants', 'beneficiaries', 'notes'] as const) {
    p.check(`${prefix}.${f}`, textOk(i[f], EVENT_TEXT_MAX_LENGTH), `at most ${EVENT_TEXT_MAX_LENGTH} characters`);
  }
  const organizers = i.organizerIds ?? [];
  if (organizers.length === 0) p.add(`${prefix}.organizerIds`, 'at least one organizer');
  else if (organizers.length > EVENT_ORGANIZERS_MAX) p.add(`${prefix}.organizerIds`, `at most ${EVENT_ORGANIZERS_MAX} organizers`);
  else if (new Set(organizers).size !== organizers.length) p.add(`${prefix}.organizerIds`, 'each organizer once');
  return p.fieldErrors;
}

const raisesMoney = (kind: TransactionKind | string) => (EVENT_LINKABLE_TRANSACTION_KINDS as readonly string[]).includes(kind);

/**
 * A transaction may be credited to one event: it raised money (a donation or a pledge fulfilment:
 * KIND_NOT_ALLOWED otherwise), it was not reversed (ALREADY_REVERSED), and no event has it yet
 * (TRANSACTION_ALREADY_LINKED; linking it again to the same event is allowed and changes nothing).
 * The refusal (as the funds rules give theirs) names the transaction's field at `path`; null when it may.
 */
export function eventLinkRefusal(
  tx: { kind: TransactionKind | string; reversed: boolean; linkedEventId: number | null },
  eventId: number,
  path = 'input.transactionId',
): Refusal | null {
  const no = (code: Refusal['code'], reason: Refusal['reason'], message: string) => refuse(code, reason, message, {}, [{ path, message }]);
  if (!raisesMoney(tx.kind)) return no('BAD_USER_INPUT', 'KIND_NOT_ALLOWED', 'Only a donation or a pledge fulfilment can be credited to an event.');
  if (tx.reversed) return no('CONFLICT', 'ALREADY_REVERSED', 'The transaction was reversed: it raised nothing.');
  if (tx.linkedEventId !== null && tx.linkedEventId !== eventId) return no('CONFLICT', 'TRANSACTION_ALREADY_LINKED', 'The transaction is already credited to another event.');
  return null;
}

/**
 * Money an event raised (VND): Σ of its linked donations and pledge fulfilments, leaving out those
 * reversed since they were linked (a reversal takes its money back).
 */
export function eventMoneyRaised(linked: readonly { kind: TransactionKind | string; amount: Vnd; reversed: boolean }[]): Vnd {
  return sumVnd(linked.filter((t) => !t.reversed && raisesMoney(t.kind)).map((t) => t.amount));
}
