import { describe, expect, test } from 'vitest';
import { atEntry, boxOf, inBox, inGap, placePopup, type Box } from '../../../../entrypoints/content/hover/popup-position';

const VIEW = { width: 1200, height: 900 };

function box(p: { left: number; top: number }, size: { width: number; height: number }): Box {
  return { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + (p as { maxHeight?: number }).maxHeight! };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(a: Box): boolean {
  return a.left >= 0 && a.top >= 0 && a.right <= VIEW.width && a.bottom <= VIEW.height;
}

describe('where the popup goes', () => {
  const size = { width: 400, height: 300 };

  test('below the word, aligned with its left edge, when there is room', () => {
    const word = { left: 100, top: 100, right: 140, bottom: 124 };
    expect(placePopup(word, size, VIEW)).toEqual({ left: 100, top: 130, side: 'below' });
  });

  test('above when there is no room below; never over the word, always inside the viewport', () => {
    const word = { left: 1000, top: 800, right: 1040, bottom: 824 };
    const p = placePopup(word, size, VIEW);
    expect(p.side).toBe('above');
    const b = { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + size.height };
    expect(overlaps(b, word)).toBe(false);
    expect(inside(b)).toBe(true);
    expect(b.right).toBeLessThanOrEqual(VIEW.width - 8);
  });

  test('too tall for either: cut below or above, off the line being read; to a side only when that leaves too little', () => {
    const tall = { width: 300, height: 600 };
    const middle = { left: 100, top: 400, right: 140, bottom: 424 };
    const cut = placePopup(middle, tall, VIEW);
    expect(cut.side).toBe('below');
    expect(cut.maxHeight).toBe(VIEW.height - 8 - (424 + 6));
    // A short viewport (a frame 200 px tall): 120 px or more nowhere, so beside the word.
    const short = { width: 1200, height: 200 };
    const word = { left: 100, top: 80, right: 140, bottom: 104 };
    const card = { width: 300, height: 150 };
    const p = placePopup(word, card, short);
    expect(p.side).toBe('right');
    const b = { left: p.left, top: p.top, right: p.left + card.width, bottom: p.top + card.height };
    expect(overlaps(b, word)).toBe(false);
    expect(b.top).toBeGreaterThanOrEqual(0);
    expect(b.bottom).toBeLessThanOrEqual(short.height);
  });

  test('nowhere fits: the larger side, height cut to fit, still not over the word', () => {
    const huge = { width: 1150, height: 880 };
    const word = { left: 500, top: 300, right: 540, bottom: 324 };
    const p = placePopup(word, huge, VIEW);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(VIEW.height - 8 - (324 + 6));
    const b = box(p, huge);
    expect(overlaps(b, word)).toBe(false);
    expect(inside(b)).toBe(true);
  });

  test('for many places of a word on the screen, the popup never covers it and stays inside', () => {
    for (let x = 0; x < 1160; x += 97) {
      for (let y = 0; y < 876; y += 61) {
        const word = { left: x, top: y, right: x + 40, bottom: y + 24 };
        const p = placePopup(word, size, VIEW);
        const b = { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + (p.maxHeight ?? size.height) };
        expect(overlaps(b, word), `word at ${x},${y}`).toBe(false);
        // Nor over the readings drawn above the word (up to 80 % of its height).
        expect(overlaps(b, { ...word, top: word.top - 0.8 * 24 }), `readings at ${x},${y}`).toBe(false);
        expect(inside(b), `word at ${x},${y}`).toBe(true);
      }
    }
  });

  test('the box of a word broken over two lines covers both parts', () => {
    expect(
      boxOf([
        { left: 900, top: 100, right: 1000, bottom: 124 },
        { left: 10, top: 130, right: 50, bottom: 154 },
      ]),
    ).toEqual({ left: 10, top: 100, right: 1000, bottom: 154 });
    expect(boxOf([])).toBeNull();
  });

  test('above a word, the popup leaves the readings over it visible', () => {
    const word = { left: 1000, top: 800, right: 1040, bottom: 824 };
    const p = placePopup(word, size, VIEW);
    expect(p.side).toBe('above');
    expect(p.top + size.height).toBeLessThanOrEqual(word.top - 0.8 * 24);
  });
});

describe('the way from the word to the popup', () => {
  const word = { left: 100, top: 100, right: 140, bottom: 124 };

  test('below: the strip between the word and the popup, as wide as the wider of the two', () => {
    const popup = { left: 100, top: 130, right: 500, bottom: 430 };
    expect(inGap(word, popup, 120, 127)).toBe(true);
    expect(inGap(word, popup, 450, 127)).toBe(true);
    expect(inGap(word, popup, 520, 127)).toBe(false);
    expect(inGap(word, popup, 120, 110)).toBe(false); // on the word
    expect(inGap(word, popup, 120, 200)).toBe(false); // in the popup
    expect(inBox(popup, 120, 200)).toBe(true);
  });

  test('above, right and left likewise; overlapping boxes have no gap', () => {
    const above = { left: 60, top: 0, right: 400, bottom: 80 };
    expect(inGap(word, above, 120, 90)).toBe(true);
    expect(inGap(word, above, 120, 130)).toBe(false);
    const right = { left: 150, top: 90, right: 450, bottom: 390 };
    expect(inGap(word, right, 145, 110)).toBe(true);
    expect(inGap(word, right, 145, 395)).toBe(false);
    const left = { left: 0, top: 100, right: 90, bottom: 300 };
    expect(inGap(word, left, 95, 200)).toBe(true);
    expect(inGap(word, { left: 120, top: 110, right: 300, bottom: 300 }, 130, 115)).toBe(false);
  });

  test('a pointer coming from the word is first seen near the popup edge facing it, after a short step', () => {
    const onWord = { x: 120, y: 112 };
    const below = { left: 100, top: 130, right: 500, bottom: 430 };
    expect(atEntry(word, below, onWord, 120, 150)).toBe(true);
    expect(atEntry(word, below, onWord, 120, 300)).toBe(false); // deep in at once: passing over it
    expect(atEntry(word, below, onWord, 120, 127)).toBe(false); // not in it yet
    expect(atEntry(word, below, onWord, 480, 150)).toBe(false); // a long jump across: on its way elsewhere
    const above = { left: 60, top: 0, right: 400, bottom: 80 };
    expect(atEntry(word, above, onWord, 120, 60)).toBe(true);
    expect(atEntry(word, above, onWord, 120, 10)).toBe(false);
  });
});
