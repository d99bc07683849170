/**
 * The hover popup where the viewport is too short or too narrow for it above or below its word:
 * frames 100, 140 and 200 px tall and one 200 px wide on a normal page, a word at the bottom of a
 * small window, a column of vertical text. The real hover (HoverPopup, PopupHost, placePopup) runs
 * in the frame's own document, as the content script does in each frame, with the engine stood in
 * for. The pointer moves along a line in small steps, one a frame, as a reader's does: each word it
 * reaches is shown, and the popup never covers that word or the words after it on its line.
 * Screenshots in tests/artifacts/.
 */
import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { HoverPopup } from '../../../../entrypoints/content/hover/hover-popup';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';
import type { WordInfo } from '../../../../core/lookup/word-info';
import type { BlockWords } from '../../../../core/lookup/block-words';
import { SEISAI } from '../../../review/popup.fixture';

const TEXT = '政府は制裁を決めた。外相が会見し、各国の首脳が共同声明を発表した。';

const popups: HoverPopup[] = [];

afterEach(async () => {
  for (const p of popups.splice(0)) p.stop();
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  await page.viewport(1000, 700);
});

/** The stand-in engine's word at `start` of `text`: every two characters a word, glossed like 制裁. */
/** The study tools as a stand-in: nothing saved or known; their tabs and buttons take room in the popup. */
const STUDY = {
  isSaved: () => false,
  isKnown: () => false,
  readOnly: () => ({}),
  toggleSaved: async () => {},
  toggleKnown: async () => {},
  kanji: async () => [],
  onChange: () => {},
};

function wordAt(text: string, start: number): WordInfo {
  const surface = text.slice(start, start + 2);
  return {
    ...SEISAI,
    start,
    end: start + surface.length,
    surface,
    entries: [{ ...SEISAI.entries[0]!, headwords: [surface] }],
  };
}

function wordsOf(text: string): BlockWords {
  const words: WordInfo[] = [];
  const spans: [number, number, number][] = [];
  for (let i = 0; i < text.length; i += 2) {
    spans.push([i, Math.min(i + 2, text.length), words.length]);
    words.push(wordAt(text, i));
  }
  return { words, spans };
}

/** Starts the hover in `doc` (a frame's document or the page's), as the content script does there. */
function hoverIn(doc: Document): HoverPopup {
  const popup = new HoverPopup(doc, {
    settings: () => DEFAULT_SETTINGS,
    lookup: async (text, offset) => wordAt(text, offset - (offset % 2)),
    words: async (text) => wordsOf(text),
    // The study tools as in the extension (tabs and buttons take room in the popup).
    study: STUDY,
  });
  popup.start();
  popups.push(popup);
  return popup;
}

/** A frame written by the page (srcdoc) of `width` × `height` px, after some of the page's own text. */
async function frame(width: number, height: number, body: string): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  f.style.cssText = `display:block;width:${width}px;height:${height}px;border:1px solid #999;margin:8px 0`;
  f.srcdoc = `<!doctype html><html lang="ja"><body style="margin:8px;font:20px/1.7 'Noto Sans CJK JP',sans-serif">${body}</body></html>`;
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  document.body.append(f);
  await loaded;
  return f;
}

interface Shown {
  surface: string;
  box: DOMRect;
}

function shownIn(doc: Document): Shown | null {
  const host = doc.querySelector<HTMLElement>('[data-yomu="popup"]');
  const popup = host?.shadowRoot?.querySelector<HTMLElement>('.yomu-popup');
  if (!host || host.hidden || !popup) return null;
  return { surface: popup.querySelector('.yomu-surface')?.textContent ?? '', box: popup.getBoundingClientRect() };
}

