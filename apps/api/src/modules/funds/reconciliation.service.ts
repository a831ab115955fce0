import { createHash } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  badInput,
  conflict,
  DomainError,
  MATCH_WINDOW_DAYS,
  MONEY_IN_KINDS,
  notFound,
  parseBankStatementCsv,
  proposeMatches,
  reconciledShare,
  type LocalDate,
  type StatementProblem,
  type TransactionKind,
} from '@lnob/domain';
import type { Cursor } from '../../common/relay/cursor';
import { withWriteLock } from '../../db/write-lock';
import { insertMany } from '../../db/insert-many';
import type { Caller } from '../auth/caller';
import type { UploadStore } from '../imports/upload-store';
import { isUniqueViolation } from '../../db/dialect';
import { FundAccess } from './fund.access';
import { DonorEntity, FundBankAccountEntity, FundEntity, LedgerTransactionEntity } from './fund.entity';
import { BankStatementEntity, StatementLineEntity, StatementRejectionEntity, type StatementLineStatus } from './statement.entity';
import { localDateOf, num } from '../../db/raw';
import { isMoneyIn, notReversed, reversalOf } from './ledger.queries';

/**
 * Bank-statement reconciliation (đối chiếu sao kê) of a fund: import a statement (CSV uploaded with
 * `POST /uploads`; layouts in libs/domain statement-csv.ts), propose one-to-one matches between its
 * money-in lines and the fund's donations (`proposeMatches`: amount, date window, reference, donor
 * name), let an officer confirm, reject (never proposed again) or match by hand, and report how much
 * of the money in is matched. Reads need organization.read over the fund; changes data.capture.
 */
export class ReconciliationService {
  private readonly access: FundAccess;

  constructor(
    private readonly ds: DataSource,
    private readonly caller: Caller,
    private readonly uploads: UploadStore | null,
  ) {
    this.access = new FundAccess(ds, caller);
  }

