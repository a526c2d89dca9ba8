import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { findFreePort } from '../../src/database/embedded-postgres.js';
import { startTestApp, type TestApp } from './app.js';

/** Debian's Chromium; CI installs it (.ci/run). Browser tests fail, never skip, without it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test', 'screenshots');

/** A full-page screenshot of the page as it stands, test/screenshots/<name>.png. */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/**
 * CI installs Chromium (.ci/run), so there the browser suites always run and a
 * missing browser fails them. On a developer's machine without Chromium they are
 * reported as skipped, saying why, rather than failing a newcomer's `npm test`.
 */
const runBrowserSuites = Boolean(process.env.CI) || existsSync(CHROMIUM);
export const describeInBrowser: typeof describe = runBrowserSuites ? describe : describe.skip;
if (!runBrowserSuites) {
  process.stderr.write(
    `browser suites skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)\n`,
  );
}

async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  if (!existsSync(join(process.cwd(), 'public', 'embed.js'))) {
    throw new Error(
      'public/embed.js is missing: run `npm run build` (it builds the web front ends) before the browser tests',
    );
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    // Playwright gives every launch a fresh temporary profile (--user-data-dir) and refuses one passed
    // in args; each test's browser contexts are isolated sessions within it.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A reader in France (fr-FR, Europe/Paris) at a desk (1100 × 900) or on a phone (375 px wide, touch, 2×). */
export function frenchReader(device: { mobile?: boolean } = {}): BrowserContextOptions {
  return {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    ...(device.mobile
      ? { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1100, height: 900 } }),
  };
}

export interface BrowserSuiteOptions {
  /**
   * The app's configuration for this file, over RATE_LIMIT_FACTOR=1000 (a browser test makes
   * many requests from one address). A function runs once Chromium is up, for what must exist
   * before the app boots (another origin's server, say).
   */
  env?: Record<string, string> | (() => Promise<Record<string, string>>);
  /** The app listens on a port chosen before it boots and has its own address as PUBLIC_URL: mail links lead back to it. */
  publicUrlIsBase?: boolean;
}

/** One browser test file's world: the real app listening on loopback, and Chromium. */
export interface BrowserSuite {
  t: TestApp;
  browser: Browser;
  /** The app's address, http://127.0.0.1:<port>. */
  base: string;
  /** A new isolated browser session, closed by `close()` (closing it earlier is fine). */
  newContext(options?: BrowserContextOptions, settings?: ContextSettings): Promise<BrowserContext>;
  /** The one page of a new browser session (as `newContext`). */
  newPage(options?: BrowserContextOptions, settings?: ContextSettings): Promise<Page>;
  /** Closes every context, then Chromium, then the app; every step runs, and what failed is thrown. */
  close(): Promise<void>;
}

export interface ContextSettings {
  /** Playwright's default timeout for the context's actions and waits (ms): fail on the step that waits. */
  defaultTimeout?: number;
}

/**
 * Launches Chromium first (in CI a missing browser must fail the suite, whatever else is
 * wrong), then boots the app and listens. When a step fails, what was already started is
 * closed before the error is thrown. Use it as
 * `beforeAll(async () => { suite = await startBrowserSuite(...) })` and `afterAll(() => suite?.close())`.
 */
export async function startBrowserSuite(options: BrowserSuiteOptions = {}): Promise<BrowserSuite> {
  const browser = await launchChromium();
  let t: TestApp | undefined;
  try {
    const env = typeof options.env === 'function' ? await options.env() : (options.env ?? {});
    const port = options.publicUrlIsBase ? await findFreePort() : 0;
    t = await startTestApp({
      RATE_LIMIT_FACTOR: '1000',
      ...env,
      ...(options.publicUrlIsBase ? { PUBLIC_URL: `http://127.0.0.1:${port}` } : {}),
    });
    await t.app.listen(port, '127.0.0.1');
    const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    return browserSuite(t, browser, base);
  } catch (error) {
    const started = t;
    const failures = await runEvery([() => browser.close(), ...(started ? [() => started.close()] : [])]);
    // The failure to close is thrown with the error that made us close, so neither hides the other.
    if (failures.length > 0) {
      throw new AggregateError([error, ...failures], 'the browser suite failed to start, then to close', {
        cause: error,
      });
    }
    throw error;
  }
}

function browserSuite(t: TestApp, browser: Browser, base: string): BrowserSuite {
  const contexts: BrowserContext[] = [];
  const newContext = async (options: BrowserContextOptions = {}, settings: ContextSettings = {}) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    if (settings.defaultTimeout !== undefined) context.setDefaultTimeout(settings.defaultTimeout);
    return context;
  };
  return {
    t,
    browser,
    base,
    newContext,
    newPage: async (options, settings) => (await newContext(options, settings)).newPage(),
    async close() {
      // A context its test already closed closes again as a no-op.
      const steps = [...contexts.map((context) => () => context.close()), () => browser.close(), () => t.close()];
      const failures = await runEvery(steps);
      if (failures.length === 1) throw failures[0];
      if (failures.length > 1) throw new AggregateError(failures, `${failures.length} steps of closing failed`);
    },
  };
}

/** Runs every step in turn, even after one failed; returns what each failed step threw. */
async function runEvery(steps: (() => Promise<unknown>)[]): Promise<unknown[]> {
  const failures: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      failures.push(error);
    }
  }
  return failures;
}
