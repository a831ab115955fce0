import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { AreaKind, LocalDate } from '@lnob/domain';
import { AreaKindEnum } from '../../common/enums';
import { Node } from '../../common/relay/node';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { LocalDateScalar } from '../../common/scalars';
import type { AreaEntity } from './area.entity';

@ObjectType('Area', {
  implements: Node,
  description:
    'An administrative unit (địa bàn: tỉnh, huyện, xã, thôn…) as it stood between `validFrom` and `validTo`. ' +
    'After the 1 July 2025 reorganisation, old units are closed and linked to their successors.',
})
export class AreaObject extends Node {
  /** Internal row id and tree facts (not exposed). */
  rowId: number;
  parentRowId: number | null;
  pathString: string;
  /** The date the tree is being viewed on: nested fields default to it. */
  asOf: LocalDate;

  @Field({ description: 'Official code of the unit (mã đơn vị hành chính), unique among units valid at the same time.' })
  code: string;

  @Field({ description: 'Name with its Vietnamese diacritics, e.g. "Xã Hàm Giang".' })
  name: string;

  @Field(() => AreaKindEnum, { description: 'Kind of unit: province, district, commune, ward, hamlet…' })
  kind: AreaKind;

  @Field({ description: 'Urban (thành thị) rather than rural (nông thôn): the poverty line depends on it.' })
  urban: boolean;

  @Field(() => Int, { description: 'Depth in the tree: 0 for a province or centrally-run city.' })
  depth: number;

  @Field(() => LocalDateScalar, { description: 'First day the unit existed in this form.' })
  validFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the unit existed in this form (null: still valid).' })
  validTo: string | null;

  static from(e: AreaEntity, asOf: LocalDate): AreaObject {
    const o = new AreaObject();
    o.id = toGlobalId('Area', e.id);
    o.rowId = e.id;
    o.parentRowId = e.parentId;
    o.pathString = e.path;
    o.asOf = asOf;
    o.code = e.code;
    o.name = e.name;
    o.kind = e.kind as AreaKind;
    o.urban = e.urban;
    o.depth = e.depth;
    o.validFrom = e.validFrom;
    o.validTo = e.validTo;
    return o;
  }
}

@ObjectType('AreaConnection', { description: 'A page of areas.' })
export class AreaConnection extends Connection(AreaObject, 'Area') {}

@ObjectType('AreaSuccession', {
  description: 'A link in the succession graph: part or all of one unit became another on a date (sáp nhập, chia tách).',
})
export class AreaSuccessionObject {
  @Field(() => AreaObject, { description: 'The unit on the other side of the link.' })
  area: AreaObject;

  @Field(() => LocalDateScalar, { description: 'Date the successor took over.' })
  effectiveOn: string;

  @Field(() => Float, { description: 'Share (0–1] of the predecessor that went to the successor: 1 for a merger.' })
  share: number;
}
