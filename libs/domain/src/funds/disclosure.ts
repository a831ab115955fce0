/**
 * Public disclosure (công khai, issue 5 §3): what anyone may see without logging in. Donors who asked
 * to stay anonymous are shown as "Nhà hảo tâm ẩn danh" and folded into one line; disbursements only
 * as counts and totals per commune and category. The functions build their rows from the named
 * fields only, so names, ids and addresses of households given to them never reach the output.
 */
import type { Label } from '../areas/kinds';
import type { Vnd } from '../scalars/vnd';
import { sumVnd } from './ledger';
import { DISBURSEMENT_CATEGORIES, type DisbursementCategory } from './vocabulary';

export const ANONYMOUS_DONOR_NAME = 'Nhà hảo tâm ẩn danh';
export const ANONYMOUS_DONOR_LABEL: Label = { vi: ANONYMOUS_DONOR_NAME, en: 'Anonymous donor' };

/** The name the public sees. */
export function donorDisplayName(d: { name: string; anonymous: boolean }): string {
  return d.anonymous ? ANONYMOUS_DONOR_NAME : d.name;
}

export interface PublicDonorRow {
  name: string;
  anonymous: boolean;
  donations: number;
  total: Vnd;
}

/** A donation as the donor list needs it; `count` > 1 when the row stands for several (grouped in SQL), `amount` then being their total. */
export interface DonationFact {
  donorId: string;
  name: string;
  anonymous: boolean;
  amount: Vnd;
  count?: number;
}

/**
 * The public donor list: one row per named donor (largest total first, then by name), then one row
 * for all anonymous donations (anonymity is per donation: a donor may give once by name, once not).
 */
export function publicDonorList(donations: readonly DonationFact[]): PublicDonorRow[] {
  const named = new Map<string, { name: string; amounts: Vnd[]; count: number }>();
  const anonymous = { amounts: [] as Vnd[], count: 0 };
  for (const d of donations) {
    const count = d.count ?? 1;
    if (d.anonymous) {
      anonymous.amounts.push(d.amount);
      anonymous.count += count;
    } else {
      const row = named.get(d.donorId) ?? { name: d.name, amounts: [], count: 0 };
      row.amounts.push(d.amount);
      row.count += count;
      named.set(d.donorId, row);
    }
  }
  const rows = [...named.values()]
    .map((r) => ({ name: r.name, anonymous: false, donations: r.count, total: sumVnd(r.amounts) }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'vi'));
  if (anonymous.count > 0) rows.push({ name: ANONYMOUS_DONOR_NAME, anonymous: true, donations: anonymous.count, total: sumVnd(anonymous.amounts) });
  return rows;
}

/**
 * A disbursement as far as disclosure cares: where (commune; null when not attributed) and for what.
 * `count` > 1 when the fact stands for several disbursements (grouped in SQL), `amount` then being their total.
 */
export interface DisbursementFact {
  communeId: string | null;
  category: DisbursementCategory;
  amount: Vnd;
  count?: number;
}

export interface Tally {
  count: number;
  total: Vnd;
}

export interface DisbursementDisclosure extends Tally {
  /** Per commune and category, communes in id order (null last), categories in list order. */
  cells: ({ communeId: string | null; category: DisbursementCategory } & Tally)[];
  byCategory: ({ category: DisbursementCategory } & Tally)[];
  byCommune: ({ communeId: string | null } & Tally)[];
}

/** Counts and totals of (non-reversed) disbursements per commune and category, with margins. */
export function disbursementDisclosure(rows: readonly DisbursementFact[]): DisbursementDisclosure {
  const add = <K>(map: Map<K, Tally>, key: K, amount: Vnd, count: number) => {
    const t = map.get(key) ?? { count: 0, total: 0 };
    map.set(key, { count: t.count + count, total: sumVnd([t.total, amount]) });
  };
  const cellKey = (communeId: string | null, category: DisbursementCategory) => JSON.stringify([communeId, category]);
  const cells = new Map<string, Tally>();
  const byCategory = new Map<DisbursementCategory, Tally>();
  const byCommune = new Map<string | null, Tally>();
  for (const r of rows) {
    const n = r.count ?? 1;
    add(cells, cellKey(r.communeId, r.category), r.amount, n);
    add(byCategory, r.category, r.amount, n);
    add(byCommune, r.communeId, r.amount, n);
  }
  const communes = [...byCommune.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    count: rows.reduce((a, r) => a + (r.count ?? 1), 0),
    total: sumVnd(rows.map((r) => r.amount)),
    cells: communes.flatMap((communeId) =>
      DISBURSEMENT_CATEGORIES.filter((c) => cells.has(cellKey(communeId, c))).map((category) => ({
        communeId,
        category,
        ...cells.get(cellKey(communeId, category))!,
      })),
    ),
    byCategory: DISBURSEMENT_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({ category, ...byCategory.get(category)! })),
    byCommune: communes.map((communeId) => ({ communeId, ...byCommune.get(communeId)! })),
  };
}
