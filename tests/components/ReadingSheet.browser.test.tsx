/**
 * The reading sheet's ruby where a reading is wider than its base, in real layout (Chromium),
 * on screen and in print, measured on the sheet's own screenshot (the ink of the glyphs): the
 * base's letters stay together (the base's ink as wide as the same text set solid), the reading
 * is centred over its base, hangs over kana beside it (the base as close to them as in solid
 * text), and never over a kanji beside it. Screenshots in tests/artifacts/.
 */
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { ReadingSheet } from '../../components/ReadingSheet';
import type { RubySegment } from '../../core/furigana/ruby-segment';
import type { SheetArticle } from '../../core/study/sheet-article';
import '../../components/yomu-pages.css';
import '../../components/reading-sheet.css';

/** Segments over every occurrence of each base in `text`. */
function segmentsOf(text: string, readings: Record<string, string>): RubySegment[] {
  const out: RubySegment[] = [];
  for (const [base, reading] of Object.entries(readings)) {
    for (let i = text.indexOf(base); i >= 0; i = text.indexOf(base, i + base.length)) out.push({ start: i, end: i + base.length, reading });
  }
  return out.sort((a, b) => a.start - b.start);
}

const READINGS = { 中国: 'ちゅうごく', 習近平: 'しゅうきんぺい', 協定: 'きょうてい', 結: 'むす', 東京: 'とうきょう' };
// Wider readings beside kana (は, と, を), beside kanji with no reading (米, 会), and a narrower one (結).
const BLOCKS = ['中国は習近平と協定を結んだ。', '米東京会議で。'];
/** The same texts set solid (no ruby), in one line: the reference for the glyphs' own spacing. */
const SOLID = '中国は　習近平　と協定を　東京';

const article: SheetArticle = {
  title: '協定',
  url: 'https://example.jp/a',
  byline: '',
  blocks: BLOCKS.map((text) => ({ kind: 'paragraph', text })),
};

let host: HTMLElement;
beforeAll(async () => {
  // Room for every line at once: the measures are taken on one screenshot of the viewport.
  await page.viewport(1200, 700);
  document.documentElement.style.colorScheme = 'light';
  // Large type so that a spread base (a sixth of an em and more between letters) is many pixels.
  const big = document.createElement('style');
  big.textContent =
    '.yomu-sheet { font-size: 40px !important; max-width: none !important; color: #000 !important; background: #fff !important; }';
  document.head.append(big, only);
  host = document.createElement('div');
  document.body.append(host);
  render(
    <>
      <div class="yomu-sheet" lang="ja" style="padding-bottom: 0">
        <p data-solid>{SOLID}</p>
      </div>
      <ReadingSheet
        article={article}
        segments={[segmentsOf(article.title, READINGS), ...BLOCKS.map((b) => segmentsOf(b, READINGS))]}
        format={(r) => r}
        terms={[]}
        words={[]}
      />
    </>,
    host,
  );
  await document.fonts.ready;
});

afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  render(null, host);
  host.remove();
});

interface Span {
  left: number;
  right: number;
}

/** The page's pixels as shown (a screenshot of the viewport), dark where there is ink. */
async function inkMap(): Promise<(x: number, y: number) => boolean> {
  // Not saved: the screenshot comes back as base64 PNG.
  const base64 = await page.screenshot({ save: false });
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data, width } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const scale = bitmap.width / innerWidth;
  // Vitest shows the test page scaled to fit its window: measures need it shown at its size.
  expect(Math.abs(scale - devicePixelRatio)).toBeLessThan(0.01);
  return (x, y) => {
    const i = (Math.round(y * scale) * width + Math.round(x * scale)) * 4;
    return data[i]! + data[i + 1]! + data[i + 2]! < 3 * 200;
  };
}

type Ink = (x: number, y: number) => boolean;
/** The ink of the text without the readings, and of the readings alone. */
interface Inks {
  text: Ink;
  readings: Ink;
}

