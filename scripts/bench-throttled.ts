/// <reference path="../tests/e2e/support/chrome-api.d.ts" />
/**
 * The throttled long-page figure of `npm run bench` (issue 12, slow machines): the reference
 * article's body copied 40 times, the page's CPU slowed 4× (CDP Emulation.setCPUThrottlingRate),
 * in Debian's Chromium with and without the built extension (engine warmed first, unthrottled).
 * Counts the page's main-thread long tasks (> 50 ms, PerformanceObserver `longtask`, buffered)
 * from navigation until furigana has annotated the page (the `yomu:furigana` measure, or the
 * number of drawn readings unchanged for 3 s), and tells when the readings of the first screen
 * were all drawn against the rest: each reading's arrival is recorded by a page-world
 * MutationObserver (the layer's shadow root, or `<ruby data-yomu>` of the former design), its
 * place measured once at the end. Prints method, runs, median and spread; asserts nothing.
 *
 * Which long tasks are ours: a CDP trace (devtools.timeline) of the run gives each main-thread
 * task of the page's renderer over 50 ms and what ran in it; a task that runs script of a
 * chrome-extension:// URL is ours. Style, layout and paint our writes cause land in the
 * browser's rendering tasks, which run no script: they are counted apart ("rendering"), with
 * the same figures printed for the page alone as the control.
 *
 * Run alone: `npx tsx scripts/bench-throttled.ts` (YOMU_EXTENSION_DIR picks another build,
 * BENCH_THROTTLED_RUNS the runs, BENCH_LONG_PAGE_COPIES the copies).
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/fixture-server';
import { recordLongTasks, takeLongTasks, writeSettings, longPageHtml } from './bench-page-support';

const COPIES = Number(process.env.BENCH_LONG_PAGE_COPIES ?? 40);
const RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
/** Readings unchanged this long = annotation over (when the build sets no `yomu:furigana` measure). */
const QUIET_MS = 3000;
const MAX_WAIT_MS = 900_000;

export interface ThrottledRun {
  longTasks: number[];
  /** From the trace: tasks over 50 ms that ran our extension's script (ms each). */
  oursLongTasks: number[];
  /** Thread (CPU) time of each of those tasks (ms): less sensitive to a busy machine than their length. */
  oursLongTasksCpu: number[];
  /** Time our script itself ran in each of those tasks (ms); the rest is the browser's style, layout, paint, GC. */
  oursLongTasksScript: number[];
  /** From the trace: tasks over 50 ms of style, layout and paint only, no script (ms each). */
  renderingLongTasks: number[];
  /** ms from navigation start; NaN without the extension. */
  annotatedMs: number;
  readings: number;
  firstScreenReadings: number;
  /** When the last reading of the first screen arrived (ms from navigation start). */
  firstScreenDoneMs: number;
  /** When the last reading of the page arrived. */
  allDoneMs: number;
  /** Readings below the first screen that arrived before the first screen was complete. */
  restBeforeFirstScreen: number;
}

export interface ThrottledFigures {
  copies: number;
  extensionDir: string;
  withExtension: ThrottledRun[];
  withoutExtension: ThrottledRun[];
}

/**
 * Page-world init script (a string: a compiled function may call helpers the page lacks):
 * records when each reading element, or a container of them, is added.
 */
const RECORD_READING_ARRIVALS = `(() => {
  const arrivals = (window.__arrivals = []);
  const note = (records) => {
    const t = performance.now();
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) arrivals.push([t, n]);
  };
  const watched = new WeakSet();
  const watchHost = (host) => {
    const root = host.shadowRoot;
    if (!root) return void setTimeout(() => watchHost(host), 20);
    if (watched.has(root)) return;
    watched.add(root);
    const t = performance.now();
    for (const el of root.children) arrivals.push([t, el]);
    new MutationObserver(note).observe(root, { childList: true, subtree: true });
  };
  new MutationObserver((records) => {
    // In the page, only our own elements: the page's own (parsed later than the observer) would hold ours.
    const t = performance.now();
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.hasAttribute('data-yomu')) arrivals.push([t, n]);
    for (const r of records)
      for (const n of r.addedNodes) if (n instanceof Element && n.getAttribute('data-yomu') === 'furigana') watchHost(n);
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Counts the readings drawn now: layer `[data-base]` or former `ruby[data-yomu]`. */
function readingCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = document.querySelectorAll('ruby[data-yomu]').length;
    for (const host of Array.from(document.querySelectorAll('[data-yomu="furigana"]')))
      n += host.shadowRoot?.querySelectorAll('[data-base]').length ?? 0;
    return n;
  });
}

async function waitUntilAnnotated(page: Page): Promise<number> {
  const started = Date.now();
  let last = -1;
  let quietSince = Date.now();
  while (Date.now() - started < MAX_WAIT_MS) {
    const measured = await page.evaluate(() => performance.getEntriesByName('yomu:furigana')[0]);
    if (measured) return measured.startTime + measured.duration;
    const n = await readingCount(page);
    if (process.env.BENCH_VERBOSE) console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${n} readings`);
    if (n !== last) {
      last = n;
      quietSince = Date.now();
    } else if (n > 0 && Date.now() - quietSince >= QUIET_MS) {
      return page.evaluate(() => performance.now());
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`furigana did not finish within ${MAX_WAIT_MS / 1000} s`);
}

