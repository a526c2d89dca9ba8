import { JobQueue, type Job } from '../../src/platform/jobs/job-queue.service.js';
import { Outbox } from '../../src/platform/jobs/outbox.js';
import { startAppOn, type TestApp } from '../support/app.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';

const FAST = { JOBS_POLL_INTERVAL_MS: '500' };

async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function jobsIn(app: TestApp, queue: string): Promise<number> {
  const [{ n }] = (await app.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [queue])) as Array<{
    n: number;
  }>;
  return n;
}

/** The job queue and its transactional outbox, on the real app and PostgreSQL. */
describe('job queue and outbox', () => {
  let database: { name: string; url: string };
  let app: TestApp;
  const seen: Array<Job<{ value: string }>> = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startAppOn(database, FAST, { keepDatabase: true });
    await app.app.get(JobQueue).work<{ value: string }>('test.echo', async (job) => {
      seen.push(job);
    });
  });

  afterAll(async () => {
    await app?.close();
    await dropTestDatabase(database.name);
  });

  it('works a job enqueued in a committed transaction, with its data', async () => {
    const outbox = app.app.get(Outbox);
    await app.db.transaction(async (manager) => {
      await manager.query('SELECT 1');
      await outbox.enqueue(manager, 'test.echo', { value: 'committed' });
    });
    await waitFor(() => seen.some((job) => job.data.value === 'committed'));
    expect(seen.filter((job) => job.data.value === 'committed')).toHaveLength(1);
  });

  it('enqueues nothing when the transaction rolls back', async () => {
    const outbox = app.app.get(Outbox);
    const before = await jobsIn(app, 'test.echo');
    await expect(
      app.db.transaction(async (manager) => {
        await outbox.enqueue(manager, 'test.echo', { value: 'rolled-back' });
        // Inside the transaction the job row exists…
        expect((await manager.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test.echo'`))[0].n).toBe(
          before + 1,
        );
        throw new Error('abort the change');
      }),
    ).rejects.toThrow('abort the change');
    // …and is gone with it.
    expect(await jobsIn(app, 'test.echo')).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(seen.some((job) => job.data.value === 'rolled-back')).toBe(false);
  });

  it('refuses an enqueue outside a transaction and an undeclared queue', async () => {
    const outbox = app.app.get(Outbox);
    await expect(outbox.enqueue(app.db.manager, 'test.echo', { value: 'x' })).rejects.toThrow(/outside a transaction/);
    await expect(
      app.db.transaction((manager) => outbox.enqueue(manager, 'test.nobody', { value: 'x' })),
    ).rejects.toThrow(/unknown job queue/);
  });

  it('a fixed job id makes the enqueue idempotent', async () => {
    const outbox = app.app.get(Outbox);
    const id = '6f1c4f5e-9a0b-4c1d-8e2f-3a4b5c6d7e8f';
    for (let round = 0; round < 2; round += 1) {
      await app.db.transaction((manager) => outbox.enqueue(manager, 'test.echo', { value: 'once' }, { id }));
    }
    await waitFor(() => seen.some((job) => job.data.value === 'once'));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(seen.filter((job) => job.data.value === 'once').map((job) => job.id)).toEqual([id]);
  });

  it('a job committed on an instance that works nothing is worked once after a restart', async () => {
    // The web-only instance takes the change; its job waits in PostgreSQL.
    const webOnly = await startAppOn(database, { ...FAST, JOBS_WORKER: 'false' }, { keepDatabase: true });
    const lateSeen: string[] = [];
    try {
      await webOnly.app.get(JobQueue).work<{ value: string }>('test.late', async (job) => {
        lateSeen.push(job.data.value);
      });
      await webOnly.db.transaction((manager) =>
        webOnly.app.get(Outbox).enqueue(manager, 'test.late', { value: 'survives' }),
      );
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(lateSeen).toEqual([]);
    } finally {
      await webOnly.close();
    }
    expect(await jobsIn(app, 'test.late')).toBe(1);

    const restarted = await startAppOn(database, FAST, { keepDatabase: true });
    try {
      await restarted.app.get(JobQueue).work<{ value: string }>('test.late', async (job) => {
        lateSeen.push(job.data.value);
      });
      await waitFor(() => lateSeen.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(lateSeen).toEqual(['survives']);
    } finally {
      await restarted.close();
    }
  });
});
