/**
 * The long-page figure of `npm run bench`: the reference article's body copied COPIES times
 * (about 100,000 characters at 40; readings are drawn only near the viewport), in the built extension in Debian's Chromium
 * with furigana on and the engine warm. Counts the page's main-thread long tasks (> 50 ms):
 * while the page loads and is annotated whole (beside the same load without the extension: the
 * browser's first layout of so long a page is a long task of its own), then while the reader hovers a word and scrolls down the
 * page (the hover starts the prefetching of words near the screen, again after each scroll, and
 * the glossary underlines rescan after the page changes), then when furigana is turned off and
 * on again.
 */
import { launchWithExtension } from '../tests/e2e/support/extension-browser';
import type { FixtureServer } from '../tests/e2e/support/fixture-server';
import { recordLongTasks, takeLongTasks, writeSettings, longPageHtml } from './bench-page-support';

export interface LongPageFigures {
  copies: number;
  characters: number;
  /** Readings drawn in the layer once annotated (those near the viewport). */
  rubies: number;
  annotationMs: number;
  /** Long task durations (ms) in each phase. */
  pageLoadWithoutExtension: number[];
  whileAnnotating: number[];
  whileHoveringAndScrolling: number[];
  whileTogglingOffAndOn: number[];
}

const COPIES = Number(process.env.BENCH_LONG_PAGE_COPIES ?? 40);
const SCROLLS = 6;

/** The long tasks of loading the page in a browser without the extension: the page's own. */
async function pageLoadAlone(path: string): Promise<number[]> {
  const b = await launchWithExtension({ withExtension: false });
  try {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.addInitScript(recordLongTasks);
    await page.goto(path);
    await page.waitForTimeout(1500);
    return await takeLongTasks(page);
  } finally {
    await b.close();
  }
}

export async function benchLongPage(server: FixtureServer, copies = COPIES): Promise<LongPageFigures> {
  const path = server.page('/long-page.html', longPageHtml(copies));
  const pageLoadWithoutExtension = await pageLoadAlone(path);
  const b = await launchWithExtension();
  try {
    const furigana = (showFurigana: boolean) => writeSettings(b.context, b.extensionId, { showFurigana, hoverTrigger: 'none' });
    await furigana(true);
    // Warm the engine (kuromoji and EDICT) on the article first: the figure is the page's, not the load's.
    const warm = await b.context.newPage();
    await warm.goto(server.url('/article.html'));
    await warm.waitForFunction(() => performance.getEntriesByName('yomu:furigana').length > 0, null, { timeout: 60_000 });
    await warm.mouse.move(200, 120);
    await warm.waitForTimeout(1000);
    await warm.close();

    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.addInitScript(recordLongTasks);
    await page.goto(path);
    await page.waitForFunction(() => performance.getEntriesByName('yomu:furigana').length > 0, null, { timeout: 120_000 });
    const annotated = await page.evaluate(() => ({
      ms: performance.getEntriesByName('yomu:furigana')[0]!.duration,
      characters: document.body.textContent!.length,
      rubies: (document.querySelector('[data-yomu="furigana"]')?.shadowRoot?.querySelectorAll('[data-base]') ?? []).length,
    }));
    const whileAnnotating = await takeLongTasks(page);

    // A hover on the first paragraph's first kanji, then a reader's scrolling down the page.
    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('p')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.search(/\p{Script=Han}/u);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 1);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      throw new Error('no kanji in the first paragraph');
    });
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(1000);
    for (let k = 0; k < SCROLLS; k++) {
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(900);
    }
    const whileHoveringAndScrolling = await takeLongTasks(page);

    await furigana(false);
    await page.waitForTimeout(1500);
    await furigana(true);
    await page.waitForFunction(
      () => (document.querySelector('[data-yomu="furigana"]')?.shadowRoot?.querySelectorAll('[data-base]') ?? []).length > 0,
      null,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(3000);
    const whileTogglingOffAndOn = await takeLongTasks(page);
    return {
      copies,
      characters: annotated.characters,
      rubies: annotated.rubies,
      annotationMs: annotated.ms,
      pageLoadWithoutExtension,
      whileAnnotating,
      whileHoveringAndScrolling,
      whileTogglingOffAndOn,
    };
  } finally {
    await b.close();
  }
}

export function describeLongPageFigures(f: LongPageFigures): string[] {
  const tasks = (xs: number[]) => `${xs.length}${xs.length ? ` [${xs.map((x) => `${x} ms`).join(', ')}]` : ''}`;
  return [
    `long page (article ×${f.copies}: ${f.characters.toLocaleString('en')} characters, ${f.rubies.toLocaleString('en')} readings drawn near the viewport), engine warm: full annotation ${f.annotationMs.toFixed(0)} ms`,
    `  main-thread long tasks (> 50 ms) while loading and annotating it: ${tasks(f.whileAnnotating)} (loading it without the extension: ${tasks(f.pageLoadWithoutExtension)}); hovering and scrolling ${SCROLLS} screens: ${tasks(f.whileHoveringAndScrolling)}; furigana off and on: ${tasks(f.whileTogglingOffAndOn)}  (target: none of ours)`,
  ];
}
