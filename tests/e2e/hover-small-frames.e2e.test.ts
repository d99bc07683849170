/**
 * The hover popup in a short frame on a normal page (a fresh tester's find), with the built
 * extension, in Debian's Chromium and Firefox ESR: a frame 140 px tall holding two lines of
 * Japanese. The real mouse glides along the first line, a few pixels at a time: every word it
 * reaches is shown, and the popup never covers the line from the pointer on (the word being read
 * and the words after it), so the pointer never lands on the popup instead of the text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchTestBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/test-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const FRAME_TEXT = '政府は経済制裁を決めたと首相が記者会見で発表した。各国の外務大臣が来週会談する予定である。';
const TEXT_WITH_INFLECTION = '北朝鮮が弾道ミサイル発射を繰り返し、政府は経済制裁を決めたと首相が記者会見で発表した。';

interface Char {
  char: string;
  /** The character's box in the top document's viewport (the frame's offset added). */
  x: number;
  y: number;
  left: number;
  top: number;
  bottom: number;
}

/** The characters of the frame's first line, in the top document's viewport px. */
function firstLine(page: TestPage): Promise<Char[]> {
  return page.evaluate(() => {
    const frame = document.getElementById('short') as HTMLIFrameElement;
    const fr = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    const dx = fr.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const dy = fr.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    const text = frame.contentDocument!.getElementById('p')!.firstChild as Text;
    const range = frame.contentDocument!.createRange();
    const chars = [];
    let lineTop: number | undefined;
    for (let i = 0; i < text.data.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const r = range.getBoundingClientRect();
      lineTop ??= r.top;
      if (Math.abs(r.top - lineTop) > 2) break;
      chars.push({
        char: text.data[i]!,
        x: dx + r.left + r.width / 2,
        y: dy + r.top + r.height / 2,
        left: dx + r.left,
        top: dy + r.top,
        bottom: dy + r.bottom,
      });
    }
    return chars;
  });
}

/** The popup shown in the frame: its word and its box in the top document's viewport px; null when none. */
function shownInFrame(page: TestPage): Promise<{ surface: string; left: number; top: number; right: number; bottom: number } | null> {
  return page.evaluate(() => {
    const frame = document.getElementById('short') as HTMLIFrameElement;
    const fr = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    const dx = fr.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const dy = fr.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    const host = frame.contentDocument?.querySelector<HTMLElement>('[data-yomu="popup"]');
    const popup = host?.shadowRoot?.querySelector<HTMLElement>('.yomu-popup');
    if (!host || host.hidden || !popup) return null;
    const r = popup.getBoundingClientRect();
    const surface = popup.querySelector('.yomu-surface')?.textContent ?? '';
    return { surface, left: dx + r.left, top: dy + r.top, right: dx + r.right, bottom: dy + r.bottom };
  });
}

/** Rests the pointer on `char` (wiggling) until the frame's popup shows it: the engine may start cold. */
async function restUntilShown(page: TestPage, char: { x: number; y: number; char: string }): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.moveMouse(char.x + 1, char.y);
        await page.moveMouse(char.x, char.y);
        return (await shownInFrame(page))?.surface ?? '';
      },
      { timeout: 60_000, interval: 500 },
    )
    .toContain(char.char);
}

