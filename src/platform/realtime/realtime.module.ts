import { Global, Module } from '@nestjs/common';
import { RealtimeService } from './realtime.service.js';
import { ThreadEventHub } from './thread-event-hub.js';
import { ThreadEventStreams } from './thread-event-streams.js';
import { ThreadEventsListener } from './thread-events.listener.js';

/**
 * Live events: publish through PostgreSQL NOTIFY (inside the writer's
 * transaction), listen on one connection per instance, fan out to SSE streams.
 * Global so any feature can publish without importing a feature module.
 */
@Global()
@Module({
  providers: [RealtimeService, ThreadEventHub, ThreadEventsListener, ThreadEventStreams],
  exports: [RealtimeService, ThreadEventStreams],
})
export class RealtimeModule {}
