import { Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { HubListener } from './hub-listener.js';
import { RealtimeService, THREAD_EVENTS_CHANNEL, type StoredThreadEvent } from './realtime.service.js';
import { parseThreadEvent, ThreadEventHub } from './thread-event-hub.js';

/** How often each instance forgets thread events past their retention. */
export const THREAD_EVENTS_PRUNE_MS = 60_000;

/**
 * Feeds the thread events hub from the `tribune_thread_events` channel, and
 * prunes the replay log (`thread_events`) once a minute on every instance.
 */
@Injectable()
export class ThreadEventsListener extends HubListener<StoredThreadEvent> {
  private pruneTimer: NodeJS.Timeout | null = null;
  private readonly log = new Logger(ThreadEventsListener.name);

  constructor(
    dataSource: DataSource,
    hub: ThreadEventHub,
    private readonly host: HttpAdapterHost,
    private readonly realtime: RealtimeService,
  ) {
    super(dataSource, host, {
      channel: THREAD_EVENTS_CHANNEL,
      applicationName: 'tribune-realtime',
      parse: parseThreadEvent,
      dispatch: (event) => hub.dispatch(event),
      resync: () => hub.resyncAll(),
    });
  }

  override async onApplicationBootstrap(): Promise<void> {
    await super.onApplicationBootstrap();
    if (!this.host.httpAdapter) return;
    this.pruneTimer = setInterval(() => {
      this.realtime.prune().catch((error: unknown) => this.log.warn(`Pruning thread events failed: ${String(error)}`));
    }, THREAD_EVENTS_PRUNE_MS);
    this.pruneTimer.unref();
  }

  override async onApplicationShutdown(): Promise<void> {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    await super.onApplicationShutdown();
  }
}
