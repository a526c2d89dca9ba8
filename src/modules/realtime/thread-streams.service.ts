import { Injectable, Logger } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { DataSource } from 'typeorm';
import { canSeePublication, type Actor } from '../../common/auth/decorators.js';
import { sqlRows } from '../../database/sql.js';
import { EventStreams, type MissedEvents } from '../../platform/realtime/event-streams.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import { RESYNC_EVENT, ThreadEventHub, toDelivered } from '../../platform/realtime/thread-event-hub.js';

/**
 * A thread's live events as a stream: who may follow which thread, and the stream
 * itself (with what a reconnecting client missed). Shared by the route
 * (RealtimeController) and the anonymous fast path (AnonymousThreadStreams).
 */
@Injectable()
export class ThreadStreamsService {
  private readonly logger = new Logger(ThreadStreamsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly streams: EventStreams,
    private readonly hub: ThreadEventHub,
    private readonly realtime: RealtimeService,
  ) {}

  /** The thread, when it exists and `viewer` may see its article (published, or staff who see embargoes). */
  async visibleThread(id: string, viewer: Actor | undefined): Promise<string | null> {
    const [thread] = await sqlRows<{ id: string; published_at: Date }>(
      this.dataSource,
      `SELECT t.id, a.published_at FROM threads t JOIN articles a ON a.id = t.article_id WHERE t.id = $1`,
      [id],
    );
    return thread && canSeePublication(viewer, new Date(thread.published_at)) ? thread.id : null;
  }

  get isClosing(): boolean {
    return this.streams.isClosing;
  }

  /** Whether a stream from `ip` would be accepted now: the instance is not closing and `ip` is under its cap. */
  hasRoomFor(ip: string): boolean {
    return !this.streams.isClosing && this.streams.hasRoomFor(ip);
  }

  /** Turns `response` into the thread's event stream (429 when `ip` holds too many; see EventStreams.start). */
  open(threadId: string, response: ServerResponse, ip: string, lastEventId?: string, headers?: string[]): void {
    const missed = lastEventId === undefined ? undefined : this.missedSince(threadId, lastEventId);
    this.streams.start(this.hub, threadId, response, ip, { missed, headers });
  }

  /** What a client reconnecting after `lastEventId` missed, or `resync` when that cannot be known. */
  private missedSince(threadId: string, lastEventId: string): MissedEvents {
    const resync = [{ id: null, type: RESYNC_EVENT, data: { threadId } }];
    return async () => {
      try {
        const events = await this.realtime.replaySince(threadId, lastEventId);
        return events === null ? resync : events.map(toDelivered);
      } catch (error) {
        this.logger.warn(`Replaying thread events failed: ${String(error)}`);
        return resync;
      }
    };
  }
}
