import { Module } from '@nestjs/common';
import { AnonymousThreadStreams } from './anonymous-thread-streams.js';
import { RealtimeController } from './realtime.controller.js';
import { ThreadStreamsService } from './thread-streams.service.js';

/**
 * The thread events route (`GET /api/threads/:id/events`) and its fast path for
 * anonymous readers (installed in front of Fastify by createApp); the machinery
 * lives in platform/realtime.
 */
@Module({ controllers: [RealtimeController], providers: [ThreadStreamsService, AnonymousThreadStreams] })
export class ThreadEventsModule {}
