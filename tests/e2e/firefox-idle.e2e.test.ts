/**
 * Firefox keeps the engine while the browser is idle (issue 14): in Debian's Firefox ESR (the
 * Firefox build, `npm run build:firefox`, driven by puppeteer-core over WebDriver BiDi), with
 * Firefox's idle timeout for event pages lowered to 2 s, the reader hovers a word of the reference
 * article, leaves the browser alone for well past that timeout with no extension page open, then
 * opens the article again and hovers: the engine that answers is the one that loaded kuromoji the
 * first time (same `loadMs` in its status, still loaded), not a fresh one paying the cold load again.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchTestBrowser, type TestBrowser, type TestPage } from './support/test-browser';
import type { EngineStatus } from '../../core/engine/engine-protocol';

/** Firefox's idle timeout for event pages in this test, in ms (default 30,000). */
const IDLE_TIMEOUT_MS = 2_000;
/** How long the browser is left alone: several idle timeouts, so that an event page is suspended for sure. */
const IDLE_WAIT_MS = 4 * IDLE_TIMEOUT_MS;

/** The extension API in our own pages (Firefox's `browser`). */
interface ExtensionGlobal {
  browser: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; status?: EngineStatus }> } };
}

let server: FixtureServer;
let firefox: TestBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchTestBrowser('firefox', { 'extensions.background.idle.timeout': IDLE_TIMEOUT_MS });
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
}, 180_000);

/** The engine's status, asked from the options page, which is closed again: an open extension page keeps an event page alive. */
async function engineStatus(): Promise<EngineStatus | undefined> {
  const options = await firefox.openExtensionPage('options.html');
  try {
    const answer = await options.evaluate(() =>
      (globalThis as unknown as ExtensionGlobal).browser.runtime.sendMessage({ type: 'yomu:status' }),
    );
    return answer.status;
  } finally {
    await options.close();
  }
}

/** Whether the hover popup is shown with dictionary entries. */
function popupHasEntries(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-yomu="popup"]');
    return Boolean(host && !host.hidden && host.shadowRoot?.querySelector('.yomu-entries li'));
  });
}

/** Opens the reference article and points at 制裁 until the popup shows its entries; returns the page. */
async function hoverSanctions(): Promise<TestPage> {
  const page = await firefox.newPage();
  await page.goto(server.url('/article.html'));
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf('制裁');
      if (at < 0 || n.parentElement?.closest('[data-yomu]')) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  expect(point).not.toBeNull();
  let wiggle = 0;
  await expect
    .poll(
      async () => {
        // A pointer that does not move makes no mousemove: move it by a pixel each time.
        await page.moveMouse(point!.x + (wiggle++ % 2), point!.y);
        return popupHasEntries(page);
      },
      { timeout: 60_000, interval: 200 },
    )
    .toBe(true);
  return page;
}

test('after the background was left idle past its timeout, the next hover is answered by the engine already loaded', async () => {
  const first = await hoverSanctions();
  // The first popup is answered from the dictionary alone; the hover's words then load kuromoji: wait until it is in.
  await expect.poll(async () => (await engineStatus())?.loaded, { timeout: 60_000, interval: 500 }).toBe(true);
  const before = await engineStatus();
  expect(before?.loadMs).toBeGreaterThan(0);
  await first.close();

  // No extension page open, no request: an event page would be suspended now, and its engine lost.
  await new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_MS));

  const second = await hoverSanctions();
  await second.screenshot('firefox-idle-hover-after-idle');
  const after = await engineStatus();
  // The same engine: kuromoji still loaded, from the load measured the first time (a new engine
  // would be loading, or report a load of its own).
  expect({ loaded: after?.loaded, loadMs: after?.loadMs }).toEqual({ loaded: true, loadMs: before?.loadMs });
  await second.close();
}, 180_000);