/** Arrival time of each reading still drawn, and whether it lies in the first screen (page at the top). */
function arrivals(page: Page): Promise<{ t: number; inFirstScreen: boolean }[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __arrivals: [number, Element][] };
    const seen = new Map<Element, number>();
    for (const [t, el] of w.__arrivals) {
      if (!el.isConnected) continue;
      const readings = el.matches('[data-base], ruby[data-yomu]') ? [el] : Array.from(el.querySelectorAll('[data-base], ruby[data-yomu]'));
      for (const r of readings) if (!seen.has(r)) seen.set(r, t);
    }
    window.scrollTo(0, 0);
    const height = innerHeight;
    return Array.from(seen, ([el, t]) => {
      const r = el.getBoundingClientRect();
      return { t, inFirstScreen: r.bottom > 0 && r.top < height && r.height > 0 };
    });
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: what the task cost, whatever else the machine was running. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Events that are script: FunctionCall, EvaluateScript, TimerFire... carry the script's URL. */
const RENDERING = new Set(['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/**
 * Long tasks (> 50 ms) of the page's main thread (the renderer's CrRendererMain with the most of
 * them), split into those running our script, and those of rendering alone.
 */
function classifyLongTasks(events: TraceEvent[]): { ours: number[]; rendering: number[]; oursCpu: number[]; oursScript: number[] } {
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) !== 'CrRendererMain') continue;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  const longOf = (list: TraceEvent[]) => list.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const thread = [...byThread.values()].sort((a, b) => longOf(b).length - longOf(a).length)[0] ?? [];
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const oursScript: number[] = [];
  const rendering: number[] = [];
  for (const task of longOf(thread)) {
    const end = task.ts + task.dur!;
    const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const ms = Math.round(task.dur! / 1000);
    const script = inside.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://'));
    if (script.length > 0) {
      ours.push(ms);
      oursCpu.push(Math.round((task.tdur ?? 0) / 1000));
      // Our script's own time: its outermost events (a call nested in another is counted once).
      const outermost = script.filter((e) => !script.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)));
      oursScript.push(Math.round(outermost.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000));
      if (process.env.BENCH_VERBOSE) {
        const by = new Map<string, number>();
        for (const e of inside) if (e.dur) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
        const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 5);
        console.log(
          `  ours: ${ms} ms (thread ${Math.round((task.tdur ?? 0) / 1000)} ms, our script ${oursScript[oursScript.length - 1]} ms): ${top.map(([n, d]) => `${n} ${d.toFixed(0)}`).join(', ')}`,
        );
        const ownEvents = outermost.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4);
        console.log(
          `    our script: ${ownEvents.map((e) => `${e.name} ${e.args?.data?.url?.replace(/^.*\//, '')} ${((e.dur ?? 0) / 1000).toFixed(0)}`).join(', ')}`,
        );
      }
    } else if (inside.some((e) => RENDERING.has(e.name)) && !inside.some((e) => e.args?.data?.url)) rendering.push(ms);
  }
  return { ours, rendering, oursCpu, oursScript };
}

async function throttledRun(page: Page, url: string, withExtension: boolean): Promise<ThrottledRun> {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.addInitScript(recordLongTasks);
  await page.addInitScript({ content: RECORD_READING_ARRIVALS });
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url);
  let annotatedMs = NaN;
  if (withExtension) annotatedMs = await waitUntilAnnotated(page);
  else await page.waitForTimeout(8000); // the page's own load and layout, over the same kind of window
  await page.waitForTimeout(1000);
  const longTasks = await takeLongTasks(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('Tracing.end');
  await traced;
  await cdp.detach();
  const classified = classifyLongTasks(events);
  if (process.env.BENCH_VERBOSE)
    console.log(
      '  trace events',
      events.length,
      events
        .filter((e) => e.name === 'thread_name')
        .map((e) => e.args?.name)
        .join(','),
    );
  const arrived = await arrivals(page);
  const first = arrived.filter((a) => a.inFirstScreen);
  const firstScreenDoneMs = first.length ? Math.max(...first.map((a) => a.t)) : NaN;
  return {
    longTasks,
    oursLongTasks: classified.ours,
    oursLongTasksCpu: classified.oursCpu,
    oursLongTasksScript: classified.oursScript,
    renderingLongTasks: classified.rendering,
    annotatedMs,
    readings: arrived.length,
    firstScreenReadings: first.length,
    firstScreenDoneMs,
    allDoneMs: arrived.length ? Math.max(...arrived.map((a) => a.t)) : NaN,
    restBeforeFirstScreen: arrived.filter((a) => !a.inFirstScreen && a.t < firstScreenDoneMs).length,
  };
}

