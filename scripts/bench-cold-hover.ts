/**
 * The cold-start figure of `npm run bench`: a fresh browser (new profile, the reader's default
 * settings, nothing loaded in the engine), the reference article opened, and the pointer put on
 * 制裁, where it is from the moment the word is laid out, so that it is there when the page's load
 * event fires (a reader's hand already over the text, not the bench's round trips after the
 * load event: those took 160–600 ms on a loaded 2-core machine). Measured inside the page,
 * black-box: from the navigation's `loadEventStart` to the first animation frame after the popup
 * shows that word with its dictionary entries (a page-world MutationObserver on the popup host,
 * then requestAnimationFrame). The pointer wiggles by one pixel every 10 ms until then, as a
 * reader's hand does, so a content script that starts listening after the load event still
 * sees it move.
 */
/// <reference path="../tests/e2e/support/chrome-api.d.ts" />
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension-browser';
import type { FixtureServer } from '../tests/e2e/support/fixture-server';

export interface ColdHoverFigures {
  /** Per fresh browser: load event → first frame showing 制裁 with entries, in ms. */
  latencies: number[];
  /**
   * Per fresh browser: the later of the load event and the pointer's first move reaching the
   * page → the same frame, in ms: the extension's part alone, whenever the bench's pointer came.
   */
  fromPointer: number[];
  /** Runs that showed no popup with entries within the wait. */
  missed: number;
}

/** The page-world probe: the first frame after the popup shows the word with entries, in the page's clock. */
function installColdProbe(): void {
  const w = window as unknown as { __coldProbe: { shownAt?: number; word?: string; movedAt?: number } };
  const probe = (w.__coldProbe = {} as { shownAt?: number; word?: string; movedAt?: number });
  // When the bench's pointer first reached the page (its moves are sent once the load event is seen).
  addEventListener('mousemove', () => (probe.movedAt ??= performance.now()), { capture: true, passive: true });
  const check = (host: Element) => {
    if (probe.shownAt !== undefined || (host as HTMLElement).hidden) return;
    const root = host.shadowRoot;
    const word = root?.querySelector('.yomu-surface')?.textContent ?? '';
    if (!root?.querySelector('.yomu-entries li')) return;
    requestAnimationFrame(() => {
      if (probe.shownAt === undefined) {
        probe.shownAt = performance.now();
        probe.word = word;
      }
    });
  };
  const watch = (host: Element) => {
    check(host);
    new MutationObserver(() => check(host)).observe(host, { attributes: true, subtree: true, childList: true, characterData: true });
    if (host.shadowRoot) new MutationObserver(() => check(host)).observe(host.shadowRoot, { subtree: true, childList: true });
  };
  const findHost = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.getAttribute('data-yomu') === 'popup') watch(n);
  });
  const observeRoot = () => findHost.observe(document.documentElement, { childList: true });
  if (document.documentElement) observeRoot();
  else {
    new MutationObserver((_records, self) => {
      if (!document.documentElement) return;
      self.disconnect();
      observeRoot();
    }).observe(document, { childList: true });
  }
}

/**
 * Page-world: the middle of the first character of the first `word` drawn on the first screen,
 * in viewport px (undefined before the body is parsed, or when the word is not on screen).
 */
export function pointOfWord(word: string): { x: number; y: number } | undefined {
  if (!document.body) return undefined;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + 1);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return undefined;
}

const WORD = '制裁';

/** One fresh browser's cold hover: its latency, and where the time went (when asked). */
export interface ColdHoverRun {
  /** Load event → first frame showing the word with entries, in ms; undefined when no popup came. */
  ms?: number;
  /** The later of the load event and the pointer's first move in the page → the same frame, in ms. */
  fromPointerMs?: number;
  /**
   * The start's milestones (User Timing marks of the tab, the service worker and the engine's
   * offscreen document: utils/engine/start-marks.ts), in ms from the page's load event; `browser
   * launched`, `page asked` and `popup drawn` from the bench's and the page's clocks. Only with `trace`.
   */
  timeline?: Record<string, number>;
}

