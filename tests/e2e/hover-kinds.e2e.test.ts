/**
 * The hover scanner on a page that mixes the kinds of markup the web writes
 * (tests/fixtures/hover-kinds.html): the built extension in Debian's Chromium, the pointer on a
 * character of each kind, and the word the popup shows ([data-yomu="popup"]'s shadow root),
 * with furigana off and on. YOMU_EXTENSION_DIR runs it against another build.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { closeExtensionSession, openExtensionSession, saveScreenshot, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;

interface Target {
  /** The section (or, in a frame, the frame's element id). */
  section: string;
  /** A character drawn in the section (shadow roots and rt included), its nth occurrence; or a field/element. */
  char?: string;
  nth?: number;
  field?: { before: string; char: string };
  element?: string;
  frame?: string;
}

interface Shown {
  surface: string;
  text: string;
  firstEntry: string;
}

/** The viewport point of a target, in the frame's own coordinates. */
async function pointIn(frame: Frame | Page, t: Target): Promise<{ x: number; y: number }> {
  const point = await frame.evaluate((t) => {
    const section = t.frame ? document.body : document.getElementById(t.section)!;
    section.scrollIntoView({ block: 'center' });
    if (t.element) {
      const r = section.querySelector(t.element)!.getBoundingClientRect();
      return { x: r.left + 8, y: r.top + r.height / 2 };
    }
    if (t.field) {
      const field = section.querySelector('input, textarea') as HTMLInputElement;
      const style = getComputedStyle(field);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const r = field.getBoundingClientRect();
      const x =
        r.left +
        parseFloat(style.borderLeftWidth) +
        parseFloat(style.paddingLeft) +
        ctx.measureText(t.field.before).width +
        ctx.measureText(t.field.char).width / 2;
      const y =
        field.localName === 'input'
          ? r.top + r.height / 2
          : r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + parseFloat(style.fontSize) * 0.7;
      return { x, y };
    }
    const roots: Node[] = [section];
    let seen = 0;
    while (roots.length > 0) {
      const root = roots.shift()!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n: Node | null = root; n; n = walker.nextNode()) {
        if (n.nodeType === Node.ELEMENT_NODE && (n as Element).shadowRoot) roots.push((n as Element).shadowRoot!);
        if (n.nodeType !== Node.TEXT_NODE || n.parentElement?.closest('[data-yomu="rt"]')) continue;
        const data = (n as Text).data;
        for (let i = data.indexOf(t.char!); i >= 0; i = data.indexOf(t.char!, i + 1)) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + t.char!.length);
          const r = range.getBoundingClientRect();
          if (r.width === 0) continue;
          if (seen++ === (t.nth ?? 0)) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
    }
    return null;
  }, t);
  if (!point) throw new Error(`${t.char ?? t.element ?? t.field?.char} is not drawn in #${t.section}`);
  return point;
}

function shownIn(frame: Frame | Page): Promise<Shown | null> {
  return frame.evaluate(() => {
    const host = document.querySelector('[data-yomu="popup"]') as HTMLElement | null;
    if (!host || host.hidden || !host.shadowRoot) return null;
    const root = host.shadowRoot;
    const surface = root.querySelector('.yomu-surface')?.textContent ?? '';
    const popup = root.querySelector('.yomu-popup') as HTMLElement | null;
    const first = root.querySelector('.yomu-entry .yomu-entry-head') as HTMLElement | null;
    return { surface, text: popup?.innerText ?? '', firstEntry: first?.innerText ?? '' };
  });
}

/** Moves the pointer onto a target and waits for the popup to show `surface` (and `then` to hold). */
async function hoverOn(page: Page, t: Target, surface: string, timeout = 20_000): Promise<Shown> {
  const frame: Frame | Page = t.frame ? (await (await page.$(`#${t.frame}`))!.contentFrame())! : page;
  if (t.frame) await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), t.frame);
  const p = await pointIn(frame, t);
  let offset = { x: 0, y: 0 };
  if (t.frame) {
    const box = await (await page.$(`#${t.frame}`))!.boundingBox();
    offset = { x: box!.x, y: box!.y };
  }
  // Leave whatever was shown, then come to the point as a reader's pointer does.
  await page.mouse.move(2, 2);
  await page.mouse.move(offset.x + p.x - 30, offset.y + p.y - 20);
  await page.mouse.move(offset.x + p.x, offset.y + p.y, { steps: 3 });
  let shown: Shown | null = null;
  await expect
    .poll(
      async () => {
        shown = await shownIn(frame);
        return shown?.surface ?? null;
      },
      { timeout },
    )
    .toBe(surface);
  return shown!;
}

