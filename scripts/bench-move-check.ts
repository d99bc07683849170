/**
 * The cost of furigana's periodic check for moves nothing reports (`periodicCheck` in
 * entrypoints/content/furigana-annotator.ts, every 500 ms): the duration of its timer task on the
 * reference article's body copied 40 times, the page at rest with furigana on, traced over CDP
 * (devtools.timeline `TimerFire`, the timer that fired most in the page's renderer: the check).
 * Builds are given as arguments (default `.output/chrome-mv3`) and run in turn, RUNS rounds, so
 * that two builds are compared in the same minutes of a shared machine; each run prints the load
 * average beside its figures.
 *
 *     npx tsx scripts/bench-move-check.ts [extensionDir ...]
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/support/extension-browser';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { longPageHtml, traceRenderer, writeSettings } from './bench-page-support';

const RUNS = Number(process.env.BENCH_MOVE_CHECK_RUNS ?? 3);
const COPIES = Number(process.env.BENCH_LONG_PAGE_COPIES ?? 40);
const TRACE_MS = 10_000;

interface CheckFigures {
  extensionDir: string;
  /** Durations (ms) of the check's timer tasks while traced, in order. */
  tasks: number[];
  /** Blocks drawn (groups in the layer) and readings drawn when traced. */
  groups: number;
  readings: number;
  load: number;
}

/** One run: a fresh browser with the build, the long page annotated and at rest, then traced. */
async function measure(path: string, extensionDir: string): Promise<CheckFigures> {
  const b = await launchWithExtension({ extensionDir });
  try {
    await writeSettings(b.context, b.extensionId, { showFurigana: true, hoverTrigger: 'none' });
    const page = await b.context.newPage();
    await page.goto(path);
    await page.waitForFunction(() => performance.getEntriesByName('yomu:furigana').length > 0, null, { timeout: 180_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(3000);
    const events = await traceRenderer(b.context, page, 'devtools.timeline', TRACE_MS);
    const byTimer = new Map<number, number[]>();
    for (const e of events) {
      if (e.name !== 'TimerFire' || e.ph !== 'X' || e.dur === undefined) continue;
      const id = typeof e.args?.data?.timerId === 'number' ? e.args.data.timerId : -1;
      const list = byTimer.get(id) ?? [];
      list.push(e.dur / 1000);
      byTimer.set(id, list);
    }
    const tasks = [...byTimer.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('[data-yomu="furigana"]')?.shadowRoot;
      return {
        groups: root?.querySelectorAll('.g:not([hidden])').length ?? 0,
        readings: root?.querySelectorAll('[data-base]').length ?? 0,
      };
    });
    return { extensionDir, tasks, ...drawn, load: loadavg()[0]! };
  } finally {
    await b.close();
  }
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function describeFigures(f: CheckFigures): string {
  const sorted = [...f.tasks].sort((a, b) => a - b);
  const ms = (x: number) => x.toFixed(2);
  return (
    `${f.extensionDir}: ${f.tasks.length} checks in ${TRACE_MS / 1000} s, median ${ms(quantile(sorted, 0.5))} ms, ` +
    `p90 ${ms(quantile(sorted, 0.9))} ms, max ${ms(sorted.at(-1) ?? NaN)} ms; ${f.groups} blocks and ${f.readings} readings drawn; ` +
    `load average ${f.load.toFixed(2)}`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const builds = process.argv.length > 2 ? process.argv.slice(2) : [EXTENSION_DIR];
  const server = await startFixtureServer();
  try {
    const path = server.page('/long-page.html', longPageHtml(COPIES));
    // A first run warms the machine's caches (the page, the engine's files): not counted.
    await measure(path, builds[0]!);
    for (let run = 0; run < RUNS; run++) {
      for (const dir of run % 2 === 0 ? builds : [...builds].reverse()) console.log(describeFigures(await measure(path, dir)));
    }
  } finally {
    await server.close();
  }
}
