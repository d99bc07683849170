/// <reference path="../tests/e2e/support/chrome-api.d.ts" />
/**
 * `npm run bench`: the built extension in Debian's Chromium on the reference article. Prints
 * figures, asserts nothing:
 *   - engine cold load (kuromoji's dictionary in the offscreen document), over fresh browsers;
 *   - time to full annotation of the article with the engine warm, and to the first (visible) batch;
 *   - long tasks (> 50 ms) on the page's main thread while annotating;
 *   - JS heap added to the article's tab with furigana on (same page without the extension, after GC);
 *   - the first popup in a fresh browser after the page's load event (bench-cold-hover.ts);
 *   - the engine's process memory with everything loaded, the installed size, the store zips;
 *   - hover latency (bench-hover.ts) and long tasks on a long page (bench-long-page.ts), also
 *     with the page's CPU slowed 4×, with and without the extension (bench-throttled.ts).
 * Prints every figure with its method, runs, median and spread, and writes them to
 * .output/bench-figures.json (`npm run bench:readme` puts them in the README).
 * Needs `npm run build` (and `npm run zip` for the zip sizes) first.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/fixture-server';
import { benchHover, describeHoverFigures } from './bench-hover';
import { askOffscreen, loadEveryEngineFile, recordLongTasks, takeLongTasks, writeSettings } from './bench-page-support';
import { benchLongPage, describeLongPageFigures } from './bench-long-page';
import { benchThrottled, describeThrottledFigures } from './bench-throttled';
import { benchColdHover } from './bench-cold-hover';
import { benchWordList } from './bench-word-list';
import {
  extensionProcessMemory,
  folderBytes,
  loadAverage,
  printFigures,
  writeFigures,
  type ExtensionMemory,
  type Figure,
} from './bench-figures';
import { EXTENSION_DIR } from '../tests/e2e/support/extension-browser';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * Loads every data file the engine has (kuromoji, EDICT, names, name cards, kanji) and reads its
 * processes' memory. The requests go from the service worker straight to the offscreen document
 * (as the background forwards them), with no extension page open: an open options page would
 * live in the same extension process and be counted as the engine's.
 */
async function engineMemoryLoaded(b: ExtensionBrowser): Promise<(ExtensionMemory & { footprint?: number }) | undefined> {
  for (const page of b.context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  await loadEveryEngineFile(askOffscreen(b));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const memory = extensionProcessMemory(EXTENSION_DIR);
  return memory && { ...memory, footprint: await extensionFootprint(b) };
}

/**
 * Chromium's own measure of the extension process's memory, in MB: the private footprint of a
 * memory-infra dump (CDP Tracing.requestMemoryDump), what its Task Manager shows as "Memory
 * footprint" (the process's own pages, swapped ones too; no shared code). Undefined when Chromium
 * gives none.
 */
async function extensionFootprint(b: ExtensionBrowser): Promise<number | undefined> {
  const browser = b.context.browser();
  if (!browser) return undefined;
  const cdp = await browser.newBrowserCDPSession();
  const events: { ph: string; name: string; pid: number; args?: Record<string, unknown> }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['disabled-by-default-memory-infra'], memoryDumpConfig: { triggers: [] } },
    transferMode: 'ReportEvents',
  } as never);
  // Deterministic: the processes collect their garbage first, so the figure does not depend on when V8 last did.
  await cdp.send('Tracing.requestMemoryDump' as never, { deterministic: true, levelOfDetail: 'background' } as never);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const extensionPids = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'process_name' && (e.args as { name?: string })?.name === 'Extension Renderer')
      .map((e) => e.pid),
  );
  let bytes = 0;
  for (const e of events) {
    if (e.ph !== 'v' || !extensionPids.has(e.pid)) continue;
    const totals = (e.args as { dumps?: { process_totals?: { private_footprint_bytes?: string } } })?.dumps?.process_totals;
    if (totals?.private_footprint_bytes) bytes += parseInt(totals.private_footprint_bytes, 16);
  }
  return bytes > 0 ? bytes / 1024 / 1024 : undefined;
}

