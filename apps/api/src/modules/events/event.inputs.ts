import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { EventKind } from '@lnob/domain';
import { PageArgs } from '../../common/relay/connection';
import { LocalDateScalar } from '../../common/scalars';
import { EventKindEnum } from './event.enums';

@InputType({ description: 'A new event (data.capture owning its first organizer).' })
export class CreateEventInput {
  @Field(() => ID, { nullable: true, description: 'The plan it belongs to (a plan you can read).' }) planId?: string | null;
  @Field(() => EventKindEnum, { description: 'What kind of event.' }) kind: EventKind;
  @Field({ description: 'Title, 1–500 characters.' }) title: string;
  @Field(() => LocalDateScalar, { description: 'First day.' }) startsOn: string;
  @Field(() => LocalDateScalar, { description: 'Last day, not before startsOn.' }) endsOn: string;
  @Field(() => String, { nullable: true, description: 'Where, at most 500 characters.' }) place?: string | null;
  @Field(() => ID, { nullable: true, description: 'The area it takes place in.' }) areaId?: string | null;
  @Field(() => [ID], { description: 'Organizers (1–20, each once, in existence on startsOn); the first is the one the event is filed under.' }) organizerIds: string[];
  @Field(() => Int, { nullable: true, description: 'How many took part (0 or more).' }) participantsCount?: number | null;
  @Field(() => String, { nullable: true, description: 'Who took part, at most 4000 characters.' }) participants?: string | null;
  @Field(() => Int, { nullable: true, description: 'How many benefited (0 or more).' }) beneficiariesCount?: number | null;
  @Field(() => String, { nullable: true, description: 'Who benefited and how, at most 4000 characters.' }) beneficiaries?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes, at most 4000 characters.' }) notes?: string | null;
}

@InputType({ description: 'Credit a donation to an event (data.capture owning its first organizer).' })
export class LinkEventTransactionInput {
  @Field(() => ID, { description: 'The event.' }) eventId: string;
  @Field(() => ID, { description: 'A DONATION or PLEDGE_FULFILMENT of a fund you can read, not reversed and not credited to another event (CONFLICT / TRANSACTION_ALREADY_LINKED).' }) transactionId: string;
}

@InputType({ description: 'Filter for `events`.' })
export class EventFilter {
  @Field(() => ID, { nullable: true, description: 'Only the events of this plan.' }) planId?: string | null;
  @Field(() => EventKindEnum, { nullable: true, description: 'Only this kind.' }) kind?: EventKind | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Events ending on or after this day.' }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Events starting on or before this day.' }) to?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the events this organization organizes (co-organizes).' }) organizerId?: string | null;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true, description: 'What to list (default: every event you can read).' }) filter?: EventFilter | null;
}
