import { Global, Module } from '@nestjs/common';
import { QueueEventHub } from './queue-event-hub.js';
import { QueueEventsListener } from './queue-events.listener.js';
import { RealtimeService } from './realtime.service.js';
import { ThreadEventHub } from './thread-event-hub.js';
import { EventStreams } from './event-streams.js';
import { ThreadEventsListener } from './thread-events.listener.js';
import { UserEventHub } from './user-event-hub.js';
import { UserEventsListener } from './user-events.listener.js';

/**
 * Live events: publish through PostgreSQL NOTIFY (inside the writer's
 * transaction, or from a trigger), listen on one connection per channel per
 * instance (thread events, per-user events, the moderation queue), fan out to SSE streams.
 * Global so any feature can publish without importing a feature module.
 */
@Global()
@Module({
  providers: [
    RealtimeService,
    ThreadEventHub,
    ThreadEventsListener,
    UserEventHub,
    UserEventsListener,
    QueueEventHub,
    QueueEventsListener,
    EventStreams,
  ],
  exports: [RealtimeService, EventStreams, ThreadEventHub, UserEventHub, QueueEventHub],
})
export class RealtimeModule {}
