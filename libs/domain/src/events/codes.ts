/**
 * Code lists of the movement's events (sự kiện, docs/plans.md "events"): the peak-month activities
 * of the seed plans — launch ceremonies, forums such as "Lắng nghe tiếng nói của người nghèo",
 * charity golf tournaments, study tours, Tết programmes, scholarship ceremonies — with Vietnamese
 * and English labels. Stored as varchar and checked against these lists.
 */
import type { Label } from '../areas/kinds';
import { MONEY_IN_KINDS, type TransactionKind } from '../funds/vocabulary';
import { oneOf } from '../codes';

export const EVENT_KINDS = ['LAUNCH_CEREMONY', 'FORUM', 'CHARITY_TOURNAMENT', 'STUDY_TOUR', 'TET_PROGRAMME', 'SCHOLARSHIP_CEREMONY', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const isEventKind = oneOf(EVENT_KINDS);

export const EVENT_KIND_LABELS: Record<EventKind, Label> = {
  LAUNCH_CEREMONY: { vi: 'Lễ phát động', en: 'Launch ceremony' },
  FORUM: { vi: 'Diễn đàn, tọa đàm', en: 'Forum' },
  CHARITY_TOURNAMENT: { vi: 'Giải đấu gây quỹ', en: 'Charity tournament' },
  STUDY_TOUR: { vi: 'Chuyến thăm, học tập kinh nghiệm', en: 'Study tour' },
  TET_PROGRAMME: { vi: 'Chương trình Tết vì người nghèo', en: 'Tết programme' },
  SCHOLARSHIP_CEREMONY: { vi: 'Lễ trao học bổng', en: 'Scholarship ceremony' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

export const EVENT_TITLE_MAX_LENGTH = 500;
export const EVENT_PLACE_MAX_LENGTH = 500;
/** Free text about who took part, who benefited, and notes. */
export const EVENT_TEXT_MAX_LENGTH = 4000;
/** Organizers of one event (joint events have two or three; a cap keeps inputs bounded). */
export const EVENT_ORGANIZERS_MAX = 20;

/**
 * The ledger transactions an event may be credited with: money raised (a donation, or the
 * fulfilment of a pledge made at the event). Disbursements, transfers and reversals are not.
 */
export const EVENT_LINKABLE_TRANSACTION_KINDS: readonly TransactionKind[] = MONEY_IN_KINDS;