/** The leftmost and rightmost inked columns within a box of the viewport (CSS px), or undefined. */
function inkExtent(
  ink: (x: number, y: number) => boolean,
  box: { left: number; right: number; top: number; bottom: number },
): Span | undefined {
  let left = Infinity;
  let right = -Infinity;
  // Within the box: its edge columns may hold the antialiased edge of the glyph beside it.
  for (let x = Math.ceil(box.left) + 1; x <= Math.floor(box.right) - 1; x++) {
    for (let y = Math.ceil(box.top); y <= Math.floor(box.bottom); y++) {
      if (ink(x, y)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        break;
      }
    }
  }
  return left === Infinity ? undefined : { left, right };
}

function rangeRect(node: Text, from: number, to: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  return range.getBoundingClientRect();
}

/** A ruby of the sheet by its base: its box, the base's line band and the reading's band (viewport CSS px). */
function rubyOf(base: string) {
  const ruby = [...document.querySelectorAll<HTMLElement>('.yomu-sheet p ruby')].find((r) => r.firstChild?.textContent === base)!;
  expect(ruby, base).toBeTruthy();
  const baseText = ruby.firstChild as Text;
  const baseRect = rangeRect(baseText, 0, baseText.length);
  const rt = ruby.querySelector('rt')!.firstChild as Text;
  const rtRect = rangeRect(rt, 0, rt.length);
  return { ruby, baseRect, rtRect };
}

/** Shows only the readings (`readings`), only the text without them (`text`), or all (`all`): each measured on its own. */
const only = document.createElement('style');
function show(what: 'readings' | 'text' | 'all') {
  only.textContent =
    what === 'readings'
      ? '.yomu-sheet p { color: transparent !important; } .yomu-sheet p rt { color: #000 !important; }'
      : what === 'text'
        ? '.yomu-sheet rt { visibility: hidden !important; }'
        : '';
}

/** The ink of a word's base, of its reading, and of the characters beside it. */
function rubyInk(inks: Inks, base: string) {
  const { ruby, baseRect, rtRect } = rubyOf(base);
  const box = ruby.getBoundingClientRect();
  const left = Math.min(box.left, rtRect.left) - 1;
  const right = Math.max(box.right, rtRect.right) + 1;
  const readingInk = inkExtent(inks.readings, { left, right, top: rtRect.top, bottom: baseRect.bottom })!;
  const glyphs = (r: { left: number; right: number }) => ({ left: r.left, right: r.right, top: baseRect.top, bottom: baseRect.bottom });
  // The base's text box may reach over its neighbours (the reading's width less the overhang): their glyphs are left out.
  const before =
    ruby.previousSibling instanceof Text && ruby.previousSibling.length
      ? rangeRect(ruby.previousSibling, ruby.previousSibling.length - 1, ruby.previousSibling.length)
      : undefined;
  const after = ruby.nextSibling instanceof Text && ruby.nextSibling.length ? rangeRect(ruby.nextSibling, 0, 1) : undefined;
  const baseInk = inkExtent(
    inks.text,
    glyphs({ left: Math.max(baseRect.left, before?.right ?? -Infinity), right: Math.min(baseRect.right, after?.left ?? Infinity) }),
  )!;
  return {
    baseInk,
    readingInk,
    beforeInk: before && inkExtent(inks.text, glyphs(before)),
    afterInk: after && inkExtent(inks.text, glyphs(after)),
  };
}

/** Ink of a solid (no ruby) reference text, its characters [from, to). */
function solidInk(inks: Inks, text: string, from: number, to: number): Span {
  const node = document.querySelector('[data-solid]')!.firstChild as Text;
  const at = SOLID.indexOf(text);
  const r = rangeRect(node, at + from, at + to);
  return inkExtent(inks.text, r)!;
}

