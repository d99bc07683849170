/**
 * Issue 12 on static pages: with furigana on, find-in-page still finds phrases that run past words
 * with readings, a word split by a link gets readings on both sides, and no line of a fixed-height
 * `overflow:hidden` box or of a `-webkit-line-clamp` paragraph is pushed out of view by readings.
 * Each case also runs without the extension (control).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, launchWithExtension, setOptionsSwitch, type ExtensionBrowser } from './support/extension-browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { drawnReadingBases, missingReadings, staleReadings, visibleText, warmEngine, WARM_UP_PAGE } from './support/reading-layer';

const TIMEOUT = 60_000;

const FIND_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body style="font:20px/1.8 'Noto Sans CJK JP',sans-serif">
<p id="meet">二人は出口の前で会います。</p>
<p id="split">政府は<a href="#">経済</a>制裁を決めた。</p>
</body></html>`;

const HEADLINE = '政府が新たな経済対策を閣議決定し来年度予算の編成作業が本格的に始まる見通しとなった';
const CLAMPED =
  'ロシアと中国は、かつて警戒し合う隣国でしたが、過去十年でその関係を変革しました。エネルギー協定、共同軍事演習、地政学的な発展を通じて、彼らは慎重な知人から戦略的パートナーへと進化し、ワシントンでは懸念を高め、東京では不安が増しています。';

const LAYOUT_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body style="font:18px/1.6 'Noto Sans CJK JP',sans-serif;margin:24px">
<p id="free">東京で会議が開かれました。</p>
<div id="box" style="height:64px;overflow:hidden;width:420px;border:1px solid #999">
  <h1 id="headline" style="margin:0;font-size:24px;line-height:32px">${HEADLINE}</h1>
</div>
<p id="clamp" style="display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;width:420px;margin-top:24px">${CLAMPED}</p>
</body></html>`;

interface Visible {
  /** Indexes of the characters of the element's text whose centre lies inside its clipping box. */
  chars: number[];
  /** Number of distinct lines among them. */
  lines: number;
  scrollHeight: number;
}

/** What the reader sees of `selector`'s text inside the box `clipSelector` clips it to. */
function visibleChars(page: Page, selector: string, clipSelector: string): Promise<Visible> {
  return page.evaluate(
    ([sel, clipSel]) => {
      const el = document.querySelector(sel)!;
      // The clipping box: the clipping element's padding box (inside its border).
      const clipEl = document.querySelector(clipSel)!;
      const outer = clipEl.getBoundingClientRect();
      const clip = { left: outer.left + clipEl.clientLeft, top: outer.top + clipEl.clientTop, right: 0, bottom: 0 };
      clip.right = clip.left + clipEl.clientWidth;
      clip.bottom = clip.top + clipEl.clientHeight;
      const chars: number[] = [];
      const tops = new Set<number>();
      let index = 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('rt')) continue;
        for (let i = 0; i < node.data.length; i++, index++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          // In view when the glyph's centre is (its box may be taller than a tight line-height).
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          if (y >= clip.top && y <= clip.bottom && x >= clip.left && x <= clip.right) {
            chars.push(index);
            tops.add(Math.round(r.top));
          }
        }
      }
      return { chars, lines: tops.size, scrollHeight: (document.querySelector(clipSel) as HTMLElement).scrollHeight };
    },
    [selector, clipSelector] as const,
  );
}

async function waitForReadings(page: Page, words: string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const bases = await drawnReadingBases(page);
        const text = await visibleText(page);
        return { missing: missingReadings(bases, text, words), stale: staleReadings(bases, text) };
      },
      { timeout: TIMEOUT, interval: 100 },
    )
    .toEqual({ missing: [], stale: [] });
}

/** Selects the first match of `phrase` with window.find from the top; returns the selected text ('' when not found). */
function find(page: Page, phrase: string): Promise<string> {
  return page.evaluate((p) => {
    getSelection()!.removeAllRanges();
    const found = (window as unknown as { find(s: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean): boolean }).find(
      p,
      false,
      false,
      true,
    );
    return found ? getSelection()!.toString() : '';
  }, phrase);
}

