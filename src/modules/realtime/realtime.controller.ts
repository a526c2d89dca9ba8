import { Controller, Get, Headers, Ip, Logger, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { canSeePublication, CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { notFound, ProblemError } from '../../common/errors/problem.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import { sqlRows } from '../../database/sql.js';
import { EventStreams, type MissedEvents } from '../../platform/realtime/event-streams.js';
import { RealtimeService } from '../../platform/realtime/realtime.service.js';
import { RESYNC_EVENT, ThreadEventHub, toDelivered } from '../../platform/realtime/thread-event-hub.js';
import './realtime.messages.js';

@ApiTags('discussions')
@Controller()
export class RealtimeController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly streams: EventStreams,
    private readonly hub: ThreadEventHub,
    private readonly realtime: RealtimeService,
  ) {}

  private readonly logger = new Logger(RealtimeController.name);

  @Get('threads/:id/events')
  @Public()
  @ApiOperation({
    operationId: 'streamThreadEvents',
    summary: 'Live events of a thread (Server-Sent Events)',
    description:
      'Events `post.created`, `post.updated`, `post.hidden`, `post.featured`, `post.voted` (`{id, score}`), ' +
      '`poll.updated` (`{id}` of a poll of the article: re-read it), `thread.locked`, `thread.unlocked` ' +
      '(and `resync`, without id, when events may have been missed: re-fetch the thread), each as `event: <type>`, ' +
      '`id: <n>`, `data: <json>`; data carries ids, number and status only: re-fetch the post. A client reconnecting ' +
      'with `Last-Event-ID` (or `?lastEventId=`) first receives the events it missed in the last 10 minutes, else ' +
      '`resync`. A `: heartbeat` comment every 15 s. Delivered whichever instance took the write (PostgreSQL ' +
      'LISTEN/NOTIFY; events are stored for replay in the same transaction).',
  })
  @ApiOkResponse({
    description: 'An endless event stream',
    content: {
      'text/event-stream': {
        schema: { type: 'string', example: 'event: post.created\nid: 42\ndata: {"postId":"…","number":7}\n\n' },
      },
    },
  })
  @ApiProblems({
    404: 'No such thread (or its article is not yet published)',
    429: 'Too many open streams from this IP (SSE_MAX_STREAMS_PER_IP)',
    503: 'This instance is shutting down: reconnect',
  })
  async events(
    @Param('id', UuidParamPipe) id: string,
    @Ip() ip: string | undefined,
    @CurrentUser() viewer: Actor | undefined,
    @Res() response: Response,
    @Headers('last-event-id') lastEventIdHeader?: string,
    @Query('lastEventId') lastEventIdQuery?: unknown,
  ): Promise<void> {
    const [thread] = await sqlRows<{ id: string; published_at: Date }>(
      this.dataSource,
      `SELECT t.id, a.published_at FROM threads t JOIN articles a ON a.id = t.article_id WHERE t.id = $1`,
      [id],
    );
    if (!thread || !canSeePublication(viewer, new Date(thread.published_at))) {
      throw notFound('realtime.thread_not_found');
    }
    if (this.streams.isClosing) throw new ProblemError(503, 'http.unavailable', {}, [], { 'Retry-After': '1' });
    const lastEventId = lastEventIdHeader ?? (typeof lastEventIdQuery === 'string' ? lastEventIdQuery : undefined);
    const missed = lastEventId === undefined ? undefined : this.missedSince(thread.id, lastEventId);
    this.streams.start(this.hub, thread.id, response, ip ?? 'unknown', missed);
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
