/// <reference lib="dom" />
// page.evaluate callbacks run in Chromium: they use the DOM types.
import { jest } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { EventStreams } from '../../src/platform/realtime/event-streams.js';
import { ThreadEventHub } from '../../src/platform/realtime/thread-event-hub.js';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, frenchReader, shot, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost, type ArticleFixture } from '../support/sql-fixtures.js';

/*
 * The reader widget (/embed.js) as readers use it: its Shadow DOM, the bell,
 * reading order, replies, featured posts, the DSA notice form, accessibility.
 * Playwright's CSS and role locators pierce open shadow roots.
 */

jest.setTimeout(60_000);

let suite: BrowserSuite;
let t: TestApp;
let base: string;
let editor: TestUser;

const newPage = (device: { mobile?: boolean } = {}) => suite.newPage(frenchReader(device), { defaultTimeout: 10_000 });

/** Opens an article page and signs `user` in through the widget (when given). */
async function openArticle(page: Page, slug: string, user?: TestUser): Promise<void> {
  await page.goto(`${base}/articles/${slug}`);
  if (!user) {
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    return;
  }
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('Nom d’utilisateur ou e-mail').fill(user.username);
  await page.getByLabel('Mot de passe').fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText('Connecté en tant que').waitFor();
}

async function newArticle(title: string): Promise<ArticleFixture> {
  return insertArticle(t, { authorId: editor.id, title, body: `${title}. Un article pour la discussion.` });
}

async function reply(author: TestUser, threadId: string, body: string, replyTo?: string) {
  const response = await t.http
    .post(`/api/threads/${threadId}/posts`)
    .set(author.auth)
    .send({ body, ...(replyTo ? { replyTo } : {}) });
  expect(response.status).toBe(201);
  return response.body as { id: string; number: number };
}

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ t, base } = suite);
  editor = await newUser(t, { role: 'editor' });
}, 120_000);

afterAll(() => suite?.close());

