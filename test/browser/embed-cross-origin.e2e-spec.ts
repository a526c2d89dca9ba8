/// <reference lib="dom" />
import { jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { newUser } from '../support/factories.js';
import { insertArticle, insertPost } from '../support/sql-fixtures.js';

jest.setTimeout(60_000);

/**
 * A news site on another origin embeds the widget with README's snippet: the
 * browser must accept /embed.js there (Cross-Origin-Resource-Policy) and the
 * widget must reach the API (CORS_ORIGINS lists the site).
 */
let suite: BrowserSuite;
let t: TestApp;
let site: Server | undefined;
let siteOrigin: string;
let tribune: string;
let slug: string;
let mentioned: string;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** The news site: another port, so another origin than Tribune's. */
async function startSite(): Promise<string> {
  site = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le Journal</title></head><body>
       <h1>Le Journal</h1>
       <div data-tribune-article="${slug}"></div><script src="${tribune}/embed.js" async></script>
       </body></html>`,
    );
  });
  return `http://127.0.0.1:${await listen(site)}`;
}

beforeAll(async () => {
  suite = await startBrowserSuite({
    env: async () => {
      siteOrigin = await startSite();
      return { CORS_ORIGINS: siteOrigin };
    },
  });
  ({ t, base: tribune } = suite);
  const editor = await newUser(t, { role: 'editor' });
  const reader = await newUser(t);
  const article = await insertArticle(t, { authorId: editor.id, title: 'Le budget voté' });
  slug = article.slug;
  await insertPost(t, { threadId: article.threadId, authorId: reader.id, body: 'Un commentaire venu d’ailleurs.' });
  // A reply mentioning the reader, as the server renders mentions: a relative /u/<username> link.
  mentioned = reader.username;
  const reply = await insertPost(t, { threadId: article.threadId, authorId: editor.id, body: 'Merci' });
  await t.db.query(`UPDATE posts SET html = $2 WHERE id = $1`, [
    reply.id,
    `<p>Merci <a href="/u/${mentioned}" class="mention">@${mentioned}</a></p>`,
  ]);
}, 120_000);

afterAll(() => suite?.close());
afterAll(async () => {
  const server = site;
  if (server)
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

describeInBrowser('the widget embedded on another origin', () => {
  it('serves /embed.js and the hashed assets as cross-origin resources, the pages staying same-origin', async () => {
    const embed = await t.http.get('/embed.js').expect(200);
    expect(embed.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const script = await t.http.get('/count.js').expect(200);
    expect(script.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const page = await t.http.get('/').expect(200);
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    const asset = /\/assets\/[\w.-]+\.js/.exec(page.text)?.[0];
    expect(asset).toBeDefined();
    const served = await t.http.get(asset!).expect(200);
    expect(served.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('renders the thread’s posts on the news site’s page', async () => {
    const page = await suite.newPage({ locale: 'fr-FR' }, { defaultTimeout: 15_000 });
    const blocked: string[] = [];
    page.on('requestfailed', (request) => blocked.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('console', (message) => {
      if (message.type() === 'error') blocked.push(message.text());
    });
    await page.goto(`${siteOrigin}/`);
    expect(new URL(page.url()).origin).not.toBe(tribune);
    await page.getByText('Un commentaire venu d’ailleurs.').waitFor();
    expect(blocked).toEqual([]);
    // A mention leads to the reader's profile on Tribune, not to the news site's /u/….
    const mention = page.getByRole('link', { name: `@${mentioned}` });
    await expect(mention.getAttribute('href')).resolves.toBe(`${tribune}/u/${mentioned}`);
  });
});
