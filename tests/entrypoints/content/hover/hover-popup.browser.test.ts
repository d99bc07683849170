/** The hover popup in a real page, with the engine stood in for: what it shows while an answer is on its way. */
import { afterEach, expect, test } from 'vitest';
import { HoverPopup } from '../../../../entrypoints/content/hover/hover-popup';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';
import type { WordInfo } from '../../../../core/lookup/word-info';
import { SEISAI, seisaiWordsOf as wordsOf } from '../../../review/popup.fixture';
import type { BlockWords } from '../../../../core/lookup/block-words';

let popup: HoverPopup | undefined;

afterEach(() => {
  popup?.stop();
  popup = undefined;
  document.body.innerHTML = '';
});

/** The popup's text, or '' while none is shown. */
function popupText(): string {
  const host = document.querySelector<HTMLElement>('[data-yomu="popup"]');
  if (!host?.shadowRoot || host.hidden) return '';
  return Array.from(host.shadowRoot.children)
    .filter((el) => el.tagName !== 'STYLE')
    .map((el) => (el as HTMLElement).innerText)
    .join('\n');
}

/** Moves the pointer onto the middle of character `index` of the element's text. */
function pointAt(el: Element, index: number): void {
  const range = document.createRange();
  range.setStart(el.firstChild!, index);
  range.setEnd(el.firstChild!, index + 1);
  const r = range.getBoundingClientRect();
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true }));
}

test('a slow answer shows "Loading the dictionary…" over the word, then the answer replaces it', async () => {
  document.body.innerHTML = '<p id="p" style="font-size:32px">制裁を決めた。</p>';
  let answer!: (info: WordInfo | null) => void;
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    lookup: () => new Promise((resolve) => (answer = resolve)),
    words: () => new Promise(() => {}),
  });
  popup.start();
  pointAt(document.getElementById('p')!, 0);
  await expect.poll(popupText, { timeout: 10_000 }).toContain('Loading the dictionary…');
  expect(popupText()).toContain('制');
  expect(popupText()).not.toContain('No dictionary entry');

  answer(SEISAI);
  await expect.poll(popupText, { timeout: 10_000 }).toContain('sanctions');
  expect(popupText()).not.toContain('Loading the dictionary…');
});

