/**
 * The popup of a word in a frame about one line tall (a ticker, a "related article" strip) is
 * drawn in the top page (frame-popup.ts), with the built extension, in Debian's Chromium and
 * Firefox ESR. The page is scrolled; the frames are same-origin, cross-origin (a second server,
 * another port of 127.0.0.1) and cross-origin inside a same-origin frame. The popup host
 * `[data-yomu="popup"]` shows in the TOP document with the word's entries, whole, beside the
 * word's box on screen and over neither the word nor the words after it on its line; it hides when
 * the pointer leaves the word, leaves the frame, the top page scrolls or Esc is pressed; a tall
 * frame keeps its popup inside itself.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchTestBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/test-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** One line of a ticker (our own sentence): the word hovered is 制裁, its 制 pointed at. */
const TICKER = '速報：政府は経済制裁を決めたと首相が発表した。';
const POINTED = TICKER.indexOf('制');

/**
 * A frame's document: one line of Japanese in `p`; answers a `rects?` message from its parent
 * with its characters' client boxes, and a `popup?` one with what its own popup host shows (the
 * test's own way to see into a cross-origin frame).
 */
function frameDocument(text: string, style = 'margin:2px 8px;font:20px/1.5 Noto Sans CJK JP,sans-serif;white-space:nowrap'): string {
  return `<!doctype html><html lang="ja"><meta charset="utf-8"><body style="${style}"><p id="p" style="margin:0">${text}</p>
<script>
addEventListener('message', (e) => {
  if (e.data === 'popup?') {
    const host = document.querySelector('[data-yomu="popup"]');
    const popup = host && host.shadowRoot && host.shadowRoot.querySelector('.yomu-popup');
    const text = popup ? (host.hasAttribute('data-cut') ? '(cut) ' : '') + popup.innerText.replace(/\\s+/g, ' ').slice(0, 160) : 'no popup';
    const own = !host ? 'no popup host' : host.hidden ? 'hidden' : text;
    e.source.postMessage({ popup: own }, '*');
    return;
  }
  if (e.data !== 'rects?') return;
  const t = document.getElementById('p').firstChild;
  const range = document.createRange();
  const rects = [];
  for (let i = 0; i < t.data.length; i++) {
    range.setStart(t, i);
    range.setEnd(t, i + 1);
    const r = range.getBoundingClientRect();
    rects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  e.source.postMessage({ rects }, '*');
});
</script></body></html>`;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The characters' boxes of the frame reached by `path` (ids of iframes, outermost first), in the
 * top document's client px: each frame's content box offset added, the innermost asked by message;
 * on a page with CSS zoom, a frame's px drawn times its element's zoom (its border and padding
 * too, which its style gives in its own px).
 */
function charsOf(page: TestPage, path: string[]): Promise<{ chars: Rect[]; frame: Rect }> {
  return page.evaluate(async (ids) => {
    let doc: Document = document;
    let dx = 0;
    let dy = 0;
    let scale = 1;
    let frame: HTMLIFrameElement | undefined;
    let box = { left: 0, top: 0, right: 0, bottom: 0 };
    for (const id of ids) {
      frame = doc.getElementById(id) as HTMLIFrameElement;
      const r = frame.getBoundingClientRect();
      const style = getComputedStyle(frame);
      const zoom = (frame as HTMLIFrameElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      dx += (r.left + (parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft)) * zoom) * scale;
      dy += (r.top + (parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop)) * zoom) * scale;
      scale *= zoom;
      box = { left: dx, top: dy, right: dx + frame.clientWidth * scale, bottom: dy + frame.clientHeight * scale };
      try {
        doc = frame.contentDocument ?? doc;
      } catch {
        // cross-origin: the last one
      }
    }
    const target = frame!.contentWindow!;
    const rects = await new Promise<Rect[]>((resolve) => {
      const onMessage = (e: MessageEvent) => {
        if (e.source !== target || !e.data?.rects) return;
        removeEventListener('message', onMessage);
        resolve(e.data.rects as Rect[]);
      };
      addEventListener('message', onMessage);
      target.postMessage('rects?', '*');
    });
    const chars = rects.map((r) => ({
      left: r.left * scale + dx,
      top: r.top * scale + dy,
      right: r.right * scale + dx,
      bottom: r.bottom * scale + dy,
    }));
    return { chars, frame: box };
  }, path);
}

interface TopPopup {
  surface: string;
  box: Rect;
  senses: number;
  loading: boolean;
  cut: boolean;
}