const width = (s: Span) => s.right - s.left;
const centre = (s: Span) => (s.left + s.right) / 2;
/**
 * Pixel tolerance of ink edges: antialiasing of glyphs at fractional positions moves an edge by a
 * pixel or two. A tenth of an em (4 px at 40 px type) for a width made of two edges; the spread it
 * guards against is 10 px and more here (a quarter of the reading's excess and up between letters).
 */
const PX = 2;
const WIDTH_PX = 4;

async function checkPlacement(media: string) {
  await cdp().send('Emulation.setEmulatedMedia', { media });
  expect(matchMedia(media).matches).toBe(true);
  await page.screenshot({ path: `../artifacts/sheet-ruby-placement-${media}.png` });
  show('text');
  const text = await inkMap();
  show('readings');
  const readings = await inkMap();
  show('all');
  const ink: Inks = { text, readings };
  for (const [base, solid, from] of [
    ['中国', '中国は', 0],
    ['習近平', '習近平', 0],
    ['協定', 'と協定を', 1],
    ['東京', '東京', 0],
  ] as const) {
    const { baseInk, readingInk } = rubyInk(ink, base);
    const solidBase = solidInk(ink, solid, from, from + base.length);
    expect([baseInk, readingInk, solidBase].every(Boolean), `${media} ${base}: ink found`).toBe(true);
    expect(width(readingInk), `${media} ${base}: the reading is wider than its base`).toBeGreaterThan(width(solidBase) + 10);
    // The base's letters stay together: its ink is as wide as the same letters set solid.
    expect(Math.abs(width(baseInk) - width(solidBase)), `${media} ${base}: the base's letters spread apart`).toBeLessThanOrEqual(WIDTH_PX);
    // The reading is centred over its base.
    expect(Math.abs(centre(readingInk) - centre(baseInk)), `${media} ${base}: the reading is not centred`).toBeLessThanOrEqual(2 * PX);
  }
  // Beside kana the reading hangs over them: the base is set as close to them as in solid text.
  const gapAfter = (base: string) => rubyInk(ink, base).afterInk!.left - rubyInk(ink, base).baseInk.right;
  const gapBefore = (base: string) => rubyInk(ink, base).baseInk.left - rubyInk(ink, base).beforeInk!.right;
  expect(
    Math.abs(gapAfter('中国') - (solidInk(ink, '中国は', 2, 3).left - solidInk(ink, '中国は', 0, 2).right)),
    `${media} 中国|は`,
  ).toBeLessThanOrEqual(PX);
  expect(
    Math.abs(gapBefore('協定') - (solidInk(ink, 'と協定を', 1, 3).left - solidInk(ink, 'と協定を', 0, 1).right)),
    `${media} と|協定`,
  ).toBeLessThanOrEqual(PX);
  expect(
    Math.abs(gapAfter('協定') - (solidInk(ink, 'と協定を', 3, 4).left - solidInk(ink, 'と協定を', 1, 3).right)),
    `${media} 協定|を`,
  ).toBeLessThanOrEqual(PX);
  // Two readings over one kana (中国は習近平) keep a ruby character's room between them (20 px here).
  expect(
    rubyInk(ink, '習近平').readingInk.left - rubyInk(ink, '中国').readingInk.right,
    `${media} ちゅうごく|しゅうきんぺい`,
  ).toBeGreaterThanOrEqual(20 - 2 * PX - 6);
  // Beside a kanji with no reading (米東京会), the reading never hangs over it.
  const tokyo = rubyInk(ink, '東京');
  expect(tokyo.readingInk.left, `${media} 米|とうきょう`).toBeGreaterThan(tokyo.beforeInk!.right);
  expect(tokyo.readingInk.right, `${media} とうきょう|会`).toBeLessThan(tokyo.afterInk!.left);
}

describe('the reading sheet: a reading wider than its base (JLReq §3.3.8)', () => {
  test('on screen', async () => {
    await checkPlacement('screen');
  });

  test('in print', async () => {
    await checkPlacement('print');
  });
});
