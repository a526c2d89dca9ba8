import { startTestApp, type TestApp } from '../support/app.js';
import { newUser } from '../support/factories.js';
import { waitForMails } from '../support/mailbox.js';
import { newThreadWithPost } from '../moderation/support.js';

/** DSA mails go out in the language the reader's mails are in (French when never chosen). */
describe('DSA mails in the reader’s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ JOBS_POLL_INTERVAL_MS: '500' });
  });
  afterAll(() => t.close());

  it('writes the statement of reasons in English to a reader whose mails are in English, in French otherwise', async () => {
    const moderator = await newUser(t, { role: 'moderator' });
    const [english, french] = await Promise.all([newUser(t), newUser(t)]);
    await t.db.query(`INSERT INTO notification_preferences (user_id, language) VALUES ($1, 'en')`, [english.id]);
    for (const author of [english, french]) {
      const { postId } = await newThreadWithPost(t, author);
      await t.http
        .post(`/api/moderation/posts/${postId}/hide`)
        .set(moderator.auth)
        .send({ reason: 'Accusation sans fondement.' })
        .expect(200);
    }
    const mine = (all: Array<{ to: string }>) => all.filter((m) => m.to === english.email || m.to === french.email);
    const mails = mine(await waitForMails(t.config.MAIL_DIR, (all) => mine(all).length === 2)) as Array<{
      to: string;
      subject: string;
    }>;
    expect(mails.map((m) => [m.to, m.subject]).sort()).toEqual(
      [
        [english.email, 'Your post was hidden: the reasons'],
        [french.email, 'Votre message a été masqué : les motifs'],
      ].sort(),
    );
    // One decision, one mail: the bell shows the decision, but its mail is the statement above,
    // never a second "moderation decisions" notification mail (CI once saw one arrive first).
    const notifications = await t.db.query(
      `SELECT user_id, mail_key FROM notifications WHERE kind = 'post.moderated' AND user_id = ANY($1)`,
      [[english.id, french.id]],
    );
    expect(notifications.map((row: { mail_key: string | null }) => row.mail_key)).toEqual([null, null]);
  });
});