/** The popup shown in the top document (its visible `[data-yomu="popup"]` host), or null. */
function topPopup(page: TestPage): Promise<TopPopup | null> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll<HTMLElement>('[data-yomu="popup"]')) {
      const popup = host.shadowRoot?.querySelector<HTMLElement>('.yomu-popup');
      if (host.hidden || !popup) continue;
      const r = popup.getBoundingClientRect();
      return {
        surface: popup.querySelector('.yomu-surface')?.textContent ?? '',
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        senses: popup.querySelectorAll('.yomu-sense').length,
        loading: popup.querySelector('.yomu-loading') !== null,
        cut: host.hasAttribute('data-cut'),
      };
    }
    return null;
  });
}

/**
 * What the reader would see, for a failure's message: the top document's popup hosts (hidden or
 * not, cut, loading, the notice, the kanji view, the start of the text) and what the frame reached
 * by `path` shows in its own popup host (asked by message: the frame may be cross-origin).
 */
async function seen(page: TestPage, path: string[]): Promise<string> {
  const top = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-yomu="popup"]')].map((host) => {
      const popup = host.shadowRoot?.querySelector<HTMLElement>('.yomu-popup');
      return {
        hidden: host.hidden,
        cut: host.hasAttribute('data-cut'),
        loading: popup?.querySelector('.yomu-loading') !== null,
        notice: popup?.querySelector('.yomu-notice')?.textContent ?? '',
        kanjiView: popup?.querySelector('.yomu-kanji-view, .yomu-kanji-head') !== null,
        text: (popup?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 200),
      };
    }),
  );
  const frame = await page.evaluate(async (ids) => {
    let doc: Document = document;
    let frame: HTMLIFrameElement | undefined;
    for (const id of ids) {
      const element = doc.getElementById(id) as HTMLIFrameElement | null;
      if (!element) return `frame #${id} not in the page`;
      frame = element;
      try {
        doc = frame.contentDocument ?? doc;
      } catch {
        // cross-origin: the last one
      }
    }
    const target = frame!.contentWindow!;
    return new Promise<string>((resolve) => {
      const onMessage = (e: MessageEvent) => {
        if (e.source !== target || !e.data || !('popup' in e.data)) return;
        removeEventListener('message', onMessage);
        resolve(String(e.data.popup));
      };
      addEventListener('message', onMessage);
      target.postMessage('popup?', '*');
      setTimeout(() => resolve('no answer from the frame'), 2000);
    });
  }, path);
  return `top page's popup hosts: ${JSON.stringify(top)}; the frame's own popup: ${JSON.stringify(frame)}`;
}

/** Runs `check` (a poll of what the reader sees); when it fails, its message says what the page showed then. */
async function saying(page: TestPage, path: string[], check: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (err) {
    const state = await seen(page, path).catch((e: unknown) => `(could not be read: ${String(e)})`);
    if (err instanceof Error) err.message += `\nWhat the page showed: ${state}`;
    throw err;
  }
}

/** The notice the top document's popup shows ('' for none). */
function noticeInTop(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll<HTMLElement>('[data-yomu="popup"]'))
      if (!host.hidden) return host.shadowRoot?.querySelector('.yomu-notice')?.textContent ?? '';
    return '';
  });
}

/** Whether the top document's popup shows its kanji view with a kanji's card. */
function kanjiShownInTop(page: TestPage): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-yomu="popup"]')].some(
      (host) => !host.hidden && host.shadowRoot?.querySelector('.yomu-kanji-head'),
    ),
  );
}

/** Whether the same-origin frame `id` shows a popup of its own. */
function popupInFrame(page: TestPage, id: string): Promise<string | null> {
  return page.evaluate((frameId) => {
    const doc = (document.getElementById(frameId) as HTMLIFrameElement).contentDocument!;
    const host = doc.querySelector<HTMLElement>('[data-yomu="popup"]');
    if (!host || host.hidden) return null;
    return host.shadowRoot?.querySelector('.yomu-surface')?.textContent ?? '';
  }, id);
}

const centre = (r: Rect) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Brings the pointer to `at` in the frame reached by `path` and rests it there (wiggling: the
 * engine may start cold) until the top shows the word's entries.
 */
