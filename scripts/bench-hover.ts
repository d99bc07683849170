/// <reference path="../tests/e2e/support/chrome-api.d.ts" />
/**
 * The hover figure of `npm run bench`: the built extension in Debian's Chromium on the reference
 * article, the pointer moved onto word after word (different words, in reading order). Measured
 * inside the page: from the `mousemove` event (its timeStamp) to the first animation frame after
 * the popup shows that word (a page-world MutationObserver on the popup host's `data-shown`,
 * then requestAnimationFrame). The engine is warm: one hover first loads EDICT, and the timed
 * hovers start once the engine says kuromoji is loaded; furigana off and on are measured
 * separately. Between hovers the pointer leaves the word and pauses (60 ms, 300 ms after a
 * scroll), as a reader's does; the pauses are not timed.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/support/extension-browser';
import type { FixtureServer } from '../tests/e2e/support/fixture-server';
import { writeSettings } from './bench-page-support';

export interface HoverFigures {
  furigana: boolean;
  /** mousemove → first frame showing the popup, per hover, in ms. */
  latencies: number[];
  /** Each timed hover: its latency (ms), the word shown, and whether the page was scrolled just before it. */
  hovers: { latency: number; word: string; scrolled: boolean }[];
  /** How many distinct words the popup showed. */
  distinctWords: number;
  /** Hovers that showed no popup within the wait (nothing to explain there), and their words. */
  missed: number;
  missedWords: string[];
  median: number;
  p95: number;
}

/** The page-world probe: records mousemove times and, per popup shown, the first frame after. */
function installProbe(): void {
  const w = window as unknown as { __hoverProbe: { lastMove: number; samples: { latency: number; word: string }[] } };
  const probe = (w.__hoverProbe = { lastMove: 0, samples: [] as { latency: number; word: string }[] });
  addEventListener('mousemove', (e) => (probe.lastMove = e.timeStamp), { capture: true, passive: true });
  const watch = (host: Element) => {
    const shown = () => {
      if ((host as HTMLElement).hidden) return;
      const moved = probe.lastMove;
      const word = host.shadowRoot?.querySelector('.yomu-surface')?.textContent ?? '';
      requestAnimationFrame(() => probe.samples.push({ latency: performance.now() - moved, word }));
    };
    new MutationObserver(shown).observe(host, { attributes: true, attributeFilter: ['data-shown'] });
    // The host is made on the first show: that one happened before this observer (the warm-up hover, not counted).
    shown();
  };
  const findHost = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.getAttribute('data-yomu') === 'popup') watch(n);
  });
  // Init scripts run before the document element exists: wait for it, then watch its children.
  if (document.documentElement) findHost.observe(document.documentElement, { childList: true });
  else {
    new MutationObserver((_records, self) => {
      if (!document.documentElement) return;
      self.disconnect();
      findHost.observe(document.documentElement, { childList: true });
    }).observe(document, { childList: true });
  }
}

/** Points (page coordinates) on the first character of kanji and katakana runs: each a different word. */
function wordPoints(limit: number): { x: number; y: number; text: string }[] {
  const points: { x: number; y: number; text: string }[] = [];
  const seen = new Set<string>();
  const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('rt, script, style, [data-yomu="popup"]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const WORD_START = /(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}]{2,}/gu;
  for (let n = walker.nextNode(); n && points.length < limit; n = walker.nextNode()) {
    const node = n as Text;
    for (const m of node.data.matchAll(WORD_START)) {
      const word = m[0].slice(0, 4);
      if (seen.has(word)) continue;
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + 1);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue;
      seen.add(word);
      points.push({ x: r.left + r.width / 2 + scrollX, y: r.top + r.height / 2 + scrollY, text: word });
      if (points.length >= limit) break;
    }
  }
  return points;
}

/** Pause between leaving one word and moving onto the next, and after a scroll. */
const PAUSE_MS = 60;
const SCROLL_PAUSE_MS = 300;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;

async function samples(page: Page): Promise<{ latency: number; word: string }[]> {
  return page.evaluate(
    () => (window as unknown as { __hoverProbe: { samples: { latency: number; word: string }[] } }).__hoverProbe.samples,
  );
}

