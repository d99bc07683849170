/**
 * Where each reading goes, as jlreq sets ruby (Requirements for Japanese Text Layout §3.3):
 * centred over its base; a reading wider than its base overhangs the kana beside it rather than
 * spreading the base (the page's text never moves); two readings on one line never overlap,
 * nor touch: a clear gap is kept between them, so that where one word's reading ends is seen
 * (a reading that has no room is condensed, scaleX); a reading stays inside its block's line
 * box (romaji). Pure geometry in CSS pixels: no DOM, so it is tested in Node.
 *
 * Axes are named for both writing modes: "inline" runs along the line (x in horizontal text,
 * y in vertical-rl), "block" across lines (y, or x).
 */

/** A run of base text on one line and the reading to draw over it. */
export interface BaseBox {
  /** Inline extent of the base text (px). */
  start: number;
  end: number;
  /** Block extent of the base text's box (px; top/bottom, or left/right in vertical text). */
  blockStart: number;
  blockEnd: number;
  /** Inline size of the reading at its font size, unscaled (px). */
  readingSize: number;
}

/** Where a reading is drawn: its inline start, and the condensing applied to it (1: none). */
export interface Placement {
  start: number;
  scale: number;
}

/**
 * Line numbers of boxes (their index in the returned array, by box): boxes whose block extents
 * overlap by at least half the smaller of them share a line. Lines are numbered in order of
 * their first box.
 */
export function lineNumbers(boxes: readonly Pick<BaseBox, 'blockStart' | 'blockEnd'>[]): number[] {
  const lines: { start: number; end: number }[] = [];
  return boxes.map((box) => {
    const size = box.blockEnd - box.blockStart;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!;
      const overlap = Math.min(line.end, box.blockEnd) - Math.max(line.start, box.blockStart);
      if (overlap >= Math.min(size, line.end - line.start) / 2) {
        line.start = Math.min(line.start, box.blockStart);
        line.end = Math.max(line.end, box.blockEnd);
        return i;
      }
    }
    lines.push({ start: box.blockStart, end: box.blockEnd });
    return lines.length - 1;
  });
}

/** The least a reading is condensed to beside the page's own readings; narrower, it is left out. */
const MIN_SCALE_BESIDE_PAGE_RUBY = 0.5;

/** An inline extent on a line (px): a reading the page draws itself. */
export interface InlineExtent {
  start: number;
  end: number;
}

/**
 * Placements for the readings of boxes on one line (any order), inside the line box
 * [limitStart, limitEnd]. Readings the page draws itself on the line (`fixed`: its own rt) are
 * kept clear of like another reading, with the same gap; a reading left no room at all, squeezed
 * by them under half its size, or under one of the page's own (centred over its base), gets
 * scale 0: the caller leaves it out. Each reading may use the inline space from halfway to the previous
 * base to halfway to the next (or the line box's edge), less half of `gap` (px, the clear space
 * kept between two readings) on each side that faces another base: centred over its base where
 * it fits, moved inward where it would leave that space, condensed to it where it is wider.
 */
export function placeOnLine(
  boxes: readonly BaseBox[],
  limitStart: number,
  limitEnd: number,
  gap = 0,
  fixed: readonly InlineExtent[] = [],
): Placement[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.start - boxes[b]!.start);
  const placements = new Array<Placement>(boxes.length);
  const half = gap / 2;
  order.forEach((index, k) => {
    const box = boxes[index]!;
    const previous = k > 0 ? boxes[order[k - 1]!]! : undefined;
    const next = k + 1 < order.length ? boxes[order[k + 1]!]! : undefined;
    let lo = previous ? Math.min(box.start, (previous.end + box.start) / 2) + half : Math.min(box.start, limitStart);
    let hi = next ? Math.max(box.end, (box.end + next.start) / 2) - half : Math.max(box.end, limitEnd);
    // Where the gap would leave a reading less than half its base (overlapping bases, a base of a
    // few pixels), the reading keeps its base's width and the gap gives way.
    if (hi - lo < (box.end - box.start) / 2) {
      lo = Math.min(box.start, lo);
      hi = Math.max(box.end, hi);
    }
    // The page's own readings on the line (its rt, wider than its base) stay where they are: ours keeps clear of them.
    const free = hi - lo;
    for (const other of fixed) {
      if (other.end <= lo - half || other.start >= hi + half) continue;
      // The page's reading stands over this base itself: the base has its reading, ours is left out.
      const middle = (other.start + other.end) / 2;
      if (middle > box.start && middle < box.end) {
        lo = hi;
        break;
      }
      if ((other.start + other.end) / 2 <= (box.start + box.end) / 2) lo = Math.max(lo, other.end + half);
      else hi = Math.min(hi, other.start - half);
    }
    // Squeezed by the page's readings past legibility (under MIN_SCALE_BESIDE_PAGE_RUBY of its
    // size, where it had more before them): none rather than a smear.
    if (hi <= lo || (hi - lo < free && hi - lo < box.readingSize * MIN_SCALE_BESIDE_PAGE_RUBY)) {
      placements[index] = { start: lo, scale: 0 };
      return;
    }
    const size = box.readingSize;
    if (size <= hi - lo) {
      const centred = (box.start + box.end) / 2 - size / 2;
      placements[index] = { start: Math.min(Math.max(centred, lo), hi - size), scale: 1 };
    } else {
      placements[index] = { start: lo, scale: size > 0 ? (hi - lo) / size : 1 };
    }
  });
  return placements;
}

/** Kana that never begin a piece of a reading cut across lines: small kana, ー, ん. */
const NO_START = new Set('ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶーんン'.split(''));

/**
 * A reading cut into pieces for the parts of its base on successive lines, in proportion to
 * the base characters on each (`counts`); never cutting before a small kana or ー. Romaji and
 * other scripts are cut by character in the same proportion. Every piece but a trailing one
 * of a very short reading is non-empty; the pieces join to the reading.
 */
export function splitReading(reading: string, counts: readonly number[]): string[] {
  const chars = Array.from(reading);
  const total = counts.reduce((a, b) => a + b, 0);
  if (counts.length <= 1 || total === 0) return [reading];
  const pieces: string[] = [];
  let at = 0;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    if (i === counts.length - 1) {
      pieces.push(chars.slice(at).join(''));
      break;
    }
    seen += counts[i]!;
    let cut = Math.min(chars.length, Math.max(at + 1, Math.round((chars.length * seen) / total)));
    // A cut before a small kana moves back (とう|きょう), or forward where it cannot.
    let back = cut;
    while (back > at + 1 && back < chars.length && NO_START.has(chars[back]!)) back--;
    if (back < chars.length && NO_START.has(chars[back]!)) {
      while (cut < chars.length && NO_START.has(chars[cut]!)) cut++;
    } else cut = back;
    pieces.push(chars.slice(at, cut).join(''));
    at = cut;
  }
  return pieces;
}