/** The box (client px) of characters [start, end) of the element's first text node. */
function charBox(el: Element, start: number, end = start + 1): DOMRect {
  const range = el.ownerDocument.createRange();
  range.setStart(el.firstChild!, start);
  range.setEnd(el.firstChild!, end);
  return range.getBoundingClientRect();
}

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The pointer at (x, y) in the document's window (its client px). */
function moveTo(doc: Document, x: number, y: number): void {
  const win = doc.defaultView! as Window & typeof globalThis;
  win.dispatchEvent(new win.MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
}

/** Moves the pointer from `from` to `to` in steps of at most 8 px, one a frame (a reader's hand, not a jump). */
async function glide(doc: Document, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 8));
  for (let i = 1; i <= steps; i++) {
    moveTo(doc, from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    await nextFrame(doc.defaultView!);
  }
}

function overlaps(
  a: { left: number; top: number; right: number; bottom: number },
  b: { left: number; top: number; right: number; bottom: number },
): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/**
 * Reads a line of `p` word by word, the pointer gliding from each word's middle to the next's:
 * each word is shown in turn; the popup is inside the viewport and never over the word or the
 * rest of its line (rows: right of the word's left edge; columns: below its top edge). Returns
 * how many words were read.
 */
async function readLine(
  p: Element,
  firstChar: number,
  writing: 'rows' | 'columns' = 'rows',
  onWord?: (surface: string, read: number) => unknown,
): Promise<number> {
  const doc = p.ownerDocument;
  const root = doc.documentElement;
  const line = charBox(p, firstChar);
  const sameLine = (b: DOMRect) => (writing === 'rows' ? Math.abs(b.top - line.top) < 2 : Math.abs(b.left - line.left) < 2);
  let from: { x: number; y: number } | null = null;
  let read = 0;
  const text = p.textContent!;
  for (let start = firstChar - (firstChar % 2); start < text.length; start += 2) {
    const head = charBox(p, start);
    if (!sameLine(head)) break;
    // The word's part on this line (a word broken over two lines has another on the next).
    const word = start + 1 < text.length && sameLine(charBox(p, start + 1)) ? charBox(p, start, start + 2) : head;
    const at = { x: head.left + head.width / 2, y: head.top + head.height / 2 };
    if (from) await glide(doc, from, at);
    else moveTo(doc, at.x, at.y);
    from = at;
    const surface = text.slice(start, start + 2);
    await expect.poll(() => shownIn(doc)?.surface, { timeout: 10_000 }).toBe(surface);
    const shown = shownIn(doc)!.box;
    const where = `${surface} at ${Math.round(word.left)},${Math.round(word.top)}: popup ${JSON.stringify(shown.toJSON())}`;
    const rest =
      writing === 'rows'
        ? { left: word.left, top: word.top, right: root.clientWidth, bottom: word.bottom }
        : { left: word.left, top: word.top, right: word.right, bottom: root.clientHeight };
    expect(overlaps(shown, rest), where).toBe(false);
    expect(shown.left, where).toBeGreaterThanOrEqual(0);
    expect(shown.top, where).toBeGreaterThanOrEqual(0);
    expect(shown.right, where).toBeLessThanOrEqual(root.clientWidth);
    expect(shown.bottom, where).toBeLessThanOrEqual(root.clientHeight);
    read++;
    await onWord?.(surface, read);
  }
  return read;
}

const PAGE_TEXT =
  '<p style="font:16px/1.6 sans-serif;margin:8px">A page with a small frame in it: the frame below holds a line or two of Japanese.</p>';

