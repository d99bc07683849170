/**
 * The engine starts with the browser (issue 14): in a fresh profile, with no page opened, the
 * background creates the offscreen document and the dictionary is opened there, so that the
 * reader's first hover finds it in memory. kuromoji is left for the first request that needs it.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/extension-browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

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

test('with no page opened, the engine is started and its dictionary opened; kuromoji waits', async () => {
  // Only the blank start page is open: nothing of ours asked the engine anything.
  for (const page of browser.context.pages()) expect(page.url()).toBe('about:blank');
  await expect
    .poll(async () => (await engineStatus())?.timeline?.['dictionary-whole'], { timeout: 60_000, interval: 500 })
    .toBeGreaterThan(0);
  const status = (await engineStatus())!;
  expect(status.dictionaryError).toBeUndefined();
  expect(status.timeline?.['dictionary-searchable']).toBeLessThanOrEqual(status.timeline!['dictionary-whole']!);
  expect(status.loaded).toBe(false);
  expect(status.timeline?.['kuromoji-start']).toBeUndefined();
});
