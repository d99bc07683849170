/**
 * User Timing marks of the cold start's milestones (issue 14): each named milestone is marked
 * once, the first time it happens, as `yomu:<name>` in this context's performance timeline, where
 * a DevTools trace shows it. `startTimeline()` gives them in wall-clock time (ms since the Unix
 * epoch, `performance.timeOrigin` + the mark's time), so that the marks of the service worker,
 * the offscreen document and the tab can be laid on one line (`scripts/bench-cold-start.ts`).
 */

const PREFIX = 'yomu:';
const marked = new Set<string>();

/** Marks milestone `name` the first time it is reached in this context; later calls do nothing. */
export function markOnce(name: string): void {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(PREFIX + name);
}

/**
 * This context's milestones: `context` (when it started: its time origin) and every `markOnce`
 * mark, each in ms since the Unix epoch.
 */
export function startTimeline(): Record<string, number> {
  const timeline: Record<string, number> = { context: performance.timeOrigin };
  for (const entry of performance.getEntriesByType('mark')) {
    if (entry.name.startsWith(PREFIX)) timeline[entry.name.slice(PREFIX.length)] = performance.timeOrigin + entry.startTime;
  }
  return timeline;
}
