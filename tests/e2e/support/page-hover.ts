/**
 * Hovering a word of a page as a reader does, for the e2e tests of the built extension
 * (playwright-core's Page): the pointer comes from the line's start onto the word's first character.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { wordPointInPage } from './word-point';

/**
 * Moves the pointer onto `word`'s first character (its first occurrence, scrolled into view), from
 * the left edge of its line, and returns what `read` then reads of the popup; undefined when the
 * word is not on the page.
 */
export async function hoverWord<T>(page: Page, word: string, read: () => Promise<T>): Promise<T | undefined> {
  const p = await page.evaluate(wordPointInPage, { word, charIndex: 0, nth: 0 });
  if (!p) return undefined;
  await page.mouse.move(2, p.y);
  await page.mouse.move(p.x, p.y, { steps: 2 });
  return read();
}

/** How many readings the furigana layer has drawn on the page now (0 without the layer). */
export function drawnReadings(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('[data-yomu="furigana"]')?.shadowRoot?.querySelectorAll('[data-base]').length ?? 0);
}

/** The centre (client px) of the element `selector` in the hover popup's shadow root; throws when the popup has none. */
export async function popupElementCentre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((selector) => {
    const el = document.querySelector('[data-yomu="popup"]')?.shadowRoot?.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (!point) throw new Error(`no ${selector} in the popup`);
  return point;
}

/**
 * As a reader goes to click in the popup: from `from` (the pointer on the word), across the gap
 * just into the popup, waits until the popup takes the pointer, then onto its element `selector`;
 * returns that element's centre (client px).
 */
export async function enterPopup(page: Page, from: { x: number; y: number }, selector: string): Promise<{ x: number; y: number }> {
  const rect = (await page.evaluate(() =>
    document.querySelector('[data-yomu="popup"]')!.shadowRoot!.querySelector('.yomu-popup')!.getBoundingClientRect().toJSON(),
  )) as DOMRect;
  const y = rect.top > from.y ? rect.top + 8 : rect.bottom - 8;
  await page.mouse.move(from.x, y, { steps: 3 });
  await expect
    .poll(() => page.evaluate(() => document.querySelector('[data-yomu="popup"]')!.hasAttribute('data-interactive')), { timeout: 10_000 })
    .toBe(true);
  const target = await popupElementCentre(page, selector);
  await page.mouse.move(target.x, target.y, { steps: 8 });
  return target;
}
