import type { EntityManager, EntityTarget } from 'typeorm';
import {
  badInput,
  donorInputProblems,
  housingCompletion,
  buildEntries,
  canonicalJson,
  checkFulfilment,
  checkFundOpen,
  checkGroupBalances,
  checkHouseholdDonor,
  checkReversal,
  conflict,
  type DomainError,
  disbursementEligibility,
  entryGroupProblems,
  foldVietnamese,
  idempotencyDecision,
  idempotencyKeyProblem,
  idempotencyScope,
  movementProblems,
  notFound,
  pledgeProblems,
  Problems,
  reversalEntries,
  todayLocal,
  type BeneficiaryKind,
  type Channel,
  type DisbursementCategory,
  type DonorKind,
  type LedgerEntry,
  type LocalDate,
  type TransactionKind,
} from '@lnob/domain';
import { insertMany } from '../../db/insert-many';
import type { Caller } from '../auth/caller';
import { trimOrNull } from '../../common/inputs';
import { HouseholdAccess } from '../households/household.access';
import { HouseholdEntity } from '../households/household.entity';
import { isUniqueViolation } from '../../db/dialect';
import { FundAccess, must } from './fund.access';
import { fulfilmentsOf, reversalOf } from './ledger.queries';
import { proposeForFund } from './reconciliation.service';
import { DonorEntity, FundEntity, LedgerEntryEntity, LedgerTransactionEntity, PledgeEntity } from './fund.entity';

export interface NewDonor {
  kind: DonorKind;
  name: string;
  organizationId?: number | null;
  householdId?: number | null;
  taxCode?: string | null;
}

interface Common {
  idempotencyKey: string;
  occurredOn: LocalDate;
  receiptNumber?: string | null;
  reference?: string | null;
  note?: string | null;
}

export interface DonationCommand extends Common {
  fundId: number;
  amount: number;
  channel: Channel;
  donorId?: number | null;
  newDonor?: NewDonor | null;
  anonymous?: boolean | null;
  pledgeId?: number | null;
  valuation?: { description: string; basis: string } | null;
}

export interface DisbursementCommand extends Common {
  fundId: number;
  amount: number;
  channel: Channel;
  category: DisbursementCategory;
  householdId?: number | null;
  /** EVENT or COMMUNITY_PROJECT: what it paid for. */
  beneficiaryKind: BeneficiaryKind;
  beneficiaryName?: string | null;
  override?: { justification: string } | null;
  valuation?: { description: string; basis: string } | null;
}

export interface TransferCommand extends Common {
  fromFundId: number;
  toFundId: number;
  amount: number;
  channel: Channel;
}

export interface ReversalCommand {
  transactionId: number;
  idempotencyKey: string;
  occurredOn: LocalDate;
  reason: string;
}

export interface PledgeCommand {
  fundId: number;
  idempotencyKey: string;
  donorId?: number | null;
  newDonor?: NewDonor | null;
  amount: number;
  pledgedOn: LocalDate;
  dueOn: LocalDate;
  anonymous?: boolean | null;
  note?: string | null;
}

/** What a mutation answers: the transaction (the first one again on a retry with the same key). */
export interface Posted {
  tx: LedgerTransactionEntity;
  replayed: boolean;
  /** The fund recording it, with its balance after the movement. */
  fund: FundEntity;
}

interface Draft {
  tx: Omit<LedgerTransactionEntity, 'id' | 'recordedAt' | 'userId' | 'actorName' | 'idempotencyScope' | 'payload'>;
  entries: LedgerEntry[];
}

const valuationText = (v: { description: string; basis: string } | null | undefined) => (v ? `${v.description.trim()} — ${v.basis.trim()}` : null);

/**
 * The write path of the Fund for the Poor (architecture.md "Data layer"): every movement is one
 * transaction holding its funds' rows locked, checked with the domain rules (fields, fund open,
 * donor, pledge, eligibility, reversal), turned into an entry group that sums to zero, refused when
 * a fund would go below zero, stored with its entries, the funds' cached balances moved, and audited.
 * Every mutation takes an idempotency key: the same key and payload answer the first result; the
 * same key with another payload is CONFLICT / IDEMPOTENCY_KEY_REUSED. Nothing is edited or deleted.
 */
