/**
 * Sent to every open stream after a LISTEN connection was re-established:
 * events published while it was down are lost, so clients should re-fetch.
 */
export const RESYNC_EVENT = 'resync';

/**
 * What a stream receives: the event and its SSE id (a stored thread event's id,
 * or this instance's sequence for user events); a resync has none (null), so a
 * client's Last-Event-ID stays that of its last real event.
 */
export interface DeliveredEvent {
  id: number | null;
  type: string;
  data: Record<string, unknown>;
}

export type EventListener = (event: DeliveredEvent) => void;

/** What an SSE stream subscribes to (not the browser's EventSource): a hub, keyed by thread id or user id. */
export interface EventFeed {
  subscribe(key: string, listener: EventListener): () => void;
}

/**
 * In-process fan-out of live events to this instance's SSE streams, keyed by
 * what the stream follows (a thread, a user). A PostgreSQL listener feeds it;
 * streams subscribe and must unsubscribe when their client goes away.
 * ThreadEventHub and UserEventHub are its two uses.
 */
export class EventHub implements EventFeed {
  private readonly listeners = new Map<string, Set<EventListener>>();
  private sequence = 0;

  subscribe(key: string, listener: EventListener): () => void {
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(key);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.listeners.delete(key);
    };
  }

  /** Delivers one event to the subscribers of `key` (none: nothing happens); `id` defaults to this instance's sequence. */
  deliverTo(key: string, type: string, data: Record<string, unknown>, id?: number): void {
    const set = this.listeners.get(key);
    if (!set) return;
    this.deliver([...set], { id: id ?? this.nextId(), type, data });
  }

  /** Tells every stream to re-fetch (after events may have been missed); `dataOf` builds each key's payload. */
  resyncAll(dataOf: (key: string) => Record<string, unknown> = () => ({})): void {
    for (const [key, set] of this.listeners)
      this.deliver([...set], { id: null, type: RESYNC_EVENT, data: dataOf(key) });
  }

  /** Open subscriptions, for one key or in all (metrics and leak tests). */
  subscriberCount(key?: string): number {
    if (key !== undefined) return this.listeners.get(key)?.size ?? 0;
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }

  private nextId(): number {
    this.sequence += 1;
    return this.sequence;
  }

  private deliver(listeners: EventListener[], event: DeliveredEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // One broken stream must not starve the others; it cleans up on its own close.
      }
    }
  }
}

/** Parses a NOTIFY payload as a JSON object, or null (malformed payloads are dropped, never thrown). */
export function parseJsonObject(payload: string | undefined): Record<string, unknown> | null {
  if (!payload) return null;
  try {
    const value: unknown = JSON.parse(payload);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A plain object (not null, not an array). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
