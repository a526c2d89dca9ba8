/// <reference lib="dom" />
// page.evaluate callbacks run in Chromium: they use the DOM types.
import { jest } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EventStreams } from '../../src/platform/realtime/event-streams.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { describeInBrowser, launchChromium, SCREENSHOTS, type TestBrowser } from '../support/browser.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle, insertPost, type ArticleFixture } from '../support/sql-fixtures.js';

/*
 * The reader widget (/embed.js) as readers use it: its Shadow DOM, the bell,
 * reading order, replies, featured posts, the DSA notice form, accessibility.
 * Playwright's CSS and role locators pierce open shadow roots.
 */

jest.setTimeout(60_000);

let t: TestApp;
let chromium: TestBrowser;
let browser: Browser;
let base: string;
let editor: TestUser;
const contexts: BrowserContext[] = [];

async function newPage(options: { mobile?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    ...(options.mobile
      ? { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1100, height: 900 } }),
  });
  context.setDefaultTimeout(10_000);
  contexts.push(context);
  return context.newPage();
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

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
  chromium = await launchChromium();
  browser = chromium.browser;
  t = await startTestApp({ RATE_LIMIT_FACTOR: '1000' });
  await t.app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  editor = await newUser(t, { role: 'editor' });
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await chromium?.close();
  await t?.close();
});

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
    await bell.click();
    const item = page.getByRole('listitem').filter({ hasText: `${other.username} vous a répondu` });
    await item.waitFor();
    // French typography: a no-break space after « n° ».
    await expect(item.locator('.t-notif-text').textContent()).resolves.toBe(
      `Nouveau\u00a0: ${other.username} vous a répondu (message n°\u00a0${answer.number})`,
    );
    await shot(page, 'widget-bell-open');
    await item.getByRole('link', { name: 'Voir le message' }).click();
    await expect(
      page.locator(`#tribune-post-${answer.number}`).evaluate((el) => el === el.getRootNode().activeElement),
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
    const streams = t.app.get(EventStreams) as unknown as { open: Set<{ response: { end(): void } }> };
    expect(streams.open.size).toBeGreaterThan(0);
    for (const stream of streams.open) stream.response.end();
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
});