for (const run of ['control (no extension)', 'with the extension'] as const) {
  describe(`static pages: ${run}`, () => {
    const withExtension = run === 'with the extension';
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let options: Page | undefined;
    const setFurigana = async (on: boolean) => {
      if (options) await setOptionsSwitch(options, 'Show furigana', on);
    };

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchWithExtension({ withExtension });
      if (withExtension) {
        options = await browser.openExtensionPage('options.html');
        await options.getByRole('switch', { name: 'Show furigana' }).waitFor();
        await setOptionsSwitch(options, 'Show furigana', true);
        await warmEngine(browser.context, server.page('/warm-up.html', WARM_UP_PAGE));
      }
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('window.find finds phrases that run past words with readings', async () => {
      await setFurigana(true);
      const page = await browser.context.newPage();
      await page.goto(server.page('/find.html', FIND_PAGE));
      if (withExtension) await waitForReadings(page, ['出口', '政府']);
      for (const phrase of ['会います', '出口の前', '二人は出口の前で会います。', 'は出口', '経済制裁', '政府は経済制裁を決めた']) {
        expect(await find(page, phrase), `window.find('${phrase}')`).toBe(phrase);
      }
      await page.close();
    }, 120_000);

    test('a word split by a link gets readings on both sides', async () => {
      await setFurigana(true);
      const page = await browser.context.newPage();
      await page.goto(server.page('/split.html', FIND_PAGE));
      expect(await visibleText(page, '#split')).toBe('政府は経済制裁を決めた。');
      if (withExtension) await waitForReadings(page, ['政府', '経済', '制裁', '決']);
      expect(await visibleText(page, '#split')).toBe('政府は経済制裁を決めた。');
      await page.close();
    }, 120_000);

    test('no line of a fixed-height box or a line-clamped paragraph is pushed out of view', async () => {
      await setFurigana(false);
      const page = await browser.context.newPage();
      await page.goto(server.page('/layout.html', LAYOUT_PAGE));
      const measure = async () => ({
        headline: await visibleChars(page, '#headline', '#box'),
        clamp: await visibleChars(page, '#clamp', '#clamp'),
      });
      const without = await measure();
      // The page as made: two lines of each show, the rest is clipped.
      expect(without.headline.lines).toBe(2);
      expect(without.clamp.lines).toBe(2);
      expect(without.headline.chars.length).toBeLessThan(HEADLINE.length);
      expect(without.clamp.chars.length).toBeLessThan(CLAMPED.length);

      await setFurigana(true);
      if (withExtension) {
        await waitForReadings(page, ['会議']);
        let last = -1;
        await expect
          .poll(
            async () => {
              const n = (await drawnReadingBases(page)).length;
              const same = n === last;
              last = n;
              return same;
            },
            { timeout: TIMEOUT, interval: 500 },
          )
          .toBe(true);
      }
      const dir = join(ARTIFACTS_DIR, 'frameworks');
      mkdirSync(dir, { recursive: true });
      if (withExtension) await page.screenshot({ path: join(dir, 'layout-furigana.png') });
      const withReadings = await measure();
      expect(withReadings.headline.chars, 'headline characters in view').toEqual(without.headline.chars);
      expect(withReadings.clamp.chars, 'line-clamped characters in view').toEqual(without.clamp.chars);
      expect(withReadings.headline.scrollHeight).toBe(without.headline.scrollHeight);
      expect(withReadings.clamp.scrollHeight).toBe(without.clamp.scrollHeight);

      await setFurigana(false);
      if (withExtension) await expect.poll(async () => (await drawnReadingBases(page)).length, { timeout: TIMEOUT }).toBe(0);
      expect(await measure()).toEqual(without);
      await page.close();
    }, 120_000);
  });
}
