/**
 * Vertical text in an inline-block of a horizontal line (a column set `writing-mode: vertical-rl`
 * inside a paragraph): the popup goes beside the column, left or right, whichever fits, never
 * over the column's text after the word; a word of the horizontal line around it still gets its
 * popup below. Debian's Chromium and Firefox ESR.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchTestBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/test-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const COLUMN = 'display:inline-block;writing-mode:vertical-rl;height:420px;line-height:1.8;vertical-align:top';
/** Two columns: one at the viewport's left edge (no room on its left), one at its right edge (none on its right). */
const PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"></head>
  <body style="margin:4px;font-family:'Noto Sans CJK JP';font-size:20px">
    <p id="left" style="margin:0"><span id="c1" style="${COLUMN}">縦の欄では経済政策の説明が下へと長く続いていく。</span>横書きの文で会議が開かれた。</p>
    <p id="right" style="margin:40px 0 0;text-align:right">右側にも欄がある。<span id="c2" style="${COLUMN}">二つ目の欄でも外交問題の話が下へと長く続いていく。</span></p>
  </body></html>`;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The box of the `length` characters at `char` in a text node of element `id`, and the boxes of
 * the characters after them on the word's line (in a column: those below it there).
 */
function wordAndAfter(page: TestPage, id: string, char: string, length: number): Promise<{ word: Box; after: Box[] }> {
  return page.evaluate(
    ({ id, char, length }) => {
      const text = Array.from(document.getElementById(id)!.childNodes).find(
        (n): n is Text => n.nodeType === Node.TEXT_NODE && (n as Text).data.includes(char),
      )!;
      const at = text.data.indexOf(char);
      const box = (start: number, end: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const word = box(at, at + length);
      const after: Box[] = [];
      for (let i = at + length; i < text.data.length; i++) {
        const b = box(i, i + 1);
        if (b.left < word.right && word.left < b.right) after.push(b);
      }
      return { word, after };
    },
    { id, char, length },
  );
}

function popupShown(page: TestPage): Promise<{ surface: string; side: string; box: Box } | null> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-yomu="popup"]');
    const popup = host?.shadowRoot?.querySelector('.yomu-popup');
    if (!host || host.hidden || !popup) return null;
    const r = popup.getBoundingClientRect();
    return {
      surface: host.shadowRoot!.querySelector('.yomu-surface')?.textContent ?? '',
      side: host.getAttribute('data-side') ?? '',
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    };
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function hover(page: TestPage, word: Box, surface: string): Promise<{ surface: string; side: string; box: Box }> {
  await page.moveMouse(2, 2);
  await expect.poll(() => popupShown(page), { timeout: 5_000 }).toBeNull();
  const x = (word.left + word.right) / 2;
  const y = word.top + Math.min(10, (word.bottom - word.top) / 4);
  await expect
    .poll(
      async () => {
        await page.moveMouse(x + 0.5, y);
        await page.moveMouse(x, y);
        return (await popupShown(page))?.surface ?? null;
      },
      { timeout: 60_000, interval: 300 },
    )
    .toBe(surface);
  return (await popupShown(page))!;
}

describe.each(BROWSERS)('in %s', (name) => {
  let server: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchTestBrowser(name);
    const options = await browser.openExtensionPage('options.html');
    await options.evaluate(
      async (v) => {
        const { sync } = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage;
        const current = ((await sync.get('settings')).settings ?? {}) as object;
        await sync.set({ settings: { ...current, ...v } });
      },
      { showFurigana: false, hoverTrigger: 'none', theme: 'light', popupFontSize: 15 },
    );
    await options.close();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a vertical inline-block: the popup beside the column, clear of its text after the word; the horizontal line’s below', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.page(`/vertical-inline-${name}.html`, PAGE));
      for (const [id, char, surface, side] of [
        ['c1', '経', '経済政策', 'right'],
        ['c2', '外', '外交問題', 'left'],
      ] as const) {
        const { word, after } = await wordAndAfter(page, id, char, surface.length);
        const shown = await hover(page, word, surface);
        await page.screenshot(`hover-vertical-inline-${name}-${id}`);
        expect(shown.side, `${surface} in #${id}`).toBe(side);
        // Beside the word's column, not across it.
        expect(shown.box.right <= word.left + 0.5 || shown.box.left >= word.right - 0.5, `${surface} in #${id}`).toBe(true);
        for (const box of after) expect(overlaps(shown.box, box), `${surface} in #${id} over the column's text after it`).toBe(false);
      }
      // The horizontal line around the first column: below the word, as ever.
      const { word } = await wordAndAfter(page, 'left', '会', 2);
      const shown = await hover(page, word, '会議');
      expect(shown.side).toBe('below');
      expect(shown.box.top).toBeGreaterThanOrEqual(word.bottom);
    } finally {
      await page.close();
    }
  }, 120_000);
});
