/**
 * One way for a test to drive the built extension in either browser, so that the same test reads
 * the same way for both: Debian's Chromium through playwright-core, Debian's Firefox ESR through
 * puppeteer-core over WebDriver BiDi. Neither downloads a browser or a driver.
 *
 * Only what the cross-browser tests need is here: open a page, run a function in it, move the
 * mouse, press a key, take a screenshot, open one of the extension's pages.
 */
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import { ARTIFACTS_DIR, launchWithExtension } from './extension-browser';

export type BrowserName = 'chromium' | 'firefox';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build (Manifest V2, wxt.config.ts); FIREFOX_EXTENSION_DIR names another (a bench comparing builds). */
export const FIREFOX_EXTENSION_DIR =
  process.env.FIREFOX_EXTENSION_DIR ?? fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));
/** Firefox's add-on id (wxt.config.ts) and the fixed internal UUID the tests give it, so its pages have a known address. */
const FIREFOX_ADDON_ID = 'yomu@example.org';
const FIREFOX_ADDON_UUID = '6f1d2c3b-7a8e-4b5c-9d0e-1f2a3b4c5d6e';

export interface TestPage {
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (its main world) and returns its JSON-serialisable result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Moves the mouse to the point (CSS pixels of the viewport). */
  moveMouse(x: number, y: number): Promise<void>;
  /** Clicks the left button at the point (CSS pixels of the viewport). */
  click(x: number, y: number): Promise<void>;
  /** Presses a key with modifiers, written as Playwright writes them: 'Alt+KeyG', 'Escape'. */
  press(key: string): Promise<void>;
  /** Saves a screenshot of the viewport under tests/artifacts/, returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  newPage(): Promise<TestPage>;
  /** One of the extension's own pages: options.html, popup.html, glossary.html… */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1200, height: 900 };

function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, `${name}.png`);
}

function playwrightPage(page: PlaywrightPage): TestPage {
  return {
    async goto(url) {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    moveMouse: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    async screenshot(name) {
      const path = screenshotPath(name);
      await page.screenshot({ path });
      return path;
    },
    close: () => page.close(),
  };
}

/** Playwright's key names ('Alt+KeyG') as puppeteer's key presses. */
async function pressWithPuppeteer(page: PuppeteerPage, key: string): Promise<void> {
  const parts = key.split('+');
  const main = parts.pop()! as KeyInput;
  const modifiers = parts as KeyInput[];
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(main);
  for (const m of modifiers.reverse()) await page.keyboard.up(m);
}

function puppeteerPage(page: PuppeteerPage): TestPage {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    moveMouse: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => pressWithPuppeteer(page, key),
    async screenshot(name) {
      const path = screenshotPath(name);
      await page.screenshot({ path: path as `${string}.png` });
      return path;
    },
    close: () => page.close(),
  };
}

async function launchChromium(): Promise<TestBrowser> {
  const browser = await launchWithExtension();
  return {
    name: 'chromium',
    async newPage() {
      return playwrightPage(await browser.context.newPage());
    },
    async openExtensionPage(path) {
      return playwrightPage(await browser.openExtensionPage(path));
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<TestBrowser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: VIEWPORT,
    // Lets WebDriver BiDi open and script moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      // No calls home from a machine without network.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    name: 'firefox',
    async newPage() {
      return puppeteerPage(await browser.newPage());
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_ADDON_UUID}/${path}`;
      // Firefox moves the tab into the extension's process on this navigation, and puppeteer's
      // navigation tracking does not follow it (it ends in "Frame detached"): start it, then wait
      // until the page itself says it is there.
      page.goto(url).catch(() => undefined);
      for (let i = 0; i < 100; i++) {
        const here = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
        if (here === url) return puppeteerPage(page);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the extension page ${url} did not open`);
    },
    close: () => browser.close(),
  };
}

/** Launches the named browser with the built extension installed; `firefoxPrefs`: extra Firefox preferences (benches). */
export function launchTestBrowser(name: BrowserName, firefoxPrefs?: Record<string, unknown>): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox(firefoxPrefs);
}