for (const [width, height] of [
  [600, 100],
  [600, 140],
  [600, 200],
  [200, 300],
  [200, 140],
] as const) {
  test(`a frame ${width} × ${height} px: reading along its first lines, each word is shown, the popup never over the rest of the line`, async () => {
    await page.viewport(1000, 700);
    document.body.innerHTML = PAGE_TEXT;
    const f = await frame(width, height, `<p id="p" style="margin:0">${TEXT}</p>`);
    const doc = f.contentDocument!;
    hoverIn(doc);
    const p = doc.getElementById('p')!;
    const first = await readLine(p, 0, 'rows', (_surface, read) => {
      // The tester's view: the pointer half-way along the first line.
      if (read === 6) return page.screenshot({ path: `../../../artifacts/popup-frame-${width}x${height}-mid-line1.png` });
    });
    expect(first).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `../../../artifacts/popup-frame-${width}x${height}-line1.png` });
    // The second line, from its first word (a reader going on to the next line).
    const text = p.textContent!;
    let second = 0;
    while (second < text.length && Math.abs(charBox(p, second).top - charBox(p, 0).top) < 2) second++;
    if (second < text.length && charBox(p, second).bottom <= doc.documentElement.clientHeight) {
      const read = await readLine(p, second + (second % 2));
      expect(read).toBeGreaterThanOrEqual(2);
      await page.screenshot({ path: `../../../artifacts/popup-frame-${width}x${height}-line2.png` });
    }
  });
}

test('a word at the bottom edge of a small window: the popup above, cut to fit or before the word, never over its line', async () => {
  await page.viewport(520, 240);
  document.body.style.cssText = 'margin:0';
  document.body.innerHTML = `<p style="font:16px/1.6 sans-serif;margin:8px">Some of the page.</p><p id="p" style="position:fixed;left:8px;right:8px;bottom:2px;margin:0;font:20px/1.7 'Noto Sans CJK JP',sans-serif">${TEXT}</p>`;
  hoverIn(document);
  const p = document.getElementById('p')!;
  // The last line, at the window's bottom edge.
  const text = p.textContent!;
  let last = text.length - 1;
  while (last > 0 && Math.abs(charBox(p, last - 1).top - charBox(p, text.length - 1).top) < 2) last--;
  expect(await readLine(p, last + (last % 2))).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: '../../../artifacts/popup-window-bottom-edge.png' });
});

test('a column of vertical text in a short window: the popup beside the column, never below the word in it', async () => {
  await page.viewport(700, 360);
  document.body.style.cssText = 'margin:0';
  document.body.innerHTML = `<div id="p" lang="ja" style="writing-mode:vertical-rl;height:320px;margin:8px;font:20px/1.7 'Noto Sans CJK JP',sans-serif">${TEXT}</div>`;
  hoverIn(document);
  const p = document.getElementById('p')!;
  expect(await readLine(p, 0, 'columns')).toBeGreaterThanOrEqual(5);
  await page.screenshot({ path: '../../../artifacts/popup-vertical-column.png' });
});

test('a pointer that went into the popup and then onto text shows the word there, not the old one', async () => {
  await page.viewport(1000, 700);
  document.body.innerHTML = PAGE_TEXT;
  const f = await frame(600, 200, `<p id="p" style="margin:0">${TEXT}</p>`);
  const doc = f.contentDocument!;
  hoverIn(doc);
  const p = doc.getElementById('p')!;
  const word = charBox(p, 6, 8);
  const on = { x: word.left + word.width / 2, y: word.top + word.height / 2 };
  moveTo(doc, on.x, on.y);
  await expect.poll(() => shownIn(doc)?.surface, { timeout: 10_000 }).toBe('決め');
  // Into the popup, across the gap from the word: it takes the pointer.
  const popup = shownIn(doc)!.box;
  const side = doc.querySelector('[data-yomu="popup"]')!.getAttribute('data-side');
  const across = Math.min(Math.max(on.x, popup.left + 20), popup.right - 20);
  const inside =
    side === 'below'
      ? { x: across, y: popup.top + 10 }
      : side === 'above'
        ? { x: across, y: popup.bottom - 10 }
        : { x: popup.right - 10, y: Math.min(Math.max(on.y, popup.top + 20), popup.bottom - 20) };
  await glide(doc, on, inside);
  await expect.poll(() => doc.querySelector('[data-yomu="popup"]')?.hasAttribute('data-interactive'), { timeout: 10_000 }).toBe(true);
  // Then out of it onto a word it does not cover (the second line's first word, or the first's last).
  const text = p.textContent!;
  let target = -1;
  for (let i = 0; i + 1 < text.length; i += 2) {
    const b = charBox(p, i, i + 2);
    if (b.bottom <= doc.documentElement.clientHeight && !overlaps(b, popup) && Math.abs(i - 6) > 2) target = i;
  }
  expect(target).toBeGreaterThanOrEqual(0);
  const to = charBox(p, target, target + 2);
  await glide(doc, inside, { x: to.left + to.width / 2, y: to.top + to.height / 2 });
  await expect.poll(() => shownIn(doc)?.surface, { timeout: 10_000 }).toBe(text.slice(target, target + 2));
  expect(doc.querySelector('[data-yomu="popup"]')?.hasAttribute('data-interactive')).toBe(false);
});

