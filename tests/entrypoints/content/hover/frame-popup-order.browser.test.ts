/**
 * A frame's hover and the top page's messages crossing on their way (frame-popup.ts): the top's
 * "I hid your popup" travels through the background while the frame already shows its next
 * popup in the top. The real hover (HoverPopup) runs in a frame one line tall, as the content
 * script does there; the top page is stood in for by a TopPopupLink that records what the frame
 * asks of it, and by the messages the top would send (fromTop), delivered late as a loaded
 * browser delivers them.
 */
import { afterEach, expect, test } from 'vitest';
import { HoverPopup } from '../../../../entrypoints/content/hover/hover-popup';
import type { TopPopupLink } from '../../../../entrypoints/content/hover/frame-popup';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';
import type { KanjiCardInfo } from '../../../../core/kanji/kanji-card';
import {
  FRAME_POPUP_COMMAND,
  FRAME_POPUP_HIDDEN,
  type FramePopupContent,
  type FramePopupReply,
} from '../../../../utils/frame-popup-messages';
import { SEISAI, seisaiWordsOf as wordsOf } from '../../../review/popup.fixture';

/** One line of a ticker (our own sentence): 制裁 in it. */
const TICKER = '速報：政府は制裁を決めた。';

let hover: HoverPopup | undefined;

afterEach(() => {
  hover?.stop();
  hover = undefined;
  document.body.innerHTML = '';
});

/** The kanji of 制裁 as the stand-in study tools give them (only what the popup reads). */
const KANJI = [{ literal: '制' }, { literal: '裁' }] as unknown as KanjiCardInfo[];

/** What the frame asked of the top page, in order. */
interface Asked {
  shows: Parameters<TopPopupLink['show']>[0][];
  updates: FramePopupContent[];
  hides: number;
}

/** What a test changes of the stand-in engine: the word's answer, the block's words, the kanji. */
interface StandIns {
  provisional?: boolean;
  words?: (text: string) => Promise<ReturnType<typeof wordsOf>>;
  kanji?: () => Promise<KanjiCardInfo[]>;
}

/**
 * A frame 36 px tall (one line) with the ticker, its hover started and drawing in the stand-in top,
 * which answers each show with `reply()` (shown, by default).
 */
async function tickerFrame(
  reply: () => FramePopupReply = () => ({ shown: true }),
  standIns: StandIns = {},
): Promise<{ doc: Document; asked: Asked }> {
  const f = document.createElement('iframe');
  f.style.cssText = 'display:block;width:640px;height:36px;border:1px solid #888';
  f.srcdoc = `<!doctype html><html lang="ja"><body style="margin:2px 8px;font:20px/1.5 'Noto Sans CJK JP',sans-serif;white-space:nowrap"><p id="p" style="margin:0">${TICKER}</p></body></html>`;
  const loaded = new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
  document.body.append(f);
  await loaded;
  const doc = f.contentDocument!;
  const asked: Asked = { shows: [], updates: [], hides: 0 };
  hover = new HoverPopup(doc, {
    settings: () => DEFAULT_SETTINGS,
    lookup: async (text, offset) => {
      const at = text.indexOf('制裁');
      const word = { ...SEISAI, start: at, end: at + 2, ...(standIns.provisional ? { provisional: true } : {}) };
      return at >= 0 && offset >= at && offset < at + 2 ? word : null;
    },
    words: standIns.words ?? (async (text) => wordsOf(text)),
    study: {
      isSaved: () => false,
      isKnown: () => false,
      readOnly: () => ({}),
      toggleSaved: async () => {},
      toggleKnown: async () => {},
      kanji: standIns.kanji ?? (async () => KANJI),
      onChange: () => {},
    },
  });
  hover.drawInTop({
    show: async (request) => {
      asked.shows.push(request);
      return reply();
    },
    update: (content) => asked.updates.push(content),
    hide: () => asked.hides++,
  });
  hover.start();
  return { doc, asked };
}

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The pointer at the middle of character `index` of the ticker, or at blank space right of it (`index` past its end). */
async function pointAt(doc: Document, index: number): Promise<void> {
  const win = doc.defaultView! as Window & typeof globalThis;
  const text = doc.getElementById('p')!.firstChild!;
  const range = doc.createRange();
  range.setStart(text, Math.min(index, TICKER.length - 1));
  range.setEnd(text, Math.min(index, TICKER.length - 1) + 1);
  const r = range.getBoundingClientRect();
  const x = index < TICKER.length ? r.left + r.width / 2 : r.right + 100;
  // One hit test a frame: the move is handled at once after the next frame.
  await nextFrame(win);
  win.dispatchEvent(new win.MouseEvent('mousemove', { clientX: x, clientY: r.top + r.height / 2, bubbles: true }));
}