export class LedgerService {
  private readonly access: FundAccess;
  private readonly households: HouseholdAccess;

  constructor(
    ds: FundAccess['ds'],
    private readonly caller: Caller,
  ) {
    this.access = new FundAccess(ds, caller);
    this.households = new HouseholdAccess(caller);
  }

  private get today() {
    return todayLocal();
  }

  async recordDonation(i: DonationCommand): Promise<Posted> {
    const kind: TransactionKind = i.pledgeId ? 'PLEDGE_FULFILMENT' : 'DONATION';
    return this.post('recordDonation', i.idempotencyKey, i, [i.fundId], async (m, funds) => {
      const p = new Problems().addAll(
        movementProblems({ kind, fundId: String(i.fundId), amount: i.amount, occurredOn: i.occurredOn, channel: i.channel, valuation: i.valuation, receiptNumber: i.receiptNumber, reference: i.reference, note: i.note, donorId: i.donorId || i.newDonor ? 'given' : null, pledgeId: i.pledgeId ? String(i.pledgeId) : null }, this.today),
      );
      p.addAll(donorInputProblems(i));
      p.throwIfAny();
      const fund = this.access.owned(funds, i.fundId);
      must(checkFundOpen([fundFacts(fund)], i.occurredOn));
      const donor = await this.donor(m, i, fund);
      let anonymous = !!i.anonymous;
      if (i.pledgeId) {
        const pledge = await m.getRepository(PledgeEntity).findOneBy({ id: i.pledgeId });
        if (!pledge || pledge.fundId !== fund.id) throw badInput('NOT_FOUND', 'No such pledge of this fund.', [{ path: 'input.pledgeId', message: 'no such pledge of this fund' }]);
        if (pledge.donorId !== donor.id) throw badInput('VALIDATION_FAILED', 'The pledge belongs to another donor.', [{ path: 'input.pledgeId', message: 'the pledge belongs to another donor' }]);
        must(checkFulfilment({ amount: pledge.amount, pledgedOn: pledge.pledgedOn, dueOn: pledge.dueOn, fulfilments: (await fulfilmentsOf(m, [pledge.id])).get(pledge.id) ?? [] }, i.amount, i.occurredOn));
        anonymous = anonymous || pledge.anonymous;
      }
      return {
        tx: this.base(fund, kind, i, { amount: i.amount, channel: i.channel, donorId: donor.id, anonymous, pledgeId: i.pledgeId ?? null, valuation: valuationText(i.valuation) }),
        entries: buildEntries({ kind: kind as 'DONATION', fundId: String(fund.id), donorId: String(donor.id), amount: i.amount }),
      };
    });
  }