/**
 * A fresh tester's frames (600 px wide, 60, 100 and 140 px tall): words of several lengths, as
 * kuromoji and EDICT give them, one (ミサイル発射) whose entry is another word's (ミサイル).
 */
const NEWS = [
  ['政府', 'は', '経済', '制裁', 'を', '決めた', 'と', '首相', 'が', '記者会見', 'で', '発表した', '。'],
  ['国連安全保障理事会', 'は', '北朝鮮', 'の', 'ミサイル発射', 'を', '非難', 'する', '声明', 'を', '出した', '。'],
];
/** The entry's headword: the word itself, or the word the dictionary has (ミサイル for ミサイル発射). */
const HEADWORD: Record<string, string> = { ミサイル発射: 'ミサイル', 決めた: '決める', 発表した: '発表', 出した: '出す' };

function newsWords(words: readonly string[]): { text: string; infos: WordInfo[] } {
  const infos: WordInfo[] = [];
  let at = 0;
  for (const surface of words) {
    const headword = HEADWORD[surface] ?? surface;
    infos.push({
      ...SEISAI,
      glossary: undefined,
      start: at,
      end: at + surface.length,
      surface,
      ...(headword !== surface && surface !== 'ミサイル発射' ? { dictionaryForm: { text: headword, reading: '' } } : {}),
      entries: [
        {
          ...SEISAI.entries[0]!,
          headwords: [headword],
          senses: [{ partsOfSpeech: ['n'], labels: [], glosses: [`the meaning of ${headword}`, 'a second gloss', 'a third one'] }],
        },
        { ...SEISAI.entries[0]!, headwords: [`${headword}2`] },
      ],
    });
    at += surface.length;
  }
  return { text: words.join(''), infos };
}

/** The real hover in `doc` with a stand-in engine that knows the words of `news`. */
function hoverNews(doc: Document, news: { text: string; infos: WordInfo[] }): HoverPopup {
  const at = (offset: number) => news.infos.find((w) => offset >= w.start && offset < w.end) ?? news.infos.at(-1)!;
  const popup = new HoverPopup(doc, {
    settings: () => DEFAULT_SETTINGS,
    lookup: async (_text, offset) => at(offset),
    words: async () => ({ words: news.infos, spans: news.infos.map((w, i) => [w.start, w.end, i] as [number, number, number]) }),
    study: STUDY,
  });
  popup.start();
  popups.push(popup);
  return popup;
}

