/// <reference path="../tests/e2e/support/chrome-api.d.ts" />
/**
 * `npm run bench`: the built extension in Debian's Chromium on the reference article. Prints
 * figures, asserts nothing:
 *   - engine cold load (kuromoji's dictionary in the offscreen document), over fresh browsers;
 *   - time to full annotation of the article with the engine warm, and to the first (visible) batch;
 *   - long tasks (> 50 ms) on the page's main thread while annotating;
 *   - JS heap added to the article's tab with furigana on (same page without the extension, after GC);
 *   - hover latency (bench-hover.ts) and long tasks on a long page (bench-long-page.ts), also
 *     with the page's CPU slowed 4×, with and without the extension (bench-throttled.ts).
 * Needs `npm run build` first.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/fixture-server';
import { benchHover, describeHoverFigures } from './bench-hover';
import { recordLongTasks, takeLongTasks, writeSettings } from './bench-page-support';
import { benchLongPage, describeLongPageFigures } from './bench-long-page';
import { benchThrottled, describeThrottledFigures } from './bench-throttled';

const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 7);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

interface Status {
  loaded: boolean;
  loadMs?: number;
  dictionaryLoadMs?: number;
}

async function engineStatus(context: BrowserContext, extensionId: string): Promise<Status> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const response = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'yomu:status' }));
  await page.close();
  return (response as { status: Status }).status;
}

/** Opens the article and waits for the content script's User Timing measure of the whole page. */
async function annotateArticle(
  context: BrowserContext,
  server: FixtureServer,
): Promise<{ page: Page; totalMs: number; firstMs: number; longTasks: number[] }> {
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(server.url('/article.html'));
  await page.waitForFunction(() => performance.getEntriesByName('yomu:furigana').length > 0, null, { timeout: 60_000 });
  const figures = await page.evaluate(() => {
    const total = performance.getEntriesByName('yomu:furigana')[0] as PerformanceMeasure;
    const first = performance.getEntriesByName('yomu:furigana-first-batch')[0];
    return {
      totalMs: total.duration,
      firstMs: first ? first.startTime - total.startTime : NaN,
    };
  });
  return { page, ...figures, longTasks: await takeLongTasks(page) };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const coldLoads: number[] = [];
  const dictionaryLoads: number[] = [];
  const coldPages: number[] = [];
  const warmTotals: number[] = [];
  const warmFirst: number[] = [];
  const longTasks: number[] = [];
  let heapWith = 0;

  for (let run = 0; run < COLD_RUNS; run++) {
    const b = await launchWithExtension();
    await writeSettings(b.context, b.extensionId, { showFurigana: true });
    const { page, totalMs } = await annotateArticle(b.context, server);
    coldPages.push(totalMs);
    const status = await engineStatus(b.context, b.extensionId);
    if (status.loadMs !== undefined) coldLoads.push(status.loadMs);
    else console.warn(`run ${run + 1}: the engine reports no load (${JSON.stringify(status)})`);
    if (status.dictionaryLoadMs !== undefined) dictionaryLoads.push(status.dictionaryLoadMs);
    await page.close();

    if (run === 0) {
      for (let i = 0; i < WARM_RUNS; i++) {
        const warm = await annotateArticle(b.context, server);
        warmTotals.push(warm.totalMs);
        warmFirst.push(warm.firstMs);
        longTasks.push(...warm.longTasks);
        if (i === WARM_RUNS - 1) heapWith = await heapAfterGc(warm.page);
        await warm.page.close();
      }
    }
    await b.close();
  }

  const plain = await launchWithExtension({ withExtension: false });
  const page = await plain.context.newPage();
  await page.goto(server.url('/article.html'));
  await page.waitForTimeout(500);
  const heapWithout = await heapAfterGc(page);
  await plain.close();
  const hover = await benchHover(server);
  const longPage = await benchLongPage(server);
  const throttled = await benchThrottled(server);
  await server.close();

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log('Yomu benchmark: reference article (tests/fixtures/article.html), Debian Chromium, headless');
  console.log(
    `engine cold load (kuromoji IPADIC in the offscreen document): median ${fmt(median(coldLoads))} over ${coldLoads.length} fresh browsers [${coldLoads.map(fmt).join(', ')}]  (target ≤ 800 ms)`,
  );
  console.log(
    `EDICT opened beside it (compound readings, hover): median ${fmt(median(dictionaryLoads))} [${dictionaryLoads.map(fmt).join(', ')}]`,
  );
  console.log(`first page in a fresh browser, furigana complete (engine cold, both loads included): median ${fmt(median(coldPages))}`);
  console.log(
    `full annotation, engine warm: median ${fmt(median(warmTotals))} over ${warmTotals.length} loads [${warmTotals.map(fmt).join(', ')}]  (target ≤ 150 ms)`,
  );
  console.log(`first (visible) batch annotated after: median ${fmt(median(warmFirst))}`);
  console.log(
    `main-thread long tasks (> 50 ms) during warm loads: ${longTasks.length}${longTasks.length ? ` [${longTasks.map(fmt).join(', ')}]` : ''}`,
  );
  console.log(
    `JS heap of the article's tab: ${mb(heapWithout)} without the extension, ${mb(heapWith)} with furigana on: added ${mb(heapWith - heapWithout)}  (target ≤ 10 MB)`,
  );
  for (const line of describeHoverFigures(hover)) console.log(line);
  for (const line of describeLongPageFigures(longPage)) console.log(line);
  for (const line of describeThrottledFigures(throttled)) console.log(line);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
