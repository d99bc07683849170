/**
 * Chromium trace events as CDP `Tracing` reports them (scripts/trace-first-popup.ts,
 * scripts/trace-cold-start.ts), and where a task's time went.
 */

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
