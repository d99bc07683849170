/**
 * `npm run bench:firefox`: what the first hover costs in Debian's Firefox ESR after the browser
 * was idle, when an event page (the engine's home in a Manifest V3 build) would be suspended; the
 * Firefox build's background is persistent (Manifest V2, wxt.config.ts). The built extension
 * (`npm run build:firefox`, or FIREFOX_EXTENSION_DIR: `wxt build -b firefox --mv3` for comparison)
 * in firefox-esr over WebDriver BiDi (tests/e2e/support/test-browser.ts), Firefox's idle timeout
 * for event pages set to 5 s (default 30 s) so that the wait is short.
 * Per round: open the reference article, move the pointer onto 制裁 from the load event until the
 * popup shows it with entries (polled from outside, about every 20 ms: coarser than the Chromium
 * bench's frame probe), then at once the same on a second page (the warm figure to compare with),
 * then leave the browser idle for 15 s with no extension page open. The first round is a fresh
 * browser; every later one comes after the idle time (a suspension, where the background is an
 * event page). Prints each round with the engine's status (a `loadMs` that changes is a cold load
 * again) and the load average.
 */
import { launchTestBrowser, type TestBrowser, type TestPage } from '../tests/e2e/support/test-browser';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { describeFigure, type Figure } from './bench-figures';
import { loadEveryEngineFile } from './bench-page-support';

const ROUNDS = Number(process.env.BENCH_FIREFOX_ROUNDS ?? 4);
const IDLE_MS = 15_000;

async function firstPopup(page: TestPage, url: string): Promise<number | undefined> {
  await page.goto(url);
  const point = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf('制裁');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.top >= 0 && r.bottom <= innerHeight) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (!point) throw new Error('制裁 is not on the first screen');
  for (let i = 0; i < 1500; i++) {
    await page.moveMouse(point.x + (i % 2), point.y);
    const shown = await page.evaluate(() => {
      const host = document.querySelector('[data-yomu="popup"]');
      if (!host?.shadowRoot?.querySelector('.yomu-entries li') || (host as HTMLElement).hidden) return null;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.now() - nav.loadEventStart;
    });
    if (shown !== null) return shown;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

/**
 * Resident memory (RSS, MB) of Firefox's extension process (named "WebExtensions": our
 * background page with the engine and its workers, and any extension page open) of the Firefox
 * this script started: read from /proc through ps.
 */
function extensionProcessRss(): number | undefined {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8', maxBuffer: 16 << 20 })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKb: Number(m[3]), name: m[4]! }));
  const byPid = new Map(rows.map((r) => [r.pid, r]));
  const ours = (r: (typeof rows)[number]): boolean => {
    for (let p = byPid.get(r.ppid), hops = 0; p && hops < 6; p = byPid.get(p.ppid), hops++) if (p.ppid === process.pid) return true;
    return false;
  };
  const extension = rows.filter((r) => r.name === 'WebExtensions' && ours(r));
  return extension.length ? extension.reduce((sum, r) => sum + r.rssKb, 0) / 1024 : undefined;
}

/** Loads every data file the engine has (kuromoji, EDICT, names, name cards, kanji), closes the page that asked, and reads the process's memory. */
async function engineRssLoaded(browser: TestBrowser): Promise<number | undefined> {
  const page = await browser.openExtensionPage('options.html');
  const ask = (request: Record<string, unknown>) =>
    page.evaluate(
      (req) =>
        (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage(req),
      request,
    );
  await loadEveryEngineFile(ask);
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return extensionProcessRss();
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const server = await startFixtureServer();
  const browser = await launchTestBrowser('firefox', { 'extensions.background.idle.timeout': 5000 });
  const afterIdle: number[] = [];
  const warm: number[] = [];
  let rss: number | undefined;
  const popupOnNewPage = async (): Promise<number | undefined> => {
    const page = await browser.newPage();
    const ms = await firstPopup(page, server.url('/article.html'));
    await page.close();
    return ms;
  };
  const shown = (ms: number | undefined) => (ms === undefined ? 'none in 30 s' : `${ms.toFixed(0)} ms`);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const ms = await popupOnNewPage();
      const next = await popupOnNewPage();
      const options = await browser.openExtensionPage('options.html');
      const status = await options.evaluate(() =>
        (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({
          type: 'yomu:status',
        }),
      );
      await options.close();
      console.log(
        `round ${round + 1} (${round === 0 ? 'fresh browser' : 'after 15 s idle'}): first popup ${shown(ms)} after load, on the next page ${shown(next)}; engine ${JSON.stringify(status)}; load average ${loadavg()[0]!.toFixed(1)}`,
      );
      if (round > 0 && ms !== undefined) afterIdle.push(ms);
      if (next !== undefined) warm.push(next);
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    }
    rss = await engineRssLoaded(browser);
  } finally {
    await browser.close();
    await server.close();
  }
  const method = 'firefox-esr, background idle timeout 5 s, 15 s idle between rounds; load event → popup with entries, polled';
  const figures: Figure[] = [
    { label: 'Firefox, first popup after the background was idle', method, unit: 'ms', samples: afterIdle, target: 'no cold reload' },
    { label: 'Firefox, first popup on the page opened next (warm)', method, unit: 'ms', samples: warm, target: '–' },
  ];
  figures.push({
    label: 'Firefox, extension process RSS, everything loaded',
    method:
      'ps RSS of the WebExtensions process (background page with the engine and its workers) after kuromoji, EDICT, names, name cards and kanji loaded, no extension page open',
    unit: 'MB',
    samples: rss === undefined ? [] : [rss],
    target: '≤ 150 MB',
  });
  for (const figure of figures) console.log(`${figure.label}: ${describeFigure(figure)}  [${figure.method}]`);
  console.log(`load average (1 min) at the start ${loadAtStart[0]!.toFixed(1)}, at the end ${loadavg()[0]!.toFixed(1)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