  async recordDisbursement(i: DisbursementCommand): Promise<Posted> {
    return this.post('recordDisbursement', i.idempotencyKey, i, [i.fundId], async (m, funds) => {
      const beneficiaryId = i.beneficiaryKind === 'HOUSEHOLD' ? (i.householdId ? String(i.householdId) : null) : (trimOrNull(i.beneficiaryName) ?? null);
      // The domain rule speaks of `beneficiary.kind` / `beneficiary.id`; the API input has its own fields.
      const beneficiaryPath = i.beneficiaryKind === 'HOUSEHOLD' ? 'input.householdId' : 'input.beneficiaryName';
      const p = new Problems().addAll(
        movementProblems({ kind: 'DISBURSEMENT', fundId: String(i.fundId), amount: i.amount, occurredOn: i.occurredOn, channel: i.channel, valuation: i.valuation, category: i.category, receiptNumber: i.receiptNumber, reference: i.reference, note: i.note, beneficiary: { kind: i.beneficiaryKind, id: beneficiaryId } }, this.today).map((e) => ({
          ...e,
          path: e.path === 'input.beneficiary.id' ? beneficiaryPath : e.path === 'input.beneficiary.kind' ? 'input.beneficiaryKind' : e.path,
        })),
      );
      if ((i.beneficiaryName ?? '').length > 255) p.add('input.beneficiaryName', 'at most 255 characters');
      p.throwIfAny();
      const fund = this.access.owned(funds, i.fundId);
      must(checkFundOpen([fundFacts(fund)], i.occurredOn));
      let household: HouseholdEntity | null = null;
      let basis: string | null = null;
      if (i.beneficiaryKind === 'HOUSEHOLD') {
        household = await this.households.referenced(m, i.householdId!, 'input.householdId');
        const decision = must(
          disbursementEligibility(
            { latestClass: await this.households.latestClass(m, household.id), specialHardship: false },
            i.override ? { justification: i.override.justification, byReviewer: this.caller.scope('data.review').coversArea(household.areaPath) } : null,
          ),
        );
        basis = decision.basis;
      }
      const account = household ? String(household.id) : `${fund.id}:${foldVietnamese(beneficiaryId!).slice(0, 40)}`;
      return {
        tx: this.base(fund, 'DISBURSEMENT', i, {
          amount: i.amount,
          channel: i.channel,
          category: i.category,
          beneficiaryKind: i.beneficiaryKind,
          householdId: household?.id ?? null,
          beneficiaryAreaPath: household?.areaPath ?? fund.areaPath,
          beneficiaryName: household ? null : beneficiaryId,
          overrideJustification: basis === 'OVERRIDE' ? i.override!.justification.trim() : null,
          valuation: valuationText(i.valuation),
        }),
        entries: buildEntries({ kind: 'DISBURSEMENT', fundId: String(fund.id), beneficiary: { kind: i.beneficiaryKind, id: account }, amount: i.amount }),
      };
    });
  }

  async recordTransfer(i: TransferCommand): Promise<Posted> {
    return this.post('recordTransfer', i.idempotencyKey, i, [i.fromFundId, i.toFundId], async (_m, funds) => {
      new Problems()
        .addAll(movementProblems({ kind: 'TRANSFER', fundId: String(i.fromFundId), toFundId: String(i.toFundId), amount: i.amount, occurredOn: i.occurredOn, channel: i.channel, receiptNumber: i.receiptNumber, reference: i.reference, note: i.note }, this.today))
        .throwIfAny();
      const from = this.access.owned(funds, i.fromFundId);
      const to = funds.get(i.toFundId);
      if (!to || !this.access.visible(to)) throw badInput('NOT_FOUND', 'No such receiving fund.', [{ path: 'input.toFundId', message: 'no such fund' }]);
      must(checkFundOpen([fundFacts(from), fundFacts(to)], i.occurredOn));
      return {
        tx: { ...this.base(from, 'TRANSFER', i, { amount: i.amount, channel: i.channel }), counterFundId: to.id, counterOrgPath: to.orgPath },
        entries: buildEntries({ kind: 'TRANSFER', fromFundId: String(from.id), toFundId: String(to.id), amount: i.amount }),
      };
    });
  }

