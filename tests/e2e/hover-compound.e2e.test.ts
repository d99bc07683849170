/**
 * A compound the analyser splits before its last kanji (外国|人, 駐車|場, 経済|政策): the popup
 * shows the whole word wherever in it the pointer is, its last kanji too, on a fresh browser's
 * first hover (the dictionary's answer, then the block's words) and once the block's words are
 * known; in Debian's Chromium and Firefox ESR.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchTestBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/test-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** One block of Japanese: the first block's words the tab gets are this block's. */
const PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"></head>
  <body style="font-family:'Noto Sans CJK JP';font-size:22px">
    <p id="a">多くの外国人が駅前の駐車場に来て、経済政策を話した。</p>
  </body></html>`;

/** The viewport point of the `nth` occurrence of `char` in the paragraph `id`. */
function charPoint(page: TestPage, id: string, char: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, char, nth }) => {
      const text = document.getElementById(id)!.firstChild as Text;
      let at = -1;
      for (let k = 0; k <= nth; k++) at = text.data.indexOf(char, at + 1);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const r = range.getBoundingClientRect();
      return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    },
    { id, char, nth },
  );
}

/** The popup's word, or null while none shows or while it says the dictionary is loading. */
function shownWord(page: TestPage): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-yomu="popup"]');
    const root = host?.shadowRoot;
    if (!host || host.hidden || !root) return null;
    const text = (root.querySelector('.yomu-popup') as HTMLElement | null)?.innerText ?? '';
    if (text.includes('Loading')) return null;
    return root.querySelector('.yomu-surface')?.textContent ?? null;
  });
}

async function setSettings(browser: TestBrowser, settings: object): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  await options.evaluate(async (v) => {
    const { sync } = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage;
    const current = ((await sync.get('settings')).settings ?? {}) as object;
    await sync.set({ settings: { ...current, ...v } });
  }, settings);
  await options.close();
}

describe.each(BROWSERS)('in %s', (name) => {
  let server: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchTestBrowser(name);
    await setSettings(browser, { showFurigana: false, hoverTrigger: 'none', theme: 'light' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the last kanji of a compound: the whole word, on the first hover and once the block’s words are known', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.page(`/compound-${name}.html`, PAGE));
      // The first hover of this browser, on 人 of 外国人: the dictionary's answer, then the
      // block's words' (the mark: they are in, and have redrawn the popup); 外国人 throughout.
      const first = await charPoint(page, 'a', '人');
      const seen: string[] = [];
      const look = async (i: number) => {
        await page.moveMouse(first.x + (i % 2), first.y);
        const word = await shownWord(page);
        if (word && seen[seen.length - 1] !== word) seen.push(word);
      };
      const blockWordsIn = () => page.evaluate(() => performance.getEntriesByName('yomu:hover-block-words').length > 0);
      for (let i = 0; i < 300 && !(await blockWordsIn()); i++) {
        await look(i);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await blockWordsIn()).toBe(true);
      // The pointer moving on on 人 now asks the block's words.
      for (let i = 0; i < 6; i++) await look(i);
      await expect.poll(() => shownWord(page), { timeout: 10_000 }).not.toBeNull();
      await look(0);
      expect(seen).toEqual(['外国人']);
      await page.screenshot(`hover-compound-${name}-first`);

      // Warm: the pointer comes onto each kanji of each compound from blank space.
      for (const [id, char, nth, word] of [
        ['a', '外', 0, '外国人'],
        ['a', '国', 0, '外国人'],
        ['a', '人', 0, '外国人'],
        ['a', '場', 0, '駐車場'],
        ['a', '駐', 0, '駐車場'],
        ['a', '策', 0, '経済政策'],
        ['a', '政', 0, '経済政策'],
      ] as const) {
        await page.moveMouse(2, 2);
        await expect.poll(() => shownWord(page), { timeout: 5_000 }).toBeNull();
        const p = await charPoint(page, id, char, nth);
        await page.moveMouse(p.x - 15, p.y - 8);
        await page.moveMouse(p.x, p.y);
        await expect.poll(() => shownWord(page), { timeout: 20_000, message: `${char} in ${word}` }).toBe(word);
      }
      await page.screenshot(`hover-compound-${name}-warm`);

      // Along the word from its first kanji to its last: the popup stays on the word.
      const along = await Promise.all(['駐', '車', '場'].map((c) => charPoint(page, 'a', c)));
      await page.moveMouse(2, 2);
      for (const p of along) {
        await page.moveMouse(p.x, p.y);
        await expect.poll(() => shownWord(page), { timeout: 20_000 }).toBe('駐車場');
      }
    } finally {
      await page.close();
    }
  }, 120_000);
});
