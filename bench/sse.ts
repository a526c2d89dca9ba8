/**
 * "10,000 live readers per instance": once the posting instance has served a few
 * posts (warm, as a live one is), opens N SSE streams on one thread (in batches,
 * as a crowd arrives), posts once, and measures how long every
 * stream waits for the event (p50/p99/max, from the moment the POST is sent)
 * and what each open stream costs the server (RSS and V8 heap, before/after, each
 * after a full collection; and the raw RSS growth).
 * The crowd runs in child processes (bench/sse-client.ts), one per instance.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface LiveReadersResult {
  instances: number;
  streams: number;
  opened: number;
  failed: number;
  openSeconds: number;
  delivered: number;
  missing: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The servers' resident memory per open stream, after a full collection before and after they opened. */
  rssKiBPerStream: number;
  /** The servers' V8 heap in use per open stream, after a full collection before and after. */
  heapKiBPerStream: number;
  /** Growth of resident memory per stream without forcing a collection (garbage included). */
  rssGrowthKiBPerStream: number;
  /** CPU (user + system) the client processes used from the post until their last stream had it. */
  clientCpuMs: number;
}

/** A client's report: when each of its streams got the event (wall clock), those that did not, its CPU. */
interface ClientDone {
  times: number[];
  missing: number;
  cpuMs: number;
}

export interface LiveReadersTarget {
  /** A Tribune server started with bench/memory-probe.ts preloaded and an IPC channel. */
  process: ChildProcess;
  port: number;
}

/** Posts sent before the crowd arrives. */
const WARM_UP_POSTS = Number(process.env.BENCH_SSE_WARMUP_POSTS ?? 20);

const now = () => performance.timeOrigin + performance.now();
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

function message<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (value: { type: string }) => {
      if (value.type !== type) return;
      child.off('message', listener);
      resolve(value as T);
    };
    child.on('message', listener);
  });
}

interface Memory {
  rss: number;
  heap: number;
  /** /proc's VmRSS, read without collecting first. */
  rawRss: number;
}

async function memory(targets: LiveReadersTarget[]): Promise<Memory> {
  const total: Memory = { rss: 0, heap: 0, rawRss: 0 };
  for (const target of targets) {
    total.rawRss += await rssBytes(target.process.pid!);
    const usage = message<{ rss: number; heapUsed: number }>(target.process, 'memory');
    target.process.send('memory');
    const { rss, heapUsed } = await usage;
    total.rss += rss;
    total.heap += heapUsed;
  }
  return total;
}

/**
 * Streams are spread evenly over `targets` (running Tribune instances that
 * allow that many streams per IP); `post` sends the one post (on any instance).
 */
export async function measureLiveReaders(options: {
  root: string;
  targets: LiveReadersTarget[];
  threadId: string;
  streams: number;
  batch: number;
  post: () => Promise<number>;
  log: (message: string) => void;
  /** Runs while every stream is open (the bench takes a heap snapshot there when asked). */
  whileOpen?: () => Promise<void>;
}): Promise<LiveReadersResult> {
  const { targets, streams } = options;
  const perInstance = Math.ceil(streams / targets.length);
  const clients = targets.map(() =>
    fork(path.join(options.root, 'dist/bench/sse-client.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  try {
    await Promise.all(clients.map((client) => message(client, 'ready')));
    // The posting instance has served posts before, as a live one has: the first post of a fresh
    // process costs its code's compilation (≈ 80 ms more than a warm one), not what live readers wait for.
    for (let i = 0; i < WARM_UP_POSTS; i += 1) {
      const status = await options.post();
      if (status !== 201) throw new Error(`live readers: a warm-up post answered ${status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const before = await memory(targets);
    const openStarted = Date.now();
    const opened = await Promise.all(
      clients.map((client, i) => {
        const reply = message<{ ok: number; failed: number }>(client, 'opened');
        client.send({
          type: 'open',
          port: targets[i].port,
          path: `/api/threads/${options.threadId}/events`,
          count: perInstance,
          batch: options.batch,
        });
        return reply;
      }),
    );
    const openSeconds = (Date.now() - openStarted) / 1000;
    const ok = opened.reduce((sum, o) => sum + o.ok, 0);
    const failed = opened.reduce((sum, o) => sum + o.failed, 0);
    options.log(`live readers: ${ok} streams open (${failed} refused) in ${openSeconds.toFixed(1)} s`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = await memory(targets);
    await options.whileOpen?.();

    await Promise.all(
      clients.map((client) => {
        const armed = message(client, 'armed');
        client.send({ type: 'arm', timeoutMs: 30_000 });
        return armed;
      }),
    );
    const done = clients.map((client) => message<ClientDone>(client, 'done'));
    const sentAt = now();
    const status = await options.post();
    const answeredMs = now() - sentAt;
    if (status !== 201) throw new Error(`live readers: the post answered ${status}`);
    const results = await Promise.all(done);
    const delays = results.flatMap((r) => r.times.map((t) => t - sentAt)).sort((a, b) => a - b);
    const round = (value: number) => Math.round(value * 10) / 10;
    const clientCpuMs = round(results.reduce((sum, r) => sum + r.cpuMs, 0));
    options.log(
      `live readers: the post answered in ${round(answeredMs)} ms; the clients used ${clientCpuMs} ms of CPU until the last stream had it`,
    );
    return {
      instances: targets.length,
      streams,
      opened: ok,
      failed,
      openSeconds: round(openSeconds),
      delivered: delays.length,
      missing: results.reduce((sum, r) => sum + r.missing, 0),
      p50Ms: round(percentile(delays, 50)),
      p99Ms: round(percentile(delays, 99)),
      maxMs: round(delays[delays.length - 1] ?? NaN),
      rssKiBPerStream: round((after.rss - before.rss) / 1024 / Math.max(1, ok)),
      heapKiBPerStream: round((after.heap - before.heap) / 1024 / Math.max(1, ok)),
      rssGrowthKiBPerStream: round((after.rawRss - before.rawRss) / 1024 / Math.max(1, ok)),
      clientCpuMs,
    };
  } finally {
    for (const client of clients) {
      client.send({ type: 'close' });
    }
    await Promise.all(clients.map((client) => new Promise((resolve) => client.once('exit', resolve))));
  }
}
