/**
 * What a test can see of the readings Yomu draws, by the shared contract of issue 12: one host
 * `[data-yomu="furigana"]` on `document.documentElement` with an open shadow root, in which each
 * drawn reading is an element with `data-base` (the base text as written in the page) and
 * `data-reading`. Readings are counted only where they have a box (a hidden layer shows none).
 *
 * YOMU_READINGS_PROBE=ruby reads the former design instead (`<ruby data-yomu>` in the page, base =
 * its text outside `<rt>`), and leaves `<rt>` out of `innerText`: with it the framework tests run on a
 * build of that design and show which app cases it breaks, beside the missing layer.
 */
import type { BrowserContext, Page } from 'playwright-core';

export const LEGACY_RUBY_PROBE = process.env.YOMU_READINGS_PROBE === 'ruby';

/** The base text of every reading drawn now (one entry per drawn reading). */
export function drawnReadingBases(page: Page): Promise<string[]> {
  return page.evaluate((legacy) => {
    if (legacy) {
      return Array.from(document.querySelectorAll('ruby[data-yomu]')).map((ruby) =>
        Array.from(ruby.childNodes)
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join(''),
      );
    }
    const bases: string[] = [];
    for (const host of Array.from(document.querySelectorAll('[data-yomu="furigana"]'))) {
      for (const el of Array.from(host.shadowRoot?.querySelectorAll('[data-base]') ?? [])) {
        if (el.checkVisibility()) bases.push(el.getAttribute('data-base') ?? '');
      }
    }
    return bases;
  }, LEGACY_RUBY_PROBE);
}

/** `innerText` of an element (of the body without a selector), as the reader sees it: readings are not page text. */
export function visibleText(page: Page, selector = 'body'): Promise<string> {
  return page.evaluate(
    ([sel, legacy]) => {
      const el = document.querySelector<HTMLElement>(sel);
      if (!el) return '';
      if (!legacy) return el.innerText;
      // <rt> hidden only while innerText is read (an adopted sheet: no DOM mutation for the
      // extension's observer to see), so that the page's layout stays as the reader has it.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('rt { display: none !important }');
      const before = [...document.adoptedStyleSheets]; // a copy: the property is a live array
      document.adoptedStyleSheets = [...before, sheet];
      const text = el.innerText;
      document.adoptedStyleSheets = before;
      return text;
    },
    [selector, LEGACY_RUBY_PROBE] as const,
  );
}

/** Non-overlapping occurrences of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * Readings that stand for text no longer on the page: a base drawn more times than it occurs in
 * the page's visible text (gone, or drawn twice). Returns `base ×drawn/present` strings, empty when none.
 */
export function staleReadings(bases: string[], pageText: string): string[] {
  const drawn = new Map<string, number>();
  for (const b of bases) drawn.set(b, (drawn.get(b) ?? 0) + 1);
  const stale: string[] = [];
  for (const [base, count] of drawn) {
    const present = occurrences(pageText, base);
    if (count > present) stale.push(`${base} ×${count}/${present}`);
  }
  return stale;
}

/**
 * Words of the page that have fewer readings than occurrences: a reading counts for `word` when
 * its base is part of the word or holds it (the segmenter may cut 記者会見 as one word or two).
 * Returns `word drawn/present` strings, empty when every occurrence has one.
 */
export function missingReadings(bases: string[], pageText: string, words: string[]): string[] {
  const missing: string[] = [];
  for (const word of words) {
    const present = occurrences(pageText, word);
    const drawn = bases.filter((b) => /\p{Script=Han}/u.test(b) && (word.includes(b) || b.includes(word))).length;
    if (drawn < present || present === 0) missing.push(`${word} ${drawn}/${present}`);
  }
  return missing;
}

/**
 * Loads the engine before a suite's first case (furigana must be on): kuromoji's first load can
 * take tens of seconds on a busy machine, which is no part of what a case checks.
 */
export async function warmEngine(context: BrowserContext, url: string, timeoutMs = 170_000): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () =>
      document.querySelector('ruby[data-yomu]') !== null ||
      Array.from(document.querySelectorAll('[data-yomu="furigana"]')).some((h) => h.shadowRoot?.querySelector('[data-base]')),
    null,
    { timeout: timeoutMs, polling: 200 },
  );
  await page.close();
}

export const WARM_UP_PAGE =
  '<!doctype html><html lang="ja"><meta charset="utf-8"><link rel="icon" href="data:,"><body><p>東京で会議が開かれました。</p></body></html>';

/**
 * Run in the page (`page.evaluate(readingsOffTheirBase)`): the readings drawn and visible now that
 * do not stand over an occurrence of their base. Each must overlap a Range rect of its base text
 * along the line, have its centre within half the wider of the two from the base's, and sit just
 * above it. Returns how many readings are drawn and `base@left,top` (viewport px) of those off.
 * Self-contained: it is sent to the page as its source.
 */
export function readingsOffTheirBase(): { count: number; off: string[] } {
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const range = document.createRange();
  const host = document.querySelector('[data-yomu="furigana"]');
  const spans = Array.from(host?.shadowRoot?.querySelectorAll('[data-base]') ?? []).filter((el) => el.checkVisibility());
  const off: string[] = [];
  for (const el of spans) {
    const base = el.getAttribute('data-base')!;
    const r = el.getBoundingClientRect();
    const centre = (r.left + r.right) / 2;
    let over = false;
    for (const t of texts) {
      for (let at = t.data.indexOf(base); at >= 0 && !over; at = t.data.indexOf(base, at + 1)) {
        range.setStart(t, at);
        range.setEnd(t, at + base.length);
        for (const b of Array.from(range.getClientRects())) {
          const along = Math.min(r.right, b.right) - Math.max(r.left, b.left) > 0;
          const centred = Math.abs(centre - (b.left + b.right) / 2) <= Math.max(r.width, b.width) / 2;
          const above = r.bottom >= b.top - 3 && r.bottom <= b.top + b.height / 2;
          if (along && centred && above) over = true;
        }
      }
    }
    if (!over) off.push(`${base}@${Math.round(r.left)},${Math.round(r.top)}`);
  }
  return { count: spans.length, off };
}
