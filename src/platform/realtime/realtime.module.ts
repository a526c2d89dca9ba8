import { Global, Module } from '@nestjs/common';
import { RealtimeService } from './realtime.service.js';
import { ThreadEventHub } from './thread-event-hub.js';
import { EventStreams } from './event-streams.js';
import { ThreadEventsListener } from './thread-events.listener.js';
import { UserEventHub } from './user-event-hub.js';
import { UserEventsListener } from './user-events.listener.js';

/**
 * Live events: publish through PostgreSQL NOTIFY (inside the writer's
 * transaction), listen on one connection per channel per instance (thread
 * events, per-user events), fan out to SSE streams.
 * Global so any feature can publish without importing a feature module.
 */
@Global()
@Module({
  providers: [RealtimeService, ThreadEventHub, ThreadEventsListener, UserEventHub, UserEventsListener, EventStreams],
  exports: [RealtimeService, EventStreams, ThreadEventHub, UserEventHub],
})
export class RealtimeModule {}
