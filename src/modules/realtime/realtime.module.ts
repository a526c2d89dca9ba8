import { Global, Module } from '@nestjs/common';
import { RealtimeController } from './realtime.controller.js';
import { RealtimeService } from './realtime.service.js';
import { ThreadEventHub } from './thread-event-hub.js';
import { ThreadEventStreams } from './thread-event-streams.js';
import { ThreadEventsListener } from './thread-events.listener.js';

/**
 * Live thread events. Global so any module can inject RealtimeService and
 * publish (inside its transaction) without importing this module.
 */
@Global()
@Module({
  controllers: [RealtimeController],
  providers: [RealtimeService, ThreadEventHub, ThreadEventsListener, ThreadEventStreams],
  exports: [RealtimeService],
})
export class RealtimeModule {}