/** What the shown popup shows of itself, read from its layout. */
function cutState(doc: Document) {
  const host = doc.querySelector<HTMLElement>('[data-yomu="popup"]')!;
  const popup = host.shadowRoot!.querySelector<HTMLElement>('.yomu-popup')!;
  const box = popup.getBoundingClientRect();
  const clip = box.top + popup.clientTop + popup.clientHeight;
  // Every line of text the popup's clip edge goes through (a glyph sliced).
  const sliced: string[] = [];
  let wholeLines = 0;
  const walker = doc.createTreeWalker(popup, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('.yomu-visually-hidden')) continue;
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      // The glyphs' ink: CJK fonts' glyph boxes overlap the next line's at the popup's line height.
      if (r.height > 0 && r.top + 0.12 * r.height < clip - 1 && r.bottom - 0.05 * r.height > clip + 1) sliced.push(n.textContent!);
      if (r.height > 0 && r.bottom <= clip + 0.5) wholeLines++;
    }
  }
  // The first line of the first meaning, whole above the clip edge.
  const gloss = popup.querySelector('.yomu-glosses')!;
  range.selectNodeContents(gloss);
  const first = range.getClientRects()[0];
  const head = popup.querySelector<HTMLElement>('.yomu-entry:first-child .yomu-entry-head')!;
  return {
    whole: popup.scrollHeight <= popup.clientHeight + 1,
    cut: host.hasAttribute('data-cut'),
    side: host.getAttribute('data-side'),
    height: Math.round(box.height),
    sliced,
    wholeLines,
    meaningShown: !!first && first.bottom <= clip + 0.5,
    headShown: head.getBoundingClientRect().height > 0 && head.getBoundingClientRect().top < clip,
    headword: head.querySelector('.yomu-headword')?.textContent ?? '',
  };
}

for (const height of [60, 100, 140] as const)
  for (const [n, words] of NEWS.entries())
    test(`the tester's ${600} × ${height} frame, text ${n + 1}: a popup that is cut is laid out tight, ends on a line, shows a line of meaning where a place can`, async () => {
      await page.viewport(1000, 700);
      document.body.innerHTML = PAGE_TEXT;
      const news = newsWords(words);
      const f = await frame(600, height, `<p id="p" style="margin:0">${news.text}</p>`);
      const doc = f.contentDocument!;
      hoverNews(doc, news);
      const p = doc.getElementById('p')!;
      const lineTop = charBox(p, 0).top;
      for (const w of news.infos) {
        if (w.surface === '。') continue;
        const b = charBox(p, w.start, w.end);
        if (Math.abs(charBox(p, w.start).top - lineTop) > 2 || Math.abs(charBox(p, w.end - 1).top - lineTop) > 2) break;
        moveTo(doc, b.left + 4, b.top + b.height / 2);
        await expect.poll(() => shownIn(doc)?.surface, { timeout: 10_000 }).toBe(w.surface);
        const s = cutState(doc);
        const where = `${w.surface} at ${Math.round(b.left)}: ${JSON.stringify(s)}`;
        // 1. Not whole: laid out tight, whatever the side.
        if (!s.whole) expect(s.cut, where).toBe(true);
        // 2. The cut goes between lines, never through one (unless the popup is a sliver showing
        // no whole line: the least bad place in a frame hardly taller than the word's line).
        if (s.wholeLines > 0) expect(s.sliced, where).toEqual([]);
        // 3. The first entry's headword shows when it is another word than the one in the header.
        const headword = HEADWORD[w.surface] ?? w.surface;
        const repeats = headword === w.surface || (!!w.dictionaryForm && headword === w.dictionaryForm.text);
        // A place showing the header and a line of meaning exists in frames from 100 px tall
        // (below the first line there, or before the word), and in a 60 px frame before a word
        // far enough along the line for a popup 160 px wide, when no line (a dictionary form, the
        // entry's other headword) comes between the header and the meaning.
        if (height >= 100 || (b.left - 2 - 2 >= 160 && headword === w.surface)) expect(s.meaningShown, where).toBe(true);
        if (s.cut && s.meaningShown && !repeats) expect(s.headShown && s.headword === headword, where).toBe(true);
        if (s.cut && repeats) expect(s.headShown, where).toBe(false);
        if (['記者会見', '発表した', 'は', '北朝鮮', 'ミサイル発射', '国連安全保障理事会'].includes(w.surface))
          await page.screenshot({ path: `../../../artifacts/popup-tester-600x${height}-${w.surface}.png` });
      }
    });

