/// <reference path="../tests/e2e/support/chrome-api.d.ts" />
/**
 * What the benches share when they drive the built extension: writing the reader's settings as
 * the options page does, and counting a page's main-thread long tasks.
 */
import type { BrowserContext, Page } from 'playwright-core';

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
