import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Queryable } from '../../database/sql.js';
import { USER_EVENTS_CHANNEL, type UserEvent } from './user-event-hub.js';

export type ThreadEventType = 'post.created' | 'post.updated' | 'post.hidden' | 'post.featured' | 'thread.locked';

export interface ThreadEvent {
  threadId: string;
  type: ThreadEventType;
  data: Record<string, unknown>;
}

/** The PostgreSQL channel every instance LISTENs on. */
export const THREAD_EVENTS_CHANNEL = 'tribune_thread_events';

/**
 * Publishes thread events through PostgreSQL NOTIFY, so every app instance
 * (each LISTENing) delivers them to its own SSE clients, whichever instance
 * took the write. Call it with the transaction's manager: NOTIFY is
 * transactional, so an event is delivered only if the change commits.
 */
@Injectable()
export class RealtimeService {
  constructor(private readonly dataSource: DataSource) {}

  async publish(event: ThreadEvent, db: Queryable = this.dataSource): Promise<void> {
    // NOTIFY payloads are limited to 8000 bytes: send ids and small fields only.
    await db.query(`SELECT pg_notify($1, $2)`, [THREAD_EVENTS_CHANNEL, JSON.stringify(event)]);
  }

  /** The same, for one user's own stream (`GET /api/me/events`). */
  async publishToUser(event: UserEvent, db: Queryable = this.dataSource): Promise<void> {
    await db.query(`SELECT pg_notify($1, $2)`, [USER_EVENTS_CHANNEL, JSON.stringify(event)]);
  }
}
