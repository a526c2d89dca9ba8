import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { DATABASE_URL } from './jobs.tokens.js';

/** pg-boss keeps its tables in this PostgreSQL schema (installed by a migration). */
export const JOBS_SCHEMA = 'pgboss';

/** How long shutdown waits for handlers that outlived pg-boss's graceful stop (each has its own timeouts). */
const ABANDONED_HANDLERS_GRACE_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Job<T> {
  id: string;
  name: string;
  data: T;
}

export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export interface QueueOptions {
  /** Parallel workers on this instance (each polls on its own). */
  concurrency?: number;
  /** Retries by pg-boss when the handler throws (default 2, no delay). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * pg-boss queue policy. `short`: at most one job per singletonKey waiting to run
   * (a second send with the same key adds nothing until the first starts).
   */
  policy?: 'standard' | 'short';
}

export interface EnqueueOptions {
  /** A fixed job id makes the enqueue idempotent (a second one with the same id adds nothing). */
  id?: string;
  startAfter?: Date;
  /** With `singletonSeconds`: at most one job per key and time slot. */
  singletonKey?: string;
  singletonSeconds?: number;
}

interface QueueEntry {
  name: string;
  handler: JobHandler<never>;
  options: QueueOptions;
}

/**
 * The PostgreSQL-backed job queue (pg-boss 10). Features declare a queue and its
 * handler with `work()` in their `onModuleInit`; jobs are added through the
 * `Outbox`, inside the transaction of the change that causes them, so a rolled-back
 * change enqueues nothing and a committed one survives a crash (the job is a row).
 *
 * pg-boss runs its own small pool (application_name `tribune-jobs`), so polling never
 * competes with requests for the app's pool. With `JOBS_WORKER=false` the instance
 * creates the queues and enqueues, but works nothing.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, QueueEntry>();
  private readonly schedules: Array<{ name: string; cron: string }> = [];
  private started = false;
  /** Handlers running now: a worker's loop (and pg-boss's clean-up loop) ends only after its handler. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) databaseUrl: string,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOBS_SCHEMA,
      application_name: 'tribune-jobs',
      max: 3,
      migrate: true,
      supervise: config.JOBS_WORKER,
      schedule: config.JOBS_WORKER,
    });
    // pg-boss reports lost connections and failed maintenance as 'error' events:
    // an EventEmitter without a listener would turn them into a process crash.
    this.boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
  }

  /**
   * Declares a queue and the handler that works its jobs. Call from onModuleInit;
   * a queue declared after start is created and worked at once.
   */
  async work<T>(name: string, handler: JobHandler<T>, options: QueueOptions = {}): Promise<void> {
    if (this.queues.has(name)) throw new Error(`queue ${name} declared twice`);
    const queue: QueueEntry = { name, handler: handler as JobHandler<never>, options };
    this.queues.set(name, queue);
    if (this.started) await this.activate(queue);
  }

  /** Runs a job of `name` on this cron schedule (UTC), once across all instances. */
  schedule(name: string, cron: string): void {
    this.schedules.push({ name, cron });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const queue of this.queues.values()) await this.activate(queue);
    if (!this.config.JOBS_WORKER) return;
    for (const { name, cron } of this.schedules) await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
  }

  /** Creates the queue (idempotent) and, on a worker instance, starts its workers. */
  private async activate(queue: QueueEntry): Promise<void> {
    const { retryLimit, retryDelaySeconds, policy } = queue.options;
    await createQueueRetryingDeadlocks(this.boss, queue.name, {
      name: queue.name,
      ...(policy === undefined ? {} : { policy }),
      ...(retryLimit === undefined ? {} : { retryLimit }),
      ...(retryDelaySeconds === undefined ? {} : { retryDelay: retryDelaySeconds }),
    });
    if (!this.config.JOBS_WORKER) return;
    const options = { pollingIntervalSeconds: this.config.JOBS_POLL_INTERVAL_MS / 1000, batchSize: 1 };
    for (let index = 0; index < (queue.options.concurrency ?? 1); index += 1) {
      await this.boss.work<never>(queue.name, options, async ([job]) => {
        if (job) await this.track(queue.handler({ id: job.id, name: job.name, data: job.data }));
      });
    }
  }

  /**
   * Adds a job through `manager`'s connection: inside a transaction, the job
   * exists exactly when the transaction commits. Throws for an undeclared queue.
   */
  async send(manager: EntityManager, name: string, data: object, options: EnqueueOptions = {}): Promise<string | null> {
    if (!this.queues.has(name)) throw new Error(`unknown job queue ${name}`);
    return this.boss.send(name, data, {
      ...(options.id ? { id: options.id } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.singletonSeconds ? { singletonSeconds: options.singletonSeconds } : {}),
      db: managerDb(manager),
    });
  }

  private async track(handling: Promise<void>): Promise<void> {
    this.running.add(handling);
    try {
      await handling;
    } finally {
      this.running.delete(handling);
    }
  }

  /** Stops fetching, lets running jobs finish (up to 10 s), then closes pg-boss's pool. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000, close: true, wait: true });
    if (!this.config.JOBS_WORKER || this.queues.size === 0) return;
    // pg-boss 10 then removes its stopped workers in a loop of its own that re-checks every
    // second (and loads node:timers/promises at each turn) until each worker's loop has
    // ended, which is after its handler returned, even one its graceful stop gave up on
    // (a webhook delivery waiting on its timeout). Let those handlers end, then that loop's
    // last turn, before we report the shutdown done: nothing of the queue may still run once
    // the process (or a test file, whose module registry is then gone) moves on.
    if (this.running.size > 0) {
      await Promise.race([Promise.allSettled([...this.running]), sleep(ABANDONED_HANDLERS_GRACE_MS)]);
    }
    // That loop re-checks every second, counted from the start of stop(); its last turn comes
    // within a second of the workers' end, later when the event loop lags on a loaded machine
    // (CI once saw a turn after 1.1 s: its require failed in the torn-down test file, and
    // failed the next file of that jest worker). Two seconds leave a second of lag.
    await sleep(2_000);
  }
}

/** pg-boss's `db` option over a TypeORM manager: the statement joins the manager's transaction. */
function managerDb(manager: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const runner = manager.queryRunner;
      if (runner) {
        const result = await runner.query(text, values, true);
        return { rows: result.records };
      }
      const fresh = manager.connection.createQueryRunner('master');
      try {
        const result = await fresh.query(text, values, true);
        return { rows: result.records };
      } finally {
        await fresh.release();
      }
    },
  };
}

/**
 * pg-boss's createQueue locks its catalog rows in an order of its own: two instances
 * starting at once can deadlock there (PostgreSQL aborts one, "deadlock detected"),
 * which crashed that instance's boot. The loser created nothing; it tries again.
 */
async function createQueueRetryingDeadlocks(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await boss.createQueue(name, options);
      return;
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== '40P01') throw error;
      await sleep(50 * attempt);
    }
  }
}
