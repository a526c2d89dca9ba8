import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tooManyRequests } from '../../common/errors/problem.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { formatSseComment, formatSseEvent, SSE_HEARTBEAT_MS, SSE_MAX_BUFFERED_BYTES, SSE_RETRY_MS } from './sse.js';
import type { DeliveredEvent, EventFeed } from './event-hub.js';

/**
 * What a reconnecting client missed, read before it gets live events: the
 * events, oldest first (a `resync` among them when they cannot be known).
 */
export type MissedEvents = () => Promise<DeliveredEvent[]>;

/**
 * The open Server-Sent Events responses of this instance, thread streams and
 * per-user streams alike. Each subscribes to its hub for its key (thread id,
 * user id), gets a heartbeat comment every `heartbeatMs`, and
 * releases both the moment its connection closes. On shutdown the streams are
 * ended (EventSource clients reconnect elsewhere), otherwise the HTTP server
 * would wait for them forever. At most SSE_MAX_STREAMS_PER_IP streams are open
 * per client IP at once; the next is refused with 429 until one closes.
 *
 * Fan-out cost, for 10,000 readers of one thread: an event is formatted and
 * encoded ONCE (as the bytes of one HTTP chunk) and that same buffer is written
 * to every socket; one timer sends every heartbeat. Per stream there is only
 * the socket write, and a few hundred bytes of state. The write is a system
 * call per socket, so a loop over 10,000 streams takes 100-300 ms: heartbeats
 * go out a slice of the streams at a time (HEARTBEAT_SLICES per period), so an
 * event meets at most one slice's loop ahead of it, never every stream's.
 */
@Injectable()
export class EventStreams implements BeforeApplicationShutdown {
  /** Mutable so tests can shorten it; 15 s in production. */
  heartbeatMs = SSE_HEARTBEAT_MS;
  /** The open streams, in heartbeat slices (a stream joins the slice after the last one's). */
  private readonly slices = Array.from({ length: HEARTBEAT_SLICES }, () => new Set<OpenStream>());
  private openStreams = 0;
  private nextSlice = 0;
  /** Open streams by client IP (entries removed when they reach zero). */
  private readonly perIp = new Map<string, number>();
  private closing = false;
  private heartbeat: { timer: NodeJS.Timeout; periodMs: number; tick: number } | null = null;
  /** Each delivered event's encoded frames, shared by every stream that receives it. */
  private readonly frames = new WeakMap<DeliveredEvent, EncodedFrame>();
  private readonly heartbeatFrame = new EncodedFrame(formatSseComment('heartbeat'));

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get isClosing(): boolean {
    return this.closing;
  }

  get openCount(): number {
    return this.openStreams;
  }

  /** Whether `ip` holds fewer than SSE_MAX_STREAMS_PER_IP streams on this instance. */
  hasRoomFor(ip: string): boolean {
    return this.openCountFor(ip) < this.config.SSE_MAX_STREAMS_PER_IP;
  }

  /** Open streams of this client IP on this instance. */
  openCountFor(ip: string): number {
    return this.perIp.get(ip) ?? 0;
  }

  /**
   * Turns `response` into an event stream of `source`'s events for `key`, or throws 429
   * (Retry-After: 5) when `ip` already holds SSE_MAX_STREAMS_PER_IP streams.
   * The check and the reservation are synchronous, so concurrent requests
   * cannot both take the last slot. With `missed` (a client reconnecting with
   * Last-Event-ID) those events go first; live ones wait, then follow once each.
   * `headers` (a flat `[name, value, …]` list) go out with the stream's own.
   */
  start(
    source: EventFeed,
    key: string,
    response: ServerResponse,
    ip: string,
    { missed, headers = [] }: { missed?: MissedEvents; headers?: string[] } = {},
  ): void {
    // The client left while the thread (or ticket) was looked up: its 'close' has fired already, nothing to hold.
    const socket = response.socket;
    if (!socket || socket.destroyed) return;
    if (!this.hasRoomFor(ip)) throw tooManyRequests(5);
    this.perIp.set(ip, this.openCountFor(ip) + 1);

    // One writeHead with a list: on a response without headers set before (the anonymous
    // thread streams), Node builds the header block without keeping a header map per stream.
    response.writeHead(200, [...STREAM_HEADERS, ...headers]);
    response.flushHeaders();
    socket.setNoDelay(true);
    socket.setKeepAlive(true);
    socket.setTimeout(0);

    const stream: OpenStream = { response, socket, chunked: isChunked(response) };
    const slice = this.slices[this.nextSlice];
    this.nextSlice = (this.nextSlice + 1) % HEARTBEAT_SLICES;
    slice.add(stream);
    this.openStreams += 1;
    const send = (event: DeliveredEvent) => this.send(stream, this.frameOf(event));
    const waiting: DeliveredEvent[] | null = missed ? [] : null;
    let deliver = waiting ? (event: DeliveredEvent) => waiting.push(event) : send;
    const unsubscribe = source.subscribe(key, (event) => deliver(event));
    if (missed && waiting) {
      void sendMissed(missed, waiting, send)
        .catch(() => undefined) // the stream goes on live; `missed` reports its own faults as a resync
        .then(() => {
          deliver = send;
        });
    }
    this.ensureHeartbeat();
    response.once('close', () => {
      unsubscribe();
      slice.delete(stream);
      this.openStreams -= 1;
      if (this.openStreams === 0) this.stopHeartbeat();
      const remaining = (this.perIp.get(ip) ?? 1) - 1;
      if (remaining > 0) this.perIp.set(ip, remaining);
      else this.perIp.delete(ip);
    });
    this.send(stream, new EncodedFrame(`: connected\nretry: ${SSE_RETRY_MS}\n\n`));
  }

