/**
 * The cold-start figure of `npm run bench`: a fresh browser (new profile, the reader's default
 * settings, nothing loaded in the engine), the reference article opened, and the pointer put on
 * 制裁 as soon as the page's load event has fired. Measured inside the page, black-box: from the
 * navigation's `loadEventStart` to the first animation frame after the popup shows that word with
 * its dictionary entries (a page-world MutationObserver on the popup host, then
 * requestAnimationFrame). The pointer wiggles by one pixel every 10 ms until then, as a
 * reader's hand does, so a content script that starts listening after the load event still
 * sees it move.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension-browser';
import type { FixtureServer } from '../tests/e2e/support/fixture-server';

export interface ColdHoverFigures {
  /** Per fresh browser: load event → first frame showing 制裁 with entries, in ms. */
  latencies: number[];
  /** Runs that showed no popup with entries within the wait. */
  missed: number;
}

/** The page-world probe: the first frame after the popup shows the word with entries, in the page's clock. */
function installColdProbe(): void {
  const w = window as unknown as { __coldProbe: { shownAt?: number; word?: string } };
  const probe = (w.__coldProbe = {} as { shownAt?: number; word?: string });
  const check = (host: Element) => {
    if (probe.shownAt !== undefined || (host as HTMLElement).hidden) return;
    const root = host.shadowRoot;
    const word = root?.querySelector('.yomu-surface')?.textContent ?? '';
    if (!root?.querySelector('.yomu-entries li')) return;
    requestAnimationFrame(() => {
      if (probe.shownAt === undefined) {
        probe.shownAt = performance.now();
        probe.word = word;
      }
    });
  };
  const watch = (host: Element) => {
    check(host);
    new MutationObserver(() => check(host)).observe(host, { attributes: true, subtree: true, childList: true, characterData: true });
    if (host.shadowRoot) new MutationObserver(() => check(host)).observe(host.shadowRoot, { subtree: true, childList: true });
  };
  const findHost = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.getAttribute('data-yomu') === 'popup') watch(n);
  });
  const observeRoot = () => findHost.observe(document.documentElement, { childList: true });
  if (document.documentElement) observeRoot();
  else {
    new MutationObserver((_records, self) => {
      if (!document.documentElement) return;
      self.disconnect();
      observeRoot();
    }).observe(document, { childList: true });
  }
}

/** The middle of the first 制裁 of the article, in viewport coordinates. */
function pointOfWord(word: string): { x: number; y: number } | undefined {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + 1);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return undefined;
}

const WORD = '制裁';

async function oneColdHover(server: FixtureServer): Promise<number | undefined> {
  const b = await launchWithExtension();
  try {
    const page: Page = await b.context.newPage();
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(installColdProbe);
    await page.goto(server.url('/article.html'), { waitUntil: 'load' });
    const point = await page.evaluate(pointOfWord, WORD);
    if (!point) throw new Error(`${WORD} is not on the article's first screen`);
    const deadline = Date.now() + 30_000;
    for (let i = 0; Date.now() < deadline; i++) {
      await page.mouse.move(point.x + (i % 2), point.y);
      const shown = await page.evaluate(() => (window as unknown as { __coldProbe: { shownAt?: number } }).__coldProbe.shownAt);
      if (shown !== undefined) break;
      await page.waitForTimeout(10);
    }
    return await page.evaluate(() => {
      const probe = (window as unknown as { __coldProbe: { shownAt?: number } }).__coldProbe;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return probe.shownAt === undefined ? undefined : probe.shownAt - nav.loadEventStart;
    });
  } finally {
    await b.close();
  }
}

/** `runs` fresh browsers, one cold hover each. */
export async function benchColdHover(
  server: FixtureServer,
  runs = Number(process.env.BENCH_COLD_HOVER_RUNS ?? 5),
): Promise<ColdHoverFigures> {
  const latencies: number[] = [];
  let missed = 0;
  for (let run = 0; run < runs; run++) {
    const ms = await oneColdHover(server);
    if (ms === undefined) missed++;
    else latencies.push(ms);
  }
  return { latencies, missed };
}
