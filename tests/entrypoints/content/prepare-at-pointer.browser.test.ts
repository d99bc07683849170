/**
 * The loader's first pointer move over Japanese text tells the engine where the pointer is
 * (prepare-at-pointer.ts): once, with the text around the pointed character; none over other text
 * or after stop.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const asked = vi.hoisted(() => [] as unknown[]);
vi.mock('../../../utils/engine/engine-client', () => ({
  askEngine: async (request: unknown) => (asked.push(request), { ok: true }),
}));

const { prepareAtPointer } = await import('../../../entrypoints/content/prepare-at-pointer');

/** The middle of character `i` of the text node in `el`, in viewport px. */
function pointAt(el: Element, i: number): { clientX: number; clientY: number } {
  const range = document.createRange();
  range.setStart(el.firstChild!, i);
  range.setEnd(el.firstChild!, i + 1);
  const r = range.getBoundingClientRect();
  return { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
}

const move = (at: { clientX: number; clientY: number }) => window.dispatchEvent(new MouseEvent('mousemove', at));

describe('prepareAtPointer', () => {
  let english: HTMLElement;
  let japanese: HTMLElement;
  beforeEach(() => {
    asked.length = 0;
    document.body.replaceChildren();
    english = document.createElement('p');
    english.textContent = 'Sanctions were imposed.';
    japanese = document.createElement('p');
    japanese.textContent = '西側諸国の制裁を受けた。';
    for (const p of [english, japanese]) {
      p.style.font = '20px sans-serif';
      document.body.append(p);
    }
  });
  afterEach(() => {
    document.body.replaceChildren();
  });

  test('the first move over Japanese text sends its place, once; a move over English text sends nothing', async () => {
    const stop = prepareAtPointer(window);
    move(pointAt(english, 2));
    expect(asked).toEqual([]);
    const i = japanese.textContent!.indexOf('制');
    move(pointAt(japanese, i));
    move(pointAt(japanese, i + 1));
    expect(asked).toHaveLength(1);
    const { type, at } = asked[0] as { type: string; at: { text: string; offset: number } };
    expect(type).toBe('yomu:prepare');
    // The caret at the middle of 制 is before or after it: the place is that character or the next.
    expect(at.text).toBe(japanese.textContent);
    expect([i, i + 1]).toContain(at.offset);
    stop();
  });

  test('after stop, nothing is sent', () => {
    const stop = prepareAtPointer(window);
    stop();
    move(pointAt(japanese, 3));
    expect(asked).toEqual([]);
  });
});
