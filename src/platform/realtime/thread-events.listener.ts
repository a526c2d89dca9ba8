import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { PgListener } from './pg-listener.js';
import { THREAD_EVENTS_CHANNEL } from './realtime.service.js';
import { parseThreadEvent, ThreadEventHub } from './thread-event-hub.js';

/**
 * Feeds the in-process hub from the thread events channel, through one
 * dedicated LISTEN connection per instance (see PgListener). Open streams are
 * told to resync after a reconnection, since NOTIFYs sent meanwhile are lost.
 */
@Injectable()
export class ThreadEventsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ThreadEventsListener.name);
  private readonly listener: PgListener;

  constructor(
    dataSource: DataSource,
    private readonly hub: ThreadEventHub,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.listener = new PgListener(dataSource, {
      channel: THREAD_EVENTS_CHANNEL,
      applicationName: 'tribune-realtime',
      onNotification: (payload) => {
        const event = parseThreadEvent(payload);
        if (event) this.hub.dispatch(event);
        else this.logger.warn(`Dropped a malformed ${THREAD_EVENTS_CHANNEL} notification`);
      },
      onListening: (reconnected) => {
        if (reconnected) this.hub.resyncAll();
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // A CLI application context serves no streams: no listener needed.
    if (!this.adapterHost.httpAdapter) return;
    await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  get isListening(): boolean {
    return this.listener.isListening;
  }

  /** The backend pid of the LISTEN connection (tests kill it to prove reconnection). */
  get backendPid(): number | null {
    return this.listener.backendPid;
  }

  /** Resolves once the connection is LISTENing (immediately when it is). */
  whenListening(): Promise<void> {
    return this.listener.whenListening();
  }
}
