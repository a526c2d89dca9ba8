/**
 * `BENCH_ONLY=http-layer npm run bench`: Tribune's AppModule under Fastify (createApp, as
 * main.ts runs it) against the same AppModule under Express (bench/express-app.ts), two
 * processes with the same environment, pool size and database, the read cache off in both
 * (READ_CACHE_MAX_MB=0: every page is read from PostgreSQL). Before measuring, it checks
 * that both give the same status and body for each scenario. Then the main bench's
 * scenarios (the 50-post page read anonymously and signed in, a reply), Express and Fastify
 * interleaved within each round and the order swapped every round, with the load average
 * of each round. Prints req/s (median and per round), each server process's CPU time per
 * request (from /proc, steadier than req/s on a shared machine), p50 and p99 per server and
 * the Fastify/Express ratios; writes bench/results/<date>T<time>-http-layer.json.
 *
 * Env: DATABASE_URL (else an embedded PostgreSQL), BENCH_SIZES (the first size is the
 * thread's; default 1000), BENCH_ROUNDS (default 4 here), BENCH_SECONDS, BENCH_CONNECTIONS,
 * BENCH_WARMUP_SECONDS. About 3 minutes with the defaults.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type autocannon from 'autocannon';
import pg from 'pg';
import { JwtService } from '@nestjs/jwt';
import { findFreePort } from '../src/database/embedded-postgres.js';
import { hashPassword } from '../src/platform/passwords/passwords.js';
import { EXPRESS_DIFFERENCES } from './express-app.js';
import {
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
  CONNECTIONS,
  seedThreads,
  startServer,
  WARMUP,
  type BenchDatabase,
} from './kit.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const LAYERS = ['express', 'fastify'] as const;
type Layer = (typeof LAYERS)[number];

interface Scenario {
  name: string;
  request(base: string): autocannon.Options;
}

interface Measure {
  requestsPerSecond: number[];
  /** The server process's CPU time (user + system) per answered request, in ms (Linux only). */
  cpuMsPerRequest: number[];
  p50: number[];
  p99: number[];
  non2xx: number;
}

const CLOCK_TICKS = existsSync('/proc/self/stat') ? Number(execFileSync('getconf', ['CLK_TCK']).toString()) : 0;

/**
 * The CPU seconds a process has used (utime + stime of /proc/<pid>/stat), or null without
 * /proc. Unlike req/s, a server's CPU per request barely moves when other work shares the
 * machine: the steadier figure on a loaded machine.
 */
