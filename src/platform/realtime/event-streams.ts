import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';
import { tooManyRequests } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { formatSseComment, formatSseEvent, SSE_HEARTBEAT_MS, SSE_MAX_BUFFERED_BYTES, SSE_RETRY_MS } from './sse.js';
import type { EventFeed } from './event-hub.js';

/**
 * The open Server-Sent Events responses of this instance, thread streams and
 * per-user streams alike. Each subscribes to its hub for its key (thread id,
 * user id), sends a heartbeat comment every `heartbeatMs`, and
 * releases both the moment its connection closes. On shutdown the streams are
 * ended (EventFeed clients reconnect elsewhere), otherwise the HTTP server
 * would wait for them forever. At most SSE_MAX_STREAMS_PER_IP streams are open
 * per client IP at once; the next is refused with 429 until one closes.
 */
@Injectable()
export class EventStreams implements BeforeApplicationShutdown {
  /** Mutable so tests can shorten it; 15 s in production. */
  heartbeatMs = SSE_HEARTBEAT_MS;
  private readonly open = new Set<Response>();
  /** Open streams by client IP (entries removed when they reach zero). */
  private readonly perIp = new Map<string, number>();
  private closing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get isClosing(): boolean {
    return this.closing;
  }

  get openCount(): number {
    return this.open.size;
  }

  /** Open streams of this client IP on this instance. */
  openCountFor(ip: string): number {
    return this.perIp.get(ip) ?? 0;
  }

  /**
   * Turns `response` into an event stream of `source`'s events for `key`, or throws 429
   * (Retry-After: 5) when `ip` already holds SSE_MAX_STREAMS_PER_IP streams.
   * The check and the reservation are synchronous, so concurrent requests
   * cannot both take the last slot.
   */
  start(source: EventFeed, key: string, response: Response, ip: string): void {
    // The client left while the thread (or ticket) was looked up: its 'close' has fired already, nothing to hold.
    if (!response.socket || response.socket.destroyed) return;
    const held = this.perIp.get(ip) ?? 0;
    if (held >= this.config.SSE_MAX_STREAMS_PER_IP) throw tooManyRequests(5);
    this.perIp.set(ip, held + 1);

    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream');
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Connection', 'keep-alive');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    response.socket?.setNoDelay(true);
    response.socket?.setKeepAlive(true);
    response.socket?.setTimeout(0);

    const write = (chunk: string) => {
      if (response.writableEnded || response.destroyed) return;
      response.write(chunk);
      // A client that stopped reading: drop it rather than buffer without bound.
      if (response.writableLength > SSE_MAX_BUFFERED_BYTES) response.destroy();
    };

    this.open.add(response);
    const unsubscribe = source.subscribe(key, (event) => write(formatSseEvent(event.type, event.id, event.data)));
    const heartbeat = setInterval(() => write(formatSseComment('heartbeat')), this.heartbeatMs);
    heartbeat.unref();
    response.once('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(response);
      const remaining = (this.perIp.get(ip) ?? 1) - 1;
      if (remaining > 0) this.perIp.set(ip, remaining);
      else this.perIp.delete(ip);
    });
    write(`: connected\nretry: ${SSE_RETRY_MS}\n\n`);
  }

  beforeApplicationShutdown(): void {
    this.closing = true;
    for (const response of this.open) response.end();
  }
}
