import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlAffected, sqlRows, type Queryable } from '../../database/sql.js';
import { USER_EVENTS_CHANNEL, type UserEvent } from './user-event-hub.js';

export type ThreadEventType =
  | 'post.created'
  | 'post.updated'
  | 'post.hidden'
  | 'post.featured'
  | 'post.voted'
  | 'poll.updated'
  | 'thread.locked'
  | 'thread.unlocked';

export interface ThreadEvent {
  threadId: string;
  type: ThreadEventType;
  data: Record<string, unknown>;
}

/** A stored event: its id is the SSE `id:` (one sequence for every thread and instance). */
export interface StoredThreadEvent extends ThreadEvent {
  id: number;
}

/** The PostgreSQL channel every instance LISTENs on. */
export const THREAD_EVENTS_CHANNEL = 'tribune_thread_events';

/** How long events stay replayable for a client reconnecting with `Last-Event-ID`. */
export const THREAD_EVENT_RETENTION_MINUTES = 10;

/** At most this many events are replayed; a client further behind is told to resync. */
export const MAX_REPLAYED_EVENTS = 1000;

/**
 * Events are numbered when written, not when committed: a transaction that took
 * id 10 may commit after one that took id 11. A replay therefore also resends
 * the events written shortly before the client's last one (a client may see an
 * event twice, never miss one); events only say "re-fetch this", so twice is harmless.
 */
const REPLAY_OVERLAP = `interval '5 seconds'`;

/** Fields an event must never carry: post text is re-fetched through the access-checked routes. */
export const TEXT_FIELDS = new Set(['body', 'html']);

/** The NOTIFY payload of a stored event row `e`. */
const NOTIFY_PAYLOAD = `json_build_object('id', e.id, 'threadId', e.thread_id, 'type', e.type, 'data', e.data)::text`;

/**
 * The pieces of one statement that stores and announces an event for each row
 * of the CTE `rows` (which has a `thread_id` column): a CTE to add to its WITH
 * list and a select-list expression that NOTIFYs. `dataSql` builds the event's
 * data from the columns of `rows`; `channelParam` holds THREAD_EVENTS_CHANNEL.
 * For writers that publish from inside one statement (a new post).
 */
export function publishInStatement(
  rows: string,
  type: ThreadEventType,
  dataSql: string,
  channelParam: string,
): { cte: string; column: string } {
  return {
    cte: `thread_event AS (
           INSERT INTO thread_events (thread_id, type, data)
           SELECT thread_id, '${type}', ${dataSql} FROM ${rows}
           RETURNING id, thread_id, type, data)`,
    column: `(SELECT pg_notify(${channelParam}, ${NOTIFY_PAYLOAD}) FROM thread_event e)`,
  };
}

/**
 * Publishes thread events: each is stored in `thread_events` (replayable for
 * THREAD_EVENT_RETENTION_MINUTES, whichever instance a client reconnects to)
 * and NOTIFYed in the same statement, so every instance (each LISTENing)
 * delivers it to its own SSE clients. Call it with the transaction's manager:
 * the row and the NOTIFY exist only if the change commits.
 */
@Injectable()
export class RealtimeService {
  constructor(private readonly dataSource: DataSource) {}

  async publish(event: ThreadEvent, db: Queryable = this.dataSource): Promise<void> {
    // NOTIFY payloads are limited to 8000 bytes: send ids and small fields only.
    const data = Object.fromEntries(Object.entries(event.data).filter(([key]) => !TEXT_FIELDS.has(key)));
    await db.query(
      `WITH e AS (INSERT INTO thread_events (thread_id, type, data) VALUES ($2, $3, $4::jsonb)
                  RETURNING id, thread_id, type, data)
       SELECT pg_notify($1, ${NOTIFY_PAYLOAD}) FROM e`,
      [THREAD_EVENTS_CHANNEL, event.threadId, event.type, JSON.stringify(data)],
    );
  }

  /** The same as a live event, for one user's own stream (`GET /api/me/events`); not stored. */
  async publishToUser(event: UserEvent, db: Queryable = this.dataSource): Promise<void> {
    await db.query(`SELECT pg_notify($1, $2)`, [USER_EVENTS_CHANNEL, JSON.stringify(event)]);
  }

  /**
   * The events of `threadId` a client missed since `lastEventId`, oldest first;
   * null when they cannot be known (an id that is not this thread's, older than
   * the retention, or too many missed): the client must resync.
   */
  async replaySince(threadId: string, lastEventId: string): Promise<StoredThreadEvent[] | null> {
    if (!/^\d{1,18}$/.test(lastEventId)) return null;
    const [anchor] = await sqlRows<{ created_at: Date }>(
      this.dataSource,
      `SELECT created_at FROM thread_events
        WHERE id = $1 AND thread_id = $2
          AND created_at > now() - make_interval(mins => $3)`,
      [lastEventId, threadId, THREAD_EVENT_RETENTION_MINUTES],
    );
    if (!anchor) return null;
    const rows = await sqlRows<{ id: string; type: ThreadEventType; data: Record<string, unknown> }>(
      this.dataSource,
      `SELECT id, type, data FROM thread_events
        WHERE thread_id = $1 AND id <> $2
          AND (id > $2 OR created_at > $3::timestamptz - ${REPLAY_OVERLAP})
        ORDER BY id LIMIT $4`,
      [threadId, lastEventId, anchor.created_at, MAX_REPLAYED_EVENTS + 1],
    );
    if (rows.length > MAX_REPLAYED_EVENTS) return null;
    return rows.map((row) => ({ id: Number(row.id), threadId, type: row.type, data: row.data }));
  }

  /** Forgets events past the retention; returns how many. */
  async prune(): Promise<number> {
    return sqlAffected(
      this.dataSource,
      `DELETE FROM thread_events WHERE created_at < now() - make_interval(mins => $1)`,
      [THREAD_EVENT_RETENTION_MINUTES],
    );
  }
}
