import type { DataSource } from 'typeorm';
import {
  disbursementDisclosure,
  notFound,
  peakMonthWindow,
  publicDonorList,
  subtreeRange,
  type DisbursementCategory,
  type DisbursementDisclosure,
  type FundLevel,
  type FundSummary,
  type LocalDate,
  type Period,
  type PublicDonorRow,
} from '@lnob/domain';
import type { Cursor } from '../../common/relay/cursor';
import type { Authenticator } from '../auth/authenticator';
import type { Caller } from '../auth/caller';
import { summarizeFund } from './fund.service';
import { localDateOf, localDateOrNull, num } from '../../db/raw';
import { isMoneyIn, notReversed, signedAmount } from './ledger.queries';

/** An administrative unit as the public sees it. */
export interface PublicArea {
  id: number;
  code: string;
  name: string;
  kind: string;
}

/** A fund as the public sees it: no balance link, no committee, no ledger. */
export interface PublicFund {
  id: number;
  name: string;
  level: FundLevel;
  validFrom: LocalDate;
  validTo: LocalDate | null;
  area: PublicArea | null;
  /** Internal: the area's path (never exposed), for attributing beneficiaries to child areas. */
  areaPath: string | null;
}

export interface PublicCategoryAmount {
  category: DisbursementCategory;
  amount: number;
  count: number;
}

/** One child area of the fund's area (a commune of a province on today's tree, a district or a commune on the old one). */
export interface PublicChildArea {
  /** null: not attributed to a child area (events and projects of the fund's own area, beneficiaries outside it). */
  area: PublicArea | null;
  /** Donations and pledge fulfilments recorded by the funds located in this child area (net of reversals). */
  raised: number;
  /** This fund's disbursements to beneficiaries located in it (not reversed by the end of the period). */
  spent: number;
  disbursements: number;
  byCategory: PublicCategoryAmount[];
}

export interface PublicFundReport {
  fund: PublicFund;
  from: LocalDate;
  to: LocalDate;
  summary: FundSummary;
  bankAccounts: { bankName: string; accountNumber: string; accountName: string }[];
  donors: PublicDonorRow[];
  /** Count and total of the disbursements in the children table (reversed ones left out). */
  disbursements: { count: number; total: number };
  children: PublicChildArea[];
  /** Share of the money in matched to bank statements: filled by statement reconciliation, null until then. */
  reconciledShare: number | null;
}

/** The date range a public report covers: the period, or the peak month (17/10–18/11) of its year. */
export function publicRange(period: Pick<Period, 'start' | 'end' | 'year'>, peakMonth: boolean): { from: LocalDate; to: LocalDate } {
  return peakMonth ? peakMonthWindow(period.year) : { from: period.start, to: period.end };
}

interface FundRow {
  id: unknown;
  name: string;
  level: FundLevel;
  validFrom: unknown;
  validTo: unknown;
  areaPath: string | null;
  areaId: unknown;
  areaCode: string | null;
  areaName: string | null;
  areaKind: string | null;
}

const FUND_COLUMNS = `f.id AS id, f.name AS name, f.level AS level, f.validFrom AS validFrom, f.validTo AS validTo, f.areaPath AS areaPath,
  a.id AS areaId, a.code AS areaCode, a.name AS areaName, a.kind AS areaKind`;

function publicFund(r: FundRow): PublicFund {
  return {
    id: num(r.id),
    name: r.name,
    level: r.level,
    validFrom: localDateOf(r.validFrom as string | Date),
    validTo: localDateOrNull(r.validTo),
    area: r.areaId == null ? null : { id: num(r.areaId), code: r.areaCode!, name: r.areaName!, kind: r.areaKind! },
    areaPath: r.areaPath,
  };
}

/** Level order when an area has several funds open in a period: the province's first. */
const LEVEL_RANK = `CASE f.level WHEN 'PROVINCE' THEN 0 WHEN 'CENTRAL' THEN 1 WHEN 'DISTRICT' THEN 2 ELSE 3 END`;

/**
 * Public disclosure of the Fund for the Poor (công khai, issue 5 §3): what anyone may read without
 * signing in, for signed-in callers alike and without scope. Only aggregates and the names of donors
 * who did not ask for anonymity leave here (the domain's `publicDonorList` and
 * `disbursementDisclosure` build the rows); households appear only as counts and totals per child
 * area and category. Anonymous callers are rate-limited per client address (`admit`).
 *
 * A report costs 8 statements whatever the fund's size: the fund (1), its summary (2, shared with
 * `fundSummary`), donors grouped by donor and anonymity (1), disbursements grouped by beneficiary
 * area and category (1), what the lower-level funds raised grouped by their area (1), the child
 * areas (1) and the bank accounts (1).
 */
