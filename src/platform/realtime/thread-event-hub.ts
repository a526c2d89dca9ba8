import { Injectable } from '@nestjs/common';
import { isUuid } from '../../common/http/uuid-param.pipe.js';
import type { ThreadEvent, ThreadEventType } from './realtime.service.js';

export const THREAD_EVENT_TYPES: readonly ThreadEventType[] = [
  'post.created',
  'post.updated',
  'post.hidden',
  'post.featured',
  'thread.locked',
];

/**
 * Sent to every open stream after the LISTEN connection was re-established:
 * events published while it was down are lost, so clients should re-fetch.
 */
export const RESYNC_EVENT = 'resync';

/** What a stream receives: the event plus this instance's monotonic event id. */
export interface DeliveredEvent {
  id: number;
  type: ThreadEventType | typeof RESYNC_EVENT;
  data: Record<string, unknown>;
}

export type ThreadEventListener = (event: DeliveredEvent) => void;

/** Fields an event must never carry: post text is re-fetched through the access-checked routes. */
const TEXT_FIELDS = new Set(['body', 'html']);

/** Checks a NOTIFY payload; anything malformed is dropped (null), never thrown. */
export function parseThreadEvent(payload: string | undefined): ThreadEvent | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as Partial<ThreadEvent>;
    if (
      value &&
      isUuid(value.threadId) &&
      THREAD_EVENT_TYPES.includes(value.type as ThreadEventType) &&
      typeof value.data === 'object' &&
      value.data !== null &&
      !Array.isArray(value.data)
    ) {
      const data = Object.fromEntries(Object.entries(value.data).filter(([key]) => !TEXT_FIELDS.has(key)));
      return { threadId: value.threadId.toLowerCase(), type: value.type as ThreadEventType, data };
    }
  } catch {
    // not JSON: dropped below
  }
  return null;
}

/**
 * In-process fan-out of thread events to this instance's SSE streams, keyed by
 * thread id. The PostgreSQL listener feeds it; streams subscribe and must
 * unsubscribe when their client goes away.
 */
@Injectable()
export class ThreadEventHub {
  private readonly listeners = new Map<string, Set<ThreadEventListener>>();
  private sequence = 0;

  subscribe(threadId: string, listener: ThreadEventListener): () => void {
    let set = this.listeners.get(threadId);
    if (!set) {
      set = new Set();
      this.listeners.set(threadId, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(threadId);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(threadId);
    };
  }

  dispatch(event: ThreadEvent): void {
    const set = this.listeners.get(event.threadId);
    if (!set) return;
    this.deliver([...set], { id: this.nextId(), type: event.type, data: { threadId: event.threadId, ...event.data } });
  }

  /** Tells every stream to re-fetch (after events may have been missed). */
  resyncAll(): void {
    if (this.listeners.size === 0) return;
    const id = this.nextId();
    for (const [threadId, set] of this.listeners)
      this.deliver([...set], { id, type: RESYNC_EVENT, data: { threadId } });
  }

  /** Open subscriptions, for one thread or in all (metrics and leak tests). */
  subscriberCount(threadId?: string): number {
    if (threadId !== undefined) return this.listeners.get(threadId)?.size ?? 0;
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }

  private nextId(): number {
    this.sequence += 1;
    return this.sequence;
  }

  private deliver(listeners: ThreadEventListener[], event: DeliveredEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // One broken stream must not starve the others; it cleans up on its own close.
      }
    }
  }
}
