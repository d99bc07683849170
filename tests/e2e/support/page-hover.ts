/**
 * Hovering a word of a page as a reader does, for the e2e tests of the built extension
 * (playwright-core's Page): the pointer comes from the line's start onto the word's first character.
 */
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
