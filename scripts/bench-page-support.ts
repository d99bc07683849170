/// <reference path="../tests/e2e/support/chrome-api.d.ts" />
/**
 * What the benches share when they drive the built extension: writing the reader's settings as
 * the options page does, counting a page's main-thread long tasks, and asking the engine to load
 * every data file it has.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/support/extension-browser';
import type { TraceEvent } from './trace-events';

/** Sends one engine request and resolves to its answer. */
export type AskEngine = (request: Record<string, unknown>) => Promise<unknown>;

/**
 * Chrome: asks the offscreen document straight from the service worker, as the background
 * forwards requests, creating the document when there is none. No extension page is opened (one
 * would live in the engine's process and be counted as the engine's memory).
 */
export function askOffscreen(b: ExtensionBrowser): AskEngine {
  return (request) =>
    b.serviceWorker.evaluate(async (req) => {
      const url = chrome.runtime.getURL('/offscreen.html');
      const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
      // The background creates it at browser start too: the one that comes second is refused.
      if (open.length === 0)
        await chrome.offscreen.createDocument({ url, reasons: ['WORKERS'], justification: 'bench' }).catch((err: unknown) => {
          if (!String(err).includes('single offscreen document')) throw err;
        });
      // A document the background has just created may not listen yet: asked again a little later.
      for (let tries = 0; ; tries++) {
        try {
          return await chrome.runtime.sendMessage({ target: 'yomu-offscreen', request: req });
        } catch (err) {
          if (tries >= 50 || !String(err).includes('Receiving end does not exist')) throw err;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }, request);
}

/**
 * Makes the engine load every data file it has: kuromoji and EDICT (an annotation), the names and
 * kanji files (the reading layer, the kanji view), and the name cards, which load after the first
 * lookup without being awaited (hence the 5 s wait before the lookup that uses them).
 */
export async function loadEveryEngineFile(ask: AskEngine): Promise<void> {
  const text = '対ロシア制裁を受けた岸田首相は語った。';
  await ask({ type: 'yomu:annotate', texts: [text] });
  await ask({ type: 'yomu:lookup', text, offset: 4 });
  await ask({ type: 'yomu:kanji', word: '制裁', reading: 'せいさい' });
  await new Promise((resolve) => setTimeout(resolve, 5000));
  await ask({ type: 'yomu:lookup', text: '岸田首相', offset: 0 });
}

/** Stores settings from the extension's options page (the content scripts pick them up live). */
export async function writeSettings(context: BrowserContext, extensionId: string, settings: Record<string, unknown>): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  await page.close();
}

/** Page-world init script: records the duration of every long task (> 50 ms), from the start. */
export function recordLongTasks(): void {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks recorded since the page loaded or since the last call. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const seen = w.__longTasks;
    w.__longTasks = [];
    return seen;
  });
}

/** The reference article with its body copied `copies` times (about 100,000 characters at 40). */
export function longPageHtml(copies: number): string {
  const html = readFileSync(new URL('../tests/fixtures/article.html', import.meta.url), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!;
  return html.replace(body, Array.from({ length: copies }, () => body).join('\n'));
}

/**
 * Traces `page` for `ms` over CDP (`categories`, comma-separated; blink.user_timing is added) and
 * returns the events of its renderer: the process where a User Timing mark made as the trace
 * starts lands. Throws when the mark is not in the trace.
 */
export async function traceRenderer(context: BrowserContext, page: Page, categories: string, ms: number): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: `${categories},blink.user_timing`, transferMode: 'ReportEvents' });
  await page.evaluate(() => performance.mark('yomu:trace-start'));
  await page.waitForTimeout(ms);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const pid = events.find((e) => e.name === 'yomu:trace-start')?.pid;
  if (pid === undefined) throw new Error("The page's mark is not in the trace: no renderer to read.");
  return events.filter((e) => e.pid === pid);
}