async function hoverRun(page: Page, hovers: number, furigana: boolean, waitForEngine?: () => Promise<void>): Promise<HoverFigures> {
  const points = await page.evaluate(wordPoints, hovers + 1);
  if (points.length < hovers + 1) throw new Error(`only ${points.length} words found on the article`);
  const latencies: number[] = [];
  const hovered: HoverFigures['hovers'] = [];
  const words = new Set<string>();
  let missed = 0;
  const missedWords: string[] = [];
  for (const [i, p] of points.entries()) {
    // Off any word (the popup hides), the word's line in view, then one move onto it.
    await page.mouse.move(1, 1);
    const { viewY, scrolled } = await page.evaluate((y) => {
      const scrolled = y - scrollY < 80 || y - scrollY > innerHeight - 80;
      if (scrolled) scrollTo(0, Math.max(0, y - innerHeight / 3));
      return { viewY: y - scrollY, scrolled };
    }, p.y);
    // A reader's pause: longer after scrolling (finding the line again) than between words.
    await page.waitForTimeout(scrolled ? SCROLL_PAUSE_MS : PAUSE_MS);
    const before = (await samples(page)).length;
    await page.mouse.move(p.x, viewY);
    try {
      await page.waitForFunction(
        (n) => (window as unknown as { __hoverProbe: { samples: unknown[] } }).__hoverProbe.samples.length > n,
        before,
        { timeout: i === 0 ? 30_000 : 3000, polling: 'raf' },
      );
    } catch {
      missed++;
      missedWords.push(p.text);
      continue;
    }
    const sample = (await samples(page))[before]!;
    if (i === 0) {
      // The warm-up hover (EDICT loads in the engine); kuromoji loads after it: wait for it, so that
      // the hovers timed are warm ones (a cold engine has its own figure, bench-cold-hover.ts).
      if (waitForEngine) await waitForEngine();
      continue;
    }
    latencies.push(sample.latency);
    hovered.push({ latency: sample.latency, word: sample.word, scrolled });
    words.add(sample.word);
  }
  return {
    furigana,
    latencies,
    hovers: hovered,
    distinctWords: words.size,
    missed,
    missedWords,
    median: median(latencies),
    p95: percentile(latencies, 95),
  };
}

/**
 * Waits until the engine says kuromoji is loaded: asked by the service worker straight from the
 * offscreen document (as the background forwards requests), with no page opened beside the article.
 */
async function engineLoaded(b: ExtensionBrowser): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    const loaded = await b.serviceWorker.evaluate(async () => {
      const response = (await chrome.runtime.sendMessage({ target: 'yomu-offscreen', request: { type: 'yomu:status' } })) as {
        status?: { loaded?: boolean };
      };
      return response?.status?.loaded === true;
    });
    if (loaded) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the engine did not load kuromoji within a minute');
}

/** Hovers over `hovers` different words of the reference article, furigana off then on. */
export async function benchHover(server: FixtureServer, hovers = Number(process.env.BENCH_HOVERS ?? 130)): Promise<HoverFigures[]> {
  const b = await launchWithExtension();
  const results: HoverFigures[] = [];
  try {
    for (const furigana of [false, true]) {
      await writeSettings(b.context, b.extensionId, { showFurigana: furigana, hoverTrigger: 'none' });
      const page = await b.context.newPage();
      // tsx keeps function names with a `__name` helper that page-side functions need too.
      await page.addInitScript('globalThis.__name = (f) => f;');
      await page.addInitScript(installProbe);
      await page.goto(server.url('/article.html'));
      if (furigana) {
        await page.waitForFunction(() => performance.getEntriesByName('yomu:furigana').length > 0, null, { timeout: 60_000 });
      }
      results.push(await hoverRun(page, hovers, furigana, () => engineLoaded(b)));
      await page.close();
    }
  } finally {
    await b.close();
  }
  return results;
}

export function describeHoverFigures(figures: readonly HoverFigures[]): string[] {
  return figures.map(
    (f) =>
      `hover, mousemove → first frame showing the popup (furigana ${f.furigana ? 'on' : 'off'}): median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms over ${f.latencies.length} hovers on ${f.distinctWords} different words${f.missed ? `, ${f.missed} without a popup (${f.missedWords.join(', ')})` : ''}  (target p95 ≤ 16.7 ms)`,
  );
}
