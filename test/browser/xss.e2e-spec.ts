/// <reference lib="dom" />
// page.evaluate callbacks run in Chromium: they use the DOM types.
import { jest } from '@jest/globals';
import type { Page, Request } from 'playwright-core';
import { xssPayloads } from '../fixtures/xss-payloads.js';
import type { TestApp } from '../support/app.js';
import { describeInBrowser, startBrowserSuite, type BrowserSuite } from '../support/browser.js';
import { newUser, type TestUser } from '../support/factories.js';
import { insertArticle } from '../support/sql-fixtures.js';

/**
 * The XSS corpus, posted through the API and rendered in headless Chromium:
 * (1) on a bare page without any CSP that inserts each post's `html` with
 * innerHTML and with createContextualFragment (which, unlike innerHTML, runs
 * scripts), so the sanitizer alone is under test; (2) on the app's own article
 * page with the real widget and CSP. Payloads call `alert()` (caught as a
 * dialog) or `__xss()` (an exposed function); every link is clicked; no
 * request may leave for a javascript:, vbscript: or data: URL.
 */

jest.setTimeout(90_000);

/** Payloads wired to the exposed `__xss` so that any execution path is caught, not only dialogs. */
const instrumented = [
  '<img src=x onerror=__xss(1)>',
  '<svg onload=__xss(2)>',
  '[x](javascript:__xss(3))',
  '<a href="javascript:__xss(4)">x</a>',
  '<iframe srcdoc="<script>parent.__xss(5)</script>"></iframe>',
  '<details open ontoggle=__xss(6)>x</details>',
  '<body onload=__xss(7)>',
  '<script>__xss(8)</script>',
  '<a href="data:text/html,<script>__xss(9)</script>">x</a>',
  '<form action="javascript:__xss(10)"><button>x</button></form>',
  '<input autofocus onfocus=__xss(11)>',
  "<style>@import 'javascript:__xss(12)';</style>",
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(13)>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(14)>">',
  '[x](JaVaScRiPt:__xss(15))',
  '[x](javascript&#58;__xss(16))',
  '<a href="jav&#x09;ascript:__xss(17)">x</a>',
  '![x](x" onerror="__xss(18))',
  '<a href="#" onclick="__xss(19)">cliquez</a>',
  '[cliquez](https://ok.example" onclick="__xss(20))',
  '<object data="javascript:__xss(21)"></object>',
  '<embed src="javascript:__xss(22)">',
  '<video><source onerror="__xss(23)"></video>',
  '<marquee onstart=__xss(24)>x</marquee>',
  '<div style="background:url(javascript:__xss(25))">x</div>',
  '<a href="vbscript:__xss(26)">x</a>',
  '<<img src=x onerror=__xss(27)>',
  '<img """><script>__xss(28)</script>">',
  '<svg><a xlink:href="javascript:__xss(29)"><text x="20" y="20">x</text></a></svg>',
  '<base href="javascript:__xss(30)//"><a href="/x">x</a>',
];

// Payloads holding U+0000 are refused outright (400): they never reach a page.
const NUL_PAYLOADS = xssPayloads.filter((payload) => payload.includes('\u0000'));
const PAYLOADS = [...xssPayloads.filter((payload) => !payload.includes('\u0000')), ...instrumented];

