import { In, type DataSource } from 'typeorm';
import {
  badInput,
  conflict,
  forbidden,
  fundCommitteeProblems,
  newFundProblems,
  notFound,
  peakMonthWindow,
  pledgeStanding,
  Problems,
  summarizeEntryGroups,
  todayLocal,
  type DisbursementCategory,
  type FundLevel,
  type FundSummary,
  type LocalDate,
  type PledgeStatus,
  type TransactionKind,
} from '@lnob/domain';
import type { Cursor } from '../../common/relay/cursor';
import { AreaEntity } from '../areas/area.entity';
import type { Caller } from '../auth/caller';
import { andWhereClause } from '../auth/scope';
import { OrganizationEntity } from '../organizations/organization.entity';
import { FundAccess } from './fund.access';
import { DonorEntity, FundBankAccountEntity, FundEntity, LedgerEntryEntity, LedgerTransactionEntity, PledgeEntity } from './fund.entity';
import { whereSearch } from '../../common/hierarchy';
import { num } from '../../db/raw';
import { balanceAt, fulfilmentsOf, signedAmount } from './ledger.queries';

export interface LedgerFilter {
  from?: LocalDate | null;
  to?: LocalDate | null;
  kind?: TransactionKind | null;
  category?: DisbursementCategory | null;
  donorId?: number | null;
}

/**
 * Funds and their ledger as the caller may read them (organization.read over the fund's committee):
 * funds, balances at a date, the ledger page with the totals of the filtered set, summaries per
 * period and for the peak month, pledges with their status. Balances and summaries are sums over
 * the fund's entries (one indexed range each); the cached balance serves "today".
 */