async function restUntilShownInTop(page: TestPage, at: { x: number; y: number }, path: string[]): Promise<TopPopup> {
  // From blank space (a word closed with Esc stays closed while the pointer stays on it).
  await page.moveMouse(5, 5);
  await saying(page, path, () =>
    expect
      .poll(
        async () => {
          await page.moveMouse(at.x + 1, at.y);
          await page.moveMouse(at.x, at.y);
          const p = await topPopup(page);
          return p && !p.loading && p.senses > 0 ? p.surface : '';
        },
        { timeout: 60_000, interval: 500 },
      )
      .toContain('制'),
  );
  return (await topPopup(page))!;
}

/**
 * Rests the pointer on the word in the tall frame (same origin, `#tall`), wiggling (the engine may
 * start cold), until the frame's own popup shows it.
 */
async function restUntilShownInTall(page: TestPage): Promise<void> {
  const tall = centre((await charsOf(page, ['tall'])).chars[POINTED]!);
  await saying(page, ['tall'], () =>
    expect
      .poll(
        async () => {
          await page.moveMouse(tall.x + 1, tall.y);
          await page.moveMouse(tall.x, tall.y);
          return (await popupInFrame(page, 'tall')) ?? '';
        },
        { timeout: 60_000, interval: 500 },
      )
      .toContain('制'),
  );
}

