import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { HubListener } from './hub-listener.js';
import { parseUserEvent, USER_EVENTS_CHANNEL, UserEventHub, type UserEvent } from './user-event-hub.js';

/** Feeds the per-user events hub from the `tribune_user_events` channel. */
@Injectable()
export class UserEventsListener extends HubListener<UserEvent> {
  constructor(dataSource: DataSource, hub: UserEventHub, adapterHost: HttpAdapterHost) {
    super(dataSource, adapterHost, {
      channel: USER_EVENTS_CHANNEL,
      applicationName: 'tribune-user-events',
      parse: parseUserEvent,
      dispatch: (event) => hub.dispatch(event),
      resync: () => hub.resyncAll(),
    });
  }
}
