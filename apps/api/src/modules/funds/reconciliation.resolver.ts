import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { notFound, type Period } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { codeEnum } from '../../common/enums';
import { pageOf } from '../../common/paging';
import { Connection, PageArgs, toConnection } from '../../common/relay/connection';
import { optionalRowIdOf, rowIdOf, toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar, LocalDateScalar, PeriodScalar, VndScalar } from '../../common/scalars';
import { visibleFund } from './fund.access';
import { FundObject, LedgerTransactionObject } from './fund.object';
import { STATEMENT_LINE_STATUSES, type BankStatementEntity, type StatementLineEntity, type StatementLineStatus } from './statement.entity';

export const StatementLineStatusEnum = codeEnum<StatementLineStatus>(STATEMENT_LINE_STATUSES, 'StatementLineStatus', 'Where a statement line stands in the reconciliation.', {
  UNMATCHED: 'Money in with no matching donation found (record the donation, or match by hand).',
  PROPOSED: 'Money in with a proposed donation: confirm or reject it.',
  CONFIRMED: 'Money in matched to a donation by an officer.',
  OUTGOING: 'Money out: not matched to donations.',
});

@ObjectType('BankStatement', { implements: Node, description: 'A bank statement (sao kê) imported for a fund.' })
export class BankStatementObject extends Node {
  rowId: number;
  fundRowId: number;
  @Field({ description: 'Name of the uploaded file.' }) fileName: string;
  @Field(() => String, { nullable: true, description: 'The fund account it is a statement of.' }) accountNumber: string | null;
  @Field(() => Int, { description: 'Transaction lines read.' }) lineCount: number;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of its first line.' }) fromDate: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of its last line.' }) toDate: string | null;
  @Field(() => DateTimeScalar, { description: 'When it was imported.' }) importedAt: Date;
  @Field({ description: 'Who imported it.' }) importedBy: string;

  static from(e: BankStatementEntity): BankStatementObject {
    return Object.assign(new BankStatementObject(), {
      id: toGlobalId('BankStatement', e.id), rowId: e.id, fundRowId: e.fundId, fileName: e.fileName, accountNumber: e.accountNumber, lineCount: e.lineCount, fromDate: e.fromDate, toDate: e.toDate, importedAt: e.importedAt, importedBy: e.actorName,
    });
  }
}

@ObjectType('BankStatementConnection', { description: 'A page of statements, newest first.' })
export class BankStatementConnection extends Connection(BankStatementObject, 'BankStatement') {}

@ObjectType('StatementLine', { implements: Node, description: 'One line of a bank statement and its match.' })
export class StatementLineObject extends Node {
  rowId: number;
  statementRowId: number;
  transactionRowId: number | null;
  @Field(() => Int, { description: 'Row of the statement file.' }) row: number;
  @Field(() => LocalDateScalar, { description: 'Date of the bank transaction.' }) occurredOn: string;
  @Field(() => VndScalar, { description: 'Signed: money in positive, money out negative.' }) amount: number;
  @Field({ description: 'The bank\'s description (nội dung), as exported.' }) description: string;
  @Field(() => String, { nullable: true, description: 'The bank\'s reference (số tham chiếu), when the export has one.' }) reference: string | null;
  @Field(() => StatementLineStatusEnum, { description: 'Where the line stands in the reconciliation.' }) status: StatementLineStatus;
  @Field(() => Int, { nullable: true, description: 'Score of the proposal (amount 40, same day 30 − 5 a day apart, reference 50, donor name 25).' }) score: number | null;
  @Field(() => [String], { description: 'Why it was proposed: AMOUNT, DATE, REFERENCE, NAME.' }) evidence: string[];

  static from(e: StatementLineEntity): StatementLineObject {
    return Object.assign(new StatementLineObject(), {
      id: toGlobalId('StatementLine', e.id), rowId: e.id, statementRowId: e.statementId, transactionRowId: e.transactionId, row: e.row, occurredOn: e.occurredOn, amount: e.amount, description: e.description,
      reference: e.reference, status: e.status, score: e.score, evidence: e.evidence ? e.evidence.split(',') : [],
    });
  }
}

@ObjectType('StatementLineConnection', { description: 'A page of statement lines.' })
export class StatementLineConnection extends Connection(StatementLineObject, 'StatementLine') {}

@ObjectType('StatementProblem', { description: 'A statement row that could not be read.' })
export class StatementProblemObject {
  @Field(() => Int, { nullable: true, description: 'Row of the file (null: the whole file).' }) row: number | null;
  @Field(() => String, { nullable: true, description: 'The column at fault (date, amount, credit, debit, description, reference), null for the whole row.' }) column: string | null;
  @Field({ description: 'INVALID_DATE, INVALID_AMOUNT, MISSING_VALUE, CREDIT_AND_DEBIT, …' }) reason: string;
  @Field({ description: 'What is wrong, in English.' }) message: string;
}

