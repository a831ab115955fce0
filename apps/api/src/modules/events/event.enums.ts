import { registerEnumType } from 'type-graphql';
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '@lnob/domain';
import { asEnum, describe } from '../../common/enums';

export const EventKindEnum = asEnum<EventKind>(EVENT_KINDS);

registerEnumType(EventKindEnum, { name: 'EventKind', description: 'Kind of event of the movement (loại sự kiện).', valuesConfig: describe(EVENT_KIND_LABELS) });