export class FundService {
  private readonly access: FundAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
  ) {
    this.access = new FundAccess(ds, caller);
  }

  get(id: number): Promise<FundEntity> {
    return this.access.readable(id);
  }

  /** Funds in scope, by id; filters by the committee's area subtree, level and validity. */
  async list(f: { areaId?: number | null; level?: FundLevel | null; validOn?: LocalDate | null }, limit: number, after: Cursor | null) {
    const scope = this.caller.require('organization.read');
    const area = f.areaId != null ? await this.ds.getRepository(AreaEntity).findOneBy({ id: f.areaId }) : null;
    if (f.areaId != null && !area) throw notFound('Area');
    const build = () => {
      const qb = this.ds.getRepository(FundEntity).createQueryBuilder('f');
      andWhereClause(qb, scope.pathsSql('f.orgPath', 'f.areaPath'));
      if (area) qb.andWhere('f.areaPath LIKE :ap', { ap: `${area.path}%` });
      if (f.level) qb.andWhere('f.level = :level', { level: f.level });
      if (f.validOn) qb.andWhere('f.validFrom <= :d AND (f.validTo IS NULL OR f.validTo >= :d)', { d: f.validOn });
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('f.id > :after', { after: after.id });
    return { rows: await qb.orderBy('f.id', 'ASC').take(limit).getMany(), count: () => build().getCount() };
  }

  /** Donors recorded by committees in the caller's organization view, by name (accent-insensitive), for pickers. */
  async donors(search: string | null | undefined, limit: number, after: Cursor | null) {
    const scope = this.caller.require('organization.read');
    const build = () => {
      const qb = this.ds.getRepository(DonorEntity).createQueryBuilder('d');
      andWhereClause(qb, scope.pathsSql('d.orgPath', 'd.areaPath'));
      if (search?.trim()) whereSearch(qb, ['d.nameSearch'], search);
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('d.id > :after', { after: after.id });
    return { rows: await qb.orderBy('d.id', 'ASC').take(limit).getMany(), count: () => build().getCount() };
  }

  /** Opens a fund for a VFF committee (SYSTEM_ADMIN, or organization.write owning the committee). */
  async create(i: { organizationId: number; name: string; level: FundLevel; campaignBoardId?: number | null; validFrom: LocalDate; bankAccounts?: { bankName: string; accountNumber: string; accountName: string }[] | null }) {
    const write = this.caller.require('organization.write');
    new Problems().addAll(newFundProblems(i)).throwIfAny();
    const name = i.name.trim();
    return this.ds.transaction(async (m) => {
      const org = await m.getRepository(OrganizationEntity).findOneBy({ id: i.organizationId });
      if (!org || !this.caller.scope('organization.read').coversOrganization(org.path, null)) throw badInput('NOT_FOUND', 'No such organization.', [{ path: 'input.organizationId', message: 'no such organization' }]);
      if (!write.ownsOrganization(org.path)) throw forbidden('OUT_OF_SCOPE', 'You may not open a fund for this organization.');
      if (org.kind !== 'VFF_COMMITTEE') throw badInput('KIND_NOT_ALLOWED', 'A Fund for the Poor belongs to a VFF committee.', [{ path: 'input.organizationId', message: 'not a VFF committee' }]);
      // The fund's level is its committee's; it opens within the committee's validity; one fund per committee.
      const checks = new Problems();
      for (const e of fundCommitteeProblems(i, org)) checks.add(e.path, e.message, e.reason);
      if (i.campaignBoardId != null) {
        const board = await m.getRepository(OrganizationEntity).findOneBy({ id: i.campaignBoardId });
        if (!board || !this.caller.scope('organization.read').coversOrganization(board.path, null)) checks.add('input.campaignBoardId', 'no such organization', 'NOT_FOUND');
      }
      checks.throwIfAny();
      if (await m.getRepository(FundEntity).existsBy({ organizationId: org.id })) {
        throw conflict('DUPLICATE_CODE', 'This committee already has a Fund for the Poor.', [{ path: 'input.organizationId', message: 'already has a fund' }]);
      }
      const area = org.areaId ? await m.getRepository(AreaEntity).findOneBy({ id: org.areaId }) : null;
      const fund = await m.getRepository(FundEntity).save(
        m.getRepository(FundEntity).create({ name, level: i.level, organizationId: org.id, campaignBoardId: i.campaignBoardId ?? null, orgPath: org.path, areaId: area?.id ?? null, areaPath: area?.path ?? null, validFrom: i.validFrom, validTo: org.validTo, balance: 0, createdAt: new Date(), updatedAt: new Date() }),
      );
      const accounts = await m.getRepository(FundBankAccountEntity).save(
        (i.bankAccounts ?? []).map((b) => m.getRepository(FundBankAccountEntity).create({ fundId: fund.id, bankName: b.bankName.trim(), accountNumber: b.accountNumber.trim(), accountName: b.accountName.trim(), createdAt: new Date() })),
      );
      const audited: FundEntity & { bankAccounts: string[] } = { ...fund, bankAccounts: accounts.map((a) => a.accountNumber) };
      await this.access.audit(m, 'Fund', 'create', fund.orgPath, null, audited);
      return fund;
    });
  }

  /** The balance at the end of `asOf` (default: now, the cached balance). */
  async balance(fundId: number, asOf?: LocalDate | null): Promise<{ fund: FundEntity; asOf: LocalDate; balance: number }> {
    const fund = await this.access.readable(fundId);
    const today = todayLocal();
    if (!asOf || asOf >= today) return { fund, asOf: asOf ?? today, balance: fund.balance };
    return { fund, asOf, balance: await balanceAt(this.ds, fund.id, asOf) };
  }

  /**
   * The transactions of a fund (recorded by it, or transfers to it), newest first, keyset on
   * (occurredOn, id). Driven by the fund's FUND-account entries (one per transaction that moved its
   * money; index fundId, occurredOn, transactionId), so a page is an index range, not a scan.
   */
  async ledger(fundId: number, f: LedgerFilter, limit: number, after: Cursor | null) {
    const fund = await this.access.readable(fundId);
    const byTransaction = !!(f.kind || f.category || f.donorId);
    /** Entries of the fund, joined to their transactions only when a filter needs them. */
    const build = () => {
      const qb = this.ds.getRepository(LedgerEntryEntity).createQueryBuilder('e').where('e.fundId = :fund', { fund: fund.id });
      if (f.from) qb.andWhere('e.occurredOn >= :from', { from: f.from });
      if (f.to) qb.andWhere('e.occurredOn <= :to', { to: f.to });
      if (byTransaction) {
        qb.innerJoin(LedgerTransactionEntity, 't', 't.id = e.transactionId');
        if (f.kind) qb.andWhere('t.kind = :kind', { kind: f.kind });
        if (f.category) qb.andWhere('t.category = :category', { category: f.category });
        if (f.donorId) qb.andWhere('t.donorId = :donor', { donor: f.donorId });
      }
      return qb;
    };
    const qb = build().select('e.transactionId', 'id');
    if (after) qb.andWhere('(e.occurredOn < :ak OR (e.occurredOn = :ak AND e.transactionId < :aid))', { ak: after.key, aid: after.id });
    const ids = ((await qb.orderBy('e.occurredOn', 'DESC').addOrderBy('e.transactionId', 'DESC').limit(limit).getRawMany()) as { id: unknown }[]).map((r) => num(r.id));
    const found = ids.length ? await this.ds.getRepository(LedgerTransactionEntity).findBy({ id: In(ids) }) : [];
    const byId = new Map(found.map((t) => [t.id, t]));
    const rows = ids.map((id) => byId.get(id)!);
    const totals = async () => {
      const r = (await build()
        .select('COUNT(*)', 'count')
        .addSelect(`COALESCE(SUM(CASE WHEN e.direction = 'DEBIT' THEN e.amount ELSE 0 END), 0)`, 'moneyIn')
        .addSelect(`COALESCE(SUM(CASE WHEN e.direction = 'CREDIT' THEN e.amount ELSE 0 END), 0)`, 'moneyOut')
        .getRawOne()) as { count: unknown; moneyIn: unknown; moneyOut: unknown };
      return { count: num(r.count), moneyIn: num(r.moneyIn), moneyOut: num(r.moneyOut) };
    };
    return { fund, rows, count: async () => (await totals()).count, totals };
  }

  /**
   * Raised, spent per category, transferred in and out, and the balance at both ends of a date range
   * (a period's, or the peak month's). A reversal counts against what it reverses.
   */
  async summary(fundId: number, range: { from: LocalDate; to: LocalDate }): Promise<{ fund: FundEntity; summary: FundSummary }> {
    const fund = await this.access.readable(fundId);
    return { fund, summary: await summarizeFund(this.ds, fund.id, range) };
  }

  /** The summary of the peak month (17/10–18/11) of a year. */
  peakMonth(fundId: number, year: number) {
    if (!Number.isInteger(year) || year < 2000 || year > 2999) throw badInput('VALIDATION_FAILED', 'A year such as 2024.', [{ path: 'year', message: 'a year such as 2024' }]);
    return this.summary(fundId, peakMonthWindow(year));
  }

  /** Pledges of a fund with their standing today (or `asOf`), by due date; a status filter is applied after computing it. */
  async pledges(fundId: number, f: { status?: PledgeStatus | null; asOf?: LocalDate | null }, limit: number, after: Cursor | null) {
    const fund = await this.access.readable(fundId);
    const asOf = f.asOf ?? todayLocal();
    const qb = this.ds.getRepository(PledgeEntity).createQueryBuilder('p').where('p.fundId = :fund', { fund: fund.id });
    if (after) qb.andWhere('p.id > :after', { after: after.id });
    // Without a status filter the page is cut in SQL; a status depends on the fulfilments, so it is computed first.
    if (!f.status) qb.take(limit);
    const pledges = await qb.orderBy('p.id', 'ASC').getMany();
    const standing = await fulfilmentsOf(this.ds, pledges.map((p) => p.id), asOf);
    const rows = pledges
      .map((p) => ({ pledge: p, standing: pledgeStanding({ amount: p.amount, pledgedOn: p.pledgedOn, dueOn: p.dueOn, fulfilments: standing.get(p.id) ?? [] }, asOf) }))
      .filter((r) => !f.status || r.standing.status === f.status);
    const count = async () => (f.status ? rows.length : this.ds.getRepository(PledgeEntity).countBy({ fundId: fund.id }));
    return { fund, rows: rows.slice(0, limit), count };
  }
}

/**
 * The summary of one fund over an inclusive date range, in two statements: its entries in the range
 * grouped by what they belong to (a reversal by its original: it counts against it, at its own
 * date), and both balances (end of the day before `from`, end of `to`). The fund's own queries and
 * the public report (public-report.service.ts) both answer with it.
 */
export async function summarizeFund(ds: DataSource, fundId: number, r: { from: LocalDate; to: LocalDate }): Promise<FundSummary> {
  const rows = (await ds.query(
    `SELECT COALESCE(o.kind, t.kind) AS kind, COALESCE(o.category, t.category) AS category, e.direction AS direction,
            CASE WHEN COALESCE(o.counterFundId, t.counterFundId) = ? THEN 1 ELSE 0 END AS incoming,
            SUM(e.amount) AS amount, SUM(CASE WHEN t.kind = 'REVERSAL' THEN -1 ELSE 1 END) AS n
       FROM ledger_entry e
       JOIN ledger_transaction t ON t.id = e.transactionId
       LEFT JOIN ledger_transaction o ON o.id = t.reversesId
      WHERE e.fundId = ? AND e.occurredOn >= ? AND e.occurredOn <= ?
      GROUP BY COALESCE(o.kind, t.kind), COALESCE(o.category, t.category), e.direction, CASE WHEN COALESCE(o.counterFundId, t.counterFundId) = ? THEN 1 ELSE 0 END`,
    [fundId, fundId, r.from, r.to, fundId],
  )) as { kind: TransactionKind; category: DisbursementCategory | null; direction: 'DEBIT' | 'CREDIT'; incoming: unknown; amount: unknown; n: unknown }[];
  const [balances] = (await ds.query(
    `SELECT COALESCE(SUM(CASE WHEN e.occurredOn < ? THEN ${signedAmount('e')} ELSE 0 END), 0) AS opening, COALESCE(SUM(${signedAmount('e')}), 0) AS closing
       FROM ledger_entry e WHERE e.fundId = ? AND e.occurredOn <= ?`,
    [r.from, fundId, r.to],
  )) as { opening: unknown; closing: unknown }[];
  return summarizeEntryGroups(
    rows.map((x) => ({ kind: x.kind, category: x.category, direction: x.direction, incoming: num(x.incoming) === 1, amount: num(x.amount), count: num(x.n) })),
    { from: r.from, to: r.to, openingBalance: num(balances?.opening), closingBalance: num(balances?.closing) },
  );
}
