import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { HubListener } from './hub-listener.js';
import { THREAD_EVENTS_CHANNEL, type ThreadEvent } from './realtime.service.js';
import { parseThreadEvent, ThreadEventHub } from './thread-event-hub.js';

/** Feeds the thread events hub from the `tribune_thread_events` channel. */
@Injectable()
export class ThreadEventsListener extends HubListener<ThreadEvent> {
  constructor(dataSource: DataSource, hub: ThreadEventHub, adapterHost: HttpAdapterHost) {
    super(dataSource, adapterHost, {
      channel: THREAD_EVENTS_CHANNEL,
      applicationName: 'tribune-realtime',
      parse: parseThreadEvent,
      dispatch: (event) => hub.dispatch(event),
      resync: () => hub.resyncAll(),
    });
  }
}
