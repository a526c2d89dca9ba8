import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Response } from 'express';
import { formatSseComment, formatSseEvent, SSE_HEARTBEAT_MS, SSE_MAX_BUFFERED_BYTES, SSE_RETRY_MS } from './sse.js';
import { ThreadEventHub } from './thread-event-hub.js';

/**
 * The open Server-Sent Events responses of this instance. Each subscribes to
 * the hub for its thread, sends a heartbeat comment every `heartbeatMs`, and
 * releases both the moment its connection closes. On shutdown the streams are
 * ended (EventSource clients reconnect elsewhere), otherwise the HTTP server
 * would wait for them forever.
 */
@Injectable()
export class ThreadEventStreams implements BeforeApplicationShutdown {
  /** Mutable so tests can shorten it; 15 s in production. */
  heartbeatMs = SSE_HEARTBEAT_MS;
  private readonly open = new Set<Response>();
  private closing = false;

  constructor(private readonly hub: ThreadEventHub) {}

  get isClosing(): boolean {
    return this.closing;
  }

  get openCount(): number {
    return this.open.size;
  }

  /** Turns `response` into an event stream for `threadId`. */
  start(threadId: string, response: Response): void {
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
    const unsubscribe = this.hub.subscribe(threadId, (event) =>
      write(formatSseEvent(event.type, event.id, event.data)),
    );
    const heartbeat = setInterval(() => write(formatSseComment('heartbeat')), this.heartbeatMs);
    heartbeat.unref();
    response.once('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(response);
    });
    write(`: connected\nretry: ${SSE_RETRY_MS}\n\n`);
  }

  beforeApplicationShutdown(): void {
    this.closing = true;
    for (const response of this.open) response.end();
  }
}
