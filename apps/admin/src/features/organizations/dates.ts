import { isLocalDate, todayLocal } from '@lnob/domain';

/** The last day of the old tree: the 01/07/2025 reorganisation started the next day. */
export const OLD_TREE_LAST_DAY = '2025-06-30';

/** The date the browser shows: `?on=` when it is a real date, else today in Vietnam. */
export function viewDate(on: string | null): string {
  return on && isLocalDate(on) ? on : todayLocal();
}

export function isCurrent(validTo: string | null, on: string): boolean {
  return validTo === null || validTo >= on;
}
