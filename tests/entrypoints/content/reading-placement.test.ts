import { describe, expect, test } from 'vitest';
import { lineNumbers, placeOnLine, splitReading, type BaseBox } from '../../../entrypoints/content/reading-placement';

const box = (start: number, end: number, readingSize: number, blockStart = 0): BaseBox => ({
  start,
  end,
  blockStart,
  blockEnd: blockStart + 20,
  readingSize,
});

describe('placeOnLine', () => {
  test('a reading narrower than its base is centred over it', () => {
    expect(placeOnLine([box(100, 132, 20)], 0, 1000)).toEqual([{ start: 106, scale: 1 }]);
  });

  test('a wider reading overhangs the kana beside it, the base is not spread', () => {
    // 築 (16 px) with きず (17.6 px) between kana: centred, overhanging by 0.8 px each side.
    const [p] = placeOnLine([box(100, 116, 17.6)], 0, 1000);
    expect(p!.scale).toBe(1);
    expect(p!.start).toBeCloseTo(99.2);
  });

  test('neighbouring readings never overlap: each keeps to its half of the space between bases', () => {
    // Two one-kanji bases with one kana between them, and long readings.
    const boxes = [box(0, 16, 40), box(32, 48, 40)];
    const placed = placeOnLine(boxes, 0, 1000);
    const ends = placed.map((p, i) => p.start + boxes[i]!.readingSize * p.scale);
    expect(ends[0]!).toBeLessThanOrEqual(placed[1]!.start + 1e-9);
    // The first is condensed into [0, 24], the second may take [24, 1000] and stays centred-ish.
    expect(placed[0]!.scale).toBeCloseTo(24 / 40);
    expect(placed[1]).toEqual({ start: 24, scale: 1 });
  });

  test('neighbouring readings keep a clear gap between them, condensed where they have no room', () => {
    // 協定、共同: two two-kanji bases with a comma between, readings wider than their bases.
    const boxes = [box(0, 32, 40), box(48, 80, 40)];
    const placed = placeOnLine(boxes, 0, 1000, 4);
    const end0 = placed[0]!.start + 40 * placed[0]!.scale;
    expect(placed[1]!.start - end0).toBeGreaterThanOrEqual(4 - 1e-9);
    // Both condensed: exactly the gap between them.
    const long = placeOnLine([box(0, 32, 60), box(48, 80, 60)], 0, 1000, 4);
    expect(long[1]!.start - (long[0]!.start + 60 * long[0]!.scale)).toBeCloseTo(4);
    // Two bases edge to edge: the gap is taken from both, half each.
    const touching = [box(0, 32, 40), box(32, 64, 40)];
    const [a, b] = placeOnLine(touching, 0, 1000, 4);
    expect(b!.start - (a!.start + 40 * a!.scale)).toBeCloseTo(4);
    expect(a!.scale).toBeCloseTo(30 / 40);
    // A first or last base reaching past the line box keeps its reading over it, gap or not.
    expect(placeOnLine([box(-10, 6, 10), box(40, 56, 10)], 0, 1000, 4)[0]).toEqual({ start: -7, scale: 1 });
    // A reading that fits inside its base stays centred: the gap changes nothing.
    expect(placeOnLine([box(0, 32, 20), box(32, 64, 20)], 0, 1000, 4)).toEqual([
      { start: 6, scale: 1 },
      { start: 38, scale: 1 },
    ]);
  });

  test('the page’s own reading wider than its base is kept clear of, with the gap (<ruby>東京<rt>とうきょう</rt></ruby>大学)', () => {
    // 東京 at 0–32 with the page's とうきょう (5 × 8 px) centred over it: 4 px past 東京 on each side.
    // 大学 at 32–64 with だいがく (4 × 8 px): centred it would start at 32, under the page's rt.
    const page = { start: -4, end: 36 };
    const [p] = placeOnLine([box(32, 64, 32)], 0, 1000, 4, [page]);
    expect(p!.start).toBeGreaterThanOrEqual(36 + 2 - 1e-9);
    expect(p!.start + 32 * p!.scale).toBeLessThanOrEqual(1000);
    // The page's reading after the base: ours ends before it.
    const [q] = placeOnLine([box(0, 32, 32)], -1000, 1000, 4, [{ start: 28, end: 68 }]);
    expect(q!.start + 32 * q!.scale).toBeLessThanOrEqual(28 - 2 + 1e-9);
    // Between two of the page's readings with room for none: scale 0, left out.
    expect(
      placeOnLine([box(32, 40, 16)], 0, 1000, 4, [
        { start: 0, end: 37 },
        { start: 35, end: 80 },
      ])[0]!.scale,
    ).toBe(0);
    // Squeezed between two of them under half its size: left out, not smeared; at 62 % it is drawn.
    expect(
      placeOnLine([box(40, 52, 32)], 0, 1000, 4, [
        { start: 0, end: 40 },
        { start: 54, end: 100 },
      ])[0]!.scale,
    ).toBe(0);
    expect(
      placeOnLine([box(40, 52, 32)], 0, 1000, 4, [
        { start: 0, end: 36 },
        { start: 60, end: 100 },
      ])[0]!.scale,
    ).toBeCloseTo(20 / 32);
    // The page's reading over this very base: the base has its reading, ours is left out.
    expect(placeOnLine([box(32, 64, 32)], 0, 1000, 4, [{ start: 28, end: 68 }])[0]!.scale).toBe(0);
    // Far from it, nothing changes.
    expect(placeOnLine([box(200, 232, 20)], 0, 1000, 4, [page])).toEqual([{ start: 206, scale: 1 }]);
  });

  test('any order in, placements by box; readings stay inside the line box (romaji)', () => {
    const boxes = [box(980, 996, 60), box(0, 16, 50)];
    const placed = placeOnLine(boxes, 0, 1000);
    expect(placed[0]!.start + 60 * placed[0]!.scale).toBeLessThanOrEqual(1000);
    expect(placed[1]!.start).toBeGreaterThanOrEqual(0);
  });
});

describe('lineNumbers', () => {
  test('boxes overlapping across lines share a line; a box of a bigger font on the same line too', () => {
    const lines = lineNumbers([
      { blockStart: 0, blockEnd: 20 },
      { blockStart: 2, blockEnd: 30 },
      { blockStart: 40, blockEnd: 60 },
      { blockStart: 41, blockEnd: 59 },
    ]);
    expect(lines).toEqual([0, 0, 1, 1]);
  });
});

describe('splitReading', () => {
  test('cut in proportion to the base characters on each line, joined back whole', () => {
    expect(splitReading('けいざい', [1, 1])).toEqual(['けい', 'ざい']);
    expect(splitReading('せいさい', [1])).toEqual(['せいさい']);
    const pieces = splitReading('とうきょうと', [2, 1]);
    expect(pieces.join('')).toBe('とうきょうと');
  });

  test('never a piece starting with a small kana or a long-vowel mark', () => {
    // 東京 across two lines: とう|きょう, not とうき|ょう.
    expect(splitReading('とうきょう', [1, 1])).toEqual(['とう', 'きょう']);
    expect(splitReading('ちゅうごく', [1, 1])).toEqual(['ちゅう', 'ごく']);
    expect(splitReading('らーめん', [1, 1])).toEqual(['らー', 'めん']);
  });
});
