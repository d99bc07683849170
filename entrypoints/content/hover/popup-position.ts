/**
 * Where the popup goes: beside the word (below it, else above, else to a side), inside the
 * viewport, never over the word. Pure geometry, in viewport (client) coordinates.
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

export function placePopup(word: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const { width, height } = size;
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - MARGIN - width));
  const clampY = (y: number) => Math.max(MARGIN, Math.min(y, viewport.height - MARGIN - height));
  const below = viewport.height - MARGIN - (word.bottom + GAP);
  const above = word.top - GAP - MARGIN;
  if (height <= below) return { left: clampX(word.left), top: word.bottom + GAP, side: 'below' };
  if (height <= above) return { left: clampX(word.left), top: word.top - GAP - height, side: 'above' };
  const right = viewport.width - MARGIN - (word.right + GAP);
  const left = word.left - GAP - MARGIN;
  if (width <= right) return { left: word.right + GAP, top: clampY(word.top), side: 'right' };
  if (width <= left) return { left: word.left - GAP - width, top: clampY(word.top), side: 'left' };
  // Nowhere fits the whole popup: the larger of below and above, cut to fit.
  if (below >= above) return { left: clampX(word.left), top: word.bottom + GAP, maxHeight: Math.max(0, below), side: 'below' };
  const maxHeight = Math.max(0, above);
  return { left: clampX(word.left), top: word.top - GAP - maxHeight, maxHeight, side: 'above' };
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