const SEI = TICKER.indexOf('制');

test("the top's notice that it hid a popup, come after the frame showed the next one there, leaves the next one shown (its keys still act)", async () => {
  const { doc, asked } = await tickerFrame();
  await pointAt(doc, SEI);
  await expect.poll(() => asked.shows.length, { timeout: 10_000 }).toBe(1);
  const first = asked.shows[0]!;
  expect(first.content.info.surface).toBe('制裁');

  // The top hides that popup on its own (the pointer came into the top page) and tells the frame;
  // meanwhile the pointer left the word in the frame and came back: the frame hid it and shows it again.
  await pointAt(doc, TICKER.length + 5);
  await expect.poll(() => asked.hides, { timeout: 10_000 }).toBe(1);
  await pointAt(doc, SEI);
  await expect.poll(() => asked.shows.length, { timeout: 10_000 }).toBe(2);

  // The top's notice arrives now: it names the first popup, not the one the top now shows.
  hover!.fromTop({ type: FRAME_POPUP_HIDDEN, showing: first.showing });
  // X pressed in the top (which shows the second popup): the frame opens the word's kanji there.
  hover!.fromTop({ type: FRAME_POPUP_COMMAND, command: 'kanji' });
  await expect
    .poll(
      () => asked.updates.map((u) => `${u.info.surface} ${u.study?.view} ${Array.isArray(u.study?.kanji) ? u.study.kanji.length : '-'}`),
      {
        timeout: 10_000,
      },
    )
    .toContain('制裁 kanji 2');
  // The frame never told the top to hide the popup it shows.
  expect(asked.hides).toBe(1);
});

test("the top's notice that it hid the popup the frame last showed there: the frame lets the word go (back on it, it is shown again)", async () => {
  const { doc, asked } = await tickerFrame();
  await pointAt(doc, SEI);
  await expect.poll(() => asked.shows.length, { timeout: 10_000 }).toBe(1);

  hover!.fromTop({ type: FRAME_POPUP_HIDDEN, showing: asked.shows[0]!.showing });
  // No popup left to act on: a key does nothing, and the hide came from the top (none sent back).
  hover!.fromTop({ type: FRAME_POPUP_COMMAND, command: 'kanji' });
  await nextFrame(doc.defaultView!);
  expect(asked.updates).toEqual([]);
  expect(asked.hides).toBe(0);
  // The pointer moving on the word again asks the top to show it again.
  await pointAt(doc, SEI);
  await expect.poll(() => asked.shows.length, { timeout: 10_000 }).toBe(2);
});

test('a show the top answers after the frame let the word go (the hide passed it on the way): the frame tells the top to hide it again', async () => {
  let answer!: (reply: FramePopupReply) => void;
  const { doc, asked } = await tickerFrame(() => ({ shown: true }));
  // The top's answer to the first show is held back, as a loaded background delivers it.
  hover!.drawInTop({
    show: (request) => {
      asked.shows.push(request);
      return new Promise<FramePopupReply>((resolve) => (answer = resolve));
    },
    update: (content) => asked.updates.push(content),
    hide: () => asked.hides++,
  });
  await pointAt(doc, SEI);
  await expect.poll(() => asked.shows.length, { timeout: 10_000 }).toBe(1);
  // The pointer leaves the word: the frame hides the popup it sent (one hide).
  await pointAt(doc, TICKER.length + 5);
  await expect.poll(() => asked.hides, { timeout: 10_000 }).toBe(1);
  // The top, having had the hide first, shows the word now and says so: it must hide it again.
  answer({ shown: true });
  await expect.poll(() => asked.hides, { timeout: 10_000 }).toBe(2);
  expect(ownPopup(doc)).toBe('');
});

/** The frame's own popup: its word, '' while hidden. */
function ownPopup(doc: Document): string {
  const host = doc.querySelector<HTMLElement>('[data-yomu="popup"]');
  if (!host || host.hidden) return '';
  return host.shadowRoot?.querySelector('.yomu-surface')?.textContent ?? '';
}

