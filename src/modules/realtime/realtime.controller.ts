import { Controller, Get, Headers, Ip, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Public, type Actor } from '../../common/auth/decorators.js';
import { notFound, ProblemError } from '../../common/errors/problem.js';
import { answerWithStream } from '../../common/http/raw-stream.js';
import { UuidParamPipe } from '../../common/http/uuid-param.pipe.js';
import { ApiProblems } from '../../common/openapi/api-problems.decorator.js';
import './realtime.messages.js';
import { ThreadStreamsService } from './thread-streams.service.js';

@ApiTags('discussions')
@Controller()
export class RealtimeController {
  constructor(private readonly threads: ThreadStreamsService) {}

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
    @Res() reply: FastifyReply,
    @Headers('last-event-id') lastEventIdHeader?: string,
    @Query('lastEventId') lastEventIdQuery?: unknown,
  ): Promise<void> {
    const threadId = await this.threads.visibleThread(id, viewer);
    if (!threadId) throw notFound('realtime.thread_not_found');
    if (this.threads.isClosing) throw new ProblemError(503, 'http.unavailable', {}, [], { 'Retry-After': '1' });
    const lastEventId = lastEventIdHeader ?? (typeof lastEventIdQuery === 'string' ? lastEventIdQuery : undefined);
    answerWithStream(reply, (response) => this.threads.open(threadId, response, ip ?? 'unknown', lastEventId));
  }
}