const CASES: [string, Target, string, ((s: Shown) => void)?][] = [
  ['page ruby: a base', { section: 'ruby-base', char: '京' }, '東京'],
  ['page ruby: its rt', { section: 'ruby-base', char: 'き' }, '東京'],
  ['page ruby with okurigana', { section: 'ruby-okurigana', char: '起' }, '起きます', (s) => expect(s.text).toContain('起きる')],
  ['rb/rt pairs: 振り仮名', { section: 'ruby-rb', char: '振' }, '振り仮名'],
  [
    'the page’s reading decides the entry: 行 read おこな',
    { section: 'ruby-reading', char: '行' },
    '行って',
    (s) => expect(s.firstEntry).toContain('行う'),
  ],
  ['rt with nested spans and rp', { section: 'ruby-nested-rt', char: '漢' }, '漢字'],
  ['display:none inside a word', { section: 'hidden-none', char: '履' }, '履く'],
  ['a transparent, unselectable reading inside a word', { section: 'hidden-transparent', char: '履' }, '履く'],
  ['script and style inside a sentence', { section: 'script-inside', char: '開' }, '開かれる'],
  ['block boxes in an inline-block: 洗わないで', { section: 'inline-blocks', char: '洗' }, '洗わないで'],
  ['nested open shadow roots, display:contents host', { section: 'shadow', char: '安' }, '安全保障理事会'],
  ['SVG text and tspan', { section: 'svg', char: '結' }, '結んだ'],
  ['pre', { section: 'pre', char: '可' }, '可決した'],
  ['contenteditable', { section: 'editable', char: '選' }, '選挙'],
  ['button text', { section: 'button', char: '登' }, '登録する'],
  ['an image’s alt', { section: 'image', element: 'img' }, '富士山'],
  ['an input’s value at the pointer', { section: 'input', field: { before: '大統領が', char: '来' } }, '来日した'],
  ['a textarea’s value at the pointer', { section: 'textarea', field: { before: '国境の', char: '警' } }, '警備'],
  ['a transparent overlay link', { section: 'overlay', char: '辞' }, '辞任'],
  ['a pointer-events:none subtitle under a transparent layer', { section: 'subtitles', char: '幕' }, '字幕'],
  ['white space before a word', { section: 'space', char: '　' }, '経済'],
  ['absolutely placed characters in visual order', { section: 'pdf', char: '紛' }, '紛争'],
  ['a surrogate-pair kanji: 𠮟られた → 𠮟る', { section: 'unicode', char: '𠮟' }, '𠮟られた', (s) => expect(s.text).toContain('𠮟る')],
  ['a variant kanji: 髙橋 reads たかはし', { section: 'unicode', char: '髙' }, '髙橋', (s) => expect(s.text).toContain('たかはし')],
  ['half-width katakana: ﾃﾚﾋﾞ', { section: 'unicode', char: 'ﾚ' }, 'ﾃﾚﾋﾞ', (s) => expect(s.text).toContain('テレビ')],
  ['an iteration mark: こゝろ', { section: 'unicode', char: 'ゝ' }, 'こゝろ', (s) => expect(s.text).toContain('こころ')],
  ['a variant kanji: 欠陷 → 欠陥', { section: 'unicode', char: '陷' }, '欠陷', (s) => expect(s.text).toContain('欠陥')],
  ['the word under the pointer: 紛 in 核紛争', { section: 'words', char: '紛' }, '紛争'],
  ['particles said their way: こんにちは', { section: 'words', char: 'に' }, 'こんにちは', (s) => expect(s.text).toContain('konnichiwa')],
  ['する’s potential: 全うできる', { section: 'words', char: '全' }, '全うできる', (s) => expect(s.text).toContain('全うする')],
  ['an iframe srcdoc', { section: 'frames', frame: 'srcdoc', char: '会' }, '会見した'],
  ['a script-written about:blank frame', { section: 'frames', frame: 'blank', char: '解' }, '解散された'],
];

beforeAll(async () => {
  ({ server, browser, options } = await openExtensionSession());
});

afterAll(() => closeExtensionSession({ server, browser }));

describe.each([
  ['off', false],
  ['on', true],
])('the kinds page, furigana %s', (label, furigana) => {
  let page: Page;

  beforeAll(async () => {
    await options.evaluate(
      async (v) => {
        const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as object;
        await chrome.storage.sync.set({ settings: { ...current, ...v } });
      },
      { showFurigana: furigana, hoverTrigger: 'none', theme: 'light', popupFontSize: 15 },
    );
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(server.url('/hover-kinds.html'));
    if (furigana) await page.waitForFunction(() => performance.getEntriesByName('yomu:furigana').length > 0, null, { timeout: 30_000 });
    // The first hover loads EDICT beside kuromoji in the engine: wait for it once, generously.
    const p = await pointIn(page, { section: 'ruby-okurigana', char: '起' });
    await page.mouse.move(p.x, p.y, { steps: 2 });
    for (let i = 0; i < 180 && (await shownIn(page))?.surface !== '起きます'; i++) await page.waitForTimeout(500);
    await page.mouse.move(2, 2);
  });

  afterAll(async () => {
    await page?.close();
  });

  test.each(CASES)('%s', async (name, target, surface, more) => {
    const shown = await hoverOn(page, target, surface);
    more?.(shown);
    if (name.startsWith('nested open shadow') || name.startsWith('the page’s reading'))
      await saveScreenshot(page, `hover-kinds-${target.section}-furigana-${label}`);
  });
});