/** After the next animation frame: the hover takes one hit test a frame, so a move then is handled at once. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

test('with nothing hovered yet, the words of the blocks on screen are fetched when the page is idle, and a hover there asks the engine nothing', async () => {
  document.body.innerHTML = '<p id="p" style="font-size:32px">政府は制裁を決めた。</p><p style="font-size:32px">外相が会見した。</p>';
  const lookups: string[] = [];
  const asked: string[] = [];
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    lookup: async (text) => {
      lookups.push(text);
      return null;
    },
    words: async (text) => {
      asked.push(text);
      return wordsOf(text);
    },
  });
  popup.start();
  // No pointer has moved: the blocks' words come all the same.
  await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(2);
  expect(asked[0]).toContain('制裁');
  await nextFrame();
  pointAt(document.getElementById('p')!, 3);
  // Answered in the mousemove's own task, from the tab's words.
  expect(popupText()).toContain('sanctions');
  expect(lookups).toEqual([]);
});

test('with the engine warm, a hover in a block whose words are on their way waits for them and asks no lookup', async () => {
  document.body.innerHTML = '<p id="first" style="font-size:32px">外相が会見した。</p>';
  const lookups: string[] = [];
  let release: (() => void) | undefined;
  let answered = 0;
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    lookup: async (text) => {
      lookups.push(text);
      return null;
    },
    // The first block is answered at once (the engine is warm); a later one waits for `release`.
    words: (text) => {
      if (text.includes('制裁')) return new Promise((resolve) => (release = () => resolve(wordsOf(text))));
      answered++;
      return Promise.resolve(wordsOf(text));
    },
  });
  popup.start();
  // A first hover (and the page's idle time) brings the first block's words: the engine is warm.
  pointAt(document.getElementById('first')!, 0);
  await expect.poll(() => answered, { timeout: 10_000 }).toBe(1);
  // Then a new block appears and is hovered while its words are on their way.
  const p = document.createElement('p');
  p.style.fontSize = '32px';
  p.textContent = '政府は制裁を決めた。';
  document.body.append(p);
  window.dispatchEvent(new Event('scroll'));
  await expect.poll(() => release !== undefined, { timeout: 10_000 }).toBe(true);
  await nextFrame();
  pointAt(p, 3);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(popupText()).toBe('');
  release!();
  await expect.poll(popupText, { timeout: 10_000 }).toContain('sanctions');
  expect(lookups.filter((t) => t.includes('制裁'))).toEqual([]);
});

test('with the engine warm, a hover in a block not fetched yet asks for its words with the word, not after the answer', async () => {
  document.body.innerHTML = '<p id="first" style="font-size:32px">外相が会見した。</p>';
  const asked: string[] = [];
  let lookups = 0;
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    // The word's answer in the new block never comes: its words must be asked for all the same.
    lookup: (text) => {
      lookups++;
      return text.includes('制裁') ? new Promise(() => {}) : Promise.resolve(null);
    },
    words: async (text) => {
      asked.push(text);
      return wordsOf(text);
    },
  });
  popup.start();
  // A first hover (and the page's idle time) brings the first block's words: the engine is warm.
  pointAt(document.getElementById('first')!, 0);
  await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(1);
  await nextFrame();
  const before = lookups;
  const p = document.createElement('p');
  p.style.fontSize = '32px';
  p.textContent = '政府は制裁を決めた。';
  document.body.append(p);
  pointAt(p, 3);
  // Both asked in the mousemove's own task (not left to the prefetch's next idle round).
  expect(lookups).toBe(before + 1);
  expect(asked.filter((t) => t.includes('制裁'))).toHaveLength(1);
  // The words, once in, answer the next hover at once.
  await nextFrame();
  pointAt(p, 4);
  expect(popupText()).toContain('sanctions');
  expect(lookups).toBe(before + 1);
});

test('before any words have come, a hover in a block whose words are on their way is answered by whichever comes first', async () => {
  document.body.innerHTML = '<p id="p" style="font-size:32px">政府は制裁を決めた。</p>';
  let release: (() => void) | undefined;
  let lookups = 0;
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    // The word's own answer never comes (the engine busy with the block's words).
    lookup: () => {
      lookups++;
      return new Promise(() => {});
    },
    words: (text) => new Promise((resolve) => (release = () => resolve(wordsOf(text)))),
  });
  popup.start();
  // The block's words are asked for when the page is idle; the engine has answered none yet.
  await expect.poll(() => release !== undefined, { timeout: 10_000 }).toBe(true);
  await nextFrame();
  pointAt(document.getElementById('p')!, 3);
  // Not warm: the word is asked for too (a cold engine answers it from the dictionary, sooner).
  expect(lookups).toBe(1);
  release!();
  await expect.poll(popupText, { timeout: 10_000 }).toContain('sanctions');
});

// 済's answer (the dictionary's longest word there, 経済政策) covers 政. Whether it comes after the pointer
// moved on to 政 or before, while the block's words are on their way, it gives way to the word at the
// pointer, 政策, when they come.
test.each([
  ['after the pointer moved on inside it', true],
  ['before the pointer moved on inside it', false],
])('an answer asked from another character of the word, coming %s, gives way to the word at the pointer', async (_, movedFirst) => {
  document.body.innerHTML = '<p id="first" style="font-size:32px">外相が会見した。</p>';
  const text = '円安が経済政策を左右する。';
  const word = (surface: string, start: number, gloss: string): WordInfo => ({
    ...SEISAI,
    surface,
    start,
    end: start + surface.length,
    glossary: undefined,
    entries: [{ ...SEISAI.entries[0]!, headwords: [surface], senses: [{ ...SEISAI.entries[0]!.senses[0]!, glosses: [gloss] }] }],
  });
  // The engine's words: 経済 and 政策. A lookup from 済 gives the dictionary's longest word there, 経済政策.
  const words: BlockWords = {
    words: [word('経済', 3, 'economy'), word('政策', 5, 'policy')],
    spans: [
      [0, 3, -1],
      [3, 5, 0],
      [5, 7, 1],
      [7, text.length, -1],
    ],
  };
  const answers = new Map<number, (info: WordInfo | null) => void>();
  let release: (() => void) | undefined;
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    lookup: (t, offset) => (t === text ? new Promise((resolve) => answers.set(offset, resolve)) : Promise.resolve(null)),
    words: (t) => (t === text ? new Promise((resolve) => (release = () => resolve(words))) : Promise.resolve(wordsOf(t))),
  });
  popup.start();
  // A first hover brings the first block's words: the engine is warm.
  pointAt(document.getElementById('first')!, 0);
  await expect.poll(() => release === undefined && answers.size === 0, { timeout: 10_000 }).toBe(true);
  await nextFrame();
  const p = document.createElement('p');
  p.style.fontSize = '32px';
  p.textContent = text;
  document.body.append(p);
  const surface = () => document.querySelector('[data-yomu="popup"]')?.shadowRoot?.querySelector('.yomu-surface')?.textContent ?? '';
  // The pointer comes to 済 (its word and the block's words asked), then rests on 政.
  pointAt(p, 4);
  expect([...answers.keys()]).toEqual([4]);
  expect(release).toBeDefined();
  const answerFromSai = async () => {
    answers.get(4)!(word('経済政策', 3, 'economic policy'));
    await expect.poll(surface, { timeout: 10_000 }).toBe('経済政策');
  };
  if (!movedFirst) await answerFromSai();
  await nextFrame();
  pointAt(p, 5);
  await nextFrame();
  // 済's answer covers 政: shown for the moment.
  if (movedFirst) await answerFromSai();
  // Then the block's words: the word at the pointer, 政策, as a fresh hover on 政 shows.
  release!();
  await expect.poll(surface, { timeout: 10_000 }).toBe('政策');
  expect(popupText()).toContain('policy');
});

test('a popup closed because the text moved from under a still pointer opens nothing at the browser’s own mousemove there; a real move does', async () => {
  document.body.innerHTML =
    '<div id="box" style="font-size:32px;line-height:40px"><p id="a" style="margin:0">制裁を決めた。</p><p id="b" style="margin:0">制裁が続いた。</p></div>';
  const asked: string[] = [];
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    lookup: async () => null,
    words: async (text) => {
      asked.push(text);
      return wordsOf(text);
    },
  });
  popup.start();
  // The blocks' words are in (the page idle): a hover is answered at once.
  await expect.poll(() => asked.length, { timeout: 10_000 }).toBe(2);
  await nextFrame();
  const a = document.getElementById('a')!;
  pointAt(a, 0);
  await expect.poll(popupText, { timeout: 10_000 }).toContain('sanctions');
  const range = document.createRange();
  range.setStart(a.firstChild!, 0);
  range.setEnd(a.firstChild!, 1);
  const r = range.getBoundingClientRect();
  const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true };
  // The text moves up a line under the still pointer (a ticker, a frame scrolled): the word left, closed.
  document.getElementById('box')!.style.marginTop = '-40px';
  window.dispatchEvent(new Event('scroll'));
  await expect.poll(popupText, { timeout: 10_000 }).toBe('');
  // The browser's own mousemove where the pointer rests (Firefox sends one): b's 制裁 is there now, and stays closed.
  await nextFrame();
  window.dispatchEvent(new MouseEvent('mousemove', at));
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(popupText()).toBe('');
  // The reader moves: the word under the pointer opens.
  window.dispatchEvent(new MouseEvent('mousemove', { ...at, clientX: at.clientX + 1 }));
  await expect.poll(popupText, { timeout: 10_000 }).toContain('sanctions');
});

test('the place of the viewport on the screen comes from the pointer moves the hover hears, those kept while its modules loaded too', () => {
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    lookup: async () => null,
    words: () => new Promise(() => {}),
  });
  popup.start();
  expect(popup.screenOrigin).toBeUndefined();
  // A frame's first move, heard before its frame popups were linked: the top tells twin frames apart by it.
  popup.replay([new MouseEvent('mousemove', { screenX: 340, screenY: 260, clientX: 100, clientY: 40 })]);
  expect(popup.screenOrigin).toEqual({ x: 240, y: 220 });
  window.dispatchEvent(new MouseEvent('mousemove', { screenX: 350, screenY: 262, clientX: 110, clientY: 42, bubbles: true }));
  expect(popup.screenOrigin).toEqual({ x: 240, y: 220 });
  window.dispatchEvent(new MouseEvent('mousemove', { screenX: 500, screenY: 262, clientX: 110, clientY: 42, bubbles: true }));
  expect(popup.screenOrigin).toEqual({ x: 390, y: 220 });
});
