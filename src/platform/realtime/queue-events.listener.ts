import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { HubListener } from './hub-listener.js';
import { parseQueueEvent, QUEUE_EVENTS_CHANNEL, QueueEventHub, type QueueEvent } from './queue-event-hub.js';

/** Feeds the moderators' queue hub from the `tribune_moderation_events` channel. */
@Injectable()
export class QueueEventsListener extends HubListener<QueueEvent> {
  constructor(dataSource: DataSource, hub: QueueEventHub, adapterHost: HttpAdapterHost) {
    super(dataSource, adapterHost, {
      channel: QUEUE_EVENTS_CHANNEL,
      applicationName: 'tribune-queue-events',
      parse: parseQueueEvent,
      dispatch: (event) => hub.dispatch(event),
      resync: () => hub.resyncAll(),
    });
  }
}
