import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { PgListener } from './pg-listener.js';

export interface HubListenerOptions<T> {
  channel: string;
  applicationName: string;
  parse(payload: string | undefined): T | null;
  dispatch(event: T): void;
  /** After a reconnection: NOTIFYs sent meanwhile are lost, streams should resync. */
  resync(): void;
}

/**
 * Feeds an in-process hub from one NOTIFY channel, through one dedicated
 * LISTEN connection per instance (see PgListener); malformed payloads are
 * dropped with a warning. ThreadEventsListener and UserEventsListener are its uses.
 */
export class HubListener<T> implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private readonly listener: PgListener;

  constructor(
    dataSource: DataSource,
    private readonly adapterHost: HttpAdapterHost,
    options: HubListenerOptions<T>,
  ) {
    this.logger = new Logger(`HubListener:${options.channel}`);
    this.listener = new PgListener(dataSource, {
      channel: options.channel,
      applicationName: options.applicationName,
      onNotification: (payload) => {
        const event = options.parse(payload);
        if (event) options.dispatch(event);
        else this.logger.warn(`Dropped a malformed ${options.channel} notification`);
      },
      onListening: (reconnected) => {
        if (reconnected) options.resync();
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
