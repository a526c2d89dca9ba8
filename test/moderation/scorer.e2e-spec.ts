import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../support/app.js';
import { createArticle } from '../support/discussions.js';
import { newUser, type TestUser } from '../support/factories.js';
import { openItems } from './support.js';

/**
 * #19: the spam/abuse scorer step, with a newsroom scorer on a local server that
 * follows the documented contract: POST JSON {body, threadId, author, signals} → {score}.
 */
describe('moderation: the spam/abuse scorer', () => {
  let t: TestApp;
  let server: http.Server;
  const asked: Array<{ body: string; author: { id: string } }> = [];
  let mode: 'answer' | 'hang' | 'garbage' = 'answer';
  let editor: TestUser;
  let threadA: string;
  let threadB: string;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        const payload = JSON.parse(raw);
        asked.push(payload);
        if (mode === 'hang') return; // never answers: the post must not wait for it
        response.setHeader('Content-Type', 'application/json');
        if (mode === 'garbage') return response.end('{"score": "beaucoup"}');
        response.end(JSON.stringify({ score: /casino/i.test(payload.body) ? 0.8 : 0 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    t = await startTestApp({
      RATE_LIMIT_FACTOR: '1000',
      SCORE_QUEUE_THRESHOLD: '1',
      SCORER_URL: `http://127.0.0.1:${port}/score`,
      // Long enough for a loaded CI machine's first call (300 ms once failed open there), short
      // enough for the hanging scorer's test to wait it out.
      SCORER_TIMEOUT_MS: '2000',
    });
    editor = await newUser(t, { role: 'editor' });
    threadA = (await createArticle(t, editor)).threadId;
    threadB = (await createArticle(t, editor)).threadId;
  });
  afterAll(async () => {
    await t.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    mode = 'answer';
    asked.length = 0;
  });

  const old = () => newUser(t, { createdAt: new Date(Date.now() - 30 * 86_400_000) });
  const post = (who: TestUser, threadId: string, body: string) =>
    t.http.post(`/api/threads/${threadId}/posts`).set(who.auth).send({ body });

  it('holds a post whose signals reach the threshold, saying which weighed what', async () => {
    const newcomer = await newUser(t);
    const held = await post(newcomer, threadA, 'Gagnez au casino en ligne !').expect(202);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ body: 'Gagnez au casino en ligne !', author: { id: newcomer.id } });
    expect(await openItems(t, held.body.id)).toEqual([
      expect.objectContaining({
        kind: 'pending',
        reasons: {
          score: {
            total: 1.1,
            threshold: 1,
            automated: true,
            signals: [
              { signal: 'new_account', weight: 0.3 },
              { signal: 'external', weight: 0.8 },
            ],
          },
        },
      }),
    ]);
    // The same words from an established account stay below the threshold.
    await post(await old(), threadA, 'Gagnez au casino en ligne !').expect(201);
  });

  it('counts the same body posted in another thread within minutes', async () => {
    const newcomer = await newUser(t);
    await post(newcomer, threadA, 'Rejoignez   mon groupe').expect(201);
    const held = await post(newcomer, threadB, 'rejoignez mon GROUPE').expect(202);
    const [item] = await openItems(t, held.body.id);
    expect(
      (item.reasons as { score: { signals: Array<{ signal: string }> } }).score.signals.map((s) => s.signal),
    ).toEqual(['duplicate', 'new_account']);
    // The same thread again is a conversation, not a campaign.
    await post(await old(), threadA, 'Rejoignez mon groupe').expect(201);
  });

  it('fails open: a scorer that hangs or answers garbage is ignored', async () => {
    const newcomer = await newUser(t);
    mode = 'hang';
    const started = Date.now();
    await post(newcomer, threadA, 'Casino casino').expect(201);
    // The post waited for the scorer's timeout (it hung), and no longer.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_990);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(asked).toHaveLength(1);
    mode = 'garbage';
    await post(newcomer, threadB, 'Casino encore').expect(201);
    expect(asked).toHaveLength(2);
  });

  it('never scores staff', async () => {
    const moderator = await newUser(t, { role: 'moderator' });
    await post(moderator, threadA, 'Casino ? Non merci.').expect(201);
    expect(asked).toEqual([]);
  });
});
