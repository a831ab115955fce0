import { badInput, type FieldError } from '../errors';
import { isLocalDate, type LocalDate } from '../scalars/local-date';

/**
 * A succession link: on `effectiveOn` (the successor's first day), `share` of the predecessor went
 * to the successor. Merger: several predecessors, each with share 1, into one successor.
 * Split: one predecessor into several successors whose shares sum to 1. A sum below 1 means the
 * predecessor kept the rest (part of it was carved off).
 */
export interface Succession {
  predecessorId: number;
  successorId: number;
  effectiveOn: LocalDate;
  /** In (0, 1]: the fraction of the predecessor that went to the successor. */
  share: number;
}

/** Float tolerance on share sums. */
export const SHARE_EPSILON = 1e-9;

/**
 * All problems of a set of succession links, with paths `[i].share`, `[i].effectiveOn`…:
 * each share in (0, 1]; no self-succession; no duplicate link; for each predecessor on one
 * effective date the shares sum to at most 1 (+1e-9), reported at the group's first link.
 */
export function validateShares(successions: readonly Succession[]): FieldError[] {
  const errors: FieldError[] = [];
  const groups = new Map<string, { first: number; sum: number }>();
  const seen = new Set<string>();
  successions.forEach((s, i) => {
    if (!(Number.isFinite(s.share) && s.share > 0 && s.share <= 1)) {
      errors.push({ path: `[${i}].share`, message: `share must be in (0, 1], got ${s.share}` });
    }
    if (!isLocalDate(s.effectiveOn)) {
      errors.push({ path: `[${i}].effectiveOn`, message: 'effectiveOn must be a YYYY-MM-DD date' });
    }
    if (s.predecessorId === s.successorId) {
      errors.push({ path: `[${i}].successorId`, message: 'a unit cannot succeed itself' });
    }
    const link = `${s.predecessorId}>${s.successorId}@${s.effectiveOn}`;
    if (seen.has(link)) errors.push({ path: `[${i}]`, message: 'duplicate succession link' });
    seen.add(link);
    const key = `${s.predecessorId}@${s.effectiveOn}`;
    const g = groups.get(key) ?? { first: i, sum: 0 };
    g.sum += Number.isFinite(s.share) ? s.share : 0;
    groups.set(key, g);
  });
  for (const [key, g] of groups) {
    if (g.sum > 1 + SHARE_EPSILON) {
      const [pred, date] = key.split('@');
      errors.push({
        path: `[${g.first}].share`,
        message: `shares of predecessor ${pred} on ${date} sum to ${g.sum}, more than 1`,
      });
    }
  }
  return errors;
}

/** Outgoing links per predecessor, grouped by date, dates ascending. */
function eventsByPredecessor(successions: readonly Succession[]): Map<number, [LocalDate, Succession[]][]> {
  const byPred = new Map<number, Map<LocalDate, Succession[]>>();
  for (const s of successions) {
    const dates = byPred.get(s.predecessorId) ?? new Map<LocalDate, Succession[]>();
    dates.set(s.effectiveOn, [...(dates.get(s.effectiveOn) ?? []), s]);
    byPred.set(s.predecessorId, dates);
  }
  const out = new Map<number, [LocalDate, Succession[]][]>();
  for (const [id, dates] of byPred) out.set(id, [...dates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return out;
}

/** Succession links validated once and indexed both ways (for callers mapping many units). */
export interface SuccessionIndex {
  /** Outgoing links per predecessor, grouped by date, dates ascending. */
  events: Map<number, [LocalDate, Succession[]][]>;
  /** Incoming links per successor. */
  bySuccessor: Map<number, Succession[]>;
}

/** Validates the links (INVALID_SHARES) and indexes them: build once, map many units with it. */
export function indexSuccessions(successions: readonly Succession[]): SuccessionIndex {
  const errors = validateShares(successions);
  if (errors.length > 0) throw badInput('INVALID_SHARES', errors[0].message, errors);
  const bySuccessor = new Map<number, Succession[]>();
  for (const s of successions) {
    const list = bySuccessor.get(s.successorId);
    if (list) list.push(s);
    else bySuccessor.set(s.successorId, [s]);
  }
  return { events: eventsByPredecessor(successions), bySuccessor };
}

/**
 * Re-aggregates a measure held by (possibly old) units onto the units that succeeded them.
 *
 * Each unit's value goes through its succession events in date order: at each event, `share` of
 * what it still holds goes to each successor, and the rest stays (nothing stays after a full split
 * or merger). A successor reached on date D follows only its own events dated after D, so chains
 * (commune → 2020 merger → 2025 merger) are followed to the end. Units without events keep their
 * value. Values arriving at the same unit are summed.
 *
 * `measuredOn`: when given, only events effective after that date apply (the values describe the
 * units as they were on that date). Results are plain numbers with fractions (e.g. a household
 * count split 1/3 : 2/3); rounding is left to the caller. Throws INVALID_SHARES on invalid links.
 */
export function mapValuesToSuccessors(
  values: ReadonlyMap<number, number>,
  successions: readonly Succession[] | SuccessionIndex,
  measuredOn?: LocalDate,
): Map<number, number> {
  const { events } = 'events' in successions ? successions : indexSuccessions(successions);
  const result = new Map<number, number>();
  const push = (id: number, value: number, after: LocalDate | undefined): void => {
    let held = value;
    for (const [date, links] of events.get(id) ?? []) {
      if (after !== undefined && date <= after) continue;
      let sum = 0;
      for (const link of links) {
        push(link.successorId, held * link.share, date);
        sum += link.share;
      }
      if (sum >= 1 - SHARE_EPSILON) return; // the unit was wholly absorbed or split up
      held *= 1 - sum;
    }
    result.set(id, (result.get(id) ?? 0) + held);
  };
  for (const [id, value] of values) push(id, value, measuredOn);
  return result;
}

/**
 * Every unit that (transitively) succeeded `id`, ascending, following links in date order like
 * mapValuesToSuccessors: from a unit reached on date D only links dated after D are followed.
 * `id` itself is not included.
 */
export function successorsOf(id: number, successions: readonly Succession[], measuredOn?: LocalDate): number[] {
  const events = eventsByPredecessor(successions);
  const earliest = new Map<number, LocalDate>(); // earliest arrival date per reached unit
  const queue: [number, LocalDate | undefined][] = [[id, measuredOn]];
  while (queue.length > 0) {
    const [current, after] = queue.shift()!;
    for (const [date, links] of events.get(current) ?? []) {
      if (after !== undefined && date <= after) continue;
      for (const { successorId } of links) {
        const known = earliest.get(successorId);
        if (successorId === id || (known !== undefined && known <= date)) continue;
        earliest.set(successorId, date);
        queue.push([successorId, date]);
      }
    }
  }
  return [...earliest.keys()].sort((a, b) => a - b);
}

/** Every unit that `id` (transitively) succeeded, ascending, ignoring dates. */
export function predecessorsOf(id: number, successions: readonly Succession[]): number[] {
  const found = new Set<number>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const s of successions) {
      if (s.successorId === current && s.predecessorId !== id && !found.has(s.predecessorId)) {
        found.add(s.predecessorId);
        stack.push(s.predecessorId);
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}
