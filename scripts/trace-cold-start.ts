/**
 * `npx tsx scripts/trace-cold-start.ts [dir]`: one cold hover as bench-cold-hover.ts runs it (a
 * fresh browser, the pointer on 制裁 before the reference article is asked for), traced in every
 * process at once (CDP `Tracing` from the tab, which records the whole browser): for each thread
 * with Yomu's User Timing marks (the tab; the extension's process: the offscreen document and the
 * service worker), its marks and its tasks over 2 ms, from 400 ms before the tab's load event until
 * 100 ms after the popup is placed, in ms from the load event, each with the events inside it that
 * took longest (self time, ms). What the engine was busy with when the first lookup came (issue 14).
 * TRACE_RUNS sets the runs (default 1); TRACE_OUT=prefix keeps each run's trace as prefix-N.json for DevTools.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchWithExtension, EXTENSION_DIR } from '../tests/e2e/support/extension-browser';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { findWordPoint } from './bench-cold-hover';
import { selfTimes, type TraceEvent } from './trace-events';

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

const server = await startFixtureServer();
try {
  const point = await findWordPoint(server, dir);
  for (let run = 0; run < RUNS; run++) {
    const b = await launchWithExtension({ extensionDir: dir });
    try {
      const page = await b.context.newPage();
      await page.addInitScript('globalThis.__name = (f) => f;');
      const cdp = await page.context().newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      const traced = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
      await cdp.send('Tracing.start', {
        categories:
          'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading,v8.execute,v8,blink.resource,disabled-by-default-devtools.timeline.stack',
        transferMode: 'ReportEvents',
      });
      await page.mouse.move(point.x, point.y);
      await page.goto(server.url('/article.html'), { waitUntil: 'commit' });
      const deadline = Date.now() + 30_000;
      for (let i = 0; Date.now() < deadline; i++) {
        await page.mouse.move(point.x + (i % 2), point.y);
        const shown = await page.evaluate(() => {
          const host = document.querySelector('[data-yomu="popup"]') as HTMLElement | null;
          return !!host && !host.hidden && !!host.shadowRoot?.querySelector('.yomu-entries li');
        });
        if (shown) break;
        await page.waitForTimeout(10);
      }
      await page.waitForTimeout(200);
      await cdp.send('Tracing.end');
      await traced;
      console.log(
        `run ${run + 1} (load ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}), ${events.length} events`,
      );
      report(events);
      if (process.env.TRACE_OUT) writeFileSync(`${process.env.TRACE_OUT}-${run + 1}.json`, JSON.stringify({ traceEvents: events }));
    } finally {
      await b.close();
    }
  }
} finally {
  await server.close();
}