test('a top that did not answer (the page opening, its frame popups not linked yet) is asked again as the pointer moves on the word; the sliver goes once it shows the popup', async () => {
  let answers = false;
  const { doc, asked } = await tickerFrame(() => (answers ? { shown: true } : { shown: false, unanswered: true }));
  await pointAt(doc, SEI);
  await expect.poll(() => asked.shows.length, { timeout: 10_000 }).toBe(1);
  // Unanswered: the frame draws the popup itself meanwhile.
  await expect.poll(() => ownPopup(doc), { timeout: 10_000 }).toBe('制裁');

  // The top is linked now; the pointer rests on the word, moving a little (a reader's hand).
  answers = true;
  for (let i = 0; i < 100 && asked.shows.length < 2; i++) {
    await pointAt(doc, SEI);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(asked.shows.length).toBe(2);
  expect(asked.shows[1]!.content.info.surface).toBe('制裁');
  await expect.poll(() => ownPopup(doc), { timeout: 10_000 }).toBe('');
});

test('a top that answered it could not find the frame (inside a cross-origin frame) is asked again for a few seconds, then no more, while the pointer stays on the word', async () => {
  const { doc, asked } = await tickerFrame(() => ({ shown: false }));
  await pointAt(doc, SEI);
  await expect.poll(() => ownPopup(doc), { timeout: 10_000 }).toBe('制裁');
  // Moves on the word (a reader's hand) for longer than the frame keeps asking (4 s): asked again
  // several times (more than a fixed few), once every 400 ms at most...
  const started = performance.now();
  while (performance.now() < started + 5500) {
    await pointAt(doc, SEI);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const asks = asked.shows.length;
  expect(asks).toBeGreaterThanOrEqual(6);
  expect(asks).toBeLessThanOrEqual(1 + Math.ceil(5500 / 400));
  // ...and no more, however long it stays.
  const until = performance.now() + 1500;
  while (performance.now() < until) {
    await pointAt(doc, SEI);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(asked.shows.length).toBe(asks);
  expect(ownPopup(doc)).toBe('制裁');
});

test('a top that could not find the frame at first (its frames laid out again as it looked) shows the popup when asked again; the sliver goes', async () => {
  let finds = false;
  const { doc, asked } = await tickerFrame(() => ({ shown: finds }));
  await pointAt(doc, SEI);
  await expect.poll(() => ownPopup(doc), { timeout: 10_000 }).toBe('制裁');
  finds = true;
  for (let i = 0; i < 100 && asked.shows.length < 2; i++) {
    await pointAt(doc, SEI);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(asked.shows.length).toBe(2);
  await expect.poll(() => ownPopup(doc), { timeout: 10_000 }).toBe('');
});

test('the word drawn again (its provisional answer refined by the block’s words) keeps the kanji view the reader opened with X', async () => {
  // The word's first answer is provisional (the dictionary alone); the block's words come later.
  let release!: () => void;
  const words = new Promise<void>((resolve) => (release = resolve));
  const { doc, asked } = await tickerFrame(undefined, {
    provisional: true,
    words: async (text) => {
      await words;
      return wordsOf(text);
    },
    // The kanji file unreadable (the view shows its message): the view, not the cards, is what is tested.
    kanji: async () => {
      throw new Error('The kanji file cannot be read.');
    },
  });
  await pointAt(doc, SEI);
  await expect.poll(() => asked.shows.length, { timeout: 10_000 }).toBe(1);
  hover!.fromTop({ type: FRAME_POPUP_COMMAND, command: 'kanji' });
  await expect
    .poll(() => asked.updates.some((u) => u.study?.view === 'kanji' && typeof u.study.kanji === 'string'), { timeout: 10_000 })
    .toBe(true);
  // The block's words come: the word is drawn again from them, in the kanji view still.
  release();
  await expect
    .poll(
      () => {
        const drawn = [...asked.shows.map((s) => s.content), ...asked.updates].filter((c) => !c.info.provisional);
        const last = drawn[drawn.length - 1];
        return last ? `${last.study?.view} ${typeof last.study?.kanji}` : 'none';
      },
      { timeout: 10_000 },
    )
    .toBe('kanji string');
});
