/**
 * Chromium trace events as CDP `Tracing` reports them (scripts/trace-first-popup.ts,
 * scripts/trace-cold-start.ts), and where a task's time went.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension-browser';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/fixture-server';

/** One trace event (Trace Event Format): `ts` and `dur` in µs. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/**
 * The events inside `task` (complete events of its thread, `thread`) by self time (their duration
 * less their direct children's), summed per name (with the function's name and the script's file
 * name when the event has them), longest first: the `top` first, in µs.
 */
export function selfTimes(thread: readonly TraceEvent[], task: TraceEvent, top = 8): [string, number][] {
  const end = task.ts + task.dur!;
  const inside = thread.filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
  const self = new Map<TraceEvent, number>();
  for (const e of inside) self.set(e, e.dur ?? 0);
  for (const e of inside) {
    const parent = inside
      .filter((p) => p !== e && p.ts <= e.ts && p.ts + (p.dur ?? 0) >= e.ts + (e.dur ?? 0) && (p.dur ?? 0) >= (e.dur ?? 0))
      .sort((a, b) => (a.dur ?? 0) - (b.dur ?? 0))[0];
    if (parent) self.set(parent, self.get(parent)! - (e.dur ?? 0));
  }
  const by = new Map<string, number>();
  for (const [e, us] of self) {
    const url = typeof e.args?.data?.url === 'string' ? ` ${(e.args.data.url as string).replace(/^.*\//, '')}` : '';
    const fn = typeof e.args?.data?.functionName === 'string' ? ` ${e.args.data.functionName as string}` : '';
    const key = `${e.name}${fn}${url}`;
    by.set(key, (by.get(key) ?? 0) + us);
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/**
 * Starts a Chromium trace of `page`'s browser (CDP `Tracing`, the `categories` given, events
 * reported as they come) on a new page that has the bench's `__name` shim; `stop()` ends it and
 * resolves with every event recorded.
 */
async function startTrace(page: Page, categories: string): Promise<{ stop: () => Promise<TraceEvent[]> }> {
  await page.addInitScript('globalThis.__name = (f) => f;');
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await traced;
      return events;
    },
  };
}

/** Page-world: whether the popup is shown with dictionary entries. */
function entriesShown(): boolean {
  const host = document.querySelector('[data-yomu="popup"]') as HTMLElement | null;
  return !!host && !host.hidden && !!host.shadowRoot?.querySelector('.yomu-entries li');
}

/**
 * Wiggles the pointer on `point` (viewport px; 1 px every ~10 ms, as a reader's hand) until the
 * popup shows entries or `timeoutMs` passes; then waits `afterMs` (the frames after it, traced).
 */
export async function pointUntilEntriesShown(
  page: Page,
  point: { x: number; y: number },
  afterMs: number,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let i = 0; Date.now() < deadline; i++) {
    await page.mouse.move(point.x + (i % 2), point.y);
    if (await page.evaluate(entriesShown)) break;
    await page.waitForTimeout(10);
  }
  await page.waitForTimeout(afterMs);
}

/** A traced run's heading: its number (from 1), the load average, the events recorded. */
function runHeading(run: number, events: readonly TraceEvent[]): string {
  return `run ${run + 1} (load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}), ${events.length} events`;
}

/**
 * `runs` fresh browsers with the extension built in `dir`, one after another, each with a new page
 * traced (`categories`) while `drive(page, server)` runs (the fixture server: tests/e2e/support);
 * `done(events, run)` gets each run's events, after its heading is printed. `setUp(server)`, when
 * given, runs once before the first browser is launched.
 */
export async function tracedRuns(
  dir: string,
  runs: number,
  categories: string,
  drive: (page: Page, server: FixtureServer) => Promise<void>,
  done: (events: TraceEvent[], run: number) => void,
  setUp?: (server: FixtureServer) => Promise<void>,
): Promise<void> {
  const server = await startFixtureServer();
  try {
    await setUp?.(server);
    for (let run = 0; run < runs; run++) {
      const b = await launchWithExtension({ extensionDir: dir });
      try {
        const page = await b.context.newPage();
        const trace = await startTrace(page, categories);
        await drive(page, server);
        const events = await trace.stop();
        console.log(runHeading(run, events));
        done(events, run);
      } finally {
        await b.close();
      }
    }
  } finally {
    await server.close();
  }
}
