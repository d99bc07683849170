/**
 * Where the popup goes: beside the word (across the lines, else before the word on its line),
 * inside the viewport (a small frame's too), never over the word, the readings drawn with it or
 * the words after it on its line; and where the pointer is on its way from the word to the popup.
 * Pure geometry, in viewport (client) coordinates.
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
  /** A width limit when the popup is narrowed to fit beside its word (its text wraps; it is then taller). */
  maxWidth?: number;
  /** A height limit when no side has room for the whole popup (it then shows what fits and scrolls). */
  maxHeight?: number;
  side: Side;
  /**
   * Set when no place inside the viewport is readable (placePopup's step 5: a frame about one line
   * tall): the popup shows a sliver of itself at best, and a frame's popup is drawn in the top
   * page instead where it can be (frame-popup.ts).
   */
  unreadable?: true;
}

export type Side = 'below' | 'above' | 'right' | 'left';

/** The direction the page's lines run in: rows (horizontal-tb) or columns (vertical-rl, vertical-lr). */
export type WritingMode = 'horizontal' | 'vertical';

/**
 * The popup's natural size (px), and, when it can be narrowed, its height at a narrower width
 * (its text wrapped: px in, px out; the caller measures it).
 */
export interface PopupSize {
  width: number;
  height: number;
  heightAt?: (width: number) => number;
  /**
   * The least height (px) at a width (px) that shows the popup's header (the word's line) and
   * the first line of what it means, in the layout it is shown in (the caller measures it from
   * the popup's fonts). Absent: any place showing some of it counts as readable.
   */
  readableAt?: (width: number) => number;
}

/** Space kept between the popup and the viewport's edges (px). */
export const MARGIN = 8;
const GAP = 6;
/**
 * The viewport's margin and the gap to the word (px) where the usual ones leave no readable
 * place: a short frame's last pixels are worth more than the air around the popup.
 */
const TIGHT_MARGIN = 2;
/**
 * Room kept beside a word for the furigana drawn with it, as a share of the line's thickness
 * (readings are at most 80 % of the text's size, options page): over the word in rows, to its
 * right in columns (jlreq: ruby sits over a horizontal line, to the right of a vertical one).
 */
const READING_ROOM = 0.8;

/**
 * The least height (px) of a popup cut to fit in the lines' direction (below or above a row, the
 * popup's height being what is cut): with less, the popup before the word on its line may show more.
 */
const MIN_CUT_HEIGHT = 120;

/** The least width (px) of a popup narrowed to fit beside a word; narrower, its text would wrap a word a line. */
const MIN_WIDTH = 160;

/**
 * The sides the popup may take, for a writing mode: the two across the lines first (below then
 * above a row; left, where vertical-rl's next line is, then right of a column), then the one
 * before the word on its own line (left of it in a row, above it in a column: text already read).
 * Never the side after the word on its line (right of it in a row, below it in a column): the
 * words the reader reads next stay visible and hoverable, and a pointer moving on along the line
 * never meets the popup.
 */
const SIDES: Record<WritingMode, { across: readonly Side[]; before: Side }> = {
  horizontal: { across: ['below', 'above'], before: 'left' },
  vertical: { across: ['left', 'right'], before: 'above' },
};

interface Candidate extends Omit<Placement, 'unreadable'> {
  /** The popup's shown width and height (px) at this place. */
  shownWidth: number;
  shownHeight: number;
  /** The whole popup shows, uncut. */
  whole: boolean;
}

/**
 * Where the popup goes for a word's box (client px), the popup's size (px, PopupSize) and the
 * viewport (px, a frame's own when the page is in a frame), for rows or columns of text.
 *
 * The word's line is never covered from the word on: the word, the readings drawn with it
 * (READING_ROOM, but see below) and the words after it on its line stay visible and hoverable.
 * A place is readable when it shows the whole popup or at least its header and the first line
 * of its meaning (PopupSize.readableAt, at the width shown there). In order:
 * 1. the first side across the lines (SIDES) where the whole popup fits;
 * 2. else, in rows, the larger of below and above cut to its height (the popup scrolls) when
 *    that leaves MIN_CUT_HEIGHT px and is readable;
 * 3. else the readable place showing the most of the popup (width × height shown): the sides
 *    across the lines cut to fit, or the side before the word on its line (the text already
 *    read), the popup narrowed to the room there (not under MIN_WIDTH px) and cut to the viewport;
 * 4. else the same again with no room kept for the readings over (rows) or beside (columns) the
 *    word: the popup covers them (it gives the word's reading itself); else with TIGHT_MARGIN px
 *    from the viewport's edges and the word instead of MARGIN and GAP.
 * 5. Else no place inside the viewport off the word's line is readable (a frame hardly taller
 *    than a line or two, the word on its first line): the least bad place is the one showing the
 *    most of the popup, the readings covered, possibly only its header or a sliver of it, scrolling
 *    (possibly nothing: a viewport hardly larger than the word). It still never covers the word or
 *    the words after it: a popup over them would take the pointer moving on along the line.
 *    The placement says so (`unreadable`).
 * Always inside the viewport, MARGIN px from its edges, GAP px from the word (TIGHT_MARGIN in 4).
 */
