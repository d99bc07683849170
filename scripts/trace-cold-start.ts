/**
 * `npx tsx scripts/trace-cold-start.ts [dir]`: one cold hover as bench-cold-hover.ts runs it (a
 * fresh browser, the pointer on 制裁 before the reference article is asked for), traced in every
 * process at once (CDP `Tracing` from the tab, which records the whole browser): for each thread
 * with Yomu's User Timing marks (the tab; the extension's process: the offscreen document and the
 * service worker), its marks and its tasks over 2 ms, from 400 ms before the tab's load event until
 * 100 ms after the popup is placed, in ms from the load event, each with the events inside it that
 * took longest (self time, ms). What the engine was busy with when the first lookup came (issue 14).
 * Chromium drops events under load: a run may lack a process or the load event (the zero is then
 * the popup placed, as its `zero:` line says); the User Timing timeline of bench-cold-start.ts is
 * the steadier record. TRACE_RUNS sets the runs (default 1); TRACE_OUT=prefix keeps each run's trace as prefix-N.json for DevTools.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/support/extension-browser';
import { findWordPoint } from './bench-cold-hover';
import { pointUntilEntriesShown, selfTimes, tracedRuns, type TraceEvent } from './trace-events';

const dir = process.argv[2] ? resolve(process.argv[2]) : EXTENSION_DIR;
const RUNS = Number(process.env.TRACE_RUNS ?? 1);

function report(events: TraceEvent[]): void {
  const load = events.find((e) => e.name === 'loadEventStart' || e.name === 'MarkLoad');
  const drawnMark = events.find((e) => e.name === 'yomu:popup-placed');
  const zero = load?.ts ?? drawnMark?.ts ?? 0;
  console.log(`  zero: ${load ? load.name : 'popup-placed'}`);
  const pids = new Set(events.filter((e) => e.name.startsWith('yomu:')).map((e) => `${e.pid}/${e.tid}`));
  const until = (drawnMark?.ts ?? zero) + 100_000;
  for (const key of pids) {
    const [pid, tid] = key.split('/').map(Number);
    const main = events.filter((e) => e.pid === pid && e.tid === tid);
    const marks = main.filter((e) => e.name.startsWith('yomu:')).sort((a, b) => a.ts - b.ts);
    console.log(
      `  == ${key}: ${marks
        .slice(0, 3)
        .map((m) => m.name)
        .join(', ')}`,
    );
    const from = zero - 400_000;
    const rows: [number, string][] = [];
    for (const m of marks) if (m.ts >= from && m.ts <= until) rows.push([m.ts, `mark ${m.name}`]);
    for (const t of main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= from && e.ts <= until && (e.dur ?? 0) > 2_000))
      rows.push([
        t.ts,
        `task ${(t.dur! / 1000).toFixed(1)} ms: ${selfTimes(main, t, 6)
          .map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`)
          .join(' | ')}`,
      ]);
    rows.sort((a, b) => a[0] - b[0]);
    for (const [ts, text] of rows) console.log(`    ${((ts - zero) / 1000).toFixed(1).padStart(8)} ms  ${text}`);
  }
}

/** Where 制裁 is drawn on the article's first screen (findWordPoint), found before the runs. */
let point = { x: 0, y: 0 };
const categories =
  'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading,v8.execute,v8,blink.resource,disabled-by-default-devtools.timeline.stack';
await tracedRuns(
  dir,
  RUNS,
  categories,
  async (page, server) => {
    await page.mouse.move(point.x, point.y);
    await page.goto(server.url('/article.html'), { waitUntil: 'commit' });
    await pointUntilEntriesShown(page, point, 200);
  },
  (events, run) => {
    report(events);
    if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}-${run + 1}.json`, JSON.stringify({ traceEvents: events }));
  },
  async (server) => {
    point = await findWordPoint(server, dir);
  },
);
