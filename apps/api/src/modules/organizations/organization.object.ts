import { Field, Int, ObjectType } from 'type-graphql';
import type { LocalDate, OrganizationKind, OrganizationLevel } from '@lnob/domain';
import { OrganizationKindEnum, OrganizationLevelEnum } from '../../common/enums';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { LocalDateScalar } from '../../common/scalars';
import type { OrganizationEntity } from './organization.entity';

@ObjectType('Organization', {
  implements: Node,
  description:
    'An organization of the movement: a VFF committee (Ủy ban MTTQ), a People\'s Committee (UBND), a member ' +
    'organization (Đoàn Thanh niên, Hội CCB, LĐLĐ…), a department, a bank branch, the press… `parent` is its parent ' +
    'inside its own system; `area` is the administrative unit it works in.',
})
export class OrganizationObject extends Node {
  rowId: number;
  parentRowId: number | null;
  areaRowId: number | null;
  pathString: string;
  asOf: LocalDate;

  @Field({ description: 'Full name, e.g. "Ủy ban MTTQ Việt Nam tỉnh Trà Vinh".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name or abbreviation, e.g. "MTTQ Trà Vinh".' })
  shortName: string | null;

  @Field(() => OrganizationKindEnum, { description: 'What kind of organization it is.' })
  kind: OrganizationKind;

  @Field(() => OrganizationLevelEnum, { description: 'The administrative level it works at (cấp).' })
  level: OrganizationLevel;

  @Field(() => Int, { description: 'Depth inside its own system: 0 for a system\'s top organization.' })
  depth: number;

  @Field(() => LocalDateScalar, { description: 'First day of the organization in this form.' })
  validFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the organization (null: still active).' })
  validTo: string | null;

  static from(e: OrganizationEntity, asOf: LocalDate): OrganizationObject {
    const o = new OrganizationObject();
    o.id = toGlobalId('Organization', e.id);
    o.rowId = e.id;
    o.parentRowId = e.parentId;
    o.areaRowId = e.areaId;
    o.pathString = e.path;
    o.asOf = asOf;
    o.name = e.name;
    o.shortName = e.shortName;
    o.kind = e.kind as OrganizationKind;
    o.level = e.level as OrganizationLevel;
    o.depth = e.depth;
    o.validFrom = e.validFrom;
    o.validTo = e.validTo;
    return o;
  }
}

@ObjectType('OrganizationConnection', { description: 'A page of organizations.' })
export class OrganizationConnection extends Connection(OrganizationObject, 'Organization') {}

@ObjectType('OrganizationSuccession', { description: 'An organization that took over from another (after a merger or a reorganisation).' })
export class OrganizationSuccessionObject {
  @Field(() => OrganizationObject, { description: 'The organization on the other side of the link.' })
  organization: OrganizationObject;

  @Field(() => LocalDateScalar, { description: 'First day of the successor\'s responsibility.' })
  effectiveOn: string;
}