export class PublicFundService {
  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
    private readonly auth: Authenticator,
  ) {}

  /** Anonymous callers: one token of their address's bucket (HttpDomainError 429 when empty). */
  admit(clientAddress: string): void {
    this.auth.admitPublic(this.caller, clientAddress);
  }

  /** Funds open on some day of [from, to], by id; optionally of one level, or in an area's subtree. */
  async funds(f: { from: LocalDate; to: LocalDate; level?: FundLevel | null; areaId?: number | null }, limit: number, after: Cursor | null) {
    let areaRange: { from: string; to: string } | null = null;
    if (f.areaId != null) {
      const [area] = (await this.ds.query('SELECT path FROM area WHERE id = ?', [f.areaId])) as { path: string }[];
      if (!area) throw notFound('Area');
      areaRange = subtreeRange(area.path);
    }
    const where: string[] = ['f.validFrom <= ?', '(f.validTo IS NULL OR f.validTo >= ?)'];
    const params: unknown[] = [f.to, f.from];
    if (f.level) {
      where.push('f.level = ?');
      params.push(f.level);
    }
    if (areaRange) {
      where.push('f.areaPath >= ? AND f.areaPath < ?');
      params.push(areaRange.from, areaRange.to);
    }
    const pageWhere = after ? [...where, 'f.id > ?'] : where;
    const rows = (await this.ds.query(
      `SELECT ${FUND_COLUMNS} FROM fund f LEFT JOIN area a ON a.id = f.areaId WHERE ${pageWhere.join(' AND ')} ORDER BY f.id LIMIT ${Number(limit)}`,
      after ? [...params, after.id] : params,
    )) as FundRow[];
    const count = async () => num(((await this.ds.query(`SELECT COUNT(*) AS n FROM fund f WHERE ${where.join(' AND ')}`, params)) as { n: unknown }[])[0]?.n);
    return { rows: rows.map(publicFund), count };
  }

  /**
   * The report of one fund (by id), or of the fund of an area's VFF committee open in the range
   * (several: the province's, then the oldest); NOT_FOUND otherwise.
   */
  async report(ref: { fundId?: number | null; areaId?: number | null }, range: { from: LocalDate; to: LocalDate }): Promise<PublicFundReport> {
    const { from, to } = range;
    const [row] = (
      ref.fundId != null
        ? await this.ds.query(`SELECT ${FUND_COLUMNS} FROM fund f LEFT JOIN area a ON a.id = f.areaId WHERE f.id = ?`, [ref.fundId])
        : await this.ds.query(
            `SELECT ${FUND_COLUMNS} FROM fund f LEFT JOIN area a ON a.id = f.areaId
              WHERE f.areaId = ? AND f.validFrom <= ? AND (f.validTo IS NULL OR f.validTo >= ?) ORDER BY ${LEVEL_RANK}, f.id LIMIT 1`,
            [ref.areaId, to, from],
          )
    ) as FundRow[];
    if (!row) throw notFound('Fund');
    const fund = publicFund(row);
    const notReversedBy = notReversed('t', true);
    const lower = fund.areaPath ? subtreeRange(fund.areaPath) : null;

    const [summary, donations, disbursed, lowerRaised, bankAccounts] = await Promise.all([
      summarizeFund(this.ds, fund.id, range),
      // Names only of donations that did not ask for anonymity: the others never leave the database.
      this.ds.query(
        `SELECT t.donorId AS donorId, t.anonymous AS anonymous, MAX(CASE WHEN t.anonymous = 0 THEN d.name ELSE '' END) AS name, COUNT(*) AS n, SUM(t.amount) AS amount,
                SUM(CASE WHEN EXISTS (SELECT 1 FROM bank_statement_line l WHERE l.confirmedTransactionId = t.id) THEN t.amount ELSE 0 END) AS matched
           FROM ledger_transaction t JOIN donor d ON d.id = t.donorId
          WHERE t.fundId = ? AND ${isMoneyIn('t.kind')} AND t.occurredOn >= ? AND t.occurredOn <= ? AND ${notReversedBy}
          GROUP BY t.donorId, t.anonymous`,
        [fund.id, from, to, to],
      ) as Promise<{ donorId: unknown; anonymous: unknown; name: string; n: unknown; amount: unknown; matched: unknown }[]>,
      this.ds.query(
        `SELECT t.beneficiaryAreaPath AS path, t.category AS category, COUNT(*) AS n, SUM(t.amount) AS amount
           FROM ledger_transaction t
          WHERE t.fundId = ? AND t.kind = 'DISBURSEMENT' AND t.occurredOn >= ? AND t.occurredOn <= ? AND ${notReversedBy}
          GROUP BY t.beneficiaryAreaPath, t.category`,
        [fund.id, from, to, to],
      ) as Promise<{ path: string | null; category: DisbursementCategory; n: unknown; amount: unknown }[]>,
      // What the funds below this one's area raised (a reversal counts against its original, at its date).
      this.ds.query(
        // The funds below first (a handful), then their entries through the (fundId, occurredOn, …) index. The
        // LIMIT keeps MariaDB from merging the derived table and scanning every entry of the database instead.
        `SELECT f.areaPath AS path, SUM(${signedAmount('e')}) AS amount
           FROM (SELECT lf.id AS id, lf.areaPath AS areaPath FROM fund lf
                  WHERE lf.id <> ? AND ${lower ? 'lf.areaPath > ? AND lf.areaPath < ?' : 'lf.areaPath IS NOT NULL'} LIMIT 100000) f
           JOIN ledger_entry e ON e.fundId = f.id
           JOIN ledger_transaction t ON t.id = e.transactionId
           LEFT JOIN ledger_transaction o ON o.id = t.reversesId
          WHERE e.occurredOn >= ? AND e.occurredOn <= ? AND ${isMoneyIn('COALESCE(o.kind, t.kind)')}
          GROUP BY f.areaPath`,
        [fund.id, ...(lower ? [lower.from, lower.to] : []), from, to],
      ) as Promise<{ path: string; amount: unknown }[]>,
      this.ds.query('SELECT bankName, accountNumber, accountName FROM fund_bank_account WHERE fundId = ? ORDER BY id', [fund.id]) as Promise<
        { bankName: string; accountNumber: string; accountName: string }[]
      >,
    ]);

    const childOf = (path: string | null): number | null => {
      if (!path) return null;
      if (fund.areaPath && (!path.startsWith(fund.areaPath) || path === fund.areaPath)) return null;
      const rest = path.slice(fund.areaPath?.length ?? 1).split('/')[0];
      return rest ? Number(rest) : null;
    };
    const disclosure: DisbursementDisclosure = disbursementDisclosure(
      disbursed.map((d) => {
        const child = childOf(d.path);
        return { communeId: child === null ? null : String(child), category: d.category, amount: num(d.amount), count: num(d.n) };
      }),
    );
    const raisedByChild = new Map<number, number>();
    for (const r of lowerRaised) {
      const child = childOf(r.path);
      if (child !== null) raisedByChild.set(child, (raisedByChild.get(child) ?? 0) + num(r.amount));
    }

    // The child areas valid in the period, and any other unit money was attributed to.
    const extra = [...new Set([...disclosure.byCommune.map((c) => c.communeId).filter((c): c is string => c !== null).map(Number), ...raisedByChild.keys()])];
    const areas = (await this.ds.query(
      `SELECT id, code, name, kind FROM area
        WHERE (${row.areaId == null ? 'parentId IS NULL' : 'parentId = ?'} AND validFrom <= ? AND (validTo IS NULL OR validTo >= ?))${extra.length ? ` OR id IN (${extra.map(() => '?').join(', ')})` : ''}
        ORDER BY code, id`,
      [...(row.areaId == null ? [] : [num(row.areaId)]), to, from, ...extra],
    )) as { id: unknown; code: string; name: string; kind: string }[];

    const tally = new Map(disclosure.byCommune.map((c) => [c.communeId, c]));
    const childRow = (area: PublicArea | null): PublicChildArea => {
      const key = area ? String(area.id) : null;
      const t = tally.get(key);
      return {
        area,
        raised: area ? (raisedByChild.get(area.id) ?? 0) : 0,
        spent: t?.total ?? 0,
        disbursements: t?.count ?? 0,
        byCategory: disclosure.cells.filter((c) => c.communeId === key).map((c) => ({ category: c.category, amount: c.total, count: c.count })),
      };
    };
    const children = areas.map((a) => childRow({ id: num(a.id), code: a.code, name: a.name, kind: a.kind }));
    if (tally.has(null)) children.push(childRow(null));

    return {
      fund,
      from,
      to,
      summary,
      bankAccounts,
      donors: publicDonorList(donations.map((d) => ({ donorId: String(d.donorId), name: d.name, anonymous: num(d.anonymous) === 1, amount: num(d.amount), count: num(d.n) }))),
      disbursements: { count: disclosure.count, total: disclosure.total },
      children,
      reconciledShare: reconciled(donations),
    };
  }
}

/** The share of the money in matched to bank-statement lines (confirmed in reconciliation); null when nothing came in. */
function reconciled(donations: { amount: unknown; matched: unknown }[]): number | null {
  const amountIn = donations.reduce((a, d) => a + num(d.amount), 0);
  return amountIn > 0 ? donations.reduce((a, d) => a + num(d.matched), 0) / amountIn : null;
}