describeInBrowser('the reader widget', () => {
  it('lives in a shadow root: the host page’s CSS does not reach it', async () => {
    const article = await newArticle('Isolation du widget');
    const author = await newUser(t);
    await insertPost(t, { threadId: article.threadId, authorId: author.id, body: 'Un message sous l’article.' });
    const page = await newPage();
    await page.goto(`${base}/articles/${article.slug}`);
    await page.addStyleTag({
      content: 'header { border-bottom: 2px solid red } button { background: red !important }',
    });
    const head = page.locator('#tribune-post-1 header');
    await head.waitFor();
    expect(await page.evaluate(() => !!document.querySelector('[data-tribune-article]')?.shadowRoot)).toBe(true);
    // The rule does reach the page's own header...
    expect(await page.locator('header.masthead').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe(
      'solid',
    );
    // ...and not the widget's.
    expect(await head.evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('none');
    const signIn = page.getByRole('button', { name: 'Se connecter' });
    expect(await signIn.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 0, 0)');
  });

  it('rings the bell live: 0 → 1 when another reader replies, then marks it read', async () => {
    const article = await newArticle('La cloche des lecteurs');
    const reader = await newUser(t);
    const other = await newUser(t);
    const mine = await reply(reader, article.threadId, 'Mon avis sur la question.');
    const page = await newPage();
    await openArticle(page, article.slug, reader);
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await expect(bell.locator('[data-unread]').getAttribute('data-unread')).resolves.toBe('0');
    // Once the live stream is open (its ticket redeemed), another reader answers.
    await page.waitForFunction(() => performance.getEntriesByName('tribune:notifications-live').length > 0);
    const answer = await reply(other, article.threadId, 'Je ne suis pas d’accord avec vous.', mine.id);
    await page.locator('[data-unread="1"]').waitFor();
    // Screen readers hear it too.
    await expect(page.locator('.t-bell [role="status"]').textContent()).resolves.toBe(
      `Nouveau\u00a0: ${other.username} vous a répondu (message n°\u00a0${answer.number})`,
    );
    await bell.click();
    const item = page.getByRole('listitem').filter({ hasText: `${other.username} vous a répondu` });
    await item.waitFor();
    // French typography: a no-break space after « n° ».
    await expect(item.locator('.t-notif-text').textContent()).resolves.toBe(
      `Nouveau\u00a0: ${other.username} vous a répondu (message n°\u00a0${answer.number})`,
    );
    await shot(page, 'widget-bell-open');
    // Escape closes the list and gives the focus back to the bell; the bell opens it again.
    await page.keyboard.press('Escape');
    await expect(focusedText(page)).resolves.toMatch(/^ ?Notifications/);
    await expect(bell.getAttribute('aria-expanded')).resolves.toBe('false');
    await bell.click();
    await item.getByRole('link', { name: 'Voir le message' }).click();
    await expect(
      page
        .locator(`#tribune-post-${answer.number}`)
        .evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).resolves.toBe(true);
    await page.locator('[data-unread="0"]').waitFor();
    const [row] = await t.db.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [reader.id],
    );
    expect(row.unread).toBe(0);
  });

  it('opens the live stream again with a new ticket after it drops', async () => {
    const article = await newArticle('La cloche se reconnecte');
    const reader = await newUser(t);
    const other = await newUser(t);
    const mine = await reply(reader, article.threadId, 'Un message qui attend des réponses.');
    const page = await newPage();
    const tickets: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/me/events/ticket')) tickets.push(request.url());
    });
    await openArticle(page, article.slug, reader);
    await page.waitForFunction(() => performance.getEntriesByName('tribune:notifications-live').length === 1);
    // The server ends every stream (as an instance going down does): the used ticket cannot reopen
    // it, so the widget must ask for a new ticket and connect again.
    const streams = t.app.get(EventStreams) as unknown as {
      openCount: number;
      slices: Array<Set<{ response: { end(): void } }>>;
    };
    expect(streams.openCount).toBeGreaterThan(0);
    for (const slice of streams.slices) for (const stream of slice) stream.response.end();
    await page.waitForFunction(
      () => performance.getEntriesByName('tribune:notifications-live').length >= 2,
      undefined,
      {
        timeout: 20_000,
      },
    );
    expect(tickets).toHaveLength(2);
    await reply(other, article.threadId, 'Réponse après la reconnexion.', mine.id);
    await page.locator('[data-unread="1"]').waitFor();
  });

  it('shows the newest posts first when "Plus récents" is chosen', async () => {
    const article = await newArticle('Ordre des messages');
    const author = await newUser(t);
    for (const body of ['Premier avis.', 'Deuxième avis.', 'Troisième avis.'])
      await insertPost(t, { threadId: article.threadId, authorId: author.id, body });
    const page = await newPage();
    await openArticle(page, article.slug);
    await page.locator('#tribune-post-3').waitFor();
    await expect(numbersShown(page)).resolves.toEqual([1, 2, 3]);
    await page.getByLabel('Plus récents').check();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-tribune-article]')?.shadowRoot?.querySelector('.t-posts article')?.id ===
        'tribune-post-3',
    );
    await expect(numbersShown(page)).resolves.toEqual([3, 2, 1]);
  });

  it('shows the newsroom’s featured posts first, and a newly featured one live', async () => {
    const article = await newArticle('Choix de la rédaction');
    const author = await newUser(t);
    const moderator = await newUser(t, { role: 'moderator' });
    const posts = [];
    for (const body of ['Un avis ordinaire.', 'Un avis éclairant.', 'Un avis remarquable.'])
      posts.push(await insertPost(t, { threadId: article.threadId, authorId: author.id, body }));
    await t.http.post(`/api/moderation/posts/${posts[2]!.id}/feature`).set(moderator.auth).expect(200);
    const page = await newPage();
    await openArticle(page, article.slug);
    const featured = page.getByRole('region', { name: 'Choix de la rédaction' });
    await featured.locator('#tribune-featured-3').waitFor();
    // The first post of the discussion is the featured one.
    await expect(page.locator('.t-thread article').first().getAttribute('id')).resolves.toBe('tribune-featured-3');
    await t.http.post(`/api/moderation/posts/${posts[1]!.id}/feature`).set(moderator.auth).expect(200);
    await featured.locator('#tribune-featured-2').waitFor();
    // Newest featuring first; the post in the thread carries the badge too.
    await expect(
      featured.locator('article').evaluateAll((elements) => elements.map((element) => element.id)),
    ).resolves.toEqual(['tribune-featured-2', 'tribune-featured-3']);
    await page.locator('#tribune-post-2').getByText('Choix de la rédaction').waitFor();
  });

  it('folds replies under the post they answer ("n réponses"), one level, and unfolds them', async () => {
    const article = await newArticle('Réponses repliées');
    const [alice, bob, carol] = await Promise.all([newUser(t), newUser(t), newUser(t)]);
    const first = await reply(alice!, article.threadId, 'Le sujet mérite débat.');
    const second = await reply(bob!, article.threadId, 'Je réponds au premier.', first.id);
    await reply(carol!, article.threadId, 'Je réponds à la réponse.', second.id);
    await reply(carol!, article.threadId, 'Un autre avis sur le premier.', first.id);
    await reply(bob!, article.threadId, 'Un nouveau sujet.');
    const page = await newPage();
    await openArticle(page, article.slug);
    await page.locator('#tribune-post-5').waitFor();
    await expect(numbersShown(page)).resolves.toEqual([1, 5]);
    const fold = page.getByRole('button', { name: '3 réponses' });
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('false');
    await fold.click();
    await page.locator('#tribune-post-4').waitFor();
    await expect(numbersShown(page)).resolves.toEqual([1, 2, 3, 4, 5]);
    // All three sit in post 1's group, one level deep.
    await expect(
      page
        .locator('#tribune-post-1 ~ .t-replies article')
        .evaluateAll((elements) => elements.map((element) => Number((element as HTMLElement).dataset.postNumber))),
    ).resolves.toEqual([2, 3, 4]);
    await expect(
      page.getByRole('button', { name: 'Masquer les réponses' }).getAttribute('aria-expanded'),
    ).resolves.toBe('true');
  });

  it('shows the author’s @username and the newsroom badge, dates in French words', async () => {
    const article = await newArticle('Badges et noms');
    const moderator = await newUser(t, { role: 'moderator' });
    await reply(editor, article.threadId, 'La rédaction vous répond.');
    await reply(moderator, article.threadId, 'L’équipe de modération passe par là.');
    const page = await newPage();
    await openArticle(page, article.slug);
    const first = page.locator('#tribune-post-1');
    await first.getByText(`@${editor.username}`).waitFor();
    await expect(first.locator('.t-role').textContent()).resolves.toBe('Journaliste');
    await expect(page.locator('#tribune-post-2 .t-role').textContent()).resolves.toBe('Équipe');
    await expect(first.locator('time').textContent()).resolves.toMatch(/^\d{1,2} [a-zéû]+ \d{4} à \d{2}:\d{2}$/);
  });

  it('updates the heading’s count with the "nouveaux messages" banner, and focuses the first new post', async () => {
    const article = await newArticle('Compteur en direct');
    const author = await newUser(t);
    await reply(author, article.threadId, 'Le premier message.');
    const page = await newPage();
    await openArticle(page, article.slug);
    await page.getByRole('heading', { name: 'Discussion (1 message)' }).waitFor();
    await page.waitForTimeout(300); // the thread's event stream opens after its first page
    await reply(author, article.threadId, 'Un message arrivé en direct.');
    const banner = page.getByRole('button', { name: '1 nouveau message' });
    await banner.waitFor();
    await page.getByRole('heading', { name: 'Discussion (2 messages)' }).waitFor();
    await banner.click();
    await page.locator('#tribune-post-2').waitFor();
    await expect(focusedId(page)).resolves.toBe('tribune-post-2');
  });

  it('moves the focus into the edit form, hides Modifier and Supprimer meanwhile, and back after', async () => {
    const article = await newArticle('Modifier un message');
    const reader = await newUser(t);
    await reply(reader, article.threadId, 'Un message à corriger.');
    const page = await newPage();
    await openArticle(page, article.slug, reader);
    const post = page.locator('#tribune-post-1');
    await post.getByRole('button', { name: 'Modifier' }).click();
    const field = post.getByLabel('Votre message');
    await field.waitFor();
    await expect(
      field.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement),
    ).resolves.toBe(true);
    expect(await post.getByRole('button', { name: 'Modifier' }).count()).toBe(0);
    expect(await post.getByRole('button', { name: 'Supprimer' }).count()).toBe(0);
    await field.fill('Un message corrigé.');
    await post.getByRole('button', { name: 'Enregistrer' }).click();
    await post.getByText('Un message corrigé.').waitFor();
    await expect(focusedText(page)).resolves.toBe('Modifier');
  });

  it('counts the characters of a 30,000-character paste and refuses it before sending; a blank post says why', async () => {
    const article = await newArticle('Message trop long');
    const reader = await newUser(t);
    const page = await newPage();
    await openArticle(page, article.slug, reader);
    let sent = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/api/threads/${article.threadId}/posts`)) sent++;
    });
    const field = page.getByLabel('Votre message');
    await field.fill('a'.repeat(30_000));
    await page.getByText('30 000 / 20 000 caractères').waitFor();
    await page.getByRole('button', { name: 'Publier' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Votre message fait 30\u202f000 caractères\u00a0: la limite est de 20\u202f000. Raccourcissez-le avant de publier.',
    );
    await expect(field.inputValue()).resolves.toHaveLength(30_000);
    await field.fill('     ');
    await page.getByRole('button', { name: 'Publier' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Votre message est vide\u00a0: écrivez quelques mots avant de publier.',
    );
    expect(sent).toBe(0);
  });

  it('lists "Mes commentaires" across articles, and searches this discussion with links to the posts', async () => {
    const here = await newArticle('Recherche dans le fil');
    const elsewhere = await newArticle('Un autre article');
    const reader = await newUser(t);
    const other = await newUser(t);
    await reply(reader, elsewhere.threadId, 'Mon commentaire ailleurs.');
    await reply(other, here.threadId, 'Les éoliennes en mer produisent beaucoup.');
    await reply(reader, here.threadId, 'Mon commentaire ici sur le nucléaire.');
    const page = await newPage();
    await openArticle(page, here.slug, reader);
    await page.getByRole('button', { name: 'Mes commentaires' }).click();
    const mine = page.getByRole('region', { name: 'Mes commentaires' });
    await mine.getByText('Mon commentaire ailleurs.').waitFor();
    await expect(
      mine
        .locator('li')
        .evaluateAll((items) => items.map((item) => item.querySelector('.t-body')!.textContent!.trim())),
    ).resolves.toEqual(['Mon commentaire ici sur le nucléaire.', 'Mon commentaire ailleurs.']);
    await mine.getByText('Sur « Un autre article »').waitFor();

    await page.getByLabel('Rechercher dans la discussion').fill('éolienne');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('1 résultat').waitFor();
    await page.locator('.t-hits').getByRole('link', { name: /^n° 1/ }).click();
    await expect(focusedId(page)).resolves.toBe('tribune-post-1');
    await shot(page, 'widget-search');
  });

  it('sends a DSA notice ("Signaler un contenu illicite") from a post, signed out, with the required fields', async () => {
    const article = await newArticle('Contenu illicite');
    const author = await newUser(t);
    const post = await reply(author, article.threadId, 'Un message que quelqu’un juge diffamatoire.');
    const page = await newPage();
    await openArticle(page, article.slug);
    const shown = page.locator('#tribune-post-1');
    await shown.getByRole('button', { name: 'Signaler un contenu illicite' }).click();
    const form = shown.getByRole('form', { name: 'Signaler un contenu illicite' });
    const ground = form.getByLabel('Loi ou règle enfreinte');
    await expect(
      ground.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement),
    ).resolves.toBe(true);
    await shot(page, 'widget-dsa-form');
    // Each field says what DSA art. 16 asks of it, in a text its control is described by.
    const help = async (control: Locator) => {
      const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      const texts = await Promise.all(ids.map((id) => form.locator(`[id="${id}"]`).textContent()));
      return texts.map((text) => (text ?? '').replace(/\s+/g, ' ').trim()).join(' | ');
    };
    const described = {
      legalGround: await help(ground),
      explanation: await help(form.getByLabel('Pourquoi ce contenu est-il illicite ?')),
      name: await help(form.getByLabel('Votre nom (facultatif)')),
      email: await help(form.getByLabel(/^Votre e-mail/)),
      goodFaith: await help(form.getByLabel(/de bonne foi/)),
    };
    expect(described).toEqual({
      legalGround: expect.stringContaining('Le motif juridique : la loi ou la règle que ce contenu enfreint'),
      explanation: expect.stringContaining('Le règlement demande une explication étayée'),
      name: expect.stringContaining(
        'sauf pour un contenu d’abus sexuels sur enfants, que vous pouvez signaler sans donner votre nom',
      ),
      email: expect.stringContaining(
        'Votre adresse est demandée dans tous les cas, y compris pour un contenu d’abus sexuels sur enfants',
      ),
      goodFaith: expect.stringContaining('Cette déclaration est exigée par le règlement'),
    });
    // Without the good-faith statement the browser does not send it.
    await ground.fill('Diffamation (loi du 29 juillet 1881, art. 29)');
    await form.getByLabel('Pourquoi ce contenu est-il illicite ?').fill('Ce message m’accuse nommément d’un délit.');
    await form.getByLabel('Votre nom (facultatif)').fill('Jeanne Martin');
    await form.getByLabel(/^Votre e-mail/).fill('jeanne@lecteurs.example');
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();
    expect(
      await form.getByLabel(/de bonne foi/).evaluate((box) => (box as HTMLInputElement).validity.valueMissing),
    ).toBe(true);
    await form.getByLabel(/de bonne foi/).check();
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await shown
      .getByText('Merci. Votre signalement a été enregistré ; un accusé de réception vous a été envoyé par e-mail.')
      .waitFor();
    const notices = await t.db.query(
      `SELECT legal_ground, explanation, email, name FROM dsa_notices WHERE post_id = $1`,
      [post.id],
    );
    expect(notices).toEqual([
      {
        legal_ground: 'Diffamation (loi du 29 juillet 1881, art. 29)',
        explanation: 'Ce message m’accuse nommément d’un délit.',
        email: 'jeanne@lecteurs.example',
        name: 'Jeanne Martin',
      },
    ]);
  });

  it('keeps the reader’s choice in the poll across sign-in and live refreshes; "Voter" stays usable', async () => {
    const article = await newArticle('Sondage en direct');
    const created = await t.http
      .post(`/api/articles/${article.slug}/polls`)
      .set(editor.auth)
      .send({
        question: 'Prenez-vous le train ?',
        options: ['Chaque jour', 'Parfois', 'Jamais'],
        mode: 'single',
        resultsVisibility: 'always',
        allowVoteChange: true,
      });
    expect(created.status).toBe(201);
    const [reader, other] = await Promise.all([newUser(t), newUser(t)]);
    const page = await newPage();
    await page.clock.install();
    await openArticle(page, article.slug, reader);
    const poll = page.getByRole('region', { name: /Prenez-vous le train/ });
    await poll.getByLabel('Parfois').check();
    // Someone else votes; the stream says poll.updated, the widget reads the poll again a
    // second later (the page's clock is ours: moved on until the count shows) and shows it...
    await t.http
      .put(`/api/polls/${created.body.id}/vote`)
      .set(other.auth)
      .send({ optionIds: [created.body.options[0].id] })
      .expect(200);
    const oneVoter = poll.getByText('1 votant');
    for (let step = 0; step < 50 && (await oneVoter.count()) === 0; step += 1) {
      await page.clock.fastForward(1_100);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await oneVoter.waitFor();
    // ...without losing the reader's choice or the button.
    await expect(poll.getByLabel('Parfois').isChecked()).resolves.toBe(true);
    const vote = poll.getByRole('button', { name: 'Voter' });
    await expect(vote.isEnabled()).resolves.toBe(true);
    await vote.click();
    await poll.getByText('2 votants').waitFor();
    await expect(poll.locator('.t-mine').textContent()).resolves.toContain('Parfois');
    const ballots = await t.db.query(
      `SELECT o.label FROM poll_ballots b JOIN poll_choices c ON c.ballot_id = b.id JOIN poll_options o ON o.id = c.option_id WHERE b.user_id = $1`,
      [reader.id],
    );
    expect(ballots).toEqual([{ label: 'Parfois' }]);
  });

  it("shows another reader's vote on a post live, without reloading", async () => {
    const article = await newArticle('Votes en direct');
    const [author, voter] = await Promise.all([newUser(t), newUser(t)]);
    const post = await insertPost(t, { threadId: article.threadId, authorId: author.id, body: 'Un avis à approuver.' });
    const page = await newPage();
    await openArticle(page, article.slug);
    const score = page.locator('#tribune-post-1 .t-score');
    await expect(score.textContent()).resolves.toBe('0');
    // The widget's stream is open before the vote (an event before it would be missed, not replayed).
    const hub = t.app.get(ThreadEventHub);
    for (let wait = 0; wait < 100 && hub.subscriberCount(article.threadId) === 0; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(hub.subscriberCount(article.threadId)).toBe(1);
    await t.http.put(`/api/posts/${post.id}/vote`).set(voter.auth).send({ value: 1 }).expect(200);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-tribune-article]')!.shadowRoot!.querySelector('#tribune-post-1 .t-score')!
          .textContent === '1',
    );
    await expect(score.textContent()).resolves.toBe('1');
  });

  it('offers "Signaler une erreur" for a selection in the article, not for one inside the widget', async () => {
    const article = await newArticle('Sélection dans le widget');
    const author = await newUser(t);
    await insertPost(t, {
      threadId: article.threadId,
      authorId: author.id,
      body: 'Un commentaire que l’on sélectionne.',
    });
    const page = await newPage();
    await openArticle(page, article.slug);
    await page.locator('#tribune-post-1 .t-body').waitFor();
    await page.evaluate(() => {
      const shadow = document.querySelector('[data-tribune-article]')!.shadowRoot!;
      const text = shadow.querySelector('#tribune-post-1 .t-body p')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 14);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.waitForTimeout(400);
    expect(await page.getByRole('button', { name: 'Signaler une erreur' }).count()).toBe(0);
    await page.evaluate(() => {
      const text = document.querySelector('[data-article-body]')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 10);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Signaler une erreur' }).waitFor();
  });

  it('opens on the post named in the address (#tribune-post-N), even beyond the first page', async () => {
    const article = await newArticle('Lien vers un message lointain');
    const author = await newUser(t);
    for (let n = 1; n <= 60; n++)
      await insertPost(t, { threadId: article.threadId, authorId: author.id, body: `Message numéro ${n}.` });
    const page = await newPage();
    await page.goto(`${base}/articles/${article.slug}#tribune-post-58`);
    await page.locator('#tribune-post-58').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-tribune-article]')?.shadowRoot?.activeElement?.id === 'tribune-post-58',
    );
    await expect(page.locator('#tribune-post-58').isVisible()).resolves.toBe(true);
  });
});

/** The post numbers of the thread as shown, top to bottom (featured copies aside). */
function numbersShown(page: Page): Promise<number[]> {
  return page
    .locator('.t-posts article')
    .evaluateAll((elements) => elements.map((element) => Number((element as HTMLElement).dataset.postNumber)));
}

/** The id of the element focused inside the widget's shadow root. */
function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector('[data-tribune-article]')?.shadowRoot?.activeElement?.id);
}

function focusedText(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => document.querySelector('[data-tribune-article]')?.shadowRoot?.activeElement?.textContent ?? undefined,
  );
}
