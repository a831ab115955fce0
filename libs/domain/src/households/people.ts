/**
 * Household members: national ID numbers (CCCD, 12 digits), birth dates, sex and relation to the
 * head. Personal data (Decree 13/2023): these rules validate, the API guards and audits reads.
 *
 * CCCD layout (Circular 07/2016/TT-BCA): 3 digits of the province where the birth was registered,
 * 1 digit of century and sex (0/1: 1900s male/female, 2/3: 2000s, 4/5: 2100s), 2 digits of the birth
 * year, 6 random digits.
 */
import { Problems, type FieldError } from '../errors';
import { isLocalDate, type LocalDate } from '../scalars/local-date';

export const SEXES = ['MALE', 'FEMALE'] as const;
export type Sex = (typeof SEXES)[number];

export const RELATIONS = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'CHILD_IN_LAW',
  'GRANDCHILD',
  'PARENT',
  'PARENT_IN_LAW',
  'GRANDPARENT',
  'SIBLING',
  'OTHER_RELATIVE',
  'NON_RELATIVE',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_LABELS: Record<Relation, { vi: string; en: string }> = {
  HEAD: { vi: 'Chủ hộ', en: 'Head of household' },
  SPOUSE: { vi: 'Vợ/chồng', en: 'Spouse' },
  CHILD: { vi: 'Con', en: 'Child' },
  CHILD_IN_LAW: { vi: 'Con dâu/con rể', en: 'Child-in-law' },
  GRANDCHILD: { vi: 'Cháu', en: 'Grandchild' },
  PARENT: { vi: 'Bố/mẹ', en: 'Parent' },
  PARENT_IN_LAW: { vi: 'Bố/mẹ vợ/chồng', en: 'Parent-in-law' },
  GRANDPARENT: { vi: 'Ông/bà', en: 'Grandparent' },
  SIBLING: { vi: 'Anh/chị/em', en: 'Sibling' },
  OTHER_RELATIVE: { vi: 'Họ hàng khác', en: 'Other relative' },
  NON_RELATIVE: { vi: 'Không có quan hệ họ hàng', en: 'Not related' },
};

/** Province codes of birth registration (the 63 provinces before the 2025 merger, 3 digits). */
const CCCD_PROVINCES = new Set(
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'.split(' '),
);

export const NAME_OF_PERSON_MAX = 100;

/** The century-and-sex digit of a CCCD for a birth year and sex. */
export function cccdCenturySexDigit(birthYear: number, sex: Sex): number {
  return (Math.floor(birthYear / 100) - 19) * 2 + (sex === 'FEMALE' ? 1 : 0);
}

/** Why a national ID number is not valid, or null. Birth date and sex, when known, must agree with it. */
export function nationalIdProblem(id: string, person: { birthDate?: LocalDate | null; sex?: Sex | null } = {}): string | null {
  if (!/^[0-9]{12}$/.test(id)) return 'a CCCD number has exactly 12 digits';
  if (!CCCD_PROVINCES.has(id.slice(0, 3))) return `${id.slice(0, 3)} is not a province code of birth registration`;
  const digit = Number(id[3]);
  if (person.birthDate && isLocalDate(person.birthDate)) {
    const year = Number(person.birthDate.slice(0, 4));
    if (id.slice(4, 6) !== String(year % 100).padStart(2, '0')) return 'digits 5–6 do not match the birth year';
    if (Math.floor(digit / 2) !== Math.floor(year / 100) - 19) return 'digit 4 does not match the century of birth';
  }
  if (person.sex && digit % 2 !== (person.sex === 'FEMALE' ? 1 : 0)) return 'digit 4 does not match the sex';
  return null;
}

/** Why a birth date is not plausible on `today`, or null (no future dates, nobody older than 130). */
export function birthDateProblem(birthDate: string, today: LocalDate): string | null {
  if (!isLocalDate(birthDate)) return 'not a date (YYYY-MM-DD)';
  if (birthDate > today) return 'in the future';
  if (Number(birthDate.slice(0, 4)) < Number(today.slice(0, 4)) - 130) return 'more than 130 years ago';
  return null;
}

export interface MemberInput {
  fullName: string;
  birthDate?: LocalDate | null;
  sex?: Sex | null;
  nationalId?: string | null;
  relation: Relation;
}

/** Every problem of one member, under `prefix` (e.g. `input.members[2]`). */
export function memberProblems(m: MemberInput, today: LocalDate, prefix = 'input'): FieldError[] {
  const p = new Problems();
  const name = m.fullName.trim();
  p.check(`${prefix}.fullName`, name.length >= 1 && name.length <= NAME_OF_PERSON_MAX, `1–${NAME_OF_PERSON_MAX} characters`);
  if (m.birthDate) {
    const bp = birthDateProblem(m.birthDate, today);
    if (bp) p.add(`${prefix}.birthDate`, bp, 'INVALID_LOCAL_DATE');
  }
  if (m.sex && !(SEXES as readonly string[]).includes(m.sex)) p.add(`${prefix}.sex`, 'MALE or FEMALE');
  if (!(RELATIONS as readonly string[]).includes(m.relation)) p.add(`${prefix}.relation`, 'unknown relation');
  if (m.nationalId) {
    const ip = nationalIdProblem(m.nationalId, m.birthDate && !p.has(`${prefix}.birthDate`) ? m : { sex: m.sex });
    if (ip) p.add(`${prefix}.nationalId`, ip, 'INVALID_NATIONAL_ID');
  }
  return p.fieldErrors;
}

/** Problems of a whole household's members: each member's, one head exactly, no ID twice. */
export function membersProblems(members: readonly MemberInput[], today: LocalDate, prefix = 'input.members'): FieldError[] {
  const out: FieldError[] = [];
  members.forEach((m, k) => out.push(...memberProblems(m, today, `${prefix}[${k}]`)));
  const heads = members.filter((m) => m.relation === 'HEAD').length;
  if (heads !== 1) out.push({ path: prefix, message: heads === 0 ? 'one member must be the head (HEAD)' : 'only one member can be the head' });
  const ids = new Map<string, number>();
  members.forEach((m, k) => {
    if (!m.nationalId) return;
    if (ids.has(m.nationalId)) out.push({ path: `${prefix}[${k}].nationalId`, message: `same as member ${ids.get(m.nationalId)}` });
    else ids.set(m.nationalId, k);
  });
  return out;
}