export function placePopup(
  box: Box,
  size: PopupSize,
  viewport: { width: number; height: number },
  writing: WritingMode = 'horizontal',
): Placement {
  const best: Candidate & { unreadable?: true } = placeBeside(box, size, viewport, writing, READING_ROOM, MARGIN, GAP, true) ??
    placeBeside(box, size, viewport, writing, 0, MARGIN, GAP, true) ??
    placeBeside(box, size, viewport, writing, 0, TIGHT_MARGIN, TIGHT_MARGIN, true) ?? {
      ...placeBeside(box, size, viewport, writing, 0, MARGIN, GAP, false)!,
      unreadable: true as const,
    };
  const { left, top, side, maxWidth, maxHeight, unreadable } = best;
  return {
    left,
    top,
    side,
    ...(maxWidth !== undefined ? { maxWidth } : {}),
    ...(maxHeight !== undefined ? { maxHeight } : {}),
    ...(unreadable ? { unreadable } : {}),
  };
}

/**
 * placePopup's places for a room kept for the readings (a share of the line's thickness): only
 * readable ones when `readableOnly` (null when there is none), else the one showing the most.
 */
function placeBeside(
  box: Box,
  size: PopupSize,
  viewport: { width: number; height: number },
  writing: WritingMode,
  readingRoom: number,
  margin: number,
  gap: number,
  readableOnly: boolean,
): Candidate | null {
  const vertical = writing === 'vertical';
  const word = vertical
    ? { ...box, right: box.right + (box.right - box.left) * readingRoom }
    : { ...box, top: box.top - (box.bottom - box.top) * readingRoom };
  const area = { left: margin, top: margin, right: viewport.width - margin, bottom: viewport.height - margin };
  const rooms: Record<Side, Box> = {
    below: { ...area, top: word.bottom + gap },
    above: { ...area, bottom: word.top - gap },
    right: { ...area, left: word.right + gap },
    left: { ...area, right: word.left - gap },
  };
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

  /** The popup in one side's room: narrowed to its width, cut to its height; null when there is no room. */
  const fit = (side: Side): Candidate | null => {
    const room = rooms[side];
    const roomWidth = room.right - room.left;
    const roomHeight = room.bottom - room.top;
    if (roomWidth <= 0 || roomHeight <= 0) return null;
    const width = Math.min(size.width, roomWidth);
    const narrowed = width < size.width;
    const height = narrowed ? (size.heightAt?.(width) ?? size.height) : size.height;
    const shownHeight = Math.min(height, roomHeight);
    const left = side === 'left' ? room.right - width : side === 'right' ? room.left : clamp(word.left, room.left, room.right - width);
    const top =
      side === 'above' ? room.bottom - shownHeight : side === 'below' ? room.top : clamp(word.top, room.top, room.bottom - shownHeight);
    return {
      left,
      top,
      side,
      ...(narrowed ? { maxWidth: width } : {}),
      ...(shownHeight < height ? { maxHeight: shownHeight } : {}),
      shownWidth: width,
      shownHeight,
      whole: !narrowed && shownHeight >= height,
    };
  };

  /** Shows the whole popup, or its header and a line of its meaning, not narrowed under MIN_WIDTH. */
  const readable = (c: Candidate) =>
    c.whole || (c.shownWidth >= Math.min(size.width, MIN_WIDTH) && c.shownHeight >= (size.readableAt?.(c.shownWidth) ?? 1));
  const { across, before } = SIDES[writing];
  const acrossFits = across.map(fit);
  const whole = acrossFits.find((c) => c?.whole);
  if (whole) return whole;
  const shown = (c: Candidate) => c.shownWidth * c.shownHeight;
  if (!vertical) {
    const cut = acrossFits.filter((c): c is Candidate => !!c && c.maxWidth === undefined).sort((a, b) => b.shownHeight - a.shownHeight)[0];
    if (cut && cut.shownHeight >= MIN_CUT_HEIGHT && readable(cut)) return cut;
  }
  const beside = fit(before);
  const candidates = [...acrossFits, beside && beside.shownWidth >= Math.min(MIN_WIDTH, size.width) ? beside : null].filter(
    (c): c is Candidate => !!c && (!readableOnly || readable(c)),
  );
  const best = candidates.sort((a, b) => shown(b) - shown(a))[0];
  if (best) return best;
  if (readableOnly) return null;
  // No room at all off the word's line: the larger side across it, cut to what is left.
  const [first, second] = across as [Side, Side];
  const roomOf = (side: Side) => (vertical ? rooms[side].right - rooms[side].left : rooms[side].bottom - rooms[side].top);
  const side = roomOf(first) >= roomOf(second) ? first : second;
  const room = rooms[side];
  const extent = Math.max(0, roomOf(side));
  return vertical
    ? {
        left: side === 'left' ? margin : Math.min(room.left, area.right),
        top: margin,
        maxWidth: extent,
        side,
        shownWidth: extent,
        shownHeight: 0,
        whole: false,
      }
    : {
        left: clamp(word.left, margin, area.right - size.width),
        top: side === 'below' ? Math.min(room.top, area.bottom) : margin,
        maxHeight: extent,
        side,
        shownWidth: size.width,
        shownHeight: extent,
        whole: false,
      };
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

/**
 * The boxes of a word's lines: its client rects grouped by the line they lie on (rows: rects
 * overlapping in height; columns: in width), each group's box, in the order the word's rects come
 * (its first line first). One box for a word on one line; two for a word broken over two lines.
 */
export function lineBoxesOf(rects: ArrayLike<Box>, writing: WritingMode = 'horizontal'): Box[] {
  const lines: Box[] = [];
  const vertical = writing === 'vertical';
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    const line = lines.find((l) => (vertical ? r.left < l.right && l.left < r.right : r.top < l.bottom && l.top < r.bottom));
    if (!line) {
      lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      continue;
    }
    line.left = Math.min(line.left, r.left);
    line.top = Math.min(line.top, r.top);
    line.right = Math.max(line.right, r.right);
    line.bottom = Math.max(line.bottom, r.bottom);
  }
  return lines;
}
