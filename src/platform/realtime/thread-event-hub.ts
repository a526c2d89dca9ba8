import { Injectable } from '@nestjs/common';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import { EventHub, isPlainObject, parseJsonObject, type DeliveredEvent } from './event-hub.js';
import { TEXT_FIELDS, type StoredThreadEvent, type ThreadEventType } from './realtime.service.js';

export { RESYNC_EVENT, type DeliveredEvent, type EventListener as ThreadEventListener } from './event-hub.js';

export const THREAD_EVENT_TYPES: readonly ThreadEventType[] = [
  'post.created',
  'post.updated',
  'post.hidden',
  'post.featured',
  'post.voted',
  'poll.updated',
  'thread.locked',
  'thread.unlocked',
];

/** Checks a NOTIFY payload; anything malformed is dropped (null), never thrown. */
export function parseThreadEvent(payload: string | undefined): StoredThreadEvent | null {
  const value = parseJsonObject(payload);
  if (
    value &&
    Number.isSafeInteger(value.id) &&
    (value.id as number) > 0 &&
    isUuid(value.threadId) &&
    THREAD_EVENT_TYPES.includes(value.type as ThreadEventType) &&
    isPlainObject(value.data)
  ) {
    const data = Object.fromEntries(Object.entries(value.data).filter(([key]) => !TEXT_FIELDS.has(key)));
    return {
      id: value.id as number,
      threadId: (value.threadId as string).toLowerCase(),
      type: value.type as ThreadEventType,
      data,
    };
  }
  return null;
}

/** A stored event as a stream sends it: its id is the SSE id, its thread id joins the data. */
export function toDelivered(event: StoredThreadEvent): DeliveredEvent {
  return { id: event.id, type: event.type, data: { threadId: event.threadId, ...event.data } };
}

/** The hub of thread events, keyed by thread id; each event's data carries its threadId. */
@Injectable()
export class ThreadEventHub extends EventHub {
  private readonly observers: Array<(threadId: string) => void> = [];

  /** Called with the thread of every event BEFORE any stream gets it (the read cache invalidates there). */
  observe(observer: (threadId: string) => void): void {
    this.observers.push(observer);
  }

  dispatch(event: StoredThreadEvent): void {
    for (const observer of this.observers) observer(event.threadId);
    const delivered = toDelivered(event);
    this.deliverTo(event.threadId, delivered.type, delivered.data, event.id);
  }

  override resyncAll(): void {
    super.resyncAll((threadId) => ({ threadId }));
  }
}