for (const height of [100, 140] as const)
  test(`a word broken over two lines in a ${600} × ${height} frame: pointed on either line, the popup shows a line of its meaning`, async () => {
    await page.viewport(1000, 700);
    document.body.innerHTML = PAGE_TEXT;
    const news = newsWords(NEWS[0]!);
    // 17 characters of 20 px a line: 記者会見 is broken after 記者, 発表した on the next line's end.
    const f = await frame(600, height, `<p id="p" style="margin:0;width:340px">${news.text}</p>`);
    const doc = f.contentDocument!;
    hoverNews(doc, news);
    const p = doc.getElementById('p')!;
    const broken = news.infos.filter((w) => Math.abs(charBox(p, w.start).top - charBox(p, w.end - 1).top) > 2);
    expect(broken.map((w) => w.surface)).toContain('記者会見');
    for (const w of broken)
      for (const at of [w.start, w.end - 1]) {
        const b = charBox(p, at);
        if (b.bottom > doc.documentElement.clientHeight) continue;
        moveTo(doc, b.left + b.width / 2, b.top + b.height / 2);
        await expect.poll(() => shownIn(doc)?.surface, { timeout: 10_000 }).toBe(w.surface);
        const s = cutState(doc);
        const where = `${w.surface} pointed at ${text(w, at)}: ${JSON.stringify(s)}`;
        // Pointed on the first line, the popup goes beside that line's part (below it, or before
        // it); on the second, below it in the 140 px frame. At the start of a 100 px frame's second
        // line no place off that line shows a line of meaning (as for any word there).
        if (at === w.start || height >= 140) expect(s.meaningShown, where).toBe(true);
        // Never over the pointed part of the word or what follows it on that line.
        const shown = shownIn(doc)!.box;
        expect(overlaps(shown, { left: b.left, top: b.top, right: doc.documentElement.clientWidth, bottom: b.bottom }), where).toBe(false);
        await page.screenshot({ path: `../../../artifacts/popup-broken-word-600x${height}-${text(w, at)}.png` });
        moveTo(doc, 1, doc.documentElement.clientHeight - 1);
        await expect.poll(() => shownIn(doc), { timeout: 10_000 }).toBe(null);
      }
  });

/** The character of a stand-in word at offset `at` of the text. */
function text(w: WordInfo, at: number): string {
  return w.surface[at - w.start]!;
}

test('a word broken over two lines: the pointer moving on to its second line takes the popup off that line', async () => {
  await page.viewport(1000, 700);
  document.body.innerHTML = PAGE_TEXT;
  // 8 characters of 20 px a line: 首相は昨日の記者|会見で新たな経済|対策を発表した。
  const news = newsWords(['首相', 'は', '昨日', 'の', '記者会見', 'で', '新た', 'な', '経済', '対策', 'を', '発表した', '。']);
  const f = await frame(600, 140, `<p id="p" style="margin:0;width:160px">${news.text}</p>`);
  const doc = f.contentDocument!;
  hoverNews(doc, news);
  const p = doc.getElementById('p')!;
  const kaiken = news.infos.find((w) => w.surface === '記者会見')!;
  const first = charBox(p, kaiken.start);
  const second = charBox(p, kaiken.start + 2);
  expect(second.top).toBeGreaterThan(first.bottom - 1);
  moveTo(doc, first.left + first.width / 2, first.top + first.height / 2);
  await expect.poll(() => shownIn(doc)?.surface, { timeout: 10_000 }).toBe('記者会見');
  // On to 会, the word's part on the next line, in one move (a reader's quick return to the line's start).
  await nextFrame(doc.defaultView!);
  moveTo(doc, second.left + second.width / 2, second.top + second.height / 2);
  const restOfLine = { left: second.left, top: second.top, right: doc.documentElement.clientWidth, bottom: second.bottom };
  await expect.poll(() => overlaps(shownIn(doc)!.box, restOfLine), { timeout: 10_000 }).toBe(false);
  expect(shownIn(doc)!.surface).toBe('記者会見');
  await page.screenshot({ path: '../../../artifacts/popup-broken-word-second-line.png' });
});