/**
 * What any extension built as ours costs before it holds data: an empty Manifest V3 extension
 * (written to a temporary folder) whose service worker opens an offscreen document that starts one
 * Worker, each fetching a 1 MB file of its own; its processes' memory 6 s after the browser starts.
 */
async function emptyEngineMemory(): Promise<ExtensionMemory | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'yomu-empty-engine-'));
  try {
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'empty engine',
        version: '1.0',
        permissions: ['offscreen'],
        background: { service_worker: 'bg.js' },
      }),
    );
    writeFileSync(
      join(dir, 'bg.js'),
      "chrome.offscreen.createDocument({ url: 'off.html', reasons: ['WORKERS'], justification: 'bench' });",
    );
    writeFileSync(join(dir, 'off.html'), '<!doctype html><script src="off.js"></script>');
    const keep = "fetch('data.bin').then((r) => r.arrayBuffer()).then((b) => { self.kept = b; });";
    writeFileSync(join(dir, 'off.js'), `new Worker('worker.js'); ${keep}`);
    writeFileSync(join(dir, 'worker.js'), keep);
    writeFileSync(join(dir, 'data.bin'), randomBytes(1 << 20));
    const b = await launchWithExtension({ extensionDir: dir });
    try {
      await new Promise((resolve) => setTimeout(resolve, 6000));
      return extensionProcessMemory(dir);
    } finally {
      await b.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function zipMegabytes(): { chrome?: number; firefox?: number } {
  const dir = join(EXTENSION_DIR, '..');
  const zips = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.zip')) : [];
  const size = (kind: string) => {
    const name = zips.find((n) => n.endsWith(`-${kind}.zip`));
    return name ? statSync(join(dir, name)).size / 1024 / 1024 : undefined;
  };
  return { chrome: size('chrome'), firefox: size('firefox') };
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const server = await startFixtureServer();
  let engineMemory: (ExtensionMemory & { footprint?: number }) | undefined;
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
      engineMemory = await engineMemoryLoaded(b);
    }
    await b.close();
  }

  const emptyEngine = await emptyEngineMemory();
  const plain = await launchWithExtension({ withExtension: false });
  const page = await plain.context.newPage();
  await page.goto(server.url('/article.html'));
  await page.waitForTimeout(500);
  const heapWithout = await heapAfterGc(page);
  await plain.close();
  const coldHover = await benchColdHover(server);
  const hover = await benchHover(server);
  const longPage = await benchLongPage(server);
  const wordList = await benchWordList();
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

  const zips = zipMegabytes();
  const figures: Figure[] = [
    {
      label: 'first popup in a fresh browser',
      method: `Debian Chromium, headless, default settings, a new profile per run; the reference article; the pointer put on 制裁 before the article is asked for and wiggling there (1 px every 10 ms), so on the word at the page's load event; clock in the page: loadEventStart → first frame after the popup shows 制裁 with entries${coldHover.missed ? `; ${coldHover.missed} runs without a popup in 30 s` : ''}`,
      unit: 'ms',
      samples: coldHover.latencies,
      target: '≤ 300 ms (median of 5)',
    },
    {
      label: 'first popup, from the pointer',
      method: `the same runs; clock in the page: the later of loadEventStart and the bench's first mousemove reaching the page → the same frame (the extension's part alone, whenever the bench's pointer came)`,
      unit: 'ms',
      samples: coldHover.fromPointer,
      target: '–',
    },
    ...hover.map((h): Figure => ({
      label: `warm hover, furigana ${h.furigana ? 'on' : 'off'}`,
      method: `mousemove (its timeStamp) → first animation frame showing the popup, rAF probe in the page, mouse moved by Playwright over ${h.distinctWords} different words of the article, timed once the engine says kuromoji is loaded${h.missed ? `, ${h.missed} without a popup` : ''}`,
      unit: 'ms',
      samples: h.latencies,
      statistic: 'p95',
      target: 'p95 ≤ 16.7 ms',
    })),
    ...wordList,
    {
      label: 'kuromoji cold load (offscreen document)',
      method: 'the engine status loadMs, once per fresh browser, furigana on',
      unit: 'ms',
      samples: coldLoads,
      target: '–',
    },
    {
      label: 'EDICT wholly loaded (every index page and entry shard, eight at a time, in the background)',
      method: 'the engine status dictionaryLoadMs, once per fresh browser',
      unit: 'ms',
      samples: dictionaryLoads,
      target: '–',
    },
    {
      label: 'full annotation of the article, engine warm',
      method: "the content script's yomu:furigana User Timing measure, per page load",
      unit: 'ms',
      samples: warmTotals,
      target: '≤ 150 ms',
    },
    {
      label: 'main-thread long tasks (> 50 ms) while annotating, engine warm',
      method: `PerformanceObserver longtask, ${warmTotals.length} loads`,
      unit: 'count',
      samples: [longTasks.length],
      target: 'none',
    },
    {
      label: "JS heap added to the article's tab, furigana on",
      method: 'CDP JSHeapUsedSize after 3 GCs, with and without the extension',
      unit: 'MB',
      samples: [(heapWith - heapWithout) / 1024 / 1024],
      target: '≤ 10 MB',
    },
    {
      label: 'engine process RSS, everything loaded',
      method:
        "ps RSS of the extension's renderer processes (offscreen document with its kuromoji worker, service worker; no extension page open) after kuromoji, EDICT, names, name cards and kanji loaded",
      unit: 'MB',
      samples: engineMemory === undefined ? [] : [engineMemory.rss],
      target: '≤ 150 MB',
    },
    {
      label: 'engine processes’ PSS, everything loaded',
      method:
        'the same processes, PSS from /proc/PID/smaps_rollup: pages shared with the rest of Chromium (its code, most of what RSS counts beyond the processes’ own) divided among the processes sharing them',
      unit: 'MB',
      samples: engineMemory === undefined ? [] : [engineMemory.pss],
      target: '–',
    },
    {
      label: 'engine processes’ own memory, everything loaded',
      method: 'the same processes, RssAnon + RssShmem from /proc/PID/status: their heaps and buffers, no file pages',
      unit: 'MB',
      samples: engineMemory === undefined ? [] : [engineMemory.own],
      target: '–',
    },
    {
      label: 'of the engine process RSS, Chromium’s own code and read-only data',
      method:
        'the same processes, resident file pages of the Chromium executable (/proc/PID/smaps, Rss less Anonymous): code and read-only data shared with every Chromium process, counted in full by RSS',
      unit: 'MB',
      samples: engineMemory === undefined ? [] : [engineMemory.browserBinary],
      target: '–',
    },
    {
      label: 'an empty extension’s process RSS (offscreen document and a worker, no data)',
      method:
        'ps RSS of the extension process of an empty Manifest V3 extension whose offscreen document starts one Worker, each holding a 1 MB file, 6 s after start: what this design costs before any dictionary',
      unit: 'MB',
      samples: emptyEngine === undefined ? [] : [emptyEngine.rss],
      target: '–',
    },
    {
      label: 'engine process memory footprint, everything loaded',
      method:
        "Chromium's private footprint of the extension process (CDP Tracing.requestMemoryDump, memory-infra, deterministic: after a garbage collection, unlike the RSS figures taken just before), what its Task Manager shows as Memory footprint: the process's own pages, no shared code",
      unit: 'MB',
      samples: engineMemory?.footprint === undefined ? [] : [engineMemory.footprint],
      target: '–',
    },
    {
      label: 'installed size (unpacked .output/chrome-mv3)',
      method: 'bytes of every file',
      unit: 'MB',
      samples: [folderBytes(EXTENSION_DIR) / 1024 / 1024],
      target: 'stated',
    },
    {
      label: 'store zip, Chrome',
      method: '`npm run zip` output',
      unit: 'MB',
      samples: zips.chrome === undefined ? [] : [zips.chrome],
      target: '≤ 40 MB',
    },
    {
      label: 'store zip, Firefox',
      method: '`npm run zip` output',
      unit: 'MB',
      samples: zips.firefox === undefined ? [] : [zips.firefox],
      target: '≤ 40 MB',
    },
  ];
  const report = { date: new Date().toISOString(), loadAverage: { start: loadAtStart, end: loadAverage() }, figures };
  printFigures(report);
  writeFigures(report);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
