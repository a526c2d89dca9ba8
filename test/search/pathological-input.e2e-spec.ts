import pg from 'pg';
import { searchStatement } from '../../src/modules/search/search.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';

/**
 * PostgreSQL's text-search parser is quadratic on some inputs (`to_tsvector` of
 * `repeat('a_', 10000)` alone took 5 s). Every body below is 20,000 characters,
 * the longest a post may be. Each must be stored, and found with its excerpt,
 * in a bounded database time, measured by PostgreSQL itself (EXPLAIN ANALYZE
 * executes the statement, triggers included). The bound is generous for a
 * loaded CI machine; the unbounded parser took seconds on most of these.
 */
const LENGTH = 20_000;
const MARKER = 'zorglub';
const BOUND_MS = 300;

function fill(unit: string, prefix = ''): string {
  const half = Math.floor((LENGTH - MARKER.length - 2 - prefix.length) / 2);
  const run = unit.repeat(Math.ceil(half / unit.length)).slice(0, half);
  return `${prefix}${run} ${MARKER} ${run}`;
}

const CORPUS: Array<[string, string]> = [
  ['underscore pairs a_', fill('a_')],
  ['digit underscore 1_', fill('1_')],
  ['underscore and hyphen a_b-', fill('a_b-')],
  ['hyphen and underscore a-b_', fill('a-b_')],
  ['hyphen chain a-', fill('a-')],
  ['hyphenated digits a-1', fill('a-1')],
  ['hyphen and dot x-y.', fill('x-y.')],
  ['dot chain a.', fill('a.')],
  ['dotted words ab.', fill('ab.')],
  ['slash chain a/', fill('a/')],
  ['path /a', fill('/a')],
  ['slash and underscore a/b_', fill('a/b_')],
  ['at chain a@', fill('a@')],
  ['e-mail-like a@b.', fill('a@b.')],
  ['e-mail-like a.b@', fill('a.b@')],
  ['e-mail-like words jean.dupont@example.fr', fill('jean.dupont@example.fr')],
  ['URLs http://a.b/', fill('http://a.b/')],
  ['URL with a_ path', fill('a_', 'http://exemple.fr/')],
  ['URL query chain', fill('&q=a_b', 'https://exemple.fr/?')],
  ['digits with commas 1,', fill('1,')],
  ['digits with dots 1.', fill('1.')],
  ['digits with hyphens 1-', fill('1-')],
  ['versions 1.2.', fill('1.2.')],
  ['numbers 1,000.5', fill('1,000.5 ')],
  ['scientific 1e-5', fill('1e-5')],
  ['plus chain a+', fill('a+')],
  ['colon chain a:', fill('a:')],
  ['tilde chain a~', fill('a~')],
  ['ampersand chain a&', fill('a&')],
  ['entities &a;', fill('&a; ')],
  ['tag starts <a', fill('<a')],
  ['comments <!--', fill('<!-- ')],
  ['open tags with attributes', fill('<a b="x ')],
  ['accented pairs é_', fill('é_')],
  ['one long word', fill('a')],
  ['underscores only', fill('_')],
  ['hyphens only', fill('-')],
];

describe('search: pathological parser input is bounded', () => {
  let t: TestApp;
  let reader: TestUser;
  let client: pg.Client;
  let editorId: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
    reader = await newUser(t);
    editorId = (await newUser(t, { role: 'editor' })).id;
    client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await t.close();
  });

  /** Database time of one statement, as PostgreSQL measured it (executed, triggers included). */
  async function executionMs(sql: string, parameters: unknown[]): Promise<number> {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
    return (rows[0]['QUERY PLAN'] as Array<{ 'Execution Time': number }>)[0]['Execution Time'];
  }

  it('excerpts still show the post’s own text: long runs unbroken, < kept (escaped)', async () => {
    const article = await insertArticle(t, { authorId: editorId });
    const url = 'https://exemple.fr/2026/11/un-article-vraiment-tres-long-sur-la-reforme-des-retraites';
    const body = `Lire ${url} puis <b>${MARKER}</b> a<b et anticonstitutionnellementanticonstitutionnellement.`;
    await t.http.post(`/api/threads/${article.threadId}/posts`).set(reader.auth).send({ body }).expect(201);
    const response = await t.http.get('/api/search').query({ q: MARKER, article: article.slug }).expect(200);
    expect(response.body.items).toHaveLength(1);
    const excerpt: string = response.body.items[0].excerpt;
    expect(excerpt).toContain('/2026/11/un-article-vraiment-tres-long-sur-la-reforme-des-retraites puis');
    expect(excerpt).toContain(
      `&lt;b&gt;<mark>${MARKER}</mark>&lt;/b&gt; a&lt;b et anticonstitutionnellementanticonstitutionnellement`,
    );
  });

  it('stores every body of the corpus, and finds it with an excerpt, each in bounded database time', async () => {
    const measured: Array<{ name: string; insertMs: number; searchMs: number }> = [];
    for (const [name, body] of CORPUS) {
      expect({ name, length: body.length <= LENGTH }).toEqual({ name, length: true });
      const article = await insertArticle(t, { authorId: editorId });
      // Through the API: the post is accepted and stored.
      await t.http.post(`/api/threads/${article.threadId}/posts`).set(reader.auth).send({ body }).expect(201);
      // The same insert, timed by PostgreSQL (trigger included), rolled back.
      await client.query('BEGIN');
      const insertMs = await executionMs(
        `INSERT INTO posts (thread_id, number, author_id, body, html) VALUES ($1, 1000, $2, $3, '')`,
        [article.threadId, reader.id, body],
      );
      await client.query('ROLLBACK');
      // The search that ranks it and builds its excerpt.
      const statement = searchStatement({ q: MARKER, articleId: article.id, limit: 10 });
      const searchMs = await executionMs(statement.sql, statement.params);
      const { rows } = await client.query(statement.sql, statement.params);
      expect({ name, hits: rows.length }).toEqual({ name, hits: 1 });
      expect({ name, marked: rows[0].headline.includes(MARKER) }).toEqual({ name, marked: true });
      measured.push({ name, insertMs, searchMs });
    }
    expect(measured).toHaveLength(CORPUS.length);
    const slow = measured.filter((m) => m.insertMs > BOUND_MS || m.searchMs > BOUND_MS);
    expect(slow).toEqual([]);
  });
});
