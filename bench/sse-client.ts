/**
 * A crowd of live readers for the SSE benchmark, run as a child process (each
 * process may hold 20,000 files here, so 20,000 streams take two of them).
 * Opens `count` event streams on one thread of one instance, in batches (a
 * crowd arriving), over raw TCP sockets (the client must cost less than the
 * server it measures), then waits for the parent's "arm" and reports, for
 * every stream, the wall-clock time at which `event: post.created` arrived.
 *
 * IPC: parent → {type:'open', port, path, count, batch} → {type:'opened', ok, failed, ms};
 * parent → {type:'arm'} → {type:'armed'}; then {type:'done', times:number[], missing}
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
const sockets: net.Socket[] = [];
const received: number[] = [];
let armed = false;
let waiting = 0;
let finish: (() => void) | null = null;

function openOne(port: number, path: string): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    let text = '';
    let connected = false;
    let got = false;
    socket.setNoDelay(true);
    socket.setEncoding('utf8');
    socket.on('error', () => {
      if (!connected) resolve(null);
    });
    socket.on('connect', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nConnection: keep-alive\r\n\r\n`),
    );
    socket.on('data', (chunk: string) => {
      if (!connected) {
        text += chunk;
        if (!text.includes(': connected')) return;
        if (!text.startsWith('HTTP/1.1 200')) {
          socket.destroy();
          return resolve(null);
        }
        connected = true;
        text = '';
        return resolve(socket);
      }
      if (got || !armed) return;
      text += chunk;
      if (text.includes('event: post.created')) {
        got = true;
        text = '';
        received.push(now());
        waiting -= 1;
        if (waiting === 0) finish?.();
      } else if (text.length > 4096) text = text.slice(-64);
    });
  });
}

async function open({ port, path, count, batch }: OpenMessage): Promise<void> {
  const started = Date.now();
  let failed = 0;
  for (let opened = 0; opened < count; opened += batch) {
    const size = Math.min(batch, count - opened);
    const results = await Promise.all(Array.from({ length: size }, () => openOne(port, path)));
    for (const socket of results) {
      if (socket) sockets.push(socket);
      else failed += 1;
    }
  }
  send({ type: 'opened', ok: sockets.length, failed, ms: Date.now() - started });
}

process.on('message', (message: { type: string; timeoutMs?: number }) => {
  if (message.type === 'open') void open(message as unknown as OpenMessage);
  if (message.type === 'arm') {
    armed = true;
    waiting = sockets.length;
    const timeout = setTimeout(() => finish?.(), message.timeoutMs ?? 30_000);
    finish = () => {
      finish = null;
      clearTimeout(timeout);
      send({ type: 'done', times: received, missing: waiting });
    };
    send({ type: 'armed' });
  }
  if (message.type === 'close') {
    for (const socket of sockets) socket.destroy();
    setTimeout(() => process.exit(0), 100);
  }
});
send({ type: 'ready' });
