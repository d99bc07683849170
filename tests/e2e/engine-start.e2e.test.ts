/**
 * The engine starts with the browser (issue 14): in a fresh profile, with no page opened, the
 * background creates the offscreen document and the dictionary's directory is opened there, so
 * that the reader's first hover finds it in memory. Its pages and shards and kuromoji are left for
 * the first request that needs them.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, saveScreenshot, type ExtensionBrowser } from './support/extension-browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { wordPointInPage } from './support/word-point';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  browser = await launchWithExtension();
  server = await startFixtureServer();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Points at 制裁 in the article until the popup shows its entries; the popup's text. */
async function popupAtSanctions(page: Page): Promise<string> {
  const point = await page.evaluate(wordPointInPage, { word: '制裁', charIndex: 0, nth: 0 });
  expect(point).not.toBeNull();
  let text = '';
  await expect
    .poll(
      async () => {
        await page.mouse.move(point!.x + Math.random(), point!.y);
        text = await page.evaluate(() => {
          const root = document.querySelector('[data-yomu="popup"]')?.shadowRoot;
          return root?.querySelector('.yomu-entries li') ? ((root.querySelector('.yomu-popup') as HTMLElement).innerText ?? '') : '';
        });
        return text;
      },
      { timeout: 30_000, interval: 200 },
    )
    .toContain('sanction');
  return text;
}

interface Status {
  loaded: boolean;
  dictionaryError?: string;
  timeline?: Record<string, number>;
}

/** The engine's status, asked of its offscreen document as the background forwards requests; undefined while there is none. */
function engineStatus(): Promise<Status | undefined> {
  return browser.serviceWorker.evaluate(async () => {
    const url = chrome.runtime.getURL('/offscreen.html');
    const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length === 0) return undefined;
    const reply = (await chrome.runtime.sendMessage({ target: 'yomu-offscreen', request: { type: 'yomu:status' } })) as
      { ok: true; status: Status } | undefined;
    return reply?.status;
  });
}

test('with no page opened, the engine is started and its dictionary opened; its parts and kuromoji wait', async () => {
  // Only the blank start page is open: nothing of ours asked the engine anything.
  for (const page of browser.context.pages()) expect(page.url()).toBe('about:blank');
  await expect
    .poll(async () => (await engineStatus())?.timeline?.['dictionary-searchable'], { timeout: 60_000, interval: 500 })
    .toBeGreaterThan(0);
  // A while later, still nothing read beyond the dictionary's directory: its pages, shards and
  // kuromoji wait for a hover or furigana to need them (read at the start, they took the CPU the
  // page and its first hover needed).
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const status = (await engineStatus())!;
  expect(status.dictionaryError).toBeUndefined();
  expect(status.timeline?.['dictionary-whole']).toBeUndefined();
  expect(Object.keys(status.timeline ?? {}).filter((name) => /file-asked \/edict\/(keys|entries)-/.test(name))).toEqual([]);
  expect(status.loaded).toBe(false);
  expect(status.timeline?.['kuromoji-start']).toBeUndefined();
});

test('a tab asks the offscreen engine directly; with the document closed, the worker makes a new one', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  expect(await popupAtSanctions(page)).toContain('せいさい');
  // The request went straight to the document: the worker was asked no lookup.
  const workerMarks = () =>
    browser.serviceWorker.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((m) => m.name)
        .filter((n) => n.startsWith('yomu:asked-')),
    );
  const askedOfWorker = await workerMarks();
  expect(askedOfWorker).not.toContain('yomu:asked-yomu:lookup');
  // The browser closes the document (it may, under memory pressure): the next page still gets its
  // popup. The tab is closed first: its own later requests (the words of the blocks around the
  // hover, asked when the page is idle) would have the worker make a new document at once.
  await page.close();
  await browser.serviceWorker.evaluate(() => chrome.offscreen.closeDocument());
  await expect.poll(async () => engineStatus(), { timeout: 10_000 }).toBeUndefined();
  const next = await browser.context.newPage();
  await next.goto(server.url('/article.html'));
  expect(await popupAtSanctions(next)).toContain('せいさい');
  // The first request that found no document went to the worker, which made one.
  expect((await workerMarks()).length).toBeGreaterThan(askedOfWorker.length);
  expect(await engineStatus()).toBeDefined();
  await saveScreenshot(next, 'engine-start-offscreen-recreated');
  await next.close();
});
