import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/app.js';
import { newCast, newUser, type Cast } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

/**
 * Regressions for the object-level access bugs of the anchors (Discourse,
 * NodeBB, Coral): reading another user's error report, revisions, pending
 * post or data export, and password-reset links built from request headers.
 */
describe('security: object-level access (the anchors’ CVE classes)', () => {
  let t: TestApp;
  let cast: Cast;
  let article: { id: string; slug: string; threadId: string };
  let base: string;
  const SECRET = 'zygomorphe';

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_FACTOR: '1000', PUBLIC_URL: 'https://news.example.fr' });
    await t.app.listen(0, '127.0.0.1');
    base = `127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    cast = await newCast(t);
    article = await insertArticle(t, {
      authorId: cast.editor.id,
      body: 'Le texte contient une coquille ici. Et une seconde phrase.',
    });
  });
  afterAll(async () => t.close());

  describe('another user’s error report', () => {
    it('is 404 to another reader and to anonymous callers, exactly like a report that does not exist', async () => {
      const created = await t.http
        .post(`/api/articles/${article.slug}/error-reports`)
        .set(cast.reader.auth)
        .set('X-Forwarded-For', '192.0.2.10')
        .send({ quote: 'une coquille', comment: `Mon commentaire ${SECRET}` })
        .expect(201);
      const other = await t.http.get(`/api/error-reports/${created.body.id}`).set(cast.otherReader.auth).expect(404);
      const anonymous = await t.http.get(`/api/error-reports/${created.body.id}`).expect(404);
      const absent = await t.http.get(`/api/error-reports/${randomUUID()}`).set(cast.otherReader.auth).expect(404);
      const { requestId: _a, ...otherProblem } = other.body;
      const { requestId: _b, ...absentProblem } = absent.body;
      expect(otherProblem).toEqual(absentProblem);
      expect(JSON.stringify([other.body, anonymous.body])).not.toContain(SECRET);
      await t.http.get(`/api/error-reports/${created.body.id}`).set(cast.reader.auth).expect(200);
    });

    it('is not reachable through the list route nor its filters by a reader', async () => {
      await t.http.get(`/api/error-reports?article=${article.slug}`).set(cast.otherReader.auth).expect(403);
      await t.http.get('/api/error-reports?status=open').set(cast.reader.auth).expect(403);
    });
  });

  describe('another user’s post revisions', () => {
    it('are 403 (the post is public at least as a placeholder) and leak no earlier body', async () => {
      const post = await t.http
        .post(`/api/threads/${article.threadId}/posts`)
        .set(cast.reader.auth)
        .send({ body: `Premier jet ${SECRET}` })
        .expect(201);
      await t.http
        .patch(`/api/posts/${post.body.id}`)
        .set(cast.reader.auth)
        .send({ body: 'Version propre', reason: 'relu' })
        .expect(200);
      await t.http.get(`/api/posts/${post.body.id}/revisions`).set(cast.reader.auth).expect(200);
      for (const user of [cast.otherReader, cast.editor, cast.suspended]) {
        const response = await t.http.get(`/api/posts/${post.body.id}/revisions`).set(user.auth).expect(403);
        expect(JSON.stringify(response.body)).not.toContain(SECRET);
      }
      await t.http.get(`/api/posts/${post.body.id}/revisions`).expect(401);
      const publicView = await t.http.get(`/api/posts/${post.body.id}`).expect(200);
      expect(JSON.stringify(publicView.body)).not.toContain(SECRET);
    });
  });

  describe('another user’s pending, hidden or deleted post', () => {
    it('is a placeholder without body to others (one post, the thread, replies to it, search), and whole to its author and staff', async () => {
      const ids: Record<string, string> = {};
      for (const status of ['pending', 'hidden', 'deleted'] as const) {
        ids[status] = (
          await insertPost(t, {
            threadId: article.threadId,
            authorId: cast.reader.id,
            body: `Texte ${status} ${SECRET}`,
            status,
          })
        ).id;
      }
      // Replying to a post one cannot read is 404: its existence is not confirmed.
      await t.http
        .post(`/api/threads/${article.threadId}/posts`)
        .set(cast.otherReader.auth)
        .send({ body: 'Je réponds.', replyTo: ids.pending })
        .expect(404);

      for (const viewer of [null, cast.otherReader, cast.editor]) {
        for (const status of ['pending', 'hidden', 'deleted']) {
          let request = t.http.get(`/api/posts/${ids[status]}`);
          if (viewer) request = request.set(viewer.auth);
          const response = await request.expect(200);
          expect(response.body).toMatchObject({ status, body: null, html: null });
        }
        let list = t.http.get(`/api/threads/${article.threadId}/posts?limit=100`);
        if (viewer) list = list.set(viewer.auth);
        expect(JSON.stringify((await list.expect(200)).body)).not.toContain(SECRET);
        let search = t.http.get(`/api/search?q=${SECRET}`);
        if (viewer) search = search.set(viewer.auth);
        expect(JSON.stringify((await search.expect(200)).body)).not.toContain(SECRET);
      }

      const own = await t.http.get(`/api/posts/${ids.pending}`).set(cast.reader.auth).expect(200);
      expect(own.body.body).toContain(SECRET);
      const staff = await t.http.get(`/api/posts/${ids.hidden}`).set(cast.moderator.auth).expect(200);
      expect(staff.body.body).toContain(SECRET);
    });
  });

  describe('another user’s data export (there is no such route)', () => {
    it('GET /api/me/export returns the caller’s own data whatever the query, body or headers say', async () => {
      const SECRET = 'ornithorynque';
      const victim = await newUser(t);
      await insertPost(t, { threadId: article.threadId, authorId: victim.id, body: `Message privé ${SECRET}` });
      await t.http
        .post(`/api/articles/${article.slug}/error-reports`)
        .set(victim.auth)
        .set('X-Forwarded-For', '192.0.2.11')
        .send({ quote: 'une seconde phrase', comment: SECRET })
        .expect(201);

      const attempts = [
        t.http.get(`/api/me/export?userId=${victim.id}`),
        t.http.get(`/api/me/export?id=${victim.id}&username=${victim.username}`),
        t.http.get(`/api/me/export?user[id]=${victim.id}`),
        t.http.get('/api/me/export').set('X-User-Id', victim.id).set('X-Forwarded-User', victim.username),
        t.http.get('/api/me/export').send({ userId: victim.id }),
        t.http.get(`/api/me/export/../../users/${victim.username}/export`),
      ];
      for (const attempt of attempts) {
        const response = await attempt.set(cast.reader.auth);
        if (response.status === 200) {
          expect(response.body.account.id).toBe(cast.reader.id);
        } else {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
        }
        const text = JSON.stringify(response.body);
        expect(text).not.toContain(victim.id);
        expect(text).not.toContain(victim.email);
        expect(text).not.toContain(SECRET);
      }
      await t.http.get(`/api/me/export?userId=${victim.id}`).expect(401);
    });
  });

  describe('password-reset links', () => {
    async function mailsTo(address: string): Promise<string[]> {
      const directory = path.resolve(t.config.MAIL_DIR);
      const files = await readdir(directory).catch(() => [] as string[]);
      const contents = await Promise.all(files.map((file) => readFile(path.join(directory, file), 'utf8')));
      return contents
        .map((content) =>
          content
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        )
        .filter((content) => content.includes(`To: ${address}`));
    }

    /** A raw HTTP/1.1 request, to send what supertest cannot (an absolute URL in the request line). */
    function raw(requestLine: string, headers: Record<string, string>, body: string): Promise<string> {
      const [host, port] = base.split(':') as [string, string];
      return new Promise((resolve, reject) => {
        const socket = connect(Number(port), host, () => {
          const lines = Object.entries({ ...headers, 'Content-Length': String(Buffer.byteLength(body)) }).map(
            ([k, v]) => `${k}: ${v}`,
          );
          socket.write(`${requestLine}\r\n${lines.join('\r\n')}\r\nConnection: close\r\n\r\n${body}`);
        });
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    }

    it('are built from PUBLIC_URL whatever Host, X-Forwarded-Host, X-Forwarded-Proto, Forwarded or an absolute request URL say', async () => {
      const user = await newUser(t);
      const forgot = () => t.http.post('/api/auth/password/forgot').send({ email: user.email });
      await forgot().set('Host', 'evil.example').expect(202);
      await forgot().set('X-Forwarded-Host', 'evil.example').set('X-Forwarded-Proto', 'http').expect(202);
      await forgot().set('Forwarded', 'for=192.0.2.1;host=evil.example;proto=http').expect(202);
      await forgot()
        .set('X-Forwarded-Host', 'news.example.fr.evil.example')
        .set('X-Forwarded-Port', '8080')
        .expect(202);
      await forgot()
        .set('X-Original-URL', 'http://evil.example/')
        .set('X-Rewrite-URL', 'http://evil.example/')
        .expect(202);
      const absolute = await raw(
        'POST http://evil.example/api/auth/password/forgot HTTP/1.1',
        { Host: 'evil.example', 'Content-Type': 'application/json' },
        JSON.stringify({ email: user.email }),
      );
      expect(absolute).toMatch(/^HTTP\/1\.1 202/);

      const mails = await mailsTo(user.email);
      expect(mails).toHaveLength(6);
      for (const mail of mails) {
        expect(mail).not.toContain('evil.example');
        expect(mail).not.toContain('http://news.example.fr');
        expect(mail).toMatch(/https:\/\/news\.example\.fr\/reset-password\?token=[A-Za-z0-9_-]+/);
      }
    });
  });
});
