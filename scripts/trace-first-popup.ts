/**
 * `npx tsx scripts/trace-first-popup.ts [dir]`: where the first popup's time goes in the tab, from
 * a Chromium trace (CDP `Tracing`: devtools.timeline, blink.user_timing, fonts) of one cold hover
 * (bench-cold-hover.ts's run: a fresh browser, the reference article, the pointer on 制裁 from the
 * load event). Prints the page's main-thread tasks from the `yomu:popup-show` mark until the popup
 * is drawn with entries, each with the events inside it that took longest (self time, ms), and the
 * font events seen. For the first popup's draw (issue 14): style, layout, fonts, script.
 * TRACE_RUNS sets the runs (default 1); TRACE_OUT=file.json keeps the last trace for DevTools.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/support/extension-browser';
import { pointOfWord } from './bench-cold-hover';
import { pointUntilEntriesShown, selfTimes, tracedRuns, type TraceEvent } from './trace-events';

const WORD = '制裁';
const dir = process.argv[2] ? resolve(process.argv[2]) : EXTENSION_DIR;
const RUNS = Number(process.env.TRACE_RUNS ?? 1);

function report(events: TraceEvent[]): void {
  const show = events.find((e) => e.name === 'yomu:popup-show');
  if (!show) {
    console.log('no yomu:popup-show mark in the trace');
    return;
  }
  const main = events.filter((e) => e.pid === show.pid && e.tid === show.tid);
  const marks = main.filter((e) => e.name.startsWith('yomu:')).sort((a, b) => a.ts - b.ts);
  const from = show.ts - 2_000;
  const until = from + 1_500_000;
  for (const m of marks) console.log(`  mark ${((m.ts - show.ts) / 1000).toFixed(1).padStart(8)} ms  ${m.name}`);
  const tasks = main.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.ts + (e.dur ?? 0) >= from && e.ts <= until && (e.dur ?? 0) > 3_000,
  );
  for (const task of tasks) {
    const top = selfTimes(main, task);
    console.log(
      `  task ${((task.ts - show.ts) / 1000).toFixed(1).padStart(8)} ms, ${(task.dur! / 1000).toFixed(1)} ms: ${top.map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(' | ')}`,
    );
  }
  const placed = marks.find((m) => m.name === 'yomu:popup-placed');
  const showTask = tasks.find((t) => t.ts <= show.ts && t.ts + t.dur! >= show.ts);
  const inShow = showTask ? main.filter((e) => e.ts >= showTask.ts && e.ts <= showTask.ts + showTask.dur!) : [];
  const count = (name: string) => inShow.filter((e) => e.name === name);
  const sum = (xs: TraceEvent[]) => (xs.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000).toFixed(1);
  const families = count('FontDataManager::onMatchFamilyStyle');
  const strikes = count('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike');
  console.log(
    `  FIRST DRAW show→placed ${placed ? ((placed.ts - show.ts) / 1000).toFixed(1) : '?'} ms; its task ${showTask ? (showTask.dur! / 1000).toFixed(1) : '?'} ms: ${families.length} family lookups (${sum(families)} ms), ${strikes.length} render styles (${sum(strikes)} ms)`,
  );
  const idles = main.filter((e) => e.name === 'FireIdleCallback');
  console.log(`  idle callbacks: ${idles.length}, longest ${(Math.max(0, ...idles.map((e) => e.dur ?? 0)) / 1000).toFixed(1)} ms`);
  const longest = idles.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (longest && process.env.TRACE_VERBOSE) {
    const inside = main.filter((e) => e !== longest && e.ts >= longest.ts && e.ts + (e.dur ?? 0) <= longest.ts + longest.dur!);
    console.log(
      `    longest idle: ${inside
        .filter((e) => (e.dur ?? 0) > 1000)
        .map(
          (e) =>
            `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}${e.args && Object.keys(e.args).length ? JSON.stringify(e.args).slice(0, 80) : ''}`,
        )
        .join(' | ')}`,
    );
  }
  const fonts = main.filter((e) => /font/i.test(e.name) && e.ts >= from && e.ts <= until);
  const fontBy = new Map<string, { n: number; us: number }>();
  for (const e of fonts) {
    const f = fontBy.get(e.name) ?? { n: 0, us: 0 };
    f.n++;
    f.us += e.dur ?? 0;
    fontBy.set(e.name, f);
  }
  for (const [n, f] of fontBy) console.log(`  font event ${n}: ${f.n}×, ${(f.us / 1000).toFixed(1)} ms`);
  if (process.env.TRACE_VERBOSE) {
    for (const e of fonts)
      if (e.ts >= show.ts - 2_000 && e.args && Object.keys(e.args).length)
        console.log(`    ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ${JSON.stringify(e.args)}`);
    const idle = main.filter((e) => e.name === 'FireIdleCallback' || e.name === 'TimerFire');
    for (const e of idle)
      console.log(`    ${e.name} at ${((e.ts - show.ts) / 1000).toFixed(1)} ms, ${((e.dur ?? 0) / 1000).toFixed(1)} ms`);
  }
}

const categories =
  'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,fonts,blink,loading,v8.execute,disabled-by-default-devtools.timeline.stack';
await tracedRuns(
  dir,
  RUNS,
  categories,
  async (page, server) => {
    await page.goto(server.url('/article.html'), { waitUntil: 'load' });
    const point = await page.evaluate(pointOfWord, WORD);
    if (!point) throw new Error(`${WORD} not on screen`);
    await pointUntilEntriesShown(page, point, 300);
  },
  (events) => {
    report(events);
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
  },
);