/**
 * The first popup's stages from one run's timeline (ColdHoverRun.timeline), in ms, in the order
 * the time passes on the way to the popup: each the time from the milestone before to its own
 * (a stage whose marks are missing is left out). The tab's stages: its loader started (from the
 * load event; negative when before it), its modules evaluated, the settings read, the hover started
 * and its first pointer move handled, the word at the pointer found, the lookup sent; the engine's:
 * the message's way there, the answer (with, apart, how much of it waited for the dictionary's
 * pages and shards, and how long the engine's script was still loading after the lookup was
 * sent); back in the tab: the answer received, the popup rendered (Preact), placed (its layout,
 * measured), and the first frame showing it.
 */
export function firstPopupStages(t: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  const stage = (name: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined) out[name] = to - from;
  };
  const first = (...xs: (number | undefined)[]) => {
    const known = xs.filter((x): x is number => x !== undefined);
    return known.length ? Math.max(...known) : undefined;
  };
  stage('load event → content script started', t['tab load event'], t['tab content-loader']);
  stage('content script → its modules evaluated', t['tab content-loader'], t['tab content-modules-loaded']);
  stage('modules → settings read', t['tab content-modules-loaded'], t['tab content-settings-read']);
  stage('settings → hover started', t['tab content-settings-read'], t['tab content-hover-started']);
  // The pointer's move may come after the hover started (the bench's pointer reaches the page late).
  const moved = t['tab hover-first-move'];
  stage('→ first pointer move handled', first(t['tab content-settings-read'], t['tab pointer first moved']), moved);
  stage('move → word at the pointer found', moved, t['tab hover-word-found']);
  stage('word found → lookup sent', t['tab hover-word-found'], t['tab sent-yomu:lookup']);
  stage('sent → engine received', t['tab sent-yomu:lookup'], t['engine asked-yomu:lookup']);
  stage('engine received → answered', t['engine asked-yomu:lookup'], t['engine answered-yomu:lookup']);
  stage('answered → tab received', t['engine answered-yomu:lookup'], t['tab got-yomu:lookup']);
  stage('received → popup rendered (Preact)', t['tab got-yomu:lookup'], t['tab popup-rendered']);
  stage('rendered → placed (layout)', t['tab popup-rendered'], t['tab popup-placed']);
  stage('placed → first frame drawn', t['tab popup-placed'], t['tab popup drawn']);
  // Apart (inside the stages above): what the engine's answer waited for.
  const asked = t['engine asked-yomu:lookup'];
  const answered = t['engine answered-yomu:lookup'];
  if (asked !== undefined && answered !== undefined) {
    const reads = Object.entries(t).filter(
      ([name, at]) => name.startsWith('engine file-') && at >= asked && at <= answered && !name.includes('index.yomu'),
    );
    const asks = reads.filter(([name]) => name.startsWith('engine file-asked')).map(([, at]) => at);
    const done = reads.filter(([name]) => name.startsWith('engine file-read')).map(([, at]) => at);
    if (asks.length && done.length) out['(in the answer: first part asked → last part read)'] = Math.max(...done) - Math.min(...asks);
    out['(in the answer: parts read)'] = done.length;
  }
  const sent = t['tab sent-yomu:lookup'];
  const script = t['engine engine-script'];
  if (sent !== undefined && script !== undefined) out["(engine's script evaluated after the lookup was sent)"] = Math.max(0, script - sent);
  const searchable = t['engine dictionary-searchable'];
  if (sent !== undefined && searchable !== undefined)
    out['(dictionary directory open after the lookup was sent)'] = Math.max(0, searchable - sent);
  return out;
}

/** Page-world: the tab's User Timing marks (its content scripts' too) and its load event, in ms since the epoch. */
function pageTimeline(): Record<string, number> {
  const origin = performance.timeOrigin;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const out: Record<string, number> = { 'tab navigation start': origin, 'tab load event': origin + nav.loadEventStart };
  for (const e of performance.getEntriesByType('mark'))
    if (e.name.startsWith('yomu:')) out[`tab ${e.name.slice(5)}`] = origin + e.startTime;
  const { shownAt: shown, movedAt: moved } = (window as unknown as { __coldProbe: { shownAt?: number; movedAt?: number } }).__coldProbe;
  if (moved !== undefined) out['tab pointer first moved'] = origin + moved;
  if (shown !== undefined) out['tab popup drawn'] = origin + shown;
  return out;
}