describe.each(BROWSERS)('in %s', (name) => {
  let server: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchTestBrowser(name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a frame 140 px tall: gliding along its first line shows each word, the popup never over the line from the pointer on', async () => {
    const url = server.page(
      `/short-frame-${name}.html`,
      `<!doctype html><html lang="en"><meta charset="utf-8"><body style="font:16px/1.6 sans-serif;margin:16px">
        <h1 style="font-size:22px">A normal page</h1>
        <p>It embeds a short frame with a line or two of Japanese, as a widget or a quoted post would.</p>
        <iframe id="short" style="width:620px;height:140px;border:1px solid #888" srcdoc="<!doctype html><html lang=ja><meta charset=utf-8><body style='margin:8px;font:20px/1.7 Noto Sans CJK JP,sans-serif'><p id=p style='margin:0'>${FRAME_TEXT}</p></body></html>"></iframe>
        <p>More of the page below the frame.</p>
      </body></html>`,
    );
    const page = await browser.newPage();
    await page.goto(url);
    await expect.poll(async () => (await firstLine(page)).length, { timeout: 30_000 }).toBeGreaterThan(10);
    const line = await firstLine(page);
    const right = await page.evaluate(() => {
      const frame = document.getElementById('short')!.getBoundingClientRect();
      return frame.right;
    });
    // The first word, once the engine is up (a cold start may take a while).
    const start = line[0]!;
    await restUntilShown(page, start);
    const seen = new Set<string>();
    let at = { x: start.x, y: start.y };
    for (const c of line) {
      // A reader's hand: from the last character to this one in steps of 4 px.
      const steps = Math.max(1, Math.ceil(Math.abs(c.x - at.x) / 4));
      for (let i = 1; i <= steps; i++) await page.moveMouse(at.x + ((c.x - at.x) * i) / steps, c.y);
      at = { x: c.x, y: c.y };
      if (/[、。]/.test(c.char)) continue;
      // The word under the pointer is shown (its surface holds the character pointed at).
      await expect.poll(async () => (await shownInFrame(page))?.surface ?? '', { timeout: 20_000 }).toContain(c.char);
      const shown = (await shownInFrame(page))!;
      seen.add(shown.surface);
      const rest = { left: c.left, top: c.top, right, bottom: c.bottom };
      const over = shown.left < rest.right && rest.left < shown.right && shown.top < rest.bottom && rest.top < shown.bottom;
      expect(over, `${c.char}: popup ${JSON.stringify(shown)} over the line from ${JSON.stringify(rest)}`).toBe(false);
      if (seen.size === 4) await page.screenshot(`hover-small-frame-${name}`);
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
    await page.close();
  }, 180_000);

  // The second text's first line holds an inflected word (繰り返し) whose dictionary form, parts of
  // speech and labels came before its meaning in the tight layout (a tester's find).
  for (const [k, text] of [FRAME_TEXT, TEXT_WITH_INFLECTION].entries())
    test(`a frame 100 px tall (a tester's find), text ${k + 1}: a popup not shown whole is laid out tight, whatever its side, and shows a line of meaning`, async () => {
      const url = server.page(
        `/shorter-frame-${name}-${k}.html`,
        `<!doctype html><html lang="en"><meta charset="utf-8"><body style="font:16px/1.6 sans-serif;margin:16px">
        <p>A page with a frame 100 px tall.</p>
        <iframe id="short" style="width:600px;height:100px;border:1px solid #888" srcdoc="<!doctype html><html lang=ja><meta charset=utf-8><body style='margin:8px;font:20px/1.7 Noto Sans CJK JP,sans-serif'><p id=p style='margin:0'>${text}</p></body></html>"></iframe>
      </body></html>`,
      );
      const page = await browser.newPage();
      await page.goto(url);
      await expect.poll(async () => (await firstLine(page)).length, { timeout: 30_000 }).toBeGreaterThan(10);
      const line = await firstLine(page);
      const start = line[0]!;
      await restUntilShown(page, start);
      const seen = new Set<string>();
      for (const c of line) {
        if (/[、。]/.test(c.char)) continue;
        await page.moveMouse(c.x, c.y);
        await expect.poll(async () => (await shownInFrame(page))?.surface ?? '', { timeout: 20_000 }).toContain(c.char);
        // The word's entries, not the "Loading the dictionary…" line shown while they are looked up.
        await expect
          .poll(
            () =>
              page.evaluate(() => {
                const doc = (document.getElementById('short') as HTMLIFrameElement).contentDocument!;
                const root = doc.querySelector<HTMLElement>('[data-yomu="popup"]')!.shadowRoot!;
                return root.querySelector('.yomu-loading') === null;
              }),
            { timeout: 20_000 },
          )
          .toBe(true);
        const state = await page.evaluate(() => {
          const doc = (document.getElementById('short') as HTMLIFrameElement).contentDocument!;
          const host = doc.querySelector<HTMLElement>('[data-yomu="popup"]')!;
          const popup = host.shadowRoot!.querySelector<HTMLElement>('.yomu-popup')!;
          const box = popup.getBoundingClientRect();
          const clip = box.top + popup.clientTop + popup.clientHeight;
          // The gloss itself (its first line), not the part-of-speech and label notes before it.
          const sense = popup.querySelector<HTMLElement>('.yomu-sense');
          const gloss = sense?.querySelector<HTMLElement>('.yomu-glosses');
          const senseTop = gloss?.getClientRects()[0]?.top ?? Infinity;
          const lineHeight = sense ? parseFloat(getComputedStyle(sense).lineHeight) : 0;
          return {
            surface: popup.querySelector('.yomu-surface')?.textContent ?? '',
            whole: popup.scrollHeight <= popup.clientHeight + 1,
            cut: host.hasAttribute('data-cut'),
            side: host.getAttribute('data-side'),
            height: Math.round(box.height),
            meaningShown: senseTop + lineHeight <= clip + 1,
          };
        });
        if (seen.has(state.surface)) continue;
        seen.add(state.surface);
        // A word broken over two lines (外務|大臣) has its box across both: no room off them here.
        if (
          !line
            .map((l) => l.char)
            .join('')
            .includes(state.surface)
        )
          continue;
        const where = `${c.char}: ${JSON.stringify(state)}`;
        if (!state.whole) expect(state.cut, where).toBe(true);
        expect(state.meaningShown, where).toBe(true);
        if (state.surface.includes('記者') || state.surface.includes('繰り返')) await page.screenshot(`hover-100px-frame-${name}-${k}`);
      }
      expect(seen.size).toBeGreaterThanOrEqual(5);
      await page.close();
    }, 180_000);
});