  beforeApplicationShutdown(): void {
    this.closing = true;
    this.stopHeartbeat();
    for (const slice of this.slices) for (const stream of slice) stream.response.end();
  }

  private frameOf(event: DeliveredEvent): EncodedFrame {
    let frame = this.frames.get(event);
    if (!frame) {
      frame = new EncodedFrame(formatSseEvent(event.type, event.id, event.data));
      this.frames.set(event, frame);
    }
    return frame;
  }

  private send(stream: OpenStream, frame: EncodedFrame): void {
    const { response, socket } = stream;
    if (response.writableEnded || socket.destroyed) return;
    // Headers are out, so the socket is this response's alone: write the shared bytes straight to it.
    // (A response still queued behind another on the connection goes through Node's own framing.)
    if ((socket as Socket & { _httpMessage?: unknown })._httpMessage === response) {
      socket.write(stream.chunked ? frame.chunk : frame.raw);
    } else {
      response.write(frame.text);
    }
    // A client that stopped reading: drop it rather than buffer without bound.
    if (socket.writableLength + response.writableLength > SSE_MAX_BUFFERED_BYTES) socket.destroy();
  }

  /** One timer for every stream, (re)started with the current period: each tick sends the next slice its heartbeat. */
  private ensureHeartbeat(): void {
    if (this.heartbeat?.periodMs === this.heartbeatMs) return;
    this.stopHeartbeat();
    const timer = setInterval(() => {
      const heartbeat = this.heartbeat!;
      const slice = this.slices[heartbeat.tick];
      heartbeat.tick = (heartbeat.tick + 1) % HEARTBEAT_SLICES;
      for (const stream of slice) this.send(stream, this.heartbeatFrame);
    }, this.heartbeatMs / HEARTBEAT_SLICES);
    timer.unref();
    this.heartbeat = { timer, periodMs: this.heartbeatMs, tick: 0 };
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat.timer);
    this.heartbeat = null;
  }
}

/** Heartbeat ticks per period; each writes to one slice of the streams (1 s apart at 15 s). */
const HEARTBEAT_SLICES = 15;

const STREAM_HEADERS = [
  'Content-Type',
  'text/event-stream',
  'Cache-Control',
  'no-cache',
  'Connection',
  'keep-alive',
  'X-Accel-Buffering',
  'no',
];

interface OpenStream {
  response: ServerResponse;
  socket: Socket;
  /** Whether Node framed the response with chunked transfer encoding (HTTP/1.1); else raw bytes until close. */
  chunked: boolean;
}

/** One SSE message, encoded once: as raw bytes and as one HTTP/1.1 chunk. */
class EncodedFrame {
  readonly raw: Buffer;
  readonly chunk: Buffer;
  constructor(readonly text: string) {
    this.raw = Buffer.from(text, 'utf8');
    this.chunk = Buffer.concat([Buffer.from(`${this.raw.length.toString(16)}\r\n`), this.raw, CRLF]);
  }
}

const CRLF = Buffer.from('\r\n');

function isChunked(response: ServerResponse): boolean {
  return (response as ServerResponse & { chunkedEncoding?: boolean }).chunkedEncoding === true;
}

/** Sends the missed events, then the live ones that arrived meanwhile (those not already sent). */
async function sendMissed(
  missed: MissedEvents,
  waiting: DeliveredEvent[],
  send: (event: DeliveredEvent) => void,
): Promise<void> {
  const sent = new Set<number>();
  try {
    for (const event of await missed()) {
      if (event.id !== null) sent.add(event.id);
      send(event);
    }
  } finally {
    for (const event of waiting.splice(0)) if (event.id === null || !sent.has(event.id)) send(event);
  }
}
