import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource, type ReplicationMode } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/config.js';
import type { TestApp } from '../support/app.js';
import { createTestDatabase, dropTestDatabase } from '../support/database.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newUser, type TestUser } from '../support/factories.js';

/*
 * DATABASE_READ_URLS: lag-tolerant reads go to a replica, writes and
 * read-your-writes stay on the primary. The "replica" is the test database
 * itself, a fine stand-in: what is under test is which pool each query takes.
 */
describe('read replicas (DATABASE_READ_URLS)', () => {
  let t: TestApp;
  let reader: TestUser;
  let threadId: string;
  let slug: string;
  /** Every statement with the mode of its query runner, and how many connections each pool lent. */
  let statements: Array<{ mode: ReplicationMode; sql: string }> = [];
  let pools = { master: 0, slave: 0 };
  /** Cache refreshes that run whenever their cache expires, whatever the request: not the request's own reads. */
  const CACHE_TIMING = /FROM settings|SET last_seen_at|FROM watched_words/;
  const modes = () => statements.map((s) => s.mode);

  beforeAll(async () => {
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      DATABASE_READ_URLS: database.url,
      MAIL_DIR: `/tmp/tribune-test-mail/${database.name}`,
      RATE_LIMIT_FACTOR: '1000',
    });
    const app: NestFastifyApplication = await createApp({ config, databaseUrl: database.url });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const db = app.get(DataSource);
    t = {
      app,
      config,
      http: request(app.getHttpServer()),
      unchecked: request(app.getHttpServer()),
      db,
      databaseName: database.name,
      databaseUrl: database.url,
      async close() {
        await app.close();
        await dropTestDatabase(database.name);
      },
    };

    const logQuery = db.logger.logQuery.bind(db.logger);
    db.logger.logQuery = (sql, parameters, queryRunner) => {
      if (!CACHE_TIMING.test(sql)) statements.push({ mode: queryRunner?.getReplicationMode() ?? 'master', sql });
      return logQuery(sql, parameters, queryRunner);
    };
    const driver = db.driver as PostgresDriver;
    const obtainMaster = driver.obtainMasterConnection.bind(driver);
    const obtainSlave = driver.obtainSlaveConnection.bind(driver);
    driver.obtainMasterConnection = () => {
      pools.master += 1;
      return obtainMaster();
    };
    driver.obtainSlaveConnection = () => {
      pools.slave += 1;
      return obtainSlave();
    };

    const editor = await newUser(t, { role: 'editor' });
    reader = await newUser(t);
    const article = await createArticle(t, editor, { title: 'Budget de la culture : les petites salles inquiètes' });
    threadId = article.threadId;
    slug = article.slug;
    for (let i = 1; i <= 3; i += 1)
      await createPost(t, reader, threadId, `Avis numéro ${i} sur les salles de concert.`);
  });
  afterAll(async () => t.close());

  const observe = async <T>(run: () => Promise<T>): Promise<T> => {
    statements = [];
    pools = { master: 0, slave: 0 };
    return run();
  };

  it('the app runs in replication mode with one replica pool', () => {
    const driver = t.db.driver as PostgresDriver;
    expect(driver.isReplicated).toBe(true);
    expect(driver.slaves).toHaveLength(1);
  });

  it('a thread page is read through a slave query runner from the replica pool, and is complete', async () => {
    const response = await observe(() => t.http.get(`/api/threads/${threadId}/posts?limit=50`).expect(200));
    expect(response.body.items.map((post: { number: number }) => post.number)).toEqual([1, 2, 3]);
    expect(modes()).toEqual(['slave']);
    expect(statements[0].sql).toMatch(/FROM posts p WHERE p.thread_id = \$1/);
    expect(pools.slave).toBe(1);
  });

  it("a reader's thread page: the user on the primary, the public page from the replica, their own part from the primary", async () => {
    const response = await observe(() =>
      t.http.get(`/api/threads/${threadId}/posts?limit=50`).set(reader.auth).expect(200),
    );
    expect(response.body.items).toHaveLength(3);
    expect(response.body.items[0].permissions.canEdit).toBe(true);
    // Their own votes and pending posts from the primary: a reader sees their own writes at once.
    expect(modes()).toEqual(['master', 'slave', 'master']);
    expect(statements[0].sql).toMatch(/FROM users WHERE id = \$1/);
    expect(statements[2].sql).toMatch(/p0\.author_id = \$2/);
  });

  it('GET thread, search, the article list and the article page read from the replica', async () => {
    await observe(() => t.http.get(`/api/threads/${threadId}`).expect(200));
    expect(modes()).toEqual(['slave']);

    const search = await observe(() => t.http.get('/api/search?q=salles').expect(200));
    expect(search.body.items.length).toBeGreaterThan(0);
    expect(modes()).toEqual(['slave']);

    const list = await observe(() => t.http.get('/api/articles').expect(200));
    expect(list.body.items.map((a: { slug: string }) => a.slug)).toContain(slug);
    expect(modes()).toEqual(['slave']);

    const page = await observe(() => t.http.get(`/api/articles/${slug}`).expect(200));
    expect(page.body.thread.postCount).toBe(3);
    // The article and its corrections from the replica (the polls module reads its own on the primary).
    expect(modes().filter((mode) => mode === 'slave')).toHaveLength(2);
  });

  it('a reply is written on the primary only, and its answer is read there (read-your-writes)', async () => {
    const response = await observe(() =>
      t.http
        .post(`/api/threads/${threadId}/posts`)
        .set(reader.auth)
        .send({ body: 'Une quatrième réponse.' })
        .expect(201),
    );
    expect(response.body.number).toBe(4);
    expect(response.body.body).toBe('Une quatrième réponse.');
    expect(modes()).toEqual(['master', 'master', 'master']);
    expect(pools.slave).toBe(0);
  });

  it('an editor creating an article gets it back from the primary', async () => {
    const editor = await newUser(t, { role: 'editor' });
    const response = await observe(() =>
      t.http
        .post('/api/articles')
        .set(editor.auth)
        .send({ title: 'Un article tout neuf', body: 'Le texte.' })
        .expect(201),
    );
    expect(response.body.title).toBe('Un article tout neuf');
    expect(pools.slave).toBe(0);
  });
});
