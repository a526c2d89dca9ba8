/**
 * What every phase of `npm run bench` shares: the settings from the environment, the
 * benchmark database (created, migrated, seeded through the CLI, dropped), server
 * processes and the load generator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig, type AppConfig } from '../src/config/config.js';
import { ensureDatabase, runMigrations, withDatabaseName } from '../src/database/bootstrap.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
export const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** a / b, rounded to two decimals: how every phase reports a ratio. */
export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** The machine a run measured, for its heading: cores, CPU model, Node. */
export const machine = () => `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`;

/** The 1, 5 and 15-minute load averages, for the rounds of a run on a possibly shared machine. */
export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** The reply every reply scenario posts (Markdown with a link: the render is part of the work). */
export const REPLY_BODY = JSON.stringify({
  body: 'Une réponse de **banc d’essai**, avec un [lien](https://example.fr) et du texte ordinaire.',
});

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs a command to completion and returns its standard output. */
export function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** Starts a server process and waits until `readyUrl` answers below 500. */
export async function startServer(
  script: string,
  env: Record<string, string>,
  readyUrl: string,
  { nodeArgs = [] as string[], ipc = false } = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i += 1) {
    const ok = await fetch(readyUrl)
      .then((r) => r.status < 500)
      .catch(() => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${script} did not become ready`);
}

/** One autocannon run with the bench's connections and duration unless given. */
export async function load(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
}

export interface BenchDatabase {
  /** The server's maintenance URL (DATABASE_URL, or the embedded PostgreSQL's). */
  serverUrl: string;
  databaseUrl: string;
  config: AppConfig;
  /** Drops the benchmark's database (or stops the embedded PostgreSQL). */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one bench run: on DATABASE_URL's server, else in an
 * embedded PostgreSQL in a temporary directory.
 */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(await mkdtemp(path.join(tmpdir(), 'tribune-bench-')), 'pg'),
      persistent: false,
    });
    serverUrl = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const name = `tribune_bench_${Date.now().toString(36)}`;
  await ensureDatabase(serverUrl, name);
  const databaseUrl = withDatabaseName(serverUrl, name);
  const config = loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-1234',
    PUBLIC_URL: 'http://localhost:3000',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_FACTOR: '100000',
  });
  await runMigrations(config, databaseUrl);
  const maintenanceUrl = serverUrl;
  const drop = async () => {
    if (stopEmbedded) return stopEmbedded();
    const admin = new pg.Client({ connectionString: maintenanceUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.end();
  };
  return { serverUrl, databaseUrl, config, drop };
}

/** Seeds one thread per size through the contract's CLI command; its id and the seconds it took. */
export async function seedThreads(
  sizes: number[],
  databaseUrl: string,
): Promise<{ threads: Record<number, string>; seedSeconds: Record<number, number> }> {
  const threads: Record<number, string> = {};
  const seedSeconds: Record<number, number> = {};
  for (const size of sizes) {
    const t0 = Date.now();
    const out = await run(process.execPath, ['dist/src/cli/main.js', 'seed-thread', '--posts', String(size)], {
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'silent',
    });
    threads[size] = out.trim().split('\n').pop()!.trim();
    seedSeconds[size] = (Date.now() - t0) / 1000;
    log(`seeded ${size} posts in ${seedSeconds[size].toFixed(1)} s (thread ${threads[size]})`);
  }
  return { threads, seedSeconds };
}
