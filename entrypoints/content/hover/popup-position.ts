/**
 * Where the popup goes: beside the word (below it, else above, else to a side), inside the
 * viewport, never over the word nor over the readings drawn above it; and where the pointer is
 * on its way from the word to the popup. Pure geometry, in viewport (client) coordinates.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** A height limit when no side has room for the whole popup (it then shows what fits). */
  maxHeight?: number;
  side: 'below' | 'above' | 'right' | 'left';
}

const MARGIN = 8;
const GAP = 6;
/**
 * Room kept over a word when the popup goes above it, as a share of the word's height: the
 * furigana drawn over the line (at most 80 % of the text's size, options page) stay visible.
 */
const READING_ROOM = 0.8;

/**
 * The least height (px) of a popup cut to fit below or above its word: with less, a side is
 * better, though a popup beside the word covers the rest of its line.
 */
const MIN_CUT_HEIGHT = 120;

/**
 * Where the popup goes for a word's box (client px) and the popup's size (px) in a viewport (px).
 * Below the word when it fits, else above it (clear of the readings over the word); else the
 * larger of below and above with a height limit (the popup scrolls), so the line being read stays
 * clear; only where that leaves under MIN_CUT_HEIGHT px, to the right or left. Never over the word.
 */
export function placePopup(box: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const { width, height } = size;
  const word = { ...box, top: box.top - (box.bottom - box.top) * READING_ROOM };
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - MARGIN - width));
  const clampY = (y: number) => Math.max(MARGIN, Math.min(y, viewport.height - MARGIN - height));
  const below = viewport.height - MARGIN - (word.bottom + GAP);
  const above = word.top - GAP - MARGIN;
  if (height <= below) return { left: clampX(word.left), top: word.bottom + GAP, side: 'below' };
  if (height <= above) return { left: clampX(word.left), top: word.top - GAP - height, side: 'above' };
  const right = viewport.width - MARGIN - (word.right + GAP);
  const left = word.left - GAP - MARGIN;
  if (Math.max(below, above) < MIN_CUT_HEIGHT) {
    if (width <= right) return { left: word.right + GAP, top: clampY(word.top), side: 'right' };
    if (width <= left) return { left: word.left - GAP - width, top: clampY(word.top), side: 'left' };
  }
  // The whole popup fits neither below nor above: the larger of the two, cut to fit.
  if (below >= above) return { left: clampX(word.left), top: word.bottom + GAP, maxHeight: Math.max(0, below), side: 'below' };
  const maxHeight = Math.max(0, above);
  return { left: clampX(word.left), top: word.top - GAP - maxHeight, maxHeight, side: 'above' };
}

/**
 * Whether the point (x, y) lies in the gap between the word's box and the popup's box, on the
 * pointer's way from the one to the other: between their facing edges, and across them no
 * further than the wider of the two. False when the boxes overlap or the point is in either.
 */
export function inGap(word: Box, popup: Box, x: number, y: number): boolean {
  const across = (lo: number, hi: number, v: number) => v >= lo && v <= hi;
  const spanX = across(Math.min(word.left, popup.left), Math.max(word.right, popup.right), x);
  const spanY = across(Math.min(word.top, popup.top), Math.max(word.bottom, popup.bottom), y);
  if (popup.top >= word.bottom) return spanX && y > word.bottom && y < popup.top;
  if (popup.bottom <= word.top) return spanX && y > popup.bottom && y < word.top;
  if (popup.left >= word.right) return spanY && x > word.right && x < popup.left;
  if (popup.right <= word.left) return spanY && x > popup.right && x < word.left;
  return false;
}

/** How far into the popup (px from its edge facing the word) a pointer coming from the word may first be seen. */
const ENTRY_DEPTH = 40;
/** The longest step (px between two looks at the pointer, one a frame) of a pointer making for the popup. */
const MAX_STEP = 64;

/**
 * Whether a pointer that moved from `from` to (x, y) has entered the popup from the word: (x, y)
 * inside the popup near its edge facing the word (within ENTRY_DEPTH px), reached by a short step
 * (MAX_STEP px). A pointer seen deeper in, or after a longer jump, is passing over the popup on its
 * way somewhere else (to a word under it).
 */
export function atEntry(word: Box, popup: Box, from: { x: number; y: number }, x: number, y: number): boolean {
  if (!inBox(popup, x, y) || Math.hypot(x - from.x, y - from.y) > MAX_STEP) return false;
  if (popup.top >= word.bottom) return y - popup.top <= ENTRY_DEPTH;
  if (popup.bottom <= word.top) return popup.bottom - y <= ENTRY_DEPTH;
  if (popup.left >= word.right) return x - popup.left <= ENTRY_DEPTH;
  if (popup.right <= word.left) return popup.right - x <= ENTRY_DEPTH;
  return false;
}

/** Whether (x, y) is inside the box (edges included). */
export function inBox(b: Box, x: number, y: number): boolean {
  return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
}

/** The box around a word's client rects (a word broken over two lines gives the box of both). */
export function boxOf(rects: ArrayLike<Box>): Box | null {
  if (rects.length === 0) return null;
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    box.left = Math.min(box.left, r.left);
    box.top = Math.min(box.top, r.top);
    box.right = Math.max(box.right, r.right);
    box.bottom = Math.max(box.bottom, r.bottom);
  }
  return box;
}
