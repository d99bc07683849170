/**
 * Pages that set CSS `zoom` (on <html>, on <body>, on an element around the text) at 0.75, 1.5
 * and 2, in Debian's Chromium and Firefox ESR: the readings sit over their kanji at the text's
 * drawn size, hovering a field's value finds the word under the pointer, and the popup goes
 * beside the word hovered (entrypoints/content/css-zoom.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchTestBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/test-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const ZOOMS = [0.75, 1.5, 2];
const PLACES = ['html', 'body', 'element'] as const;
type Place = (typeof PLACES)[number];

/** The text's font size (px, before zoom) and the readings' size the options ask for (percent). */
const FONT_PX = 20;
const RUBY_PERCENT = 55;

function zoomPage(place: Place, zoom: number): string {
  const z = (here: Place) => (here === place ? `zoom:${zoom};` : '');
  return `<!doctype html><html lang="ja" style="${z('html')}"><head><meta charset="utf-8"></head>
    <body style="margin:8px;font-family:'Noto Sans CJK JP';${z('body')}">
      <div id="wrap" style="margin-left:24px;${z('element')}">
        <p id="text" style="margin:0 0 12px;font-size:${FONT_PX}px;line-height:2.2">外国人の駐車場と国際社会の経済政策</p>
        <input id="field" value="大統領が来日した" style="font-size:18px;width:330px;padding:2px 6px;font-family:'Noto Sans CJK JP'">
      </div>
    </body></html>`;
}

/** Each drawn reading's box and its base's boxes in the page (viewport px), and the base text's font size as drawn. */
function readingBoxes(page: TestPage) {
  return page.evaluate(() => {
    const text = document.getElementById('text')!.firstChild as Text;
    const host = document.querySelector('[data-yomu="furigana"]');
    const out: { base: string; reading: { left: number; right: number; top: number; bottom: number; font: number }; baseBox: DOMRect }[] =
      [];
    for (const el of Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-base]') ?? [])) {
      const base = el.getAttribute('data-base') ?? '';
      const at = text.data.indexOf(base);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + base.length);
      const r = el.getBoundingClientRect();
      // The reading's font size as drawn: its computed size times its effective zoom.
      const z = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      out.push({
        base,
        reading: { left: r.left, right: r.right, top: r.top, bottom: r.bottom, font: parseFloat(getComputedStyle(el).fontSize) * z },
        baseBox: range.getBoundingClientRect().toJSON() as DOMRect,
      });
    }
    return out;
  });
}

/** What the popup shows and where (viewport px), or null while none shows. */
function popupShown(
  page: TestPage,
): Promise<{ surface: string; box: { left: number; top: number; right: number; bottom: number } } | null> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-yomu="popup"]');
    const popup = host?.shadowRoot?.querySelector('.yomu-popup');
    if (!host || host.hidden || !popup) return null;
    const r = popup.getBoundingClientRect();
    return {
      surface: host.shadowRoot!.querySelector('.yomu-surface')?.textContent ?? '',
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    };
  });
}

/**
 * The viewport point of the character after `before` in the field's value, measured independently
 * of the extension: the canvas's widths of the value's font, times the field's zoom.
 */
function fieldPoint(page: TestPage, before: string, char: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ before, char }) => {
      const field = document.getElementById('field') as HTMLInputElement;
      const style = getComputedStyle(field);
      const z = (field as HTMLInputElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const r = field.getBoundingClientRect();
      const x =
        r.left + (field.clientLeft + parseFloat(style.paddingLeft) + ctx.measureText(before).width + ctx.measureText(char).width / 2) * z;
      return { x, y: r.top + r.height / 2 };
    },
    { before, char },
  );
}