const ALLOWED_TAGS = new Set([
  'P',
  'BR',
  'STRONG',
  'EM',
  'DEL',
  'S',
  'CODE',
  'PRE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'A',
  'HR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'class', 'start']);

let suite: BrowserSuite;
let t: TestApp;
let base: string;
const threads: string[] = [];
const slugs: string[] = [];
const postHtml: string[] = [];

interface Sightings {
  executions: string[];
  badRequests: string[];
}

/** Hooks every way a payload could show it ran. */
async function instrument(page: Page, sightings: Sightings): Promise<void> {
  await page.exposeFunction('__xss', (marker: unknown) => {
    sightings.executions.push(`__xss(${String(marker)})`);
  });
  page.on('dialog', (dialog) => {
    sightings.executions.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    // A dialog already fails the test; a dismiss that fails (the page closing) is recorded beside it.
    void dialog
      .dismiss()
      .catch((error: unknown) => sightings.executions.push(`dialog not dismissed: ${String(error)}`));
  });
  page.on('console', (message) => {
    if (/xss|alert/i.test(message.text())) sightings.executions.push(`console: ${message.text()}`);
  });
  const watch = (request: Request) => {
    if (/^(javascript|vbscript|data):/i.test(request.url()) && !/^data:image\//i.test(request.url()))
      sightings.badRequests.push(request.url().slice(0, 120));
  };
  page.on('request', watch);
  page.on('popup', (popup) => sightings.badRequests.push(`popup ${popup.url()}`));
  page.on('framenavigated', (frame) => {
    if (/^(javascript|vbscript|data):/i.test(frame.url())) sightings.badRequests.push(`frame ${frame.url()}`);
  });
}

/** Clicks every link inside `selector` in place (navigation away is aborted by the route handler). */
async function clickEveryLink(page: Page, selector: string): Promise<number> {
  return page.evaluate((root) => {
    // The widget renders in an open shadow root: look there too.
    const scopes: ParentNode[] = [document];
    for (const element of Array.from(document.querySelectorAll('*')))
      if (element.shadowRoot) scopes.push(element.shadowRoot);
    const links = scopes.flatMap((scope) => Array.from(scope.querySelectorAll<HTMLAnchorElement>(`${root} a`)));
    for (const link of links) {
      link.addEventListener('click', (event) => {
        // Follow javascript: links as a browser would (that is the attack); stop real navigations.
        if (!/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) event.preventDefault();
      });
      link.click();
    }
    return links.length;
  }, selector);
}

/** Elements, attributes and URLs outside the sanitizer's allowlist, found in the rendered DOM. */
async function offenders(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ root, tags, attributes }) => {
      const found: string[] = [];
      const scopes: ParentNode[] = [document];
      for (const element of Array.from(document.querySelectorAll('*')))
        if (element.shadowRoot) scopes.push(element.shadowRoot);
      for (const element of scopes.flatMap((scope) => Array.from(scope.querySelectorAll(`${root} *`)))) {
        if (!tags.includes(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
        for (const attribute of Array.from(element.attributes)) {
          if (!attributes.includes(attribute.name)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
          if (attribute.name === 'href' && !/^(https?:|mailto:|#|\/[^/\\])/i.test(attribute.value.trim()))
            found.push(`href=${attribute.value.slice(0, 60)}`);
        }
      }
      return found;
    },
    { root: selector, tags: [...ALLOWED_TAGS], attributes: [...ALLOWED_ATTRIBUTES] },
  );
}

beforeAll(async () => {
  suite = await startBrowserSuite();
  ({ t, base } = suite);
  const editor = await newUser(t, { role: 'editor' });
  const authors: TestUser[] = await Promise.all([newUser(t), newUser(t), newUser(t)]);
  // One thread per widget page (50 posts), so the article pages show every payload.
  for (let start = 0; start < PAYLOADS.length; start += 50) {
    const article = await insertArticle(t, { authorId: editor.id, title: `Article XSS ${start}` });
    threads.push(article.threadId);
    slugs.push(article.slug);
  }
  for (const [index, payload] of PAYLOADS.entries()) {
    const response = await t.http
      .post(`/api/threads/${threads[Math.floor(index / 50)]}/posts`)
      .set(authors[index % authors.length]!.auth)
      .send({ body: payload });
    if (response.status !== 201)
      throw new Error(`payload ${index}: ${response.status} ${JSON.stringify(response.body)}`);
    postHtml.push(response.body.html);
  }
}, 120_000);

afterAll(() => suite?.close());

describeInBrowser('XSS corpus in a real browser', () => {
  it('posts at least 100 hostile payloads, each accepted and stored', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(postHtml).toHaveLength(PAYLOADS.length);
  });

  it('refuses the payloads holding a NUL character with a 400', async () => {
    const [author] = await Promise.all([newUser(t)]);
    for (const payload of NUL_PAYLOADS) {
      await t.http.post(`/api/threads/${threads[0]}/posts`).set(author!.auth).send({ body: payload }).expect(400);
    }
  });

  it('the harness catches execution: an unsanitized control payload does fire', async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    const sightings: Sightings = { executions: [], badRequests: [] };
    await instrument(page, sightings);
    await page.route('**/*', (route) =>
      route.request().url() === 'http://xss.test/'
        ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><main id="posts"></main>' })
        : route.abort(),
    );
    await page.goto('http://xss.test/');
    await page.evaluate(() => {
      document.getElementById('posts')!.innerHTML = '<img src=x onerror="__xss(\'control\')">';
    });
    await page.waitForTimeout(300);
    await context.close();
    expect(sightings.executions).toEqual(['__xss(control)']);
  });

  it('no payload runs when the stored html is inserted with innerHTML and as a live fragment, without CSP', async () => {
    const context = await suite.newContext();
    const page = await context.newPage();
    const sightings: Sightings = { executions: [], badRequests: [] };
    await instrument(page, sightings);
    // A page of our own, with no Content-Security-Policy: only the sanitizer stands in the way.
    await page.route('**/*', (route) =>
      route.request().url() === 'http://xss.test/'
        ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><main id="posts"></main>' })
        : route.abort(),
    );
    await page.goto('http://xss.test/');
    // What the widget does: fetch the posts, insert each `html`.
    const fetched: string[] = [];
    for (const threadId of threads) {
      const response = await t.http.get(`/api/threads/${threadId}/posts?limit=100`).expect(200);
      fetched.push(...response.body.items.map((post: { html: string }) => post.html));
    }
    expect(fetched).toHaveLength(PAYLOADS.length);
    await page.evaluate((htmls) => {
      const root = document.getElementById('posts')!;
      for (const html of htmls) {
        const viaInnerHtml = document.createElement('article');
        viaInnerHtml.innerHTML = html;
        root.append(viaInnerHtml);
        const viaFragment = document.createElement('article');
        viaFragment.append(document.createRange().createContextualFragment(html));
        root.append(viaFragment);
      }
    }, fetched);
    await page.waitForTimeout(500);
    const clicked = await clickEveryLink(page, '#posts');
    await page.mouse.move(10, 10);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    const found = await offenders(page, '#posts > article');
    await context.close();

    expect(clicked).toBeGreaterThan(10);
    expect(sightings.executions).toEqual([]);
    expect(sightings.badRequests).toEqual([]);
    expect([...new Set(found)]).toEqual([]);
  });

  it('no payload runs on the app’s own article pages (the widget, under the real CSP), links clicked', async () => {
    const context = await suite.newContext({ locale: 'fr-FR' }, { defaultTimeout: 10_000 });
    const page = await context.newPage();
    const sightings: Sightings = { executions: [], badRequests: [] };
    await instrument(page, sightings);
    // Stay on the app: any navigation elsewhere (a user link) is aborted and recorded if it is a bad scheme.
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    let rendered = 0;
    let clicked = 0;
    const found: string[] = [];
    for (const [index, slug] of slugs.entries()) {
      await page.goto(`${base}/articles/${slug}`);
      const expected = Math.min(50, PAYLOADS.length - index * 50);
      await page.waitForFunction(
        (count) =>
          (document.querySelector('[data-tribune-article]')?.shadowRoot?.querySelectorAll('.t-body').length ?? 0) >=
          count,
        expected,
      );
      rendered += await page.locator('.t-body').count();
      await page.waitForTimeout(300);
      clicked += await clickEveryLink(page, '.t-body');
      await page.waitForTimeout(200);
      found.push(...(await offenders(page, '.t-body')));
    }
    await context.close();

    expect(rendered).toBe(PAYLOADS.length);
    expect(clicked).toBeGreaterThan(10);
    expect(sightings.executions).toEqual([]);
    expect(sightings.badRequests).toEqual([]);
    expect([...new Set(found)]).toEqual([]);
  });
});
