import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { AreaKind, FundLevel, Period } from '@lnob/domain';
import { AreaKindEnum } from '../../common/enums';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { LocalDateScalar, PeriodScalar, VndScalar } from '../../common/scalars';
import { FundLevelEnum } from './fund.enums';
import { CategoryAmountObject, FundBankAccountObject } from './fund.object';
import type { PublicArea, PublicChildArea, PublicFund, PublicFundReport } from './public-report.service';

/*
 * The public disclosure types (no login). They are flat on purpose: no link leads from them to a
 * household, a donor record, a ledger transaction or anything scoped; a test walks this type tree
 * and fails on any field that looks personal.
 */

@ObjectType('PublicArea', { description: 'An administrative unit (địa bàn) as the public report names it.' })
export class PublicAreaObject {
  @Field(() => ID, { description: 'The Area id (the same as in `area(id)` for signed-in callers).' }) id: string;
  @Field({ description: 'Official code (GSO) where one exists.' }) code: string;
  @Field({ description: 'Name, e.g. "Tỉnh Quảng Nam".' }) name: string;
  @Field(() => AreaKindEnum, { description: 'Kind of unit.' }) kind: AreaKind;

  static from(a: PublicArea): PublicAreaObject {
    return Object.assign(new PublicAreaObject(), { id: toGlobalId('Area', a.id), code: a.code, name: a.name, kind: a.kind as AreaKind });
  }
}

@ObjectType('PublicFund', { description: 'A Fund for the Poor as anyone may see it (name, level, area, validity).' })
export class PublicFundObject {
  @Field(() => ID, { description: 'The Fund id (the same as in `fund(id)` for signed-in callers).' }) id: string;
  @Field({ description: 'Name, e.g. "Quỹ Vì người nghèo tỉnh Quảng Nam".' }) name: string;
  @Field(() => FundLevelEnum, { description: 'Central, province, district (until 30/06/2025) or commune.' }) level: FundLevel;
  @Field(() => LocalDateScalar, { description: 'First day the fund takes movements.' }) validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day (district funds: 30/06/2025); null while open.' }) validTo: string | null;
  @Field(() => PublicAreaObject, { nullable: true, description: 'The area of the fund\'s VFF committee; null for the central fund.' }) area: PublicAreaObject | null;

  static from(f: PublicFund): PublicFundObject {
    return Object.assign(new PublicFundObject(), {
      id: toGlobalId('Fund', f.id),
      name: f.name,
      level: f.level,
      validFrom: f.validFrom,
      validTo: f.validTo,
      area: f.area && PublicAreaObject.from(f.area),
    });
  }
}

@ObjectType('PublicFundConnection', { description: 'A page of funds for the public fund picker.' })
export class PublicFundConnection extends Connection(PublicFundObject, 'PublicFund') {}

@InputType({ description: 'Which funds the public list shows.' })
export class PublicFundFilter {
  @Field(() => PeriodScalar, { nullable: true, description: 'Funds open on at least one day of this period (default: the current year).' }) period?: Period | null;
  @Field(() => FundLevelEnum, { nullable: true, description: 'Only funds of this level.' }) level?: FundLevel | null;
  @Field(() => ID, { nullable: true, description: 'Only funds whose area lies in this area\'s subtree.' }) areaId?: string | null;
}

@ObjectType('PublicChildArea', {
  description:
    'One unit directly below the fund\'s area (for a province: its districts on the old tree, its communes on today\'s), with what the funds located in it raised and what this fund disbursed to beneficiaries located in it. Counts and totals only.',
})
export class PublicChildAreaObject {
  @Field(() => PublicAreaObject, {
    nullable: true,
    description: 'The unit; null for disbursements not attributed to a unit below the fund\'s area (events and projects of the fund\'s own area, beneficiaries recorded on another tree).',
  })
  area: PublicAreaObject | null;
  @Field(() => VndScalar, { description: 'Donations and pledge fulfilments recorded by the lower-level funds located in this unit over the period, net of reversals (0 for the unattributed line).' }) raised: number;
  @Field(() => VndScalar, { description: 'This fund\'s disbursements to beneficiaries located in this unit (those not reversed by the end of the period).' }) spent: number;
  @Field(() => Int, { description: 'Number of those disbursements.' }) disbursements: number;
  @Field(() => [CategoryAmountObject], { description: 'The same disbursements per category (count and amount).' }) byCategory: CategoryAmountObject[];

  static from(c: PublicChildArea): PublicChildAreaObject {
    return Object.assign(new PublicChildAreaObject(), {
      area: c.area && PublicAreaObject.from(c.area),
      raised: c.raised,
      spent: c.spent,
      disbursements: c.disbursements,
      byCategory: c.byCategory.map((x) => Object.assign(new CategoryAmountObject(), x)),
    });
  }
}

