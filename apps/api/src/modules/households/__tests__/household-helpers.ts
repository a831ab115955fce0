/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/** Shared set-up for the household integration tests: demo areas, valid CCCD numbers, registration. */
import { cccdCenturySexDigit, type Relation, type Sex } from '@lnob/domain';
import { toGlobalId } from '../../../common/relay/global-id';
import type { TestHub } from '../../../testing/harness';
import { AreaEntity } from '../../areas/area.entity';
import type { NewMember } from '../household.service';

/** Demo areas (libs/domain/src/fixtures): Quảng Nam districts without communes, a Trà Vinh hamlet. */
export const AREAS = {
  /** Huyện Tây Giang (Quảng Nam), rural, no sub-units in the demo tree. */
  qnRural: '504',
  /** Huyện Đông Giang (Quảng Nam), rural: the statement-count tests fill it. */
  qnRural2: '505',
  /** Thành phố Tam Kỳ (Quảng Nam), urban. */
  qnUrban: '502',
  /** Tỉnh Quảng Nam: has sub-units, so no household is registered on it directly. */
  qnProvince: '49',
  /** Ấp ÔKaĐa, xã Phước Hảo (Trà Vinh). */
  tvHamlet: '84-29404-OKADA',
  /** Tỉnh Trà Vinh. */
  tvProvince: '84',
} as const;

export async function areaOf(hub: TestHub, code: string): Promise<AreaEntity> {
  return hub.dataSource.getRepository(AreaEntity).findOneByOrFail({ code });
}

export const areaGid = async (hub: TestHub, code: string) => toGlobalId('Area', (await areaOf(hub, code)).id);

let serial = 100_000;

/** A CCCD number consistent with the birth year and sex (province of birth registration 049 by default). */
export function cccd(birthYear: number, sex: Sex, province = '049'): string {
  return `${province}${cccdCenturySexDigit(birthYear, sex)}${String(birthYear % 100).padStart(2, '0')}${String(++serial).padStart(6, '0')}`;
}

/** A small family: the head, a spouse and a child, each with a valid national ID. */
export function family(head = 'Nguyễn Văn An'): NewMember[] {
  return [
    { fullName: head, birthDate: '1975-03-02', sex: 'MALE', nationalId: cccd(1975, 'MALE'), relation: 'HEAD' as Relation, ethnicity: 'Kinh' },
    { fullName: 'Trần Thị Bình', birthDate: '1978-07-15', sex: 'FEMALE', nationalId: cccd(1978, 'FEMALE'), relation: 'SPOUSE' as Relation },
    { fullName: 'Nguyễn Văn Cường', birthDate: '2008-11-30', sex: 'MALE', nationalId: null, relation: 'CHILD' as Relation },
  ];
}

export const REGISTER = `mutation ($i: RegisterHouseholdInput!) { registerHousehold(input: $i) { household { id status area { code } } } }`;
export const RECORD = `mutation ($i: RecordReviewInput!) {
  recordReview(input: $i) { review { id year kind class standardCode residence incomePerPersonPerMonth effective transition correctionOfId } }
}`;

/** Registers through GraphQL as `as`; returns the household's global id (throws on errors). */
export async function register(hub: TestHub, areaCode: string, as = 'admin', members = family(), extra: Record<string, unknown> = {}): Promise<string> {
  const r = await hub.gql<any>(REGISTER, { i: { areaId: await areaGid(hub, areaCode), members, ...extra } }, { as });
  if (r.errors) throw new Error(`register failed: ${JSON.stringify(r.errors)}`);
  return r.data.registerHousehold.household.id;
}

/** Registers through the system services (set-up outside the behaviour under test); returns the row id. */
export async function registerRow(hub: TestHub, areaCode: string, members = family(), extra: Record<string, unknown> = {}): Promise<number> {
  const area = await areaOf(hub, areaCode);
  return (await hub.services.households.register({ areaId: area.id, members, ...extra })).id;
}

export async function tableCounts(hub: TestHub): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['household', 'household_member', 'household_review', 'audit_entry']) {
    const rows: { n: number | string }[] = await hub.dataSource.query(`SELECT COUNT(*) AS n FROM ${t}`);
    out[t] = Number(rows[0].n);
  }
  return out;
}
