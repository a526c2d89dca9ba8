import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { startTestApp, type TestApp } from '../support/app.js';
import { newUser, type TestUser } from '../support/factories.js';
import { spawnNode } from '../support/process.js';
import { insertArticle, insertPost, type ArticleFixture } from '../support/sql-fixtures.js';

/** Each run boots the CLI (the whole application context) in a child process: slow on a busy machine. */
const CLI_TIMEOUT_MS = 180_000;

const URL_A = 'https://www.journal.example/2024/01/la-reforme';
const URL_B = 'https://www.journal.example/2024/02/le-budget';

/** A Disqus export as Disqus writes it: categories, threads, then posts (not in date order). */
function disqusExport(takenEmail: string): string {
  const post = (id: string, thread: string, created: string, message: string, author: string, extra = '') => `
  <post dsq:id="${id}">
    <id />
    <message><![CDATA[${message}]]></message>
    <createdAt>${created}</createdAt>
    <isDeleted>${extra.includes('deleted') ? 'true' : 'false'}</isDeleted>
    <isSpam>${extra.includes('spam') ? 'true' : 'false'}</isSpam>
    <author>${author}</author>
    <ipAddress>127.0.0.1</ipAddress>
    <thread dsq:id="${thread}" />
    ${extra.startsWith('parent:') ? `<parent dsq:id="${extra.slice(7)}" />` : ''}
  </post>`;
  const alice = `<email>alice@lecteurs.example</email><name>Alice Martin</name><isAnonymous>false</isAnonymous><username>alice_m</username>`;
  const bob = `<name>Bob</name><isAnonymous>true</isAnonymous>`;
  const carol = `<email>${takenEmail}</email><name>Carol</name><isAnonymous>false</isAnonymous><username>carol</username>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <category dsq:id="1"><forum>journal</forum><title>General</title><isDefault>true</isDefault></category>
  <thread dsq:id="100">
    <id>article-a</id><forum>journal</forum><category dsq:id="1" /><link>${URL_A}</link><title>La réforme</title>
    <message /><createdAt>2024-01-10T08:00:00Z</createdAt>
    <author><name>Rédaction</name><isAnonymous>false</isAnonymous></author><isClosed>false</isClosed><isDeleted>false</isDeleted>
  </thread>
  <thread dsq:id="200">
    <id>elsewhere</id><forum>journal</forum><category dsq:id="1" /><link>https://www.journal.example/no-such-article</link>
    <title>Ailleurs</title><message /><createdAt>2024-01-10T08:00:00Z</createdAt>
    <author><name>Rédaction</name><isAnonymous>true</isAnonymous></author><isClosed>false</isClosed><isDeleted>false</isDeleted>
  </thread>
  ${post('1001', '100', '2024-01-10T10:00:00Z', '<p>Bonjour <b>à tous</b> &amp; merci</p><p>Voir <a href="https://example.org/source">la source</a></p>', alice)}
  ${post('1002', '100', '2024-01-10T10:05:00Z', '<p>Je réponds à Alice.<br>Deuxième ligne.</p>', bob, 'parent:1001')}
  ${post('1003', '100', '2024-01-10T10:06:00Z', '<p>Achetez ici</p>', bob, 'spam')}
  ${post('1004', '100', '2024-01-10T10:07:00Z', '<p>Supprimé</p>', alice, 'deleted')}
  ${post('1005', '200', '2024-01-10T10:08:00Z', '<p>Sur un article absent</p>', alice)}
  ${post('1000', '100', '2024-01-10T09:00:00Z', '<p>Premier !</p>', carol)}
</disqus>
`;
}

