/**
 * `npm run bench`: seeds threads of 1,000, 100,000 and 1,000,000 posts, then
 * measures Tribune against a bare node:http + pg server running the same SQL,
 * interleaving A/B runs so that both see the same machine state. Reports
 * median req/s and p50/p99 latency, and ratios measured in the same run;
 * writes bench/results/<date>.json and prints a table.
 *
 * Env: DATABASE_URL (else an embedded PostgreSQL in a temp dir), BENCH_SIZES
 * (default 1000,100000,1000000), BENCH_SECONDS per run (default 6),
 * BENCH_ROUNDS (default 2), BENCH_CONNECTIONS (default 16), BENCH_WARMUP_SECONDS per
 * server and scenario before measuring (default 2), BENCH_SSE_STREAMS live readers per
 * instance (default 10000; 0 skips them), BENCH_SSE_WARMUP_POSTS posts the posting instance
 * serves before they arrive (default 20), BENCH_ONLY (`reply`: only the reply POST against
 * the bare server; `http-layer`: Express against Fastify, bench/http-layer.ts; `live-readers`:
 * only the live readers on 1 and 2 instances; `reply` and `live-readers` print their rows and
 * write no results file).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import pg from 'pg';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { findFreePort } from '../src/database/embedded-postgres.js';
import { measureHttpLayer } from './http-layer.js';
import {
  CONNECTIONS,
  createBenchDatabase,
  load,
  loadAverage,
  log,
  machine,
  median,
  ratio,
  REPLY_BODY,
  ROOT,
  SECONDS,
  seedThreads,
  startServer,
  WARMUP,
} from './kit.js';
import type { AppConfig } from '../src/config/config.js';
import { measureLiveReaders, type LiveReadersResult } from './sse.js';
import { hashPassword } from '../src/platform/passwords/passwords.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,100000,1000000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SSE_STREAMS = Number(process.env.BENCH_SSE_STREAMS ?? 10000);
const ONLY = process.env.BENCH_ONLY ?? '';
if (!['', 'reply', 'http-layer', 'live-readers'].includes(ONLY))
  throw new Error(`BENCH_ONLY: 'reply', 'http-layer', 'live-readers' or unset, not '${ONLY}'`);
const REPLY_ONLY = ONLY === 'reply';

interface Measure {
  name: string;
  target: 'tribune' | 'bare';
  requestsPerSecond: number[];
  p50: number[];
  p99: number[];
  non2xx: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The reader widget's budget: its gzipped size, and the first render of a
 * 50-post thread in headless Chromium (from the widget's mount to the paint
 * of the posts, and from the posts' arrival to their paint), median of 5 loads.
 */
