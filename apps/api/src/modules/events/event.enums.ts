import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '@lnob/domain';
import { codeEnum } from '../../common/enums';

export const EventKindEnum = codeEnum<EventKind>(EVENT_KINDS, 'EventKind', 'Kind of event of the movement (loại sự kiện).', EVENT_KIND_LABELS);