@ObjectType('Fraction', { description: 'An exact share: numerator / denominator in lowest terms, and its value.' })
export class FractionObject {
  @Field(() => Float, { description: 'Numerator (a whole number of đồng, reduced).' }) numerator: number;
  @Field(() => Float, { description: 'Denominator (a whole number of đồng, reduced).' }) denominator: number;
  @Field(() => Float, { description: 'numerator / denominator.' }) value: number;
}

@ObjectType('Reconciliation', { description: 'How much of a fund\'s money in over a period is matched to bank statements.' })
export class ReconciliationObject {
  @Field(() => FundObject, { description: 'The fund.' }) fund: FundObject;
  @Field(() => LocalDateScalar, { description: 'First day of the period.' }) from: string;
  @Field(() => LocalDateScalar, { description: 'Last day of the period.' }) to: string;
  @Field(() => VndScalar, { description: 'Donations and pledge fulfilments not reversed.' }) amountIn: number;
  @Field(() => VndScalar, { description: 'Of which confirmed against a statement line.' }) matched: number;
  @Field(() => FractionObject, { nullable: true, description: 'matched / amountIn; null when nothing came in.' }) share: FractionObject | null;
  @Field(() => Int, { description: 'Money-in statement lines not confirmed yet.' }) unmatchedLines: number;
  @Field(() => VndScalar, { description: 'Their amount.' }) unmatchedLinesAmount: number;
  @Field(() => Int, { description: 'Donations not confirmed against a statement line.' }) unmatchedDonations: number;
  @Field(() => VndScalar, { description: 'Their amount.' }) unmatchedDonationsAmount: number;
}

@InputType({ description: 'Import a bank statement (CSV uploaded with POST /uploads) for a fund.' })
export class ImportBankStatementInput {
  @Field(() => ID, { description: 'The fund (data.capture over its committee).' }) fundId: string;
  @Field(() => ID, { description: 'The uploadId of POST /uploads.' }) uploadId: string;
  @Field(() => String, { nullable: true, description: 'The fund account the statement is of.' }) accountNumber?: string | null;
}

@InputType({ description: 'A statement line to act on.' })
export class StatementLineInput {
  @Field(() => ID, { description: 'The statement line.' }) lineId: string;
}

@InputType({ description: 'Match a money-in line to a donation by hand.' })
export class MatchStatementLineInput {
  @Field(() => ID, { description: 'A money-in statement line that is not confirmed.' }) lineId: string;
  @Field(() => ID, { description: 'A DONATION or PLEDGE_FULFILMENT of the same fund and amount.' }) transactionId: string;
}

@ObjectType('ImportBankStatementPayload', { description: 'What importBankStatement answers.' })
export class ImportBankStatementPayload {
  @Field(() => BankStatementObject, { description: 'The statement imported, its lines matched.' }) statement: BankStatementObject;
  @Field(() => [StatementProblemObject], { description: 'Rows that could not be read (the others were imported).' }) problems: StatementProblemObject[];
  @Field(() => [Int], { description: 'Rows skipped as not transactions (totals, balances, notes).' }) skippedRows: number[];
}

@ObjectType('StatementLinePayload', { description: 'A statement line after a reconciliation step.' })
export class StatementLinePayload {
  @Field(() => StatementLineObject, { description: 'The line as it is now.' }) line: StatementLineObject;
}

@ArgsType()
export class StatementLinesArgs extends PageArgs {
  @Field(() => ID, { description: 'The fund.' }) fundId: string;
  @Field(() => ID, { nullable: true, description: 'Lines of this statement only.' }) statementId?: string | null;
  @Field(() => StatementLineStatusEnum, { nullable: true, description: 'Lines in this status only.' }) status?: StatementLineStatus | null;
}

@ArgsType()
export class StatementOwnLinesArgs extends PageArgs {
  @Field(() => StatementLineStatusEnum, { nullable: true, description: 'Lines in this status only.' }) status?: StatementLineStatus | null;
}

@Resolver(() => BankStatementObject)
export class BankStatementResolver {
  @FieldResolver(() => StatementLineConnection, { description: 'The statement\'s lines in file order, optionally of one status.' })
  async lines(@Root() s: BankStatementObject, @Args() args: StatementOwnLinesArgs, @Ctx() ctx: HubContext): Promise<StatementLineConnection> {
    // As `statementLines`: the lines of a fund the caller may read; batched over the statements of a page.
    if (!visibleFund(ctx.caller, await ctx.loaders.fundById.load(s.fundRowId))) throw notFound('Fund');
    const { first, after } = pageOf(args);
    const status = args.status ?? null;
    const rows = await ctx.loaders.statementLines.load({ statementId: s.rowId, status, limit: first + 1, afterId: after?.id ?? null });
    const count = () => ctx.loaders.statementLineCount.load({ statementId: s.rowId, status });
    return toConnection(StatementLineConnection, rows, first, after !== null, StatementLineObject.from, (l) => ({ key: 0, id: l.id }), count);
  }
}

