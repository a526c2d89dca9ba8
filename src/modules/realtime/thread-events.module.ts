import { Module } from '@nestjs/common';
import { RealtimeController } from './realtime.controller.js';

/** The thread events route (`GET /api/threads/:id/events`); the machinery lives in platform/realtime. */
@Module({ controllers: [RealtimeController] })
export class ThreadEventsModule {}
