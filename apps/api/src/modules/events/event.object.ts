import { Field, Int, ObjectType } from 'type-graphql';
import type { EventKind } from '@lnob/domain';
import { Connection } from '../../common/relay/connection';
import { toGlobalId } from '../../common/relay/global-id';
import { Node } from '../../common/relay/node';
import { LocalDateScalar } from '../../common/scalars';
import type { EventEntity } from './event.entity';
import { EventKindEnum } from './event.enums';

@ObjectType('Event', {
  implements: Node,
  description:
    'An event of the movement (sự kiện): a launch ceremony, forum, charity tournament, study tour… of one or more organizers, optionally under a plan, credited with the donations it raised. Readable with organization.read over any of its organizers.',
})
export class EventObject extends Node {
  rowId: number;
  planRowId: number | null;
  areaRowId: number | null;

  @Field(() => EventKindEnum, { description: 'What kind of event.' }) kind: EventKind;
  @Field({ description: 'Title, e.g. "Diễn đàn “Lắng nghe tiếng nói của người nghèo”".' }) title: string;
  @Field(() => LocalDateScalar, { description: 'First day.' }) startsOn: string;
  @Field(() => LocalDateScalar, { description: 'Last day (the same as startsOn for a one-day event).' }) endsOn: string;
  @Field(() => String, { nullable: true, description: 'Where it takes place (địa điểm).' }) place: string | null;
  @Field(() => Int, { nullable: true, description: 'How many took part (số người tham dự), when recorded.' }) participantsCount: number | null;
  @Field(() => String, { nullable: true, description: 'Who took part (thành phần tham dự).' }) participants: string | null;
  @Field(() => Int, { nullable: true, description: 'How many benefited (số người, hộ được hỗ trợ), when recorded.' }) beneficiariesCount: number | null;
  @Field(() => String, { nullable: true, description: 'Who benefited and how (gifts, scholarships…).' }) beneficiaries: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) notes: string | null;

  static from(e: EventEntity): EventObject {
    return Object.assign(new EventObject(), {
      id: toGlobalId('Event', e.id),
      rowId: e.id,
      planRowId: e.planId,
      areaRowId: e.areaId,
      kind: e.kind,
      title: e.title,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      place: e.place,
      participantsCount: e.participantsCount,
      participants: e.participants,
      beneficiariesCount: e.beneficiariesCount,
      beneficiaries: e.beneficiaries,
      notes: e.notes,
    });
  }
}

@ObjectType('EventConnection', { description: 'A page of events.' })
export class EventConnection extends Connection(EventObject, 'Event') {}

@ObjectType('EventPayload', { description: 'An event after a change.' })
export class EventPayload {
  @Field(() => EventObject, { description: 'The event.' }) event: EventObject;
}