async function measureWidget(articleUrl: string): Promise<Record<string, unknown>> {
  const embed = await readFile(path.join(ROOT, 'public/embed.js')).catch(() => null);
  const gzipKiB = embed ? Math.round((gzipSync(embed, { level: 9 }).length / 1024) * 10) / 10 : null;
  if (!existsSync(CHROMIUM)) return { gzipKiB, firstRender: `not measured: no Chromium at ${CHROMIUM}` };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const totals: number[] = [];
  const renders: number[] = [];
  try {
    for (let i = 0; i < 5; i += 1) {
      const page = await browser.newPage();
      await page.goto(articleUrl);
      const timing = await page.waitForFunction(() => {
        const measure = performance.getEntriesByName('tribune:first-render')[0];
        const received = performance.getEntriesByName('tribune:posts-received')[0];
        const painted = performance.getEntriesByName('tribune:posts-painted')[0];
        return measure && received && painted
          ? { total: measure.duration, render: painted.startTime - received.startTime }
          : null;
      });
      const value = (await timing.jsonValue())!;
      totals.push(value.total);
      renders.push(value.render);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return {
    gzipKiB,
    budgetKiB: 60,
    firstRenderFromMountMs: Math.round(median(totals)),
    renderAfterPostsArrivedMs: Math.round(median(renders)),
    budgetMs: 200,
  };
}

async function main(): Promise<void> {
  if (ONLY === 'http-layer') return measureHttpLayer(SIZES[0]);
  const started = Date.now();
  const database = await createBenchDatabase();
  const { databaseUrl, config } = database;

  // 1. Seed through the contract's CLI command.
  const { threads, seedSeconds } = await seedThreads(SIZES, databaseUrl);
  const small = SIZES[0];
  const large = SIZES[SIZES.length - 1];
  if (ONLY === 'live-readers') {
    await liveReadersOnly(config, databaseUrl, threads[small]);
    return database.drop();
  }

  // 2. Capture the SQL the app runs for a thread page, and make voters.
  const app = await createApp({ config, databaseUrl });
  await app.init();
  // Fastify compiles each route's hooks when it is ready: listen() waits for it, a bare init() does not.
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  // Every query runner (replica reads and transactions included) reports to the logger.
  const captured: string[] = [];
  const originalLogQuery = dataSource.logger.logQuery.bind(dataSource.logger);
  dataSource.logger.logQuery = (sql, parameters, queryRunner) => {
    captured.push(sql);
    return originalLogQuery(sql, parameters, queryRunner);
  };
  const server = app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const capturePort = (server.address() as { port: number }).port;
  await fetch(`http://127.0.0.1:${capturePort}/api/threads/${threads[small]}/posts?limit=50`);
  const pageSql = captured.find((sql) => sql.includes('FROM posts p'));
  if (!pageSql) throw new Error('could not capture the thread-page SQL');
  const jwt = app.get(JwtService);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const passwordHash = await hashPassword('bench-password-123');
  const VOTERS = 400;
  const { rows: voters } = await db.query<{ id: string }>(
    `INSERT INTO users (username, email, password_hash) SELECT 'voter' || g, 'voter' || g || '@bench.test', $1 FROM generate_series(1, $2) g RETURNING id`,
    [passwordHash, VOTERS],
  );
  const tokens = await Promise.all(voters.map((voter) => jwt.signAsync({ sub: voter.id, typ: 'access' })));
  const {
    rows: [moderator],
  } = await db.query<{ id: string }>(
    `INSERT INTO users (username, email, password_hash, role) VALUES ('benchmod', 'benchmod@bench.test', $1, 'moderator') RETURNING id`,
    [passwordHash],
  );
  const moderatorToken = await jwt.signAsync({ sub: moderator.id, typ: 'access' });
  const {
    rows: [article],
  } = await db.query(`SELECT article_id FROM threads WHERE id = $1`, [threads[small]]);
  const {
    rows: [poll],
  } = await db.query(
    `INSERT INTO polls (article_id, question, mode, results_visibility) VALUES ($1, 'Bench ?', 'single', 'always') RETURNING id`,
    [article.article_id],
  );
  const { rows: options } = await db.query<{ id: string }>(
    `INSERT INTO poll_options (poll_id, position, label) SELECT $1, g, 'Option ' || g FROM generate_series(1, 3) g RETURNING id`,
    [poll.id],
  );
  await app.close();

  // 3. Both servers as separate processes, each with the same pool size.
  const tribunePort = await findFreePort();
  const barePort = await findFreePort();
  const tribune = await startServer(
    'dist/src/main.js',
    {
      NODE_ENV: 'production',
      JWT_SECRET: config.JWT_SECRET,
      PUBLIC_URL: config.PUBLIC_URL,
      DATABASE_URL: databaseUrl,
      PORT: String(tribunePort),
      // The defaults a user runs with: LOG_LEVEL unset (info, one JSON line per request), cache on.
      RATE_LIMIT_FACTOR: '100000',
    },
    `http://127.0.0.1:${tribunePort}/api/health/ready`,
  );
  const bare = await startServer(
    'dist/bench/bare-server.js',
    { DATABASE_URL: databaseUrl, PORT: String(barePort), BENCH_CAPTURED_SQL: pageSql },
    `http://127.0.0.1:${barePort}/api/threads/${threads[small]}/posts?limit=1`,
  );
  const base = { tribune: `http://127.0.0.1:${tribunePort}`, bare: `http://127.0.0.1:${barePort}` };

  const measures = new Map<string, Measure>();
  const record = (name: string, target: 'tribune' | 'bare', result: autocannon.Result) => {
    const key = `${name}|${target}`;
    const measure = measures.get(key) ?? { name, target, requestsPerSecond: [], p50: [], p99: [], non2xx: 0 };
    measure.requestsPerSecond.push(result.requests.average);
    measure.p50.push(result.latency.p50);
    measure.p99.push(result.latency.p99);
    measure.non2xx += result.non2xx + result.errors;
    measures.set(key, measure);
  };

  const pagePath = (size: number, after = 0) =>
    `/api/threads/${threads[size]}/posts?limit=50${after ? `&after=${after}` : ''}`;
  const author = voters[0].id;
  // Warm both servers up (JIT, pools, caches) before anything is measured: a cold first
  // run would charge Tribune's much larger code for its compilation.
  const replyLoad = (target: 'tribune' | 'bare'): autocannon.Options => ({
    url: `${base[target]}/api/threads/${threads[small]}/posts`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}`, 'x-user-id': author },
    body: REPLY_BODY,
  });
  // A signed-in reader: the cached public page plus their own part (their votes, permissions, pending posts).
  const signedIn = { authorization: `Bearer ${tokens[1]}` };
  // A moderator's page is read whole from the database (staff see bodies a reader does not).
  const staff = { authorization: `Bearer ${moderatorToken}` };
  log(`warm-up (${WARMUP} s per server and scenario)`);
  for (const target of ['tribune', 'bare'] as const) {
    if (!REPLY_ONLY) {
      await load({ url: base[target] + pagePath(small), duration: WARMUP });
      await load({ url: base[target] + pagePath(small), headers: signedIn, duration: WARMUP });
    }
    await load({ ...replyLoad(target), duration: WARMUP });
  }
  // The thread pages: anonymous against the bare server, signed in, and the 1M thread as a moderator.
  const measurePages = async (order: Array<'tribune' | 'bare'>): Promise<void> => {
    for (const target of order) {
      // The bare server has no cache and no accounts: the same page for everyone, from the database each time.
      record(`thread page (${small} posts), anonymous`, target, await load({ url: base[target] + pagePath(small) }));
    }
    record(
      `thread page (${small} posts), signed in`,
      'tribune',
      await load({ url: base.tribune + pagePath(small), headers: signedIn }),
    );
    // The 1M thread read by a moderator, so that both pages come from the database, not the cache.
    record(
      `first page (${large} posts), moderator`,
      'tribune',
      await load({ url: base.tribune + pagePath(large), headers: staff }),
    );
    record(
      `deep page after ${large - 100} (${large} posts), moderator`,
      'tribune',
      await load({ url: base.tribune + pagePath(large, large - 100), headers: staff }),
    );
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    log(`round ${round + 1}/${ROUNDS}`);
    // Interleave A and B (and swap the order every round) so neither always runs on a warmer machine.
    const order: Array<'tribune' | 'bare'> = round % 2 === 0 ? ['tribune', 'bare'] : ['bare', 'tribune'];
    if (!REPLY_ONLY) await measurePages(order);
    for (const target of order) {
      record('reply POST', target, await load(replyLoad(target)));
    }
  }
  if (REPLY_ONLY) {
    tribune.kill('SIGTERM');
    bare.kill('SIGTERM');
    await db.end();
    reportReplyOnly([...measures.values()]);
    await database.drop();
    return;
  }
  const afterRounds = await fetch(`${base.tribune}${pagePath(small)}`);
  log(`anonymous page after the rounds: X-Cache ${afterRounds.headers.get('x-cache')}`);

  // 4. Poll votes: N distinct users at once → N ballots.
  let next = 0;
  const voteStarted = Date.now();
  const voteResult = await autocannon({
    url: `${base.tribune}/api/polls/${poll.id}/vote`,
    connections: CONNECTIONS,
    amount: VOTERS,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request: autocannon.Request) => {
          const index = next++ % VOTERS;
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[index]}` },
            body: JSON.stringify({ optionIds: [options[index % options.length].id] }),
          };
        },
      },
    ],
  });
  const voteSeconds = (Date.now() - voteStarted) / 1000;
  const {
    rows: [ballots],
  } = await db.query(`SELECT count(*)::int AS n FROM poll_ballots WHERE poll_id = $1`, [poll.id]);

  const {
    rows: [smallArticle],
  } = await db.query(`SELECT a.slug FROM articles a JOIN threads t ON t.article_id = a.id WHERE t.id = $1`, [
    threads[small],
  ]);
  log('widget: size and first render in Chromium');
  const widget = await measureWidget(`${base.tribune}/articles/${smallArticle.slug}`);

  tribune.kill('SIGTERM');
  bare.kill('SIGTERM');
  const liveReaders =
    SSE_STREAMS > 0 ? await liveReadersPhases(databaseUrl, config.JWT_SECRET, threads[small], tokens[2]) : [];
  await db.end();

  const summary = [...measures.values()].map((m) => ({
    name: m.name,
    target: m.target,
    rps: Math.round(median(m.requestsPerSecond)),
    p50: median(m.p50),
    p99: median(m.p99),
    non2xx: m.non2xx,
  }));
  const get = (name: string, target: string) => summary.find((s) => s.name === name && s.target === target)!;
  const page = (t: string) => get(`thread page (${small} posts), anonymous`, t);
  const signedInPage = get(`thread page (${small} posts), signed in`, 'tribune');
  const replyM = (t: string) => get('reply POST', t);
  const first = get(`first page (${large} posts), moderator`, 'tribune');
  const deep = get(`deep page after ${large - 100} (${large} posts), moderator`, 'tribune');
  const ratios = {
    anonymousPageVsBare: { value: ratio(page('tribune').rps, page('bare').rps), target: '≥ 1.5' },
    signedInPageVsBare: { value: ratio(signedInPage.rps, page('bare').rps), target: '≥ 0.7' },
    replyVsBare: { value: ratio(replyM('tribune').rps, replyM('bare').rps), target: '≥ 0.8' },
    anonymousPageP99VsBare: { value: ratio(page('tribune').p99, page('bare').p99), target: '≤ 1.5' },
    signedInPageP99VsBare: { value: ratio(signedInPage.p99, page('bare').p99), target: '≤ 1.5' },
    replyP99VsBare: { value: ratio(replyM('tribune').p99, replyM('bare').p99), target: '≤ 1.5' },
    deepVsFirstPageP50: { value: ratio(deep.p50 || 1, first.p50 || 1), target: '≤ 1.5' },
    deepVsFirstPageRps: { value: ratio(deep.rps, first.rps), target: '≥ 0.67' },
  };
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: { sizes: SIZES, seconds: SECONDS, rounds: ROUNDS, connections: CONNECTIONS, warmupSeconds: WARMUP },
    seedSeconds,
    measures: summary,
    ratios,
    pollVotes: {
      voters: VOTERS,
      ballots: ballots.n,
      correct: ballots.n === VOTERS,
      seconds: voteSeconds,
      votesPerSecond: Math.round(VOTERS / voteSeconds),
      non2xx: voteResult.non2xx,
    },
    widget,
    liveReaders,
    totalSeconds: (Date.now() - started) / 1000,
  };
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  // One file per run (date and time): a quick run must not overwrite the day's full run.
  const file = path.join(ROOT, 'bench/results', `${result.date.slice(0, 16).replace(':', '')}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);

  const rows = summary.map((s) => `| ${s.name} | ${s.target} | ${s.rps} | ${s.p50} | ${s.p99} | ${s.non2xx} |`);
  process.stdout.write(
    [
      `Tribune benchmark — ${result.date} — ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}`,
      `Seeding: ${Object.entries(seedSeconds)
        .map(([n, s]) => `${n} posts in ${s.toFixed(1)} s`)
        .join(', ')}`,
      '',
      '| scenario | server | req/s (median) | p50 ms | p99 ms | non-2xx |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
      '| ratio | measured | target |',
      '|---|---|---|',
      ...Object.entries(ratios).map(([k, v]) => `| ${k} | ${v.value} | ${v.target} |`),
      '',
      `Poll votes: ${VOTERS} users → ${ballots.n} ballots (${ballots.n === VOTERS ? 'exact' : 'WRONG'}), ${result.pollVotes.votesPerSecond} votes/s`,
      `Widget: ${JSON.stringify(widget)}`,
      '',
      ...liveReadersTable(liveReaders),
      `Results written to ${path.relative(ROOT, file)}`,
      '',
    ].join('\n'),
  );
  await database.drop();
}

/** BENCH_ONLY=reply: the reply rows, each round's ratio and the median ratio (no results file). */
function reportReplyOnly(measures: Measure[]): void {
  const of = (target: 'tribune' | 'bare') => measures.find((m) => m.name === 'reply POST' && m.target === target)!;
  const [tribune, bare] = [of('tribune'), of('bare')];
  const perRound = tribune.requestsPerSecond.map((rps, i) => (rps / bare.requestsPerSecond[i]).toFixed(2));
  const row = (m: Measure) =>
    `| reply POST | ${m.target} | ${Math.round(median(m.requestsPerSecond))} | ${m.requestsPerSecond.map(Math.round).join(', ')} | ${median(m.p50)} | ${median(m.p99)} | ${m.non2xx} |`;
  process.stdout.write(
    [
      `Tribune benchmark (BENCH_ONLY=reply) — ${new Date().toISOString()} — ${machine()}`,
      '',
      '| scenario | server | req/s (median) | req/s per round | p50 ms | p99 ms | non-2xx |',
      '|---|---|---|---|---|---|---|',
      row(tribune),
      row(bare),
      '',
      `replyVsBare: ${(median(tribune.requestsPerSecond) / median(bare.requestsPerSecond)).toFixed(2)} (target ≥ 0.8); per round: ${perRound.join(', ')}`,
      '',
    ].join('\n'),
  );
}

/** The live-readers rows, with their targets. */
function liveReadersTable(liveReaders: LiveReadersResult[]): string[] {
  return [
    '| live readers | instances | open | delivered | p50 ms | p99 ms | max ms | RSS KiB/stream | heap KiB/stream | RSS growth KiB/stream (no collection) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...liveReaders.map(
      (r) =>
        `| ${r.streams} | ${r.instances} | ${r.opened} | ${r.delivered} | ${r.p50Ms} | ${r.p99Ms} | ${r.maxMs} | ${r.rssKiBPerStream} | ${r.heapKiBPerStream} | ${r.rssGrowthKiBPerStream} |`,
    ),
    '(targets for 10,000 streams on one instance: p99 ≤ 250 ms, ≤ 16 KiB per stream; memory after a full collection)',
  ];
}

/** BENCH_ONLY=live-readers: one reader who posts, then the live-readers rows (no results file). */
async function liveReadersOnly(config: AppConfig, databaseUrl: string, threadId: string): Promise<void> {
  const app = await createApp({ config, databaseUrl });
  await app.init();
  // Fastify compiles each route's hooks when it is ready: listen() waits for it, a bare init() does not.
  await app.getHttpAdapter().getInstance().ready();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const {
    rows: [poster],
  } = await db.query<{ id: string }>(
    `INSERT INTO users (username, email, password_hash) VALUES ('benchposter', 'benchposter@bench.test', $1) RETURNING id`,
    [await hashPassword('bench-password-123')],
  );
  const token = await app.get(JwtService).signAsync({ sub: poster.id, typ: 'access' });
  await db.end();
  await app.close();
  const liveReaders = await liveReadersPhases(databaseUrl, config.JWT_SECRET, threadId, token);
  process.stdout.write(
    [
      `Tribune benchmark (BENCH_ONLY=live-readers) — ${new Date().toISOString()} — ${machine()}, load average ${loadAverage()}`,
      '',
      ...liveReadersTable(liveReaders),
      '',
    ].join('\n'),
  );
}

/**
 * 10,000 live readers on one fresh instance, then twice that split over two:
 * one post, and how long until every stream has it. Fresh processes, so the
 * memory measured is the streams' alone.
 */
async function liveReadersPhases(
  databaseUrl: string,
  secret: string,
  threadId: string,
  token: string,
): Promise<LiveReadersResult[]> {
  const results: LiveReadersResult[] = [];
  for (const instances of [1, 2]) {
    const ports = await Promise.all(Array.from({ length: instances }, () => findFreePort()));
    const servers = await Promise.all(
      ports.map((port) =>
        startServer(
          'dist/src/main.js',
          {
            NODE_ENV: 'production',
            PUBLIC_URL: 'http://127.0.0.1',
            JWT_SECRET: secret,
            DATABASE_URL: databaseUrl,
            PORT: String(port),
            RATE_LIMIT_FACTOR: '100000',
            SSE_MAX_STREAMS_PER_IP: String(SSE_STREAMS),
          },
          `http://127.0.0.1:${port}/api/health/ready`,
          // Only so the bench can ask for memory after a full collection (bench/memory-probe.ts).
          { nodeArgs: ['--expose-gc', '--import', './dist/bench/memory-probe.js'], ipc: true },
        ),
      ),
    );
    try {
      log(`live readers: ${SSE_STREAMS * instances} streams over ${instances} instance(s)`);
      results.push(
        await measureLiveReaders({
          root: ROOT,
          targets: servers.map((server, i) => ({ process: server, port: ports[i] })),
          threadId,
          streams: SSE_STREAMS * instances,
          batch: 500,
          log,
          post: async () =>
            (
              await fetch(`http://127.0.0.1:${ports[0]}/api/threads/${threadId}/posts`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
                body: JSON.stringify({ body: 'Un message pour tous les lecteurs en direct.' }),
              })
            ).status,
        }),
      );
    } finally {
      for (const server of servers) server.kill('SIGTERM');
    }
  }
  return results;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