/** Service-worker world: its own marks, and the engine's (asked of the offscreen document as the background forwards requests). */
async function extensionTimeline(): Promise<Record<string, number>> {
  const out: Record<string, number> = { 'sw start': performance.timeOrigin };
  for (const e of performance.getEntriesByType('mark'))
    if (e.name.startsWith('yomu:')) out[`sw ${e.name.slice(5)}`] = performance.timeOrigin + e.startTime;
  try {
    const reply = (await chrome.runtime.sendMessage({ target: 'yomu-offscreen', request: { type: 'yomu:status' } })) as
      { ok: true; status: { timeline?: Record<string, number> } } | undefined;
    for (const [name, at] of Object.entries(reply?.status.timeline ?? {}))
      out[`engine ${name === 'context' ? 'document start' : name}`] = at;
  } catch {
    // no offscreen document
  }
  return out;
}

/**
 * Where 制裁 is drawn on the article's first screen (viewport px), found in a browser of its own
 * (the same launch and viewport as the measured runs; the article has no images or scripts, so
 * its layout is the same in each). Throws when the word is not on the first screen.
 */
export async function findWordPoint(server: FixtureServer, extensionDir?: string): Promise<{ x: number; y: number }> {
  const b = await launchWithExtension(extensionDir ? { extensionDir } : {});
  try {
    const page: Page = await b.context.newPage();
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.goto(server.url('/article.html'), { waitUntil: 'load' });
    const point = await page.evaluate(pointOfWord, WORD);
    if (!point) throw new Error(`${WORD} is not on the article's first screen`);
    return point;
  } finally {
    await b.close();
  }
}

/**
 * One fresh browser: the pointer is put on `point` (findWordPoint) before the article is asked
 * for, and wiggles there from the moment the page commits, so that it is on the word when the
 * load event fires, as a reader's hand already over the text is.
 */
export async function oneColdHover(
  server: FixtureServer,
  options: { extensionDir?: string; trace?: boolean; point: { x: number; y: number } },
): Promise<ColdHoverRun> {
  const launchedAt = Date.now();
  const b = await launchWithExtension(options.extensionDir ? { extensionDir: options.extensionDir } : {});
  try {
    const page: Page = await b.context.newPage();
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(installColdProbe);
    const point = options.point;
    await page.mouse.move(point.x, point.y);
    const askedAt = Date.now();
    await page.goto(server.url('/article.html'), { waitUntil: 'commit' });
    const deadline = Date.now() + 30_000;
    for (let i = 0; Date.now() < deadline; i++) {
      await page.mouse.move(point.x + (i % 2), point.y);
      const { shown, loaded } = await page.evaluate(() => ({
        shown: (window as unknown as { __coldProbe: { shownAt?: number } }).__coldProbe.shownAt,
        loaded: ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventStart ?? 0) > 0,
      }));
      if (shown !== undefined && loaded) break;
      await page.waitForTimeout(10);
    }
    const { ms, fromPointerMs } = await page.evaluate(() => {
      const probe = (window as unknown as { __coldProbe: { shownAt?: number; movedAt?: number } }).__coldProbe;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      if (probe.shownAt === undefined) return {};
      const from = Math.max(nav.loadEventStart, probe.movedAt ?? 0);
      return { ms: probe.shownAt - nav.loadEventStart, fromPointerMs: probe.shownAt - from };
    });
    if (!options.trace) return { ms, fromPointerMs };
    const tab = await page.evaluate(pageTimeline);
    const extension = await b.serviceWorker.evaluate(extensionTimeline);
    const zero = tab['tab load event']!;
    const all: Record<string, number> = { 'browser launched': launchedAt, 'page asked': askedAt, ...extension, ...tab };
    const timeline = Object.fromEntries(
      Object.entries(all)
        .map(([name, at]) => [name, at - zero] as const)
        .sort((x, y) => x[1] - y[1]),
    );
    return { ms, fromPointerMs, timeline };
  } finally {
    await b.close();
  }
}

/** `runs` fresh browsers, one cold hover each. */
export async function benchColdHover(
  server: FixtureServer,
  runs = Number(process.env.BENCH_COLD_HOVER_RUNS ?? 5),
): Promise<ColdHoverFigures> {
  const latencies: number[] = [];
  const fromPointer: number[] = [];
  let missed = 0;
  const point = await findWordPoint(server);
  for (let run = 0; run < runs; run++) {
    const { ms, fromPointerMs } = await oneColdHover(server, { point });
    if (ms === undefined) missed++;
    else latencies.push(ms);
    if (fromPointerMs !== undefined) fromPointer.push(fromPointerMs);
  }
  return { latencies, fromPointer, missed };
}