  async reverse(i: ReversalCommand): Promise<Posted> {
    const original = await this.ds.getRepository(LedgerTransactionEntity).findOneBy({ id: i.transactionId });
    const fundIds = original ? [original.fundId, ...(original.counterFundId ? [original.counterFundId] : [])] : [];
    return this.post('reverseTransaction', i.idempotencyKey, i, fundIds, async (m, funds) => {
      new Problems().addAll(movementProblems({ kind: 'REVERSAL', fundId: String(original?.fundId ?? i.transactionId), occurredOn: i.occurredOn, reversesId: String(i.transactionId), reason: i.reason }, this.today)).throwIfAny();
      const fund = original ? funds.get(original.fundId) : undefined;
      if (!original || !fund || !this.access.visible(fund)) throw notFound('LedgerTransaction');
      this.access.owned(funds, fund.id);
      const reversal = await reversalOf(m, original.id);
      must(checkReversal({ id: String(original.id), kind: original.kind as TransactionKind, occurredOn: original.occurredOn, reversedById: reversal === null ? null : String(reversal) }, i.occurredOn));
      must(checkFundOpen([...funds.values()].map(fundFacts), i.occurredOn));
      const entries = await m.getRepository(LedgerEntryEntity).find({ where: { transactionId: original.id }, order: { id: 'ASC' } });
      const { id: _id, recordedAt: _r, userId: _u, actorName: _a, idempotencyScope: _s, payload: _p, ...copied } = original;
      return {
        tx: { ...copied, kind: 'REVERSAL', occurredOn: i.occurredOn, reversesId: original.id, note: i.reason.trim(), receiptNumber: null, reference: null, housingCompletedOn: null, overrideJustification: null },
        entries: reversalEntries(entries.map((e) => ({ account: { kind: e.accountKind as LedgerEntry['account']['kind'], id: e.accountId }, direction: e.direction as 'DEBIT' | 'CREDIT', amount: e.amount, currency: 'VND' }))),
      };
    });
  }

  /** A pledge (no money moves): idempotent like the money mutations. */
  async recordPledge(i: PledgeCommand): Promise<{ pledge: PledgeEntity; replayed: boolean }> {
    const r = await this.once(PledgeEntity, 'recordPledge', i.idempotencyKey, i, [i.fundId], async (m, funds, stamp) => {
      const p = new Problems().addAll(pledgeProblems({ donorId: i.donorId || i.newDonor ? 'given' : null, amount: i.amount, pledgedOn: i.pledgedOn, dueOn: i.dueOn }, this.today));
      p.addAll(donorInputProblems(i));
      if ((i.note ?? '').length > 500) p.add('input.note', 'at most 500 characters');
      p.throwIfAny();
      const fund = this.access.owned(funds, i.fundId);
      const donor = await this.donor(m, i, fund);
      const pledge = await m.getRepository(PledgeEntity).save(
        m.getRepository(PledgeEntity).create({ fundId: fund.id, donorId: donor.id, amount: i.amount, pledgedOn: i.pledgedOn, dueOn: i.dueOn, anonymous: !!i.anonymous, note: trimOrNull(i.note) ?? null, orgPath: fund.orgPath, ...stamp, createdAt: new Date() }),
      );
      await this.access.audit(m, 'Pledge', 'record', fund.orgPath, null, pledge);
      return pledge;
    });
    return { pledge: r.row, replayed: r.replayed };
  }

  /** Reports a housing disbursement's house complete: the household's housing status becomes NEWLY_BUILT or REPAIRED. */
  async completeHousing(transactionId: number, completedOn: LocalDate): Promise<Posted> {
    this.caller.require('data.capture');
    const tx0 = await this.ds.getRepository(LedgerTransactionEntity).findOneBy({ id: transactionId });
    return this.access.withFunds(tx0 ? [tx0.fundId] : [], async (m, funds) => {
      const tx = tx0 && (await m.getRepository(LedgerTransactionEntity).findOneBy({ id: transactionId }));
      const fund = tx ? funds.get(tx.fundId) : undefined;
      if (!tx || !fund || !this.access.visible(fund)) throw notFound('LedgerTransaction');
      this.access.owned(funds, fund.id);
      const completion = housingCompletion(tx, completedOn, this.today);
      if (!completion.ok) throw badInput('VALIDATION_FAILED', 'This disbursement cannot be marked complete.', completion.problems);
      if ((await reversalOf(m, tx.id)) !== null) throw conflict('ALREADY_REVERSED', 'The disbursement was reversed.');
      if (tx.housingCompletedOn) throw conflict('ALREADY_CLOSED', `The house was reported complete on ${tx.housingCompletedOn}.`);
      const before = { ...tx };
      tx.housingCompletedOn = completedOn;
      await m.getRepository(LedgerTransactionEntity).update({ id: tx.id }, { housingCompletedOn: completedOn });
      const h = await m.getRepository(HouseholdEntity).findOneByOrFail({ id: tx.householdId! });
      const hBefore = { ...h };
      h.housingStatus = completion.housingStatus;
      h.updatedAt = new Date();
      await m.getRepository(HouseholdEntity).update({ id: h.id }, { housingStatus: h.housingStatus, updatedAt: h.updatedAt });
      await this.access.audit(m, 'LedgerTransaction', 'completeHousing', fund.orgPath, before, tx);
      await this.households.audit(m, 'Household', 'update', h.areaPath, hBefore, h);
      return { tx, replayed: false, fund };
    });
  }