@ObjectType('PublicDonor', { description: 'A line of the public donor list: a donor by name, or all anonymous gifts together as "Nhà hảo tâm ẩn danh".' })
export class PublicDonorObject {
  @Field({ description: 'The donor\'s name; "Nhà hảo tâm ẩn danh" (anonymous donor) for the line of anonymous gifts.' }) name: string;
  @Field({ description: 'True for the one line that sums every gift whose donor asked not to be named.' }) anonymous: boolean;
  @Field(() => Int, { description: 'Donations and pledge fulfilments counted.' }) donations: number;
  @Field(() => VndScalar, { description: 'Their total.' }) total: number;
}

@ObjectType('PublicTally', { description: 'A count and a total.' })
export class PublicTallyObject {
  @Field(() => Int, { description: 'How many.' }) count: number;
  @Field(() => VndScalar, { description: 'Their total.' }) total: number;
}

@ObjectType('PublicFundReport', {
  description:
    'Public disclosure (công khai) of a Fund for the Poor over a period: money raised and spent by category and by child area, transfers, balances, the donor list (anonymous donors folded into one line) and the fund\'s bank accounts. No household names, identifiers or addresses: disbursements appear as counts and totals only.',
})
export class PublicFundReportObject {
  @Field(() => PublicFundObject, { description: 'The fund.' }) fund: PublicFundObject;
  @Field(() => PeriodScalar, { description: 'The period asked for.' }) period: Period;
  @Field({ description: 'True when the report covers the peak month (17/10–18/11) of the period\'s year instead of the period.' }) peakMonth: boolean;
  @Field(() => LocalDateScalar, { description: 'First day covered.' }) from: string;
  @Field(() => LocalDateScalar, { description: 'Last day covered.' }) to: string;
  @Field(() => VndScalar, { description: 'Balance at the end of the day before `from` (số dư đầu kỳ).' }) openingBalance: number;
  @Field(() => VndScalar, { description: 'Donations and pledge fulfilments (vận động được), net of reversals dated in the period.' }) raised: number;
  @Field(() => Int, { description: 'Donations and fulfilments counted in `raised`.' }) donations: number;
  @Field(() => VndScalar, { description: 'Disbursements (đã chi), net of reversals dated in the period.' }) spent: number;
  @Field(() => [CategoryAmountObject], { description: '`spent` per category.' }) spentByCategory: CategoryAmountObject[];
  @Field(() => VndScalar, { description: 'Transfers received from other funds.' }) transferredIn: number;
  @Field(() => VndScalar, { description: 'Transfers sent to other funds.' }) transferredOut: number;
  @Field(() => VndScalar, { description: 'Balance at the end of `to` (số dư cuối kỳ) = opening + raised − spent + transferred in − out.' }) closingBalance: number;
  @Field(() => PublicTallyObject, {
    description: 'The disbursements of the children table: those dated in the period and not reversed by its end. Differs from `spent` only by reversals dated in this period of disbursements of earlier periods.',
  })
  disbursements: PublicTallyObject;
  @Field(() => [PublicChildAreaObject], { description: 'Per unit directly below the fund\'s area (all units valid in the period, by code), then the unattributed line when there is one.' }) children: PublicChildAreaObject[];
  @Field(() => [PublicDonorObject], { description: 'Donors by name (largest total first), then one "Nhà hảo tâm ẩn danh" line for every gift whose donor asked for anonymity; reversed gifts left out.' }) donors: PublicDonorObject[];
  @Field(() => [FundBankAccountObject], { description: 'The fund\'s bank and State Treasury accounts (where to give).' }) bankAccounts: FundBankAccountObject[];
  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–1) of the money in over the period (donations and fulfilments not reversed) that officers confirmed against lines of bank statements (sao kê); null when nothing came in.',
  })
  reconciledShare: number | null;

  static from(r: PublicFundReport, period: Period, peakMonth: boolean): PublicFundReportObject {
    const s = r.summary;
    return Object.assign(new PublicFundReportObject(), {
      fund: PublicFundObject.from(r.fund),
      period,
      peakMonth,
      from: r.from,
      to: r.to,
      openingBalance: s.openingBalance,
      raised: s.raised,
      donations: s.donations,
      spent: s.spent,
      spentByCategory: s.spentByCategory.map((x) => Object.assign(new CategoryAmountObject(), x)),
      transferredIn: s.transferredIn,
      transferredOut: s.transferredOut,
      closingBalance: s.closingBalance,
      disbursements: Object.assign(new PublicTallyObject(), r.disbursements),
      children: r.children.map(PublicChildAreaObject.from),
      donors: r.donors.map((d) => Object.assign(new PublicDonorObject(), d)),
      bankAccounts: r.bankAccounts.map((b) => Object.assign(new FundBankAccountObject(), b)),
      reconciledShare: r.reconciledShare,
    });
  }
}
