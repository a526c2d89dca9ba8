import { Injectable } from '@nestjs/common';
import { EventHub, isPlainObject, parseJsonObject } from './event-hub.js';

export type QueueEventType = 'queue.item.created' | 'queue.item.updated' | 'queue.item.resolved';
const QUEUE_EVENT_TYPES: readonly QueueEventType[] = [
  'queue.item.created',
  'queue.item.updated',
  'queue.item.resolved',
];

/** A change of the moderation queue, NOTIFYed by a trigger on moderation_items (see the ModerationInDepth migration). */
export interface QueueEvent {
  type: QueueEventType;
  data: Record<string, unknown>;
}

/** The PostgreSQL channel of queue events. */
export const QUEUE_EVENTS_CHANNEL = 'tribune_moderation_events';

/** Every queue stream follows the one queue. */
export const QUEUE_KEY = 'queue';

export function parseQueueEvent(payload: string | undefined): QueueEvent | null {
  const value = parseJsonObject(payload);
  if (value && QUEUE_EVENT_TYPES.includes(value.type as QueueEventType) && isPlainObject(value.data)) {
    return { type: value.type as QueueEventType, data: value.data };
  }
  return null;
}

/** The hub of the moderators' live queue: one key, every staff stream. */
@Injectable()
export class QueueEventHub extends EventHub {
  dispatch(event: QueueEvent): void {
    this.deliverTo(QUEUE_KEY, event.type, event.data);
  }
}