/** Moves the pointer to (x, y) from a little up and left, and waits for the popup to show `surface`. */
async function hoverUntil(page: TestPage, p: { x: number; y: number }, surface: string): Promise<void> {
  await page.moveMouse(2, 2);
  await expect.poll(() => popupShown(page), { timeout: 5_000 }).toBeNull();
  for (const f of [0, 0.5, 1]) await page.moveMouse(p.x - 20 * (1 - f), p.y - 10 * (1 - f));
  await expect
    .poll(
      async () => {
        await page.moveMouse(p.x + 0.5, p.y);
        await page.moveMouse(p.x, p.y);
        return (await popupShown(page))?.surface ?? null;
      },
      { timeout: 60_000, interval: 300 },
    )
    .toBe(surface);
}

describe.each(BROWSERS)('CSS zoom in %s', (name) => {
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
      { showFurigana: true, hoverTrigger: 'none', rubySize: RUBY_PERCENT, theme: 'light' },
    );
    await options.close();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(PLACES)('zoom on %s', (place) => {
    test.each(ZOOMS)(
      'at %s: readings over their kanji, the field’s word under the pointer, the popup beside the word',
      async (zoom) => {
        const page = await browser.newPage();
        try {
          await page.goto(server.page(`/zoom-${name}-${place}-${zoom}.html`, zoomPage(place, zoom)));
          const bases = ['外国人', '駐車場', '国際社会', '経済', '政策'];
          await expect
            .poll(async () => (await readingBoxes(page)).map((r) => r.base).sort(), { timeout: 90_000, interval: 500 })
            .toEqual([...bases].sort());
          await page.screenshot(`css-zoom-${name}-${place}-${zoom}-furigana`);
          const fontPx = FONT_PX * zoom;
          for (const { base, reading, baseBox } of await readingBoxes(page)) {
            const at = `${base} at zoom ${zoom} on ${place}`;
            // Drawn at the asked share of the text's size as drawn.
            expect(reading.font, at).toBeGreaterThan(fontPx * (RUBY_PERCENT / 100) * 0.8);
            expect(reading.font, at).toBeLessThan(fontPx * (RUBY_PERCENT / 100) * 1.2);
            // Over its base (moved along the line, to keep clear of its neighbours' readings, at
            // most within it), just above its em box.
            const centre = (reading.left + reading.right) / 2;
            expect(centre, at).toBeGreaterThan(baseBox.left);
            expect(centre, at).toBeLessThan(baseBox.right);
            const shared = Math.min(reading.right, baseBox.right) - Math.max(reading.left, baseBox.left);
            expect(shared, at).toBeGreaterThan(Math.min(reading.right - reading.left, baseBox.right - baseBox.left) / 2);
            const emTop = (baseBox.top + baseBox.bottom) / 2 - fontPx / 2;
            expect(Math.abs(reading.bottom - emTop), at).toBeLessThan(fontPx * 0.35);
          }

          // The field's value: the word under the pointer, on its first and its last word.
          await hoverUntil(page, await fieldPoint(page, '', '大'), '大統領');
          await hoverUntil(page, await fieldPoint(page, '大統領が', '来'), '来日した');
          await page.screenshot(`css-zoom-${name}-${place}-${zoom}-field`);

          // The page's text: the popup below the word, its left edge near the word's.
          const word = await page.evaluate(() => {
            const text = document.getElementById('text')!.firstChild as Text;
            const range = document.createRange();
            const at = text.data.indexOf('経済');
            range.setStart(text, at);
            range.setEnd(text, at + 1);
            const r = range.getBoundingClientRect();
            return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2, left: r.left, bottom: r.bottom };
          });
          await hoverUntil(page, word, '経済政策');
          const popup = (await popupShown(page))!;
          expect(popup.box.top).toBeGreaterThanOrEqual(word.bottom - 1);
          expect(popup.box.top).toBeLessThan(word.bottom + 40);
          expect(Math.abs(popup.box.left - word.left)).toBeLessThan(60);
          await page.screenshot(`css-zoom-${name}-${place}-${zoom}-popup`);
        } finally {
          await page.close();
        }
      },
      150_000,
    );
  });
});