export async function benchThrottled(server: FixtureServer, runs = RUNS, copies = COPIES): Promise<ThrottledFigures> {
  const url = server.page('/long-page-throttled.html', longPageHtml(copies));
  const figures: ThrottledFigures = { copies, extensionDir: EXTENSION_DIR, withExtension: [], withoutExtension: [] };
  for (const withExtension of [false, true]) {
    const b = await launchWithExtension({ withExtension });
    try {
      if (withExtension) {
        await writeSettings(b.context, b.extensionId, { showFurigana: true, hoverTrigger: 'none' });
        const warm = await b.context.newPage(); // the engine loads once, unthrottled: the figure is the page's
        await warm.goto(server.url('/article.html'));
        await waitUntilAnnotated(warm);
        await warm.close();
      }
      for (let run = 0; run < runs; run++) {
        const page = await b.context.newPage();
        (withExtension ? figures.withExtension : figures.withoutExtension).push(await throttledRun(page, url, withExtension));
        await page.close();
      }
    } finally {
      await b.close();
    }
  }
  return figures;
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
const spread = (xs: number[], unit = '') =>
  `median ${median(xs).toFixed(0)}${unit} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}${unit})`;

export function describeThrottledFigures(f: ThrottledFigures): string[] {
  const rows = (runs: ThrottledRun[]) => {
    const counts = runs.map((r) => r.longTasks.length);
    const total = runs.map((r) => r.longTasks.reduce((a, b) => a + b, 0));
    const longest = runs.map((r) => Math.max(0, ...r.longTasks));
    const perRun = runs.map((r) =>
      r.longTasks.length <= 30
        ? `[${r.longTasks.join(', ')}]`
        : `[${r.longTasks.length} tasks, ${r.longTasks.filter((x) => x > 250).length} over 250 ms]`,
    );
    return `long tasks ${spread(counts)}, their total ${spread(total, ' ms')}, longest ${spread(longest, ' ms')}; per run: ${perRun.join(' ')}`;
  };
  const traced = (runs: ThrottledRun[]) => {
    const list = (xs: number[]) => (xs.length <= 20 ? `[${xs.join(', ')}]` : `[${xs.length} tasks]`);
    return (
      `running our script ${spread(runs.map((r) => r.oursLongTasks.length))}, the longest ${spread(
        runs.map((r) => Math.max(0, ...r.oursLongTasks)),
        ' ms',
      )} ${runs.map((r) => list(r.oursLongTasks)).join(' ')}, the longest's thread time ${spread(
        runs.map((r) => Math.max(0, ...r.oursLongTasksCpu)),
        ' ms',
      )}, the most our script ran in one of them ${spread(
        runs.map((r) => Math.max(0, ...r.oursLongTasksScript)),
        ' ms',
      )} ${runs.map((r) => list(r.oursLongTasksScript)).join(' ')}; ` +
      `rendering only ${spread(runs.map((r) => r.renderingLongTasks.length))} ${runs.map((r) => list(r.renderingLongTasks)).join(' ')}`
    );
  };
  const w = f.withExtension;
  return [
    `throttled long page (article ×${f.copies}, CPU slowed ${CPU_SLOWDOWN}× by CDP Emulation.setCPUThrottlingRate, ${w.length} runs each, extension ${f.extensionDir}):`,
    `  main-thread long tasks (> 50 ms, PerformanceObserver longtask) from navigation until furigana is complete + 1 s:`,
    `    with the extension:    ${rows(w)}`,
    `    without the extension (navigation + 9 s): ${rows(f.withoutExtension)}`,
    `  the same tasks in a CDP trace (ours = runs chrome-extension:// script; rendering = style/layout/paint, no script):`,
    `    with the extension:    ${traced(w)}`,
    `    without the extension: ${traced(f.withoutExtension)}`,
    `  with the extension: furigana complete at ${spread(
      w.map((r) => r.annotatedMs),
      ' ms',
    )} after navigation; readings ${spread(w.map((r) => r.readings))}, first screen ${spread(w.map((r) => r.firstScreenReadings))}`,
    `  first screen first? its last reading at ${spread(
      w.map((r) => r.firstScreenDoneMs),
      ' ms',
    )}, the page's last at ${spread(
      w.map((r) => r.allDoneMs),
      ' ms',
    )}; readings below the first screen drawn before it was complete: ${w.map((r) => r.restBeforeFirstScreen).join(', ')} (per run)`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startFixtureServer();
  try {
    for (const line of describeThrottledFigures(await benchThrottled(server))) console.log(line);
  } finally {
    await server.close();
  }
}
