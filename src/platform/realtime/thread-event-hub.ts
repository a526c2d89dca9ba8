import { Injectable } from '@nestjs/common';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import { EventHub, isPlainObject, parseJsonObject } from './event-hub.js';
import type { ThreadEvent, ThreadEventType } from './realtime.service.js';

export { RESYNC_EVENT, type DeliveredEvent, type EventListener as ThreadEventListener } from './event-hub.js';

export const THREAD_EVENT_TYPES: readonly ThreadEventType[] = [
  'post.created',
  'post.updated',
  'post.hidden',
  'post.featured',
  'thread.locked',
];

/** Fields an event must never carry: post text is re-fetched through the access-checked routes. */
const TEXT_FIELDS = new Set(['body', 'html']);

/** Checks a NOTIFY payload; anything malformed is dropped (null), never thrown. */
export function parseThreadEvent(payload: string | undefined): ThreadEvent | null {
  const value = parseJsonObject(payload);
  if (
    value &&
    isUuid(value.threadId) &&
    THREAD_EVENT_TYPES.includes(value.type as ThreadEventType) &&
    isPlainObject(value.data)
  ) {
    const data = Object.fromEntries(Object.entries(value.data).filter(([key]) => !TEXT_FIELDS.has(key)));
    return { threadId: (value.threadId as string).toLowerCase(), type: value.type as ThreadEventType, data };
  }
  return null;
}

/** The hub of thread events, keyed by thread id; each event's data carries its threadId. */
@Injectable()
export class ThreadEventHub extends EventHub {
  private readonly observers: Array<(threadId: string) => void> = [];

  /** Called with the thread of every event BEFORE any stream gets it (the read cache invalidates there). */
  observe(observer: (threadId: string) => void): void {
    this.observers.push(observer);
  }

  dispatch(event: ThreadEvent): void {
    for (const observer of this.observers) observer(event.threadId);
    this.deliverTo(event.threadId, event.type, { threadId: event.threadId, ...event.data });
  }

  override resyncAll(): void {
    super.resyncAll((threadId) => ({ threadId }));
  }
}