/** Bank-statement reconciliation (sao kê) of funds. */
@Resolver(() => StatementLineObject)
export class ReconciliationResolver {
  @Mutation(() => ImportBankStatementPayload, { description: 'Import a bank statement for a fund; its money-in lines are matched to donations at once (STATEMENT_ALREADY_IMPORTED for the same file twice).' })
  async importBankStatement(@Arg('input') i: ImportBankStatementInput, @Ctx() ctx: HubContext): Promise<ImportBankStatementPayload> {
    const r = await ctx.services.reconciliation.importStatement(rowIdOf(i.fundId, 'Fund', 'input.fundId'), i.uploadId, i.accountNumber ?? null);
    return { statement: BankStatementObject.from(r.statement), problems: r.problems.map((p) => Object.assign(new StatementProblemObject(), p)), skippedRows: r.skippedRows };
  }

  @Mutation(() => StatementLinePayload, { description: 'Confirm the proposed match of a line.' })
  async confirmStatementMatch(@Arg('input') i: StatementLineInput, @Ctx() ctx: HubContext): Promise<StatementLinePayload> {
    return { line: StatementLineObject.from(await ctx.services.reconciliation.confirm(rowIdOf(i.lineId, 'StatementLine', 'input.lineId'))) };
  }

  @Mutation(() => StatementLinePayload, { description: 'Reject the proposed match of a line: that pair is never proposed again.' })
  async rejectStatementMatch(@Arg('input') i: StatementLineInput, @Ctx() ctx: HubContext): Promise<StatementLinePayload> {
    return { line: StatementLineObject.from(await ctx.services.reconciliation.reject(rowIdOf(i.lineId, 'StatementLine', 'input.lineId'))) };
  }

  @Mutation(() => StatementLinePayload, { description: 'Match a money-in line to a donation by hand (ALREADY_MATCHED when either is matched).' })
  async matchStatementLine(@Arg('input') i: MatchStatementLineInput, @Ctx() ctx: HubContext): Promise<StatementLinePayload> {
    return { line: StatementLineObject.from(await ctx.services.reconciliation.match(rowIdOf(i.lineId, 'StatementLine', 'input.lineId'), rowIdOf(i.transactionId, 'LedgerTransaction', 'input.transactionId'))) };
  }

  @Mutation(() => StatementLinePayload, { description: 'Undo a confirmed match.' })
  async unmatchStatementLine(@Arg('input') i: StatementLineInput, @Ctx() ctx: HubContext): Promise<StatementLinePayload> {
    return { line: StatementLineObject.from(await ctx.services.reconciliation.unmatch(rowIdOf(i.lineId, 'StatementLine', 'input.lineId'))) };
  }

  @Query(() => BankStatementConnection, { description: 'A fund\'s imported statements, newest first.' })
  async bankStatements(@Arg('fundId', () => ID) fundId: string, @Args() args: PageArgs, @Ctx() ctx: HubContext): Promise<BankStatementConnection> {
    const { first, after } = pageOf(args);
    const r = await ctx.services.reconciliation.statements(rowIdOf(fundId, 'Fund', 'fundId'), first + 1, after);
    return toConnection(BankStatementConnection, r.rows, first, after !== null, BankStatementObject.from, (s) => ({ key: 0, id: s.id }), r.count);
  }

  @Query(() => StatementLineConnection, { description: 'A fund\'s statement lines (of one statement, or all), optionally of one status.' })
  async statementLines(@Args() args: StatementLinesArgs, @Ctx() ctx: HubContext): Promise<StatementLineConnection> {
    const { first, after } = pageOf(args);
    const r = await ctx.services.reconciliation.lines(rowIdOf(args.fundId, 'Fund', 'fundId'), { statementId: optionalRowIdOf(args.statementId, 'BankStatement', 'statementId'), status: args.status }, first + 1, after);
    return toConnection(StatementLineConnection, r.rows, first, after !== null, StatementLineObject.from, (l) => ({ key: 0, id: l.id }), r.count);
  }

  @Query(() => ReconciliationObject, { description: 'How much of a fund\'s money in over a period is matched to statements, and what is left on both sides.' })
  async reconciliation(@Arg('fundId', () => ID) fundId: string, @Arg('period', () => PeriodScalar) period: Period, @Ctx() ctx: HubContext): Promise<ReconciliationObject> {
    const r = await ctx.services.reconciliation.summary(rowIdOf(fundId, 'Fund', 'fundId'), period.start, period.end);
    return Object.assign(new ReconciliationObject(), {
      ...r,
      fund: FundObject.from(r.fund),
      from: period.start,
      to: period.end,
      share: r.share && { ...r.share, value: r.share.numerator / r.share.denominator },
    });
  }

  @FieldResolver(() => LedgerTransactionObject, { nullable: true, description: 'The donation proposed or confirmed.' })
  async transaction(@Root() l: StatementLineObject, @Ctx() ctx: HubContext): Promise<LedgerTransactionObject | null> {
    const t = l.transactionRowId === null ? null : await ctx.loaders.ledgerTransactionById.load(l.transactionRowId);
    return t && LedgerTransactionObject.from(t);
  }
}