describe.each(BROWSERS)('in %s', (name) => {
  let server: FixtureServer;
  /** A second server: another port, another origin. */
  let other: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    other = await startFixtureServer();
    browser = await launchTestBrowser(name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
  });

  /**
   * A long page scrolled down to a frame 36 px tall (one line) at `src` (`twin`: twice, one below
   * the other or side by side), a tall frame below it; `zoom`: the page's CSS zoom on <html>.
   */
  async function openPage(
    kind: string,
    src: string,
    { twin, zoom = 1 }: { twin?: 'below' | 'beside'; zoom?: number } = {},
  ): Promise<TestPage> {
    const ticker = (id: string, width: number) =>
      `<iframe id="${id}" src="${src}" style="display:block;width:${width}px;height:36px;border:1px solid #888"></iframe>`;
    const tickers =
      twin === 'beside'
        ? `<div style="display:flex;gap:16px">${ticker('ticker', 460)}${ticker('twin', 460)}</div>`
        : ticker('ticker', 640) + (twin === 'below' ? `<p>The same ticker again:</p>${ticker('twin', 640)}` : '');
    const tall = server.page(`/tall-${kind}-${name}.html`, frameDocument(TICKER, 'margin:8px;font:20px/1.5 Noto Sans CJK JP,sans-serif'));
    const url = server.page(
      `/frame-popup-${kind}-${name}.html`,
      `<!doctype html><html lang="en"${zoom === 1 ? '' : ` style="zoom:${zoom}"`}><meta charset="utf-8"><body style="font:16px/1.6 sans-serif;margin:16px">
        <h1>A news page</h1>
        <div style="height:900px;background:linear-gradient(#eee,#ccc)">Earlier stories</div>
        <p>The ticker, a frame one line tall:</p>
        ${tickers}
        <p>More of the page. A tall frame:</p>
        <iframe id="tall" src="${tall}" style="display:block;width:640px;height:360px;border:1px solid #888"></iframe>
        <div style="height:1600px">Later stories</div>
        <script>
          // A lightbox's own Esc, on the window in the capture phase: it must hear none of ours.
          window.escapes = [];
          addEventListener('keydown', (e) => { if (e.key === 'Escape') escapes.push('keydown'); }, true);
          addEventListener('keyup', (e) => { if (e.key === 'Escape') escapes.push('keyup'); }, true);
        </script>
      </body></html>`,
    );
    const page = await browser.newPage();
    await page.goto(url);
    await page.evaluate(() => window.scrollTo(0, 800));
    return page;
  }

  /** The checks of a ticker frame reached by `path`: the popup in the top, beside the word, hidden as the reader expects. */
  async function checkTicker(page: TestPage, path: string[], shot: string): Promise<void> {
    await expect.poll(async () => (await charsOf(page, path)).chars.length, { timeout: 30_000 }).toBe(TICKER.length);
    const { chars, frame } = await charsOf(page, path);
    const pointed = chars[POINTED]!;
    const at = centre(pointed);
    const shown = await restUntilShownInTop(page, at, path);
    const word = chars.slice(TICKER.indexOf(shown.surface), TICKER.indexOf(shown.surface) + shown.surface.length);
    const wordBox = {
      left: Math.min(...word.map((c) => c.left)),
      top: Math.min(...word.map((c) => c.top)),
      right: Math.max(...word.map((c) => c.right)),
      bottom: Math.max(...word.map((c) => c.bottom)),
    };
    const where = `${JSON.stringify(shown)} word ${JSON.stringify(wordBox)} frame ${JSON.stringify(frame)}`;
    // The whole popup (a frame 36 px tall shows a sliver at best), the word's entries.
    expect(shown.cut, where).toBe(false);
    expect(shown.box.bottom - shown.box.top, where).toBeGreaterThan(frame.bottom - frame.top);
    // Not over the word or the words after it on its line (to the frame's right edge).
    expect(overlaps(shown.box, { ...wordBox, right: frame.right }), where).toBe(false);
    // Beside the word: below or above its line, across from it, within the gap and the readings' room.
    const across = shown.box.left < wordBox.right && wordBox.left < shown.box.right;
    const gap = shown.box.top >= wordBox.bottom ? shown.box.top - wordBox.bottom : wordBox.top - shown.box.bottom;
    expect(across, where).toBe(true);
    // Its left edge at the word's, as a popup of the page's own words is placed (popup-position.ts).
    expect(Math.abs(shown.box.left - wordBox.left), where).toBeLessThan(4);
    expect(gap, where).toBeGreaterThanOrEqual(0);
    expect(gap, where).toBeLessThan(40);
    await page.screenshot(shot);

    // The pointer off the word, along its line in the frame: hidden.
    const after = centre(chars[TICKER.length - 1]!);
    await page.moveMouse(after.x + 120, after.y);
    await saying(page, path, () => expect.poll(() => topPopup(page), { timeout: 10_000 }).toBeNull());

    // The pointer out of the frame, into the top page: hidden.
    await restUntilShownInTop(page, at, path);
    await page.moveMouse(at.x, frame.bottom + 40);
    await saying(page, path, () => expect.poll(() => topPopup(page), { timeout: 10_000 }).toBeNull());

    // The top page scrolled: hidden.
    await restUntilShownInTop(page, at, path);
    await page.evaluate(() => window.scrollBy(0, 30));
    await saying(page, path, () => expect.poll(() => topPopup(page), { timeout: 10_000 }).toBeNull());
    await page.evaluate(() => window.scrollBy(0, -30));

    // The keys, pressed with the top page focused, act on the popup: X opens the word's kanji
    // (the frame looks them up and sends the popup again), Esc closes it.
    // C copies the word where the focus is (the top page) and says so there.
    await restUntilShownInTop(page, at, path);
    await page.press('KeyC');
    await saying(page, path, () => expect.poll(() => noticeInTop(page), { timeout: 10_000 }).toBe('Copied the word'));
    await page.press('KeyX');
    await saying(page, path, () => expect.poll(() => kanjiShownInTop(page), { timeout: 20_000 }).toBe(true));
    await page.press('Escape');
    await saying(page, path, () => expect.poll(() => topPopup(page), { timeout: 10_000 }).toBeNull());
    // Neither the Esc that closed it nor its keyup reached the page; the next Esc does, both.
    expect(await page.evaluate(() => (window as unknown as { escapes: string[] }).escapes)).toEqual([]);
    await page.press('Escape');
    await expect.poll(() => page.evaluate(() => (window as unknown as { escapes: string[] }).escapes)).toEqual(['keydown', 'keyup']);
    await page.evaluate(() => ((window as unknown as { escapes: string[] }).escapes.length = 0));
  }

  test('a same-origin frame one line tall: the popup in the top page; a tall frame keeps its own', async () => {
    const page = await openPage('same', server.page(`/ticker-same-${name}.html`, frameDocument(TICKER)));
    await checkTicker(page, ['ticker'], `frame-popup-same-origin-${name}`);
    expect(await popupInFrame(page, 'ticker')).toBeNull();
    const at = centre((await charsOf(page, ['ticker'])).chars[POINTED]!);

    // The frame's own document scrolled (a ticker moving on): the word leaves the pointer, hidden.
    await restUntilShownInTop(page, at, ['ticker']);
    await page.evaluate(() => {
      const win = (document.getElementById('ticker') as HTMLIFrameElement).contentWindow!;
      win.document.body.style.width = '3000px';
      win.scrollTo(120, 0);
    });
    await saying(page, ['ticker'], () => expect.poll(() => topPopup(page), { timeout: 10_000 }).toBeNull());
    await page.evaluate(() => (document.getElementById('ticker') as HTMLIFrameElement).contentWindow!.scrollTo(0, 0));

    // The frame taken out of the page: hidden.
    await restUntilShownInTop(page, at, ['ticker']);
    await page.evaluate(() => document.getElementById('ticker')!.remove());
    await saying(page, ['ticker'], () => expect.poll(() => topPopup(page), { timeout: 10_000 }).toBeNull());

    // The tall frame: its popup inside it, none in the top.
    await restUntilShownInTall(page);
    expect(await topPopup(page)).toBeNull();
    await page.screenshot(`frame-popup-tall-frame-${name}`);
    await page.close();
  }, 240_000);

  test('a cross-origin frame one line tall (another port): the popup in the top page', async () => {
    const page = await openPage('cross', other.page(`/ticker-cross-${name}.html`, frameDocument(TICKER)));
    await checkTicker(page, ['ticker'], `frame-popup-cross-origin-${name}`);
    await page.close();
  }, 240_000);

  test('two cross-origin frames one line tall with the same URL and size: the popup beside the word in the one pointed at', async () => {
    const page = await openPage('twin', other.page(`/ticker-twin-${name}.html`, frameDocument(TICKER)), { twin: 'below' });
    await checkTicker(page, ['twin'], `frame-popup-twin-${name}`);
    await page.close();
  }, 240_000);

  test('a cross-origin frame one line tall on a page zoomed by CSS (zoom 1.25 on <html>): the popup in the top page, beside the word', async () => {
    const page = await openPage('zoomed', other.page(`/ticker-zoomed-${name}.html`, frameDocument(TICKER)), { zoom: 1.25 });
    await checkTicker(page, ['ticker'], `frame-popup-zoomed-${name}`);
    await page.close();
  }, 240_000);

  test('twin frames on a page zoomed by CSS (zoom 1.1): the popup beside the word in the one pointed at', async () => {
    const page = await openPage('zoomed-twin', other.page(`/ticker-zoomed-twin-${name}.html`, frameDocument(TICKER)), {
      twin: 'below',
      zoom: 1.1,
    });
    // The upper twin: the lower one, zoomed, leaves too little room on either side for the popup whole.
    await checkTicker(page, ['ticker'], `frame-popup-zoomed-twin-${name}`);
    await page.close();
  }, 240_000);

  test('twin frames side by side: the first hover in each after load shows the popup in the top, beside the word, the pointer still', async () => {
    const page = await openPage('beside', other.page(`/ticker-beside-${name}.html`, frameDocument(TICKER)), { twin: 'beside' });
    // The engine warmed up on the tall frame (its first answer may take seconds), so that a single
    // move onto each twin's word is enough: no wiggle to send the frame's request again.
    await restUntilShownInTall(page);
    for (const id of ['twin', 'ticker']) {
      await expect.poll(async () => (await charsOf(page, [id])).chars.length, { timeout: 30_000 }).toBe(TICKER.length);
      const word = (await charsOf(page, [id])).chars[POINTED]!;
      const at = centre(word);
      // From the top page below the frame, straight up onto the word, then still.
      await page.moveMouse(at.x, at.y + 120);
      await page.moveMouse(at.x, at.y);
      await saying(page, [id], () => expect.poll(async () => (await topPopup(page))?.surface ?? '', { timeout: 10_000 }).toContain('制'));
      const shown = (await topPopup(page))!;
      expect(Math.abs(shown.box.left - word.left), JSON.stringify({ id, shown, word })).toBeLessThan(60);
      await page.screenshot(`frame-popup-beside-${id}-${name}`);
      await page.moveMouse(at.x, at.y + 120);
      await expect.poll(() => topPopup(page), { timeout: 10_000 }).toBeNull();
    }
    await page.close();
  }, 240_000);

  test('a cross-origin frame one line tall inside a same-origin frame: the popup in the top page', async () => {
    const inner = other.page(`/ticker-nested-${name}.html`, frameDocument(TICKER));
    const wrapper = server.page(
      `/wrapper-${name}.html`,
      `<!doctype html><html lang="en"><meta charset="utf-8"><body style="margin:0;padding:3px 0 0 24px">
        <iframe id="inner" src="${inner}" style="display:block;width:600px;height:36px;border:2px solid #48c"></iframe></body></html>`,
    );
    const page = await openPage('nested', wrapper);
    // The wrapper is 36 px tall too: made taller to hold its own frame.
    await page.evaluate(() => {
      (document.getElementById('ticker') as HTMLIFrameElement).style.height = '48px';
    });
    await checkTicker(page, ['ticker', 'inner'], `frame-popup-nested-${name}`);
    await page.close();
  }, 240_000);
});
