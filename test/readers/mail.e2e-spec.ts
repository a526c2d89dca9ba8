import { readdir, readFile } from 'node:fs/promises';
import { startAppOn, startTestApp, type TestApp } from '../support/app.js';
import { createTestDatabase } from '../support/database.js';
import { createArticle, createPost } from '../support/discussions.js';
import { newCast, newUser, type Cast, type TestUser } from '../support/factories.js';
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from '../support/smtp.js';
import { NotificationsService } from '../../src/modules/notifications/notifications.service.js';

const PUBLIC_URL = 'http://tribune.test';
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The one-click URL of a mail's List-Unsubscribe header, as a path of the app. */
function unsubscribePath(mail: ReceivedMail): string {
  const header = mail.header('list-unsubscribe') ?? '';
  const match = /^<http:\/\/tribune\.test(\/api\/unsubscribe\?token=[^>]+)>$/.exec(header);
  if (!match) throw new Error(`no List-Unsubscribe URL in ${header}`);
  return match[1];
}

async function digestJobs(t: TestApp): Promise<Array<{ state: string }>> {
  return t.db.query(`SELECT state FROM pgboss.job WHERE name = 'notifications.mail-digest' ORDER BY created_on`);
}

/** #18: notification mail through the outbox, to a real SMTP receiver and to MAIL_DIR. */
describe('readers: notification mail', () => {
  let smtp: SmtpReceiver;
  let t: TestApp;
  let cast: Cast;
  let threadId: string;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    t = await startTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      JOBS_POLL_INTERVAL_MS: '500',
      RATE_LIMIT_FACTOR: '1000',
    });
    cast = await newCast(t);
    threadId = (await createArticle(t, cast.editor, { title: 'Climat : la loi votée' })).threadId;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const mailsTo = (user: TestUser) => smtp.mails.filter((mail) => mail.to.includes(user.email));
  const waitForMailsTo = async (user: TestUser, count: number) => {
    const deadline = Date.now() + 15_000;
    while (mailsTo(user).length < count) {
      if (Date.now() > deadline)
        throw new Error(`expected ${count} mails to ${user.email}, got ${mailsTo(user).length}`);
      await settle(100);
    }
    return mailsTo(user);
  };

  it('a reply sends one mail (French, text and HTML, List-Unsubscribe one-click) whose link turns replies off', async () => {
    const author = await newUser(t);
    // The language of the mails is the one of the reader's last Accept-Language.
    await t.http.post('/api/me/events/ticket').set(author.auth).set('Accept-Language', 'fr-FR,fr;q=0.9').expect(201);
    const original = await createPost(t, author, threadId, 'Mon avis sur la loi');
    await createPost(t, cast.otherReader, threadId, 'Je vous réponds', original.id);
    const [mail] = await waitForMailsTo(author, 1);
    expect(mail.header('subject')).toContain('=?UTF-8?');
    expect(mail.raw).toContain('Content-Type: text/plain');
    expect(mail.raw).toContain('Content-Type: text/html');
    expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.raw).toMatch(/a r=C3=A9pondu|a répondu/);

    const path = unsubscribePath(mail);
    const done = await t.http.post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.body.kind).toBe('reply');
    const preferences = await t.http.get('/api/me/preferences').set(author.auth).expect(200);
    expect(preferences.body).toEqual({
      emailOnReply: false,
      emailOnMention: true,
      emailOnReportResolved: true,
      emailOnModeration: true,
    });
    // Used: 409 and nothing changes; forged: 400.
    await t.http.post(path).type('form').send('List-Unsubscribe=One-Click').expect(409);
    const forged = await t.http.post(path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))).expect(400);
    expect(forged.body.errors[0].field).toBe('token');
    await t.http.post('/api/unsubscribe').expect(400);

    // Replies now stay in the inbox, unmailed.
    await createPost(t, cast.reader, threadId, 'Une autre réponse', original.id);
    await settle(2000);
    expect(mailsTo(author)).toHaveLength(1);
    const inbox = await t.http.get('/api/me/notifications').set(author.auth).expect(200);
    expect(inbox.body.items).toHaveLength(2);
  });

  it('ten replies in a minute produce one mail; the rest wait for the next window', async () => {
    const author = await newUser(t);
    const original = await createPost(t, author, threadId, 'Un avis très commenté');
    for (let index = 0; index < 10; index += 1) {
      await createPost(t, index % 2 ? cast.reader : cast.otherReader, threadId, `Réponse ${index}`, original.id);
    }
    await waitForMailsTo(author, 1);
    await settle(3000);
    expect(mailsTo(author)).toHaveLength(1);
    const [{ mailed, waiting }] = await t.db.query(
      `SELECT count(*) FILTER (WHERE mailed_at IS NOT NULL)::int AS mailed, count(*) FILTER (WHERE mailed_at IS NULL)::int AS waiting
         FROM notifications WHERE user_id = $1`,
      [author.id],
    );
    expect(mailed + waiting).toBe(10);
    if (waiting > 0) {
      const [{ pending }] = await t.db.query(
        `SELECT count(*)::int AS pending FROM pgboss.job
          WHERE name = 'notifications.mail-digest' AND state = 'created' AND singleton_key = $1
            AND start_after > now() + interval '8 minutes'`,
        [`${author.id}:${threadId}`],
      );
      expect(pending).toBe(1);
    }
  });

  it('a mention of a user who turned mention mail off: the notification is kept, no mail', async () => {
    const quiet = await newUser(t);
    await t.http.put('/api/me/preferences').set(quiet.auth).send({ emailOnMention: false }).expect(200);
    await createPost(t, cast.reader, threadId, `Qu’en pense @${quiet.username} ?`);
    await settle(2500);
    const inbox = await t.http.get('/api/me/notifications').set(quiet.auth).expect(200);
    expect(inbox.body.items.map((item: { kind: string }) => item.kind)).toEqual(['post.mention']);
    expect(mailsTo(quiet)).toEqual([]);
  });

  it('a rolled-back change sends nothing; the same change committed sends one mail', async () => {
    const notifications = t.app.get(NotificationsService);
    const author = await newUser(t);
    const data = { postId: author.id, threadId, number: 1, by: 'someone', excerpt: 'Annulé' };
    await expect(
      t.db.transaction(async (manager) => {
        await notifications.notify(manager, author.id, 'post.reply', data);
        throw new Error('the change fails after its notification was written');
      }),
    ).rejects.toThrow('the change fails');
    await settle(2500);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM notifications WHERE user_id = $1`, [
      author.id,
    ]);
    expect({ count, mails: mailsTo(author).length }).toEqual({ count: 0, mails: 0 });
    expect((await digestJobs(t)).length).toBeGreaterThan(0); // the queue is alive (earlier tests used it)

    await t.db.transaction((manager) => notifications.notify(manager, author.id, 'post.reply', data));
    await waitForMailsTo(author, 1);
  });
});

describe('readers: a crash between commit and send still sends the mail', () => {
  it('instance A (no worker) commits and stops; instance B (worker) sends', async () => {
    const smtp = await startSmtpReceiver();
    const database = await createTestDatabase();
    const env = { SMTP_URL: smtp.url, PUBLIC_URL, JOBS_POLL_INTERVAL_MS: '500' };
    const a = await startAppOn(database, { ...env, JOBS_WORKER: 'false' }, { keepDatabase: true });
    let b: TestApp | undefined;
    try {
      const editor = await newUser(a, { role: 'editor' });
      const author = await newUser(a);
      const replier = await newUser(a);
      const article = await createArticle(a, editor);
      const original = await createPost(a, author, article.threadId, 'Avant la panne');
      await createPost(a, replier, article.threadId, 'Réponse juste avant la panne', original.id);
      const [{ waiting }] = await a.db.query(
        `SELECT count(*)::int AS waiting FROM pgboss.job WHERE name = 'notifications.mail-digest' AND state = 'created'`,
      );
      expect(waiting).toBe(1);
      await a.close(); // the crash: committed, nothing sent
      await settle(1000);
      expect(smtp.mails).toHaveLength(0);

      b = await startAppOn(database, env);
      const [mail] = await smtp.waitForCount(1);
      expect(mail.to).toEqual([author.email]);
    } finally {
      await b?.close();
      await smtp.close();
    }
  });
});

describe('readers: mail into MAIL_DIR, and the next mail gathers what waited', () => {
  it('writes .eml files; news inside the window goes out in one later mail', async () => {
    const t = await startTestApp({ PUBLIC_URL, JOBS_POLL_INTERVAL_MS: '500', MAIL_THROTTLE_SECONDS: '4' });
    try {
      const cast = await newCast(t);
      const { threadId } = await createArticle(t, cast.editor);
      const original = await createPost(t, cast.reader, threadId, 'Mon texte');
      await createPost(t, cast.otherReader, threadId, 'Première réponse', original.id);
      const files = async () =>
        (await readdir(t.config.MAIL_DIR).catch(() => [] as string[])).filter((name) => name.endsWith('.eml')).sort();
      const waitForFiles = async (count: number) => {
        const deadline = Date.now() + 20_000;
        while ((await files()).length < count) {
          if (Date.now() > deadline) throw new Error(`expected ${count} .eml files`);
          await settle(200);
        }
        return files();
      };
      await waitForFiles(1);
      await createPost(t, cast.otherReader, threadId, 'Deuxième réponse', original.id);
      await createPost(t, cast.editor, threadId, 'Troisième réponse', original.id);
      await settle(1500);
      expect(await files()).toHaveLength(1); // inside the 4 s window: waiting
      const [first, second] = await waitForFiles(2);
      const firstText = (await readFile(`${t.config.MAIL_DIR}/${first}`, 'utf8')).replace(/\r?\n[ \t]+/g, ' ');
      const secondText = await readFile(`${t.config.MAIL_DIR}/${second}`, 'utf8');
      expect(firstText).toContain('List-Unsubscribe: <http://tribune.test/api/unsubscribe?token=');
      expect(firstText).toContain('Premi');
      expect(firstText).not.toContain('Deuxi');
      expect(secondText).toContain('Deuxi');
      expect(secondText).toContain('Troisi');
      await settle(5000);
      expect(await files()).toHaveLength(2);
    } finally {
      await t.close();
    }
  });
});
