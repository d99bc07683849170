import { describe, expect, test } from 'vitest';
import {
  atEntry,
  boxOf,
  inBox,
  inGap,
  lineBoxesOf,
  placePopup,
  type Box,
  type Placement,
  type PopupSize,
} from '../../../../entrypoints/content/hover/popup-position';

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

  test('too tall for either: cut below or above, off the line being read, when that leaves 120 px', () => {
    const tall = { width: 300, height: 600 };
    const middle = { left: 100, top: 400, right: 140, bottom: 424 };
    const cut = placePopup(middle, tall, VIEW);
    expect(cut.side).toBe('below');
    expect(cut.maxHeight).toBe(VIEW.height - 8 - (424 + 6));
  });

  test('a short viewport (a frame 200 px tall): never to the right of the word, over the words after it on its line', () => {
    const short = { width: 1200, height: 200 };
    const card = { width: 300, height: 150 };
    // Near the line's start: no room before the word, so the larger of below and above, cut to fit.
    const early = { left: 100, top: 80, right: 140, bottom: 104 };
    const p = placePopup(early, card, short);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(200 - 8 - (104 + 6));
    // Further along the line: before the word (the text already read), the whole popup.
    const later = { left: 700, top: 80, right: 740, bottom: 104 };
    const q = placePopup(later, card, short);
    expect(q.side).toBe('left');
    expect(q.left + card.width).toBeLessThanOrEqual(later.left);
    expect(q.maxHeight).toBeUndefined();
    expect(q.top).toBeGreaterThanOrEqual(8);
    expect(q.top + card.height).toBeLessThanOrEqual(200 - 8);
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

/**
 * The kind of viewport too small for the popup above or below its word: frames 100, 140 and 200
 * px tall, one 200 px wide, a small window; words everywhere in them. A popup narrowed to a width
 * wraps its text: its height grows as its width shrinks (the same area), as the host measures it.
 */
describe('small viewports: the word and the rest of its line stay clear', () => {
  // Its header and first line of meaning take 44 px (at any width, for these tests).
  const popup = (width: number, height: number): PopupSize => ({
    width,
    height,
    heightAt: (w) => Math.ceil((width * height) / w),
    readableAt: () => 44,
  });
  const viewports = [
    { width: 800, height: 100 },
    { width: 800, height: 140 },
    { width: 800, height: 200 },
    { width: 200, height: 300 },
    { width: 200, height: 140 },
    { width: 480, height: 260 },
  ];
  const sizes = [popup(384, 180), popup(384, 420), popup(184, 260)];

  /** The box shown at a placement: the popup's width and height, narrowed and cut. */
  const shownBox = (p: Placement, size: PopupSize): Box => {
    const width = p.maxWidth ?? size.width;
    const height = Math.min(p.maxWidth !== undefined ? size.heightAt!(p.maxWidth) : size.height, p.maxHeight ?? Infinity);
    return { left: p.left, top: p.top, right: p.left + width, bottom: p.top + height };
  };
  // 8 px from the viewport's edges, or 2 px where 8 leaves no readable place (TIGHT_MARGIN).
  const insideOf = (b: Box, view: { width: number; height: number }, margin = 8) =>
    b.left >= margin - 0.01 && b.top >= margin - 0.01 && b.right <= view.width - margin + 0.01 && b.bottom <= view.height - margin + 0.01;

  test('rows: never over the word, its readings or the words after it on its line; inside the viewport', () => {
    for (const view of viewports)
      for (const size of sizes)
        for (let y = 8; y + 27 <= view.height - 8; y += 9)
          for (let x = 8; x + 32 <= view.width - 8; x += 23) {
            const word = { left: x, top: y, right: x + 32, bottom: y + 27 };
            const p = placePopup(word, size, view);
            const b = shownBox(p, size);
            const where = `${view.width}×${view.height}, ${size.width}×${size.height}, word at ${x},${y}: ${JSON.stringify(p)}`;
            expect(p.side, where).not.toBe('right');
            // The rest of the line from the word on.
            expect(overlaps(b, { left: x, top: y, right: view.width, bottom: y + 27 }), where).toBe(false);
            // The readings over it (80 % of its height) too, unless keeping them clear leaves no
            // place showing 44 px of the popup: below, above the readings, or before the word.
            const readable = view.height - 8 - (y + 27 + 6) >= 44 || y - 0.8 * 27 - 6 - 8 >= 44 || x - 6 - 8 >= Math.min(160, size.width);
            if (readable) expect(overlaps(b, { left: x, top: y - 0.8 * 27, right: view.width, bottom: y + 27 }), where).toBe(false);
            if (b.bottom > b.top) expect(insideOf(b, view, readable ? 8 : 2), where).toBe(true);
          }
  });

  test('rows: the popup shows where the viewport has room for it off the line (no empty popup in a 140 px frame)', () => {
    const view = { width: 800, height: 140 };
    for (const size of sizes)
      for (const y of [8, 35, 62])
        for (let x = 8; x + 32 <= view.width - 8; x += 23) {
          const b = shownBox(placePopup({ left: x, top: y, right: x + 32, bottom: y + 27 }, size, view), size);
          // At least the popup's head (the word and its reading, about 40 px), or, in the third
          // line, all the room below it (the readings over it keep the room above).
          const below = view.height - 8 - (y + 27 + 6);
          expect(b.bottom - b.top, `${size.width}×${size.height} at ${x},${y}`).toBeGreaterThanOrEqual(Math.min(40, below));
          expect(b.right - b.left, `${size.width}×${size.height} at ${x},${y}`).toBeGreaterThanOrEqual(Math.min(size.width, 160));
        }
  });

  test('a frame 200 px wide: the popup narrowed to the frame, below or above the word', () => {
    const view = { width: 200, height: 300 };
    const p = placePopup({ left: 40, top: 20, right: 72, bottom: 47 }, popup(184, 200), view);
    expect(p).toEqual({ left: 8, top: 53, side: 'below' });
  });

  test('columns (vertical writing): beside the column, never below the word in it; the readings to its right stay clear', () => {
    const columnViews = [
      { width: 800, height: 140 },
      { width: 300, height: 600 },
      { width: 200, height: 400 },
      { width: 1200, height: 900 },
    ];
    for (const view of columnViews)
      for (const size of sizes)
        for (let x = 8; x + 27 <= view.width - 8; x += 13)
          for (let y = 8; y + 32 <= view.height - 8; y += 29) {
            const word = { left: x, top: y, right: x + 27, bottom: y + 32 };
            const p = placePopup(word, size, view, 'vertical');
            const b = shownBox(p, size);
            const where = `${view.width}×${view.height}, ${size.width}×${size.height}, word at ${x},${y}: ${JSON.stringify(p)}`;
            expect(p.side, where).not.toBe('below');
            // The rest of the column from the word on (with the readings to its right, 80 % of its
            // width, where a place clear of them shows 44 px of the popup).
            expect(overlaps(b, { left: x, top: y, right: x + 27, bottom: view.height }), where).toBe(false);
            const readable =
              x - 6 - 8 >= Math.min(160, size.width) || view.width - 8 - (x + 27 + 0.8 * 27 + 6) >= Math.min(160, size.width);
            if (readable && view.height >= 60)
              expect(overlaps(b, { left: x, top: y, right: x + 27 + 0.8 * 27, bottom: view.height }), where).toBe(false);
            if (b.bottom > b.top && b.right > b.left) expect(insideOf(b, view, readable ? 8 : 2), where).toBe(true);
          }
  });

  test('a place must show the header and a line of meaning (readableAt): else before the word, narrowed', () => {
    const view = { width: 800, height: 100 };
    const size = { ...popup(384, 180), readableAt: () => 60 };
    // Below: 51 px, less than 60; before the word: 186 px wide, 84 px tall.
    const p = placePopup({ left: 200, top: 8, right: 232, bottom: 35 }, size, view);
    expect(p).toMatchObject({ side: 'left', maxWidth: 186, maxHeight: 84 });
    // A popup whose header and first line of meaning take 50 px shows them below there.
    expect(placePopup({ left: 200, top: 8, right: 232, bottom: 35 }, { ...size, readableAt: () => 50 }, view)).toMatchObject({
      side: 'below',
      maxHeight: 51,
    });
  });

  test('where the usual margins leave no readable place, 2 px ones do; the least bad place keeps them', () => {
    const view = { width: 600, height: 100 };
    const word = { left: 8, top: 8, right: 48, bottom: 42 };
    // Below with 8 px margins: 44 px; with 2 px ones: 54 px.
    expect(placePopup(word, { ...popup(384, 180), readableAt: () => 50 }, view)).toEqual({
      left: 8,
      top: 44,
      side: 'below',
      maxHeight: 54,
    });
    // Nothing shows 60 px: the place showing most, 8 px from the edges and 6 px from the word.
    expect(placePopup(word, { ...popup(384, 180), readableAt: () => 60 }, view)).toEqual({
      left: 8,
      top: 48,
      side: 'below',
      maxHeight: 44,
      unreadable: true,
    });
  });

  test('columns: the next column (left, vertical-rl) first when the whole popup fits there', () => {
    const word = { left: 600, top: 100, right: 627, bottom: 132 };
    const p = placePopup(word, popup(384, 300), { width: 1200, height: 900 }, 'vertical');
    expect(p).toEqual({ left: 600 - 6 - 384, top: 100, side: 'left' });
  });
});

describe('the lines of a word (lineBoxesOf)', () => {
  test('a word on one line, in several rects (ruby, markup), is one box', () => {
    const rects = [
      { left: 100, top: 10, right: 120, bottom: 37 },
      { left: 120, top: 12, right: 140, bottom: 36 },
    ];
    expect(lineBoxesOf(rects)).toEqual([{ left: 100, top: 10, right: 140, bottom: 37 }]);
  });

  test('a word broken over two lines is two boxes, its first line first', () => {
    const rects = [
      { left: 560, top: 10, right: 600, bottom: 37 },
      { left: 8, top: 44, right: 48, bottom: 71 },
    ];
    expect(lineBoxesOf(rects)).toEqual(rects);
    expect(boxOf(rects)).toEqual({ left: 8, top: 10, right: 600, bottom: 71 });
  });

  test('columns: a word broken over two columns is two boxes', () => {
    const rects = [
      { left: 300, top: 400, right: 327, bottom: 440 },
      { left: 260, top: 8, right: 287, bottom: 48 },
    ];
    expect(lineBoxesOf(rects, 'vertical')).toEqual(rects);
    // Two rects one above the other in a column are one line there, two in rows.
    const column = [
      { left: 300, top: 100, right: 327, bottom: 120 },
      { left: 301, top: 120, right: 326, bottom: 140 },
    ];
    expect(lineBoxesOf(column, 'vertical')).toEqual([{ left: 300, top: 100, right: 327, bottom: 140 }]);
    expect(lineBoxesOf(column, 'horizontal')).toHaveLength(2);
  });
});