function cpuSeconds(pid: number | undefined): number | null {
  if (!CLOCK_TICKS || pid === undefined) return null;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** The main bench's scenarios, on a thread of `size` posts. */
async function scenariosFor(database: BenchDatabase, threadId: string, size: number): Promise<Scenario[]> {
  const db = new pg.Client({ connectionString: database.databaseUrl });
  await db.connect();
  const { rows: users } = await db.query<{ id: string }>(
    `INSERT INTO users (username, email, password_hash) SELECT 'layer' || g, 'layer' || g || '@bench.test', $1 FROM generate_series(1, 2) g RETURNING id`,
    [await hashPassword('bench-password-123')],
  );
  await db.end();
  const jwt = new JwtService({
    secret: database.config.JWT_SECRET,
    signOptions: { algorithm: 'HS256', expiresIn: database.config.JWT_ACCESS_TTL_SECONDS },
  });
  const [author, reader] = await Promise.all(users.map((user) => jwt.signAsync({ sub: user.id, typ: 'access' })));
  const page = `/api/threads/${threadId}/posts?limit=50`;
  return [
    { name: `thread page (${size} posts), anonymous, uncached`, request: (base) => ({ url: base + page }) },
    {
      name: `thread page (${size} posts), signed in, uncached`,
      request: (base) => ({ url: base + page, headers: { authorization: `Bearer ${reader}` } }),
    },
    {
      name: 'reply POST',
      request: (base) => ({
        url: `${base}/api/threads/${threadId}/posts`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${author}` },
        body: REPLY_BODY,
      }),
    },
  ];
}

/** Both servers, as separate processes with the same environment but the HTTP layer. */
async function startServers(database: BenchDatabase): Promise<Record<Layer, { child: ChildProcess; base: string }>> {
  const servers = {} as Record<Layer, { child: ChildProcess; base: string }>;
  for (const layer of LAYERS) {
    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET: database.config.JWT_SECRET,
      PUBLIC_URL: database.config.PUBLIC_URL,
      DATABASE_URL: database.databaseUrl,
      PORT: String(port),
      RATE_LIMIT_FACTOR: '100000',
      // Every measured page from PostgreSQL: the HTTP layer's cost on the database path.
      READ_CACHE_MAX_MB: '0',
      BENCH_HTTP_LAYER: layer,
    };
    log(`starting ${layer}`);
    servers[layer] = {
      child: await startServer('dist/bench/http-layer-server.js', env, `${base}/api/health/ready`),
      base,
    };
  }
  return servers;
}

/**
 * Both servers give the same status and the same body for each read (and the same status
 * for the reply), so they do the same work; returns the response headers only one sends.
 */
async function checkSameAnswers(scenarios: Scenario[], bases: Record<Layer, string>): Promise<string[]> {
  const differentHeaders = new Set<string>();
  for (const scenario of scenarios) {
    const answers = await Promise.all(
      LAYERS.map(async (layer) => {
        const { url, method, headers, body } = scenario.request(bases[layer]);
        const response = await fetch(url!, {
          method,
          headers: headers as Record<string, string>,
          body: body as string,
        });
        return { status: response.status, headers: response.headers, body: (await response.json()) as { id?: string } };
      }),
    );
    const [express, fastify] = answers;
    if (express.status !== fastify.status || express.status >= 300) {
      throw new Error(`${scenario.name}: Express answers ${express.status}, Fastify ${fastify.status}`);
    }
    if (scenario.request('').method === undefined && JSON.stringify(express.body) !== JSON.stringify(fastify.body)) {
      throw new Error(`${scenario.name}: Express and Fastify answer different bodies`);
    }
    const names = (headers: Headers) => new Set([...headers.keys()]);
    const [ofExpress, ofFastify] = [names(express.headers), names(fastify.headers)];
    for (const name of ofExpress) if (!ofFastify.has(name)) differentHeaders.add(`${name} (Express only)`);
    for (const name of ofFastify) if (!ofExpress.has(name)) differentHeaders.add(`${name} (Fastify only)`);
    log(`${scenario.name}: both ${express.status}${scenario.request('').method ? '' : ', same body'}`);
  }
  return [...differentHeaders];
}

/** Warm-up, then ROUNDS rounds of every scenario, Express and Fastify interleaved. */
async function measure(
  scenarios: Scenario[],
  bases: Record<Layer, string>,
  pids: Record<Layer, number | undefined>,
): Promise<{ measures: Map<string, Measure>; roundLoad: string[] }> {
  log(`warm-up (${WARMUP} s per server and scenario)`);
  for (const layer of LAYERS)
    for (const scenario of scenarios) await load({ ...scenario.request(bases[layer]), duration: WARMUP });
  const measures = new Map<string, Measure>();
  const roundLoad: string[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    roundLoad.push(loadAverage());
    log(`round ${round + 1}/${ROUNDS} (load average ${roundLoad[round]})`);
    const order: Layer[] = round % 2 === 0 ? ['express', 'fastify'] : ['fastify', 'express'];
    for (const scenario of scenarios) {
      for (const layer of order) {
        const cpuBefore = cpuSeconds(pids[layer]);
        const result = await load(scenario.request(bases[layer]));
        const cpuAfter = cpuSeconds(pids[layer]);
        const key = `${scenario.name}|${layer}`;
        const m = measures.get(key) ?? { requestsPerSecond: [], cpuMsPerRequest: [], p50: [], p99: [], non2xx: 0 };
        m.requestsPerSecond.push(result.requests.average);
        if (cpuBefore !== null && cpuAfter !== null) {
          m.cpuMsPerRequest.push(((cpuAfter - cpuBefore) * 1000) / Math.max(result.requests.total, 1));
        }
        m.p50.push(result.latency.p50);
        m.p99.push(result.latency.p99);
        m.non2xx += result.non2xx + result.errors;
        measures.set(key, m);
      }
    }
  }
  return { measures, roundLoad };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** One row per scenario and server, and the Fastify/Express ratios per scenario. */
function summarise(scenarios: Scenario[], measures: Map<string, Measure>) {
  const of = (scenario: Scenario, layer: Layer) => measures.get(`${scenario.name}|${layer}`)!;
  const rows = scenarios.flatMap((scenario) =>
    LAYERS.map((layer) => {
      const m = of(scenario, layer);
      return {
        scenario: scenario.name,
        server: layer,
        rps: Math.round(median(m.requestsPerSecond)),
        perRound: m.requestsPerSecond.map(Math.round),
        cpuMs: m.cpuMsPerRequest.length ? round2(median(m.cpuMsPerRequest)) : null,
        cpuPerRound: m.cpuMsPerRequest.map(round2),
        p50: median(m.p50),
        p99: median(m.p99),
        non2xx: m.non2xx,
      };
    }),
  );
  const ratios = scenarios.map((scenario) => {
    const [express, fastify] = [of(scenario, 'express'), of(scenario, 'fastify')];
    return {
      scenario: scenario.name,
      rps: ratio(median(fastify.requestsPerSecond), median(express.requestsPerSecond)),
      perRound: fastify.requestsPerSecond.map((rps, i) => ratio(rps, express.requestsPerSecond[i])),
      cpu: express.cpuMsPerRequest.length
        ? ratio(median(fastify.cpuMsPerRequest), median(express.cpuMsPerRequest))
        : null,
      cpuPerRound: fastify.cpuMsPerRequest.map((cpu, i) => ratio(cpu, express.cpuMsPerRequest[i])),
      p99: ratio(median(fastify.p99), median(express.p99)),
    };
  });
  return { rows, ratios };
}

/** The tables, the ratios and what differs; written to bench/results and printed. */
async function report(
  scenarios: Scenario[],
  measures: Map<string, Measure>,
  roundLoad: string[],
  differentHeaders: string[],
): Promise<void> {
  const date = new Date().toISOString();
  const { rows, ratios } = summarise(scenarios, measures);
  const settings = { rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, warmupSeconds: WARMUP };
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  const file = path.join(ROOT, 'bench/results', `${date.slice(0, 16).replace(':', '')}-http-layer.json`);
  const result = {
    date,
    machine: machine(),
    settings,
    roundLoadAverages: roundLoad,
    rows,
    ratios,
    expressDifferences: EXPRESS_DIFFERENCES,
    headersOnlyOneSends: differentHeaders,
  };
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  const list = (values: unknown[]) => values.join(', ') || 'n/a';
  process.stdout.write(
    [
      `Tribune benchmark (BENCH_ONLY=http-layer) — ${date} — ${machine()}; read cache off in both; ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections`,
      `Load average (1, 5, 15 min) at each round: ${roundLoad.map((l, i) => `${i + 1}: ${l}`).join('; ')}`,
      '',
      '| scenario | server | req/s (median) | req/s per round | server CPU ms/request (median) | per round | p50 ms | p99 ms | non-2xx |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${r.scenario} | ${r.server} | ${r.rps} | ${list(r.perRound)} | ${r.cpuMs ?? 'n/a'} | ${list(r.cpuPerRound)} | ${r.p50} | ${r.p99} | ${r.non2xx} |`,
      ),
      '',
      '| scenario | Fastify/Express req/s (medians) | per round | Fastify/Express CPU per request | per round | Fastify/Express p99 |',
      '|---|---|---|---|---|---|',
      ...ratios.map(
        (r) =>
          `| ${r.scenario} | ${r.rps} | ${list(r.perRound)} | ${r.cpu ?? 'n/a'} | ${list(r.cpuPerRound)} | ${r.p99} |`,
      ),
      '',
      'Express twin (bench/express-app.ts) against createApp:',
      ...EXPRESS_DIFFERENCES.map((line) => `- ${line}`),
      `- response headers only one of them sends: ${differentHeaders.join(', ') || 'none'}`,
      `Results written to ${path.relative(ROOT, file)}`,
      '',
    ].join('\n'),
  );
}

/** The whole phase, on a fresh database of its own with one thread of `size` posts. */
export async function measureHttpLayer(size: number): Promise<void> {
  log(`http-layer: load average ${loadAverage()}`);
  const database = await createBenchDatabase();
  try {
    const { threads } = await seedThreads([size], database.databaseUrl);
    const scenarios = await scenariosFor(database, threads[size], size);
    const servers = await startServers(database);
    const bases = { express: servers.express.base, fastify: servers.fastify.base };
    try {
      const differentHeaders = await checkSameAnswers(scenarios, bases);
      const pids = { express: servers.express.child.pid, fastify: servers.fastify.child.pid };
      const { measures, roundLoad } = await measure(scenarios, bases, pids);
      await report(scenarios, measures, roundLoad, differentHeaders);
    } finally {
      for (const layer of LAYERS) servers[layer].child.kill('SIGTERM');
    }
  } finally {
    await database.drop();
  }
}
