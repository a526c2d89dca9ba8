/**
 * A crowd of live readers for the SSE benchmark, run as a child process (each
 * process may hold 20,000 files here, so 20,000 streams take two of them).
 * Opens `count` event streams on one thread of one instance, in batches (a
 * crowd arriving), over raw TCP sockets, then waits for the parent's "arm" and
 * reports, for every stream, the wall-clock time at which `event: post.created`
 * arrived.
 *
 * The client must cost less than the server it measures: once the streams are
 * open, every read lands in one shared buffer (net's `onread`, no Buffer or
 * 'data' event per read, no text decoding) and is searched for the event's
 * bytes. A stream's only state is its slot in two typed arrays.
 *
 * IPC: parent → {type:'open', port, path, count, batch} → {type:'opened', ok, failed, ms};
 * parent → {type:'arm'} → {type:'armed'}; then {type:'done', times:number[], missing, cpuMs}
 * once every stream has the event or after `timeoutMs`.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';

interface OpenMessage {
  type: 'open';
  port: number;
  path: string;
  count: number;
  batch: number;
}

const now = () => performance.timeOrigin + performance.now();
const send = (message: unknown) => process.send!(message);
const EVENT = Buffer.from('event: post.created');
/** Every read of every stream lands here; each is searched before the next read. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

const sockets: net.Socket[] = [];
/** Per stream (by index): whether it has the event, and when it came (wall clock, ms). */
let got = new Uint8Array(0);
let receivedAt = new Float64Array(0);
/** Per stream: the last bytes of its previous read, when the event's name may straddle two reads. */
const tails = new Map<number, Buffer>();
let armed = false;
let waiting = 0;
let finish: (() => void) | null = null;

/** A stream's read once it is open: does it (with its previous read's tail) hold the event? */
function onStreamRead(index: number, length: number): void {
  if (!armed || got[index] === 1) return;
  const chunk = READ_BUFFER.subarray(0, length);
  const tail = tails.get(index);
  const found =
    chunk.indexOf(EVENT) !== -1 ||
    (tail !== undefined && Buffer.concat([tail, chunk.subarray(0, EVENT.length - 1)]).indexOf(EVENT) !== -1);
  if (!found) {
    tails.set(index, Buffer.from(chunk.subarray(Math.max(0, length - (EVENT.length - 1)))));
    return;
  }
  got[index] = 1;
  receivedAt[index] = now();
  tails.delete(index);
  waiting -= 1;
  if (waiting === 0) finish?.();
}

/** Opens one stream; resolves with it once `: connected` came after a 200, else null. */
function openOne(port: number, path: string, index: number): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    let head = '';
    let connected = false;
    const socket = net.connect({
      port,
      host: '127.0.0.1',
      onread: {
        buffer: READ_BUFFER,
        callback: (length: number) => {
          if (connected) {
            onStreamRead(index, length);
            return true;
          }
          head += READ_BUFFER.toString('latin1', 0, length);
          if (!head.includes(': connected')) return true;
          if (!head.startsWith('HTTP/1.1 200')) {
            socket.destroy();
            resolve(null);
            return false;
          }
          connected = true;
          head = '';
          resolve(socket);
          return true;
        },
      },
    });
    socket.setNoDelay(true);
    socket.on('error', () => {
      if (!connected) resolve(null);
    });
    socket.on('connect', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nConnection: keep-alive\r\n\r\n`,
      ),
    );
  });
}

async function open({ port, path, count, batch }: OpenMessage): Promise<void> {
  const started = Date.now();
  let failed = 0;
  for (let opened = 0; opened < count; opened += batch) {
    const size = Math.min(batch, count - opened);
    const results = await Promise.all(Array.from({ length: size }, (_, i) => openOne(port, path, opened + i)));
    for (const socket of results) {
      if (socket) sockets.push(socket);
      else failed += 1;
    }
  }
  got = new Uint8Array(count);
  receivedAt = new Float64Array(count);
  send({ type: 'opened', ok: sockets.length, failed, ms: Date.now() - started });
}

function arm(timeoutMs: number): void {
  got.fill(0);
  tails.clear();
  armed = true;
  waiting = sockets.length;
  const cpuBefore = process.cpuUsage();
  const timeout = setTimeout(() => finish?.(), timeoutMs);
  finish = () => {
    finish = null;
    armed = false;
    clearTimeout(timeout);
    const cpu = process.cpuUsage(cpuBefore);
    const times = [...receivedAt].filter((_, i) => got[i] === 1);
    send({ type: 'done', times, missing: waiting, cpuMs: (cpu.user + cpu.system) / 1000 });
  };
  send({ type: 'armed' });
}

process.on('message', (message: { type: string; timeoutMs?: number }) => {
  if (message.type === 'open') void open(message as unknown as OpenMessage);
  if (message.type === 'arm') arm(message.timeoutMs ?? 30_000);
  if (message.type === 'close') {
    for (const socket of sockets) socket.destroy();
    setTimeout(() => process.exit(0), 100);
  }
});
send({ type: 'ready' });