  // --- the common write path ---------------------------------------------------------------

  private get ds() {
    return this.access.ds;
  }

  private scopeOf(mutation: string, key: string): string {
    this.caller.require('data.capture');
    const problem = idempotencyKeyProblem(key);
    if (problem) throw badInput('VALIDATION_FAILED', problem, [{ path: 'input.idempotencyKey', message: problem }]);
    return idempotencyScope(mutation, this.caller.userId !== null ? `user:${this.caller.userId}` : `key:${this.caller.apiKeyId}`, key);
  }

  /**
   * The idempotent frame of every mutation: under the funds' locks, a row already stored with the
   * same key answers the retry (same canonical payload) or is IDEMPOTENCY_KEY_REUSED; else `write`
   * stores a new one stamped with the key's scope and the payload. A concurrent request with the same
   * key that wins the unique index is answered as its retry too; `raced` names any other race.
   */
  private async once<R extends { fundId: number; idempotencyScope: string | null; payload: string | null }>(
    target: EntityTarget<R>,
    mutation: string,
    key: string,
    input: object,
    fundIds: number[],
    write: (m: EntityManager, funds: Map<number, FundEntity>, stamp: { idempotencyScope: string; payload: string }) => Promise<R>,
    raced: () => DomainError = FundAccess.busy,
  ): Promise<{ row: R; replayed: boolean; fund: FundEntity }> {
    const scope = this.scopeOf(mutation, key);
    const payload = canonicalJson(withoutKey(input));
    const replay = (row: R, fund: FundEntity) => {
      must(idempotencyDecision(row.payload, payload));
      return { row, replayed: true, fund };
    };
    const stored = (m: EntityManager) => m.getRepository(target).findOneBy({ idempotencyScope: scope } as never);
    try {
      return await this.access.withFunds(fundIds, async (m, funds) => {
        const existing = await stored(m);
        if (existing) return replay(existing, funds.get(existing.fundId)!);
        const row = await write(m, funds, { idempotencyScope: scope, payload });
        return { row, replayed: false, fund: funds.get(row.fundId)! };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const existing = await stored(this.ds.manager);
      if (!existing) throw raced();
      return replay(existing, await this.ds.getRepository(FundEntity).findOneByOrFail({ id: existing.fundId }));
    }
  }

  /** A money movement: built by `build`, checked (sums to zero, no fund below zero), stored with its entries, balances moved. */
  private async post(mutation: string, key: string, input: object, fundIds: number[], build: (m: EntityManager, funds: Map<number, FundEntity>) => Promise<Draft>): Promise<Posted> {
    const r = await this.once(
      LedgerTransactionEntity,
      mutation,
      key,
      input,
      fundIds,
      async (m, funds, stamp) => {
        const d = await build(m, funds);
        const problems = entryGroupProblems(d.entries);
        if (problems.length) throw new Error(`unbalanced entry group: ${JSON.stringify(problems)}`);
        const { balancesAfter } = must(checkGroupBalances(d.entries, new Map([...funds].map(([id, f]) => [String(id), f.balance]))));
        const tx = await m.getRepository(LedgerTransactionEntity).save(
          m.getRepository(LedgerTransactionEntity).create({ ...d.tx, recordedAt: new Date(), userId: this.caller.userId, actorName: this.caller.actorName, ...stamp }),
        );
        await insertMany(
          m,
          LedgerEntryEntity,
          d.entries.map((e) =>
            Object.assign(new LedgerEntryEntity(), { transactionId: tx.id, accountKind: e.account.kind, accountId: e.account.id, direction: e.direction, amount: e.amount, fundId: e.account.kind === 'FUND' ? Number(e.account.id) : null, occurredOn: tx.occurredOn }),
          ),
        );
        for (const [fundId, balance] of balancesAfter) {
          const fund = funds.get(Number(fundId))!;
          Object.assign(fund, { balance, updatedAt: new Date() });
          await m.getRepository(FundEntity).update({ id: fund.id }, { balance, updatedAt: fund.updatedAt });
        }
        // Money in (or its reversal) changes what open bank-statement lines of the fund can match.
        if (tx.kind !== 'DISBURSEMENT' && tx.kind !== 'TRANSFER') await proposeForFund(m, tx.fundId);
        await this.access.audit(m, 'LedgerTransaction', tx.kind === 'REVERSAL' ? 'reverse' : 'record', tx.orgPath, null, tx);
        return tx;
      },
      // The same original reversed by a concurrent request.
      mutation === 'reverseTransaction' ? () => conflict('ALREADY_REVERSED', 'The transaction was reversed by a concurrent request.') : undefined,
    );
    return { tx: r.row, replayed: r.replayed, fund: r.fund };
  }

  private base(fund: FundEntity, kind: TransactionKind, i: Common, extra: Partial<Draft['tx']> & { amount: number }): Draft['tx'] {
    return {
      fundId: fund.id,
      counterFundId: null,
      kind,
      category: null,
      channel: null,
      occurredOn: i.occurredOn,
      donorId: null,
      anonymous: false,
      pledgeId: null,
      beneficiaryKind: null,
      householdId: null,
      beneficiaryAreaPath: null,
      beneficiaryName: null,
      receiptNumber: trimOrNull(i.receiptNumber) ?? null,
      reference: trimOrNull(i.reference) ?? null,
      valuation: null,
      note: trimOrNull(i.note) ?? null,
      reversesId: null,
      overrideJustification: null,
      housingCompletedOn: null,
      orgPath: fund.orgPath,
      counterOrgPath: null,
      ...extra,
    };
  }

  /** The donor named by id, or a new one (checked), for a fund. A household that is POOR in its latest review never is. */
  private async donor(m: EntityManager, i: { donorId?: number | null; newDonor?: NewDonor | null }, fund: FundEntity): Promise<DonorEntity> {
    const repo = m.getRepository(DonorEntity);
    let donor: DonorEntity | null;
    if (i.donorId) {
      donor = await repo.findOneBy({ id: i.donorId });
      // Donors are filed under the committee that first recorded them: others record their own.
      if (!donor || !this.caller.scope('organization.read').coversOrganization(donor.orgPath, donor.areaPath)) throw badInput('NOT_FOUND', 'No such donor.', [{ path: 'input.donorId', message: 'no such donor' }]);
    } else {
      const n = i.newDonor!;
      if (n.householdId) await this.households.referenced(m, n.householdId, 'input.newDonor.householdId');
      donor = repo.create({ kind: n.kind, name: n.name.trim(), nameSearch: foldVietnamese(n.name), organizationId: n.organizationId ?? null, householdId: n.householdId ?? null, taxCode: trimOrNull(n.taxCode) ?? null, orgPath: fund.orgPath, areaPath: fund.areaPath, createdAt: new Date() });
    }
    if (donor.householdId) must(checkHouseholdDonor(await this.households.latestClass(m, donor.householdId)));
    if (!donor.id) {
      donor = await repo.save(donor);
      await this.access.audit(m, 'Donor', 'create', fund.orgPath, null, donor);
    }
    return donor;
  }
}

const withoutKey = (i: object) => Object.fromEntries(Object.entries(i).filter(([k]) => k !== 'idempotencyKey'));

function fundFacts(f: FundEntity) {
  return { id: String(f.id), level: f.level as 'PROVINCE', validFrom: f.validFrom, validTo: f.validTo };
}