/** A WordPress WXR export with approved, pending, spam and pingback comments. */
function wordpressExport(): string {
  const comment = (id: number, fields: Record<string, string>) => `
    <wp:comment>
      <wp:comment_id>${id}</wp:comment_id>
      <wp:comment_author><![CDATA[${fields.author ?? 'Denis'}]]></wp:comment_author>
      <wp:comment_author_email><![CDATA[${fields.email ?? 'denis@lecteurs.example'}]]></wp:comment_author_email>
      <wp:comment_author_url></wp:comment_author_url>
      <wp:comment_author_IP><![CDATA[127.0.0.1]]></wp:comment_author_IP>
      <wp:comment_date><![CDATA[${fields.date}]]></wp:comment_date>
      <wp:comment_date_gmt><![CDATA[${fields.date}]]></wp:comment_date_gmt>
      <wp:comment_content><![CDATA[${fields.content ?? 'Un commentaire'}]]></wp:comment_content>
      <wp:comment_approved><![CDATA[${fields.approved ?? '1'}]]></wp:comment_approved>
      <wp:comment_type><![CDATA[${fields.type ?? 'comment'}]]></wp:comment_type>
      <wp:comment_parent>${fields.parent ?? '0'}</wp:comment_parent>
      <wp:comment_user_id>0</wp:comment_user_id>
      <wp:commentmeta><wp:meta_key><![CDATA[akismet_result]]></wp:meta_key><wp:meta_value><![CDATA[false]]></wp:meta_value></wp:commentmeta>
    </wp:comment>`;
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Le Journal</title><link>https://www.journal.example</link><wp:wxr_version>1.2</wp:wxr_version>
  <item>
    <title>Le budget</title>
    <link>${URL_B}</link>
    <pubDate>Mon, 12 Feb 2024 08:00:00 +0000</pubDate>
    <dc:creator><![CDATA[redaction]]></dc:creator>
    <content:encoded><![CDATA[<p>Le texte de l'article.</p>]]></content:encoded>
    <wp:post_id>42</wp:post_id><wp:post_type><![CDATA[post]]></wp:post_type><wp:status><![CDATA[publish]]></wp:status>
    ${comment(7, { date: '2024-02-12 09:00:00', content: 'Très bon article.\n\nMerci.' })}
    ${comment(8, { date: '2024-02-12 09:30:00', author: 'Élodie Durand', email: 'elodie@lecteurs.example', content: 'Je ne suis pas d’accord avec Denis.', parent: '7' })}
    ${comment(9, { date: '2024-02-12 09:40:00', approved: '0', content: 'En attente' })}
    ${comment(10, { date: '2024-02-12 09:50:00', type: 'pingback', content: 'Un lien vers vous' })}
    ${comment(11, { date: '2024-02-12 09:55:00', approved: 'spam', content: 'Pilules' })}
  </item>
</channel>
</rss>
`;
}

async function runImport(t: TestApp, format: string, file: string, nodeOptions = '') {
  const cli = spawnNode('dist/src/cli/main.js', ['import', format, file], {
    DATABASE_URL: t.databaseUrl,
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
  });
  const { code } = await cli.exited;
  const lines = cli.stdout().trim().split('\n');
  return { code, last: lines[lines.length - 1], stderr: cli.stderr() };
}

describe('npm run cli -- import disqus | wordpress', () => {
  let t: TestApp;
  let dir: string;
  let editor: TestUser;
  let existing: TestUser;
  let articleA: ArticleFixture;
  let articleB: ArticleFixture;

  beforeAll(async () => {
    t = await startTestApp();
    dir = await mkdtemp(path.join(tmpdir(), 'tribune-import-'));
    editor = await newUser(t, { role: 'editor' });
    existing = await newUser(t);
    articleA = await insertArticle(t, { authorId: editor.id });
    articleB = await insertArticle(t, { authorId: editor.id });
    await t.db.query(`UPDATE articles SET url = $2 WHERE id = $1`, [articleA.id, URL_A]);
    await t.db.query(`UPDATE articles SET url = $2 WHERE id = $1`, [articleB.id, URL_B]);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const threadPosts = (threadId: string) =>
    t.db.query(
      `SELECT p.number, p.body, p.html, p.created_at, p.status, p.reply_to_id, p.id, u.username, u.email,
              u.imported, u.password_hash, u.status AS user_status, u.display_name
         FROM posts p LEFT JOIN users u ON u.id = p.author_id WHERE p.thread_id = $1 ORDER BY p.number`,
      [threadId],
    );

  describe('Disqus', () => {
    let file: string;
    beforeAll(async () => {
      file = path.join(dir, 'disqus.xml');
      await writeFile(file, disqusExport(existing.email));
    });

    it(
      'imports matched threads in date order with dates, reply links and placeholder authors',
      async () => {
        const run = await runImport(t, 'disqus', file);
        expect(run.code).toBe(0);
        // 1000, 1001, 1002 imported; spam, deleted and the post of an unknown article skipped.
        expect(run.last).toBe('imported 3 posts, skipped 3');
        const posts = await threadPosts(articleA.threadId);
        expect(posts.map((p: { number: number }) => p.number)).toEqual([1, 2, 3]);
        expect(posts.map((p: { created_at: Date }) => p.created_at.toISOString())).toEqual([
          '2024-01-10T09:00:00.000Z',
          '2024-01-10T10:00:00.000Z',
          '2024-01-10T10:05:00.000Z',
        ]);
        const [first, alice, bob] = posts;
        expect(alice.body).toBe('Bonjour **à tous** & merci\n\nVoir [la source](https://example.org/source)');
        expect(alice.html).toContain('<strong>à tous</strong>');
        expect(bob.reply_to_id).toBe(alice.id);
        expect(first.reply_to_id).toBeNull();
        expect(alice).toMatchObject({
          username: 'alice.martin',
          email: 'alice@lecteurs.example',
          imported: true,
          password_hash: null,
          user_status: 'active',
        });
        expect(bob).toMatchObject({ username: 'bob', email: null, imported: true });
        // Carol's email belongs to a Tribune account: her placeholder does not take it, nor that account.
        expect(first).toMatchObject({ username: 'carol', email: null, imported: true });
        const [thread] = await t.db.query(`SELECT post_count, visible_post_count FROM threads WHERE id = $1`, [
          articleA.threadId,
        ]);
        expect(thread).toEqual({ post_count: 3, visible_post_count: 3 });
      },
      CLI_TIMEOUT_MS,
    );

    it('shows the imported posts through the API, replies pointing at their parents', async () => {
      const response = await t.http.get(`/api/threads/${articleA.threadId}/posts`).expect(200);
      expect(
        response.body.items.map((p: { number: number; author: { username: string } }) => [p.number, p.author.username]),
      ).toEqual([
        [1, 'carol'],
        [2, 'alice.martin'],
        [3, 'bob'],
      ]);
      expect(response.body.items[2].replyTo.number).toBe(2);
    });

    it(
      'imports nothing twice when run again',
      async () => {
        const before = await t.db.query(
          `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM users)::int AS users`,
        );
        const run = await runImport(t, 'disqus', file);
        expect(run.code).toBe(0);
        expect(run.last).toBe('imported 0 posts, skipped 6');
        expect(
          await t.db.query(
            `SELECT (SELECT count(*) FROM posts)::int AS posts, (SELECT count(*) FROM users)::int AS users`,
          ),
        ).toEqual(before);
      },
      CLI_TIMEOUT_MS,
    );
  });

  describe('WordPress', () => {
    it(
      'imports approved comments after the posts already there, keeping reply links; idempotent',
      async () => {
        const live = await insertPost(t, { threadId: articleB.threadId, authorId: existing.id, body: 'Déjà là' });
        expect(live.number).toBe(1);
        const file = path.join(dir, 'wordpress.xml');
        await writeFile(file, wordpressExport());
        const run = await runImport(t, 'wordpress', file);
        expect(run.code).toBe(0);
        expect(run.last).toBe('imported 2 posts, skipped 3');
        const posts = await threadPosts(articleB.threadId);
        expect(posts.map((p: { number: number; username: string }) => [p.number, p.username])).toEqual([
          [1, existing.username],
          [2, 'denis'],
          [3, 'elodie.durand'],
        ]);
        expect(posts[1].body).toBe('Très bon article.\n\nMerci.');
        expect(posts[1].created_at.toISOString()).toBe('2024-02-12T09:00:00.000Z');
        expect(posts[2].reply_to_id).toBe(posts[1].id);
        expect(posts[2].display_name).toBe('Élodie Durand');

        const again = await runImport(t, 'wordpress', file);
        expect(again.last).toBe('imported 0 posts, skipped 5');
        expect(await threadPosts(articleB.threadId)).toHaveLength(3);
      },
      CLI_TIMEOUT_MS,
    );
  });

  it(
    'refuses a file it cannot read (exit 2)',
    async () => {
      const run = await runImport(t, 'disqus', path.join(dir, 'absent.xml'));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('cannot read');
    },
    CLI_TIMEOUT_MS,
  );

  it('streams a 50 MB export in constant memory (the process is capped at a 128 MB heap)', async () => {
    const file = path.join(dir, 'large.xml');
    const out = createWriteStream(file);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(
      `<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n`,
    );
    await write(`<thread dsq:id="big"><link>${URL_A}-big</link></thread>\n`);
    const filler = 'Un long commentaire de lecteur, écrit pour grossir le fichier. '.repeat(14);
    let posts = 0;
    while (out.bytesWritten + out.writableLength < 50 * 1024 * 1024) {
      posts += 1;
      await write(
        `<post dsq:id="big-${posts}"><message><![CDATA[<p>${posts} ${filler}</p>]]></message>` +
          `<createdAt>2024-03-01T00:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>` +
          `<author><name>Lecteur ${posts % 50}</name><isAnonymous>true</isAnonymous></author>` +
          `<thread dsq:id="${posts % 10 === 0 ? 'big' : 'nowhere'}" /></post>\n`,
      );
    }
    await write('</disqus>\n');
    out.end();
    await once(out, 'finish');
    expect((await stat(file)).size).toBeGreaterThan(50 * 1024 * 1024);
    const article = await insertArticle(t, { authorId: editor.id });
    await t.db.query(`UPDATE articles SET url = $2 WHERE id = $1`, [article.id, `${URL_A}-big`]);

    // Holding the file (50 MB of text, twice that as a JS string) or a tree of its tens of thousands of
    // posts would not fit in this heap; the streamed import runs in batches.
    const run = await runImport(t, 'disqus', file, '--max-old-space-size=128');
    expect(run.stderr).not.toMatch(/heap out of memory/i);
    expect(run.code).toBe(0);
    const matched = Math.floor(posts / 10);
    expect(run.last).toBe(`imported ${matched} posts, skipped ${posts - matched}`);
    const [thread] = await t.db.query(`SELECT post_count FROM threads WHERE id = $1`, [article.threadId]);
    expect(thread.post_count).toBe(matched);
  }, 300_000);
});
