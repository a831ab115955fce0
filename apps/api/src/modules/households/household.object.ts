import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import type { HouseholdStatus, HousingStatus, Relation, Sex } from '@lnob/domain';
import type { HubContext } from '../../common/context';
import { HouseholdStatusEnum, HousingStatusEnum, RelationEnum, SexEnum } from '../../common/enums';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { DateTimeScalar, LocalDateScalar } from '../../common/scalars';
import { PERSONAL_NOTE, PersonalData, type PersonalLocation } from '../audit/personal-data';
import type { HouseholdEntity, HouseholdMemberEntity } from './household.entity';

/** Personal fields of a household and its members are located by the household's area (read audit: one row per household). */
export async function locateHousehold(o: { householdRowId: number; areaPath: string }, _ctx: HubContext): Promise<PersonalLocation> {
  return { rowId: o.householdRowId, orgPath: null, areaPath: o.areaPath };
}

@ObjectType('Household', {
  implements: Node,
  description:
    'A household on the poverty registry (hộ gia đình trong sổ theo dõi hộ nghèo, hộ cận nghèo), located in an ' +
    'administrative unit (a hamlet or the lowest unit). Its class comes from its reviews (`reviews`), computed by the API.',
})
export class HouseholdObject extends Node {
  rowId: number;
  householdRowId: number;
  areaRowId: number;
  areaPath: string;
  sponsorRowId: number | null;

  @Field(() => String, { nullable: true, description: 'Address (địa chỉ) inside the area: house number, street, group.' })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Ethnicity of the household (dân tộc), e.g. "Kinh", "Khmer".' })
  ethnicity: string | null;

  @Field({ description: 'Ethnic-minority household (hộ dân tộc thiểu số).' })
  ethnicMinority: boolean;

  @Field({ description: 'Beneficiary of social protection (hộ bảo trợ xã hội).' })
  socialProtection: boolean;

  @Field({ description: 'A single elderly person living alone (người cao tuổi cô đơn).' })
  singleElderly: boolean;

  @Field({ description: 'A member lives with a disability (hộ có người khuyết tật).' })
  disability: boolean;

  @Field(() => HousingStatusEnum, { nullable: true, description: 'Housing status (tình trạng nhà ở), when known.' })
  housingStatus: HousingStatus | null;

  @Field(() => HouseholdStatusEnum, { description: 'Whether the household is still on the registry; only ACTIVE households count and hold national IDs exclusively.' })
  status: HouseholdStatus;

  @Field(() => DateTimeScalar, { description: 'When the household was registered in the hub.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { description: 'Last change to the household or its members.' })
  updatedAt: Date;

  static from(e: HouseholdEntity): HouseholdObject {
    const o = new HouseholdObject();
    o.id = toGlobalId('Household', e.id);
    o.rowId = e.id;
    o.householdRowId = e.id;
    o.areaRowId = e.areaId;
    o.areaPath = e.areaPath;
    o.sponsorRowId = e.sponsorOrganizationId;
    o.address = e.address;
    o.ethnicity = e.ethnicity;
    o.ethnicMinority = e.ethnicMinority;
    o.socialProtection = e.socialProtection;
    o.singleElderly = e.singleElderly;
    o.disability = e.disability;
    o.housingStatus = e.housingStatus as HousingStatus | null;
    o.status = e.status as HouseholdStatus;
    o.createdAt = e.createdAt;
    o.updatedAt = e.updatedAt;
    return o;
  }
}

@ObjectType('HouseholdConnection', { description: 'A page of households, in registration order.' })
export class HouseholdConnection extends Connection(HouseholdObject, 'Household') {}

@ObjectType('HouseholdMember', {
  implements: Node,
  description: 'A member of a household (thành viên hộ). Name, birth date and national ID are personal data (Decree 13/2023/NĐ-CP).',
})
export class HouseholdMemberObject extends Node {
  rowId: number;
  householdRowId: number;
  areaPath: string;

  @Field(() => String, { nullable: true, description: `Full name (họ và tên). ${PERSONAL_NOTE}` })
  @UseMiddleware(PersonalData('Household', locateHousehold))
  fullName: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: `Birth date (ngày sinh), when known. ${PERSONAL_NOTE}` })
  @UseMiddleware(PersonalData('Household', locateHousehold))
  birthDate: string | null;

  @Field(() => String, { nullable: true, description: `National ID number (số CCCD, 12 digits), when known. ${PERSONAL_NOTE}` })
  @UseMiddleware(PersonalData('Household', locateHousehold))
  nationalId: string | null;

  @Field(() => SexEnum, { nullable: true, description: 'Sex (giới tính), when known.' })
  sex: Sex | null;

  @Field(() => String, { nullable: true, description: 'Ethnicity (dân tộc), when known.' })
  ethnicity: string | null;

  @Field(() => RelationEnum, { description: 'Relation to the head of the household (quan hệ với chủ hộ); exactly one member is HEAD.' })
  relation: Relation;

  @Field({ description: 'False once the member was removed from the household (kept for the history).' })
  active: boolean;

  static from(e: HouseholdMemberEntity, areaPath: string): HouseholdMemberObject {
    const o = new HouseholdMemberObject();
    o.id = toGlobalId('HouseholdMember', e.id);
    o.rowId = e.id;
    o.householdRowId = e.householdId;
    o.areaPath = areaPath;
    o.fullName = e.fullName;
    o.birthDate = e.birthDate;
    o.nationalId = e.nationalId;
    o.sex = e.sex as Sex | null;
    o.ethnicity = e.ethnicity;
    o.relation = e.relation as Relation;
    o.active = e.active;
    return o;
  }
}