  /** Imports a statement: its good lines are stored and matched; row problems come back with it. */
  async importStatement(fundId: number, uploadId: string, accountNumber: string | null): Promise<{ statement: BankStatementEntity; problems: StatementProblem[]; skippedRows: number[] }> {
    this.caller.require('data.capture');
    const upload = this.caller.userId !== null ? this.uploads?.get(uploadId, this.caller.userId) : undefined;
    if (!upload) throw badInput('NOT_FOUND', 'No such upload (uploads are kept for one hour, for the user who sent them).', [{ path: 'input.uploadId', message: 'no such upload' }]);
    const text = upload.bytes.toString('utf8');
    if (text.includes('\uFFFD')) throw badInput('VALIDATION_FAILED', 'The statement is not UTF-8 text: export it as CSV (UTF-8).', [{ path: 'input.uploadId', message: 'not UTF-8 CSV' }]);
    const parsed = parseBankStatementCsv(text);
    const fatal = parsed.problems.find((p) => p.row === null);
    if (!parsed.layout || fatal) {
      const message = fatal?.message ?? 'No statement layout recognised.';
      throw new DomainError('BAD_USER_INPUT', 'VALIDATION_FAILED', message, [{ path: 'input.uploadId', message }], { problem: fatal?.reason ?? 'NO_HEADER' });
    }
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
    try {
      return await this.locked(fundId, async (m, fund) => {
        if (await m.getRepository(BankStatementEntity).existsBy({ fundId: fund.id, sha256 })) throw conflict('STATEMENT_ALREADY_IMPORTED', 'This statement file was already imported for the fund.');
        if (accountNumber?.trim() && !(await m.getRepository(FundBankAccountEntity).existsBy({ fundId: fund.id, accountNumber: accountNumber.trim() }))) {
          throw badInput('NOT_FOUND', 'Not an account of this fund.', [{ path: 'input.accountNumber', message: 'not an account of this fund' }]);
        }
        const dates = parsed.lines.map((l) => l.date).sort();
        const statement = await m.getRepository(BankStatementEntity).save(
          m.getRepository(BankStatementEntity).create({
            fundId: fund.id,
            accountNumber: accountNumber?.trim() || null,
            fileName: upload.fileName,
            sha256,
            lineCount: parsed.lines.length,
            fromDate: dates[0] ?? null,
            toDate: dates[dates.length - 1] ?? null,
            importedAt: new Date(),
            actorName: this.caller.actorName,
            orgPath: fund.orgPath,
          }),
        );
        await insertMany(
          m,
          StatementLineEntity,
          parsed.lines.map((l) =>
            Object.assign(new StatementLineEntity(), {
              statementId: statement.id,
              fundId: fund.id,
              row: l.row,
              occurredOn: l.date,
              amount: l.amount,
              description: l.description.slice(0, 1000),
              reference: l.reference?.slice(0, 64) ?? null,
              status: l.amount > 0 ? 'UNMATCHED' : 'OUTGOING',
              transactionId: null,
              confirmedTransactionId: null,
              score: null,
              evidence: null,
            }),
          ),
        );
        await proposeForFund(m, fund.id);
        await this.access.audit(m, 'BankStatement', 'import', fund.orgPath, null, statement);
        return { statement, problems: parsed.problems, skippedRows: parsed.skippedRows };
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('STATEMENT_ALREADY_IMPORTED', 'This statement file was already imported for the fund.');
      throw e;
    }
  }

  /** Confirms the proposed match of a line. */
  async confirm(lineId: number): Promise<StatementLineEntity> {
    return this.onLine(lineId, 'confirm', async (m, line) => {
      if (line.status !== 'PROPOSED' || line.transactionId === null) throw badInput('VALIDATION_FAILED', 'Only a proposed match can be confirmed.', [{ path: 'input.lineId', message: `the line is ${line.status}` }]);
      if ((await reversalOf(m, line.transactionId)) !== null) {
        await proposeForFund(m, line.fundId);
        throw conflict('ALREADY_REVERSED', 'The proposed donation was reversed since: the line is proposed afresh.');
      }
      return this.setConfirmed(m, line, line.transactionId);
    });
  }

  /** Rejects the proposed match of a line (never proposed again) and proposes afresh. */
  async reject(lineId: number): Promise<StatementLineEntity> {
    return this.onLine(lineId, 'reject', async (m, line) => {
      if (line.status !== 'PROPOSED' || line.transactionId === null) throw badInput('VALIDATION_FAILED', 'Only a proposed match can be rejected.', [{ path: 'input.lineId', message: `the line is ${line.status}` }]);
      await m.getRepository(StatementRejectionEntity).insert({ lineId: line.id, transactionId: line.transactionId, createdAt: new Date() });
      await proposeForFund(m, line.fundId);
      return m.getRepository(StatementLineEntity).findOneByOrFail({ id: line.id });
    });
  }

  /** Matches a money-in line to a donation by hand (same fund, same amount, not matched elsewhere). */
  async match(lineId: number, transactionId: number): Promise<StatementLineEntity> {
    return this.onLine(lineId, 'match', async (m, line) => {
      if (line.status === 'OUTGOING') throw badInput('VALIDATION_FAILED', 'Money out is not matched to donations.', [{ path: 'input.lineId', message: 'money out' }]);
      if (line.status === 'CONFIRMED') throw conflict('ALREADY_MATCHED', 'The line is already matched: undo it first.');
      const tx = await m.getRepository(LedgerTransactionEntity).findOneBy({ id: transactionId });
      const problems = [];
      if (!tx || tx.fundId !== line.fundId || !MONEY_IN_KINDS.includes(tx.kind as TransactionKind)) problems.push({ path: 'input.transactionId', message: 'no such donation of this fund' });
      else if (tx.amount !== line.amount) problems.push({ path: 'input.transactionId', message: `the donation is ${tx.amount} ₫, the line ${line.amount} ₫` });
      else if ((await reversalOf(m, tx.id)) !== null) problems.push({ path: 'input.transactionId', message: 'the donation was reversed' });
      if (problems.length) throw badInput('VALIDATION_FAILED', 'This donation cannot be matched to the line.', problems);
      return this.setConfirmed(m, line, transactionId);
    });
  }

  /** Undoes a confirmation: the line is matched afresh. */
  async unmatch(lineId: number): Promise<StatementLineEntity> {
    return this.onLine(lineId, 'unmatch', async (m, line) => {
      if (line.status !== 'CONFIRMED') throw badInput('VALIDATION_FAILED', 'Only a confirmed match can be undone.', [{ path: 'input.lineId', message: `the line is ${line.status}` }]);
      await m.getRepository(StatementLineEntity).update({ id: line.id }, { status: 'UNMATCHED', transactionId: null, confirmedTransactionId: null, score: null, evidence: null });
      await proposeForFund(m, line.fundId);
      return m.getRepository(StatementLineEntity).findOneByOrFail({ id: line.id });
    });
  }

  async statements(fundId: number, limit: number, after: Cursor | null) {
    const fund = await this.access.readable(fundId);
    const qb = this.ds.getRepository(BankStatementEntity).createQueryBuilder('s').where('s.fundId = :f', { f: fund.id });
    if (after) qb.andWhere('s.id < :a', { a: after.id });
    return { rows: await qb.orderBy('s.id', 'DESC').take(limit).getMany(), count: () => this.ds.getRepository(BankStatementEntity).countBy({ fundId: fund.id }) };
  }

  /** A fund's statement lines (of one statement, or all), in import order; optionally of one status. */
  async lines(fundId: number, f: { statementId?: number | null; status?: StatementLineStatus | null }, limit: number, after: Cursor | null) {
    const fund = await this.access.readable(fundId);
    const build = () => {
      const qb = this.ds.getRepository(StatementLineEntity).createQueryBuilder('l').where('l.fundId = :f', { f: fund.id });
      if (f.statementId) qb.andWhere('l.statementId = :s', { s: f.statementId });
      if (f.status) qb.andWhere('l.status = :st', { st: f.status });
      return qb;
    };
    const qb = build();
    if (after) qb.andWhere('l.id > :a', { a: after.id });
    return { rows: await qb.orderBy('l.id', 'ASC').take(limit).getMany(), count: () => build().getCount() };
  }

  /** Money in of a period and how much of it is confirmed against a statement; the unmatched on both sides. */
  async summary(fundId: number, from: LocalDate, to: LocalDate) {
    const fund = await this.access.readable(fundId);
    const donations = (await this.ds.query(
      `SELECT t.id AS id, t.amount AS amount, l.id AS lineId FROM ledger_transaction t
         LEFT JOIN bank_statement_line l ON l.confirmedTransactionId = t.id
        WHERE t.fundId = ? AND ${isMoneyIn('t.kind')} AND t.occurredOn >= ? AND t.occurredOn <= ?
          AND ${notReversed('t')}`,
      [fund.id, from, to],
    )) as { id: unknown; amount: unknown; lineId: unknown }[];
    const list = donations.map((d) => ({ id: String(num(d.id)), amount: num(d.amount), matched: d.lineId !== null }));
    const share = reconciledShare(list, list.filter((d) => d.matched).map((d) => d.id));
    const [lines] = (await this.ds.query(
      `SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount FROM bank_statement_line WHERE fundId = ? AND status IN ('UNMATCHED', 'PROPOSED') AND occurredOn >= ? AND occurredOn <= ?`,
      [fund.id, from, to],
    )) as { n: unknown; amount: unknown }[];
    const unmatched = list.filter((d) => !d.matched);
    return {
      fund,
      amountIn: share.amountIn,
      matched: share.matched,
      share: share.share,
      unmatchedLines: num(lines.n),
      unmatchedLinesAmount: num(lines.amount),
      unmatchedDonations: unmatched.length,
      unmatchedDonationsAmount: unmatched.reduce((a, d) => a + d.amount, 0),
    };
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs `fn` under the fund's reconciliation lock, the fund read once: NOT_FOUND invisible, FORBIDDEN not owned. */
  private async locked<T>(fund: number | FundEntity | null, fn: (m: EntityManager, fund: FundEntity) => Promise<T>): Promise<T> {
    const f = typeof fund === 'number' ? await this.access.readable(fund) : fund;
    this.caller.requireOwned('data.capture', 'Fund', !!f && this.access.visible(f), (s) => s.ownsOrganization(f!.orgPath));
    return withWriteLock(this.ds, `reconciliation:${f!.id}`, (m) => fn(m, f!));
  }

  private async onLine(lineId: number, action: string, fn: (m: EntityManager, line: StatementLineEntity) => Promise<StatementLineEntity>): Promise<StatementLineEntity> {
    this.caller.require('data.capture');
    const line0 = await this.ds.getRepository(StatementLineEntity).findOneBy({ id: lineId });
    if (!line0) throw notFound('StatementLine');
    const fund = await this.ds.getRepository(FundEntity).findOneBy({ id: line0.fundId });
    if (!fund || !this.access.visible(fund)) throw notFound('StatementLine');
    try {
      return await this.locked(fund, async (m) => {
        const line = await m.getRepository(StatementLineEntity).findOneByOrFail({ id: lineId });
        const before = { ...line };
        const after = await fn(m, line);
        await this.access.audit(m, 'StatementLine', action, fund.orgPath, before, after);
        return after;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict('ALREADY_MATCHED', 'The donation is already matched to another statement line.');
      throw e;
    }
  }

  private async setConfirmed(m: EntityManager, line: StatementLineEntity, transactionId: number): Promise<StatementLineEntity> {
    const taken = await m.getRepository(StatementLineEntity).findOneBy({ confirmedTransactionId: transactionId });
    if (taken && taken.id !== line.id) throw conflict('ALREADY_MATCHED', `The donation is already matched to line ${taken.row} of statement ${taken.statementId}.`);
    await m.getRepository(StatementLineEntity).update({ id: line.id }, { status: 'CONFIRMED', transactionId, confirmedTransactionId: transactionId });
    await proposeForFund(m, line.fundId);
    return m.getRepository(StatementLineEntity).findOneByOrFail({ id: line.id });
  }
}

/**
 * Proposes matches for every open money-in line of the fund (UNMATCHED or PROPOSED) against its
 * donations in the lines' date window that are neither reversed nor confirmed to a line, minus
 * rejected pairs. Lines without a candidate go back to UNMATCHED.
 */
export async function proposeForFund(m: EntityManager, fundId: number): Promise<void> {
  const open = await m.getRepository(StatementLineEntity).find({ where: { fundId, status: In(['UNMATCHED', 'PROPOSED']) }, order: { id: 'ASC' } });
  if (open.length === 0) return;
  const dates = open.map((l) => l.occurredOn).sort();
  const donations = (await m.query(
    `SELECT t.id AS id, t.amount AS amount, t.occurredOn AS occurredOn, t.reference AS reference, t.donorId AS donorId FROM ledger_transaction t
      WHERE t.fundId = ? AND ${isMoneyIn('t.kind')} AND t.occurredOn >= ? AND t.occurredOn <= ?
        AND ${notReversed('t')}
        AND NOT EXISTS (SELECT 1 FROM bank_statement_line c WHERE c.confirmedTransactionId = t.id)`,
    [fundId, addDays(dates[0], -MATCH_WINDOW_DAYS), addDays(dates[dates.length - 1], MATCH_WINDOW_DAYS)],
  )) as { id: unknown; amount: unknown; occurredOn: string | Date; reference: string | null; donorId: unknown }[];
  const donorIds = [...new Set(donations.map((d) => num(d.donorId)).filter((id) => id > 0))];
  const donors = donorIds.length ? await m.getRepository(DonorEntity).findBy({ id: In(donorIds) }) : [];
  const names = new Map(donors.map((d) => [d.id, d.name]));
  const rejections = await m.getRepository(StatementRejectionEntity).findBy({ lineId: In(open.map((l) => l.id)) });
  const proposal = proposeMatches(
    open.map((l) => ({ id: String(l.id), date: l.occurredOn, amount: l.amount, description: l.description, reference: l.reference })),
    donations.map((d) => ({ id: String(num(d.id)), amount: num(d.amount), occurredOn: localDateOf(d.occurredOn), reference: d.reference, donorName: names.get(num(d.donorId)) ?? null })),
    { exclude: rejections.map((r) => ({ lineId: String(r.lineId), donationId: String(r.transactionId) })) },
  );
  const byLine = new Map(proposal.matches.map((c) => [Number(c.lineId), c]));
  for (const l of open) {
    const c = byLine.get(l.id);
    const next = c
      ? { status: 'PROPOSED' as const, transactionId: Number(c.donationId), score: c.score, evidence: c.evidence.join(',') }
      : { status: 'UNMATCHED' as const, transactionId: null, score: null, evidence: null };
    if (l.status !== next.status || l.transactionId !== next.transactionId || l.score !== next.score) await m.getRepository(StatementLineEntity).update({ id: l.id }, next);
  }
}

