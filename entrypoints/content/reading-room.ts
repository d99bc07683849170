/**
 * Room for readings (jlreq: ruby needs the space between lines). A block whose line gap
 * (line-height − font-size) is smaller than its readings gets the attribute `data-yomu-room`,
 * which our adopted stylesheet gives a line-height tall enough. Never where that would hide
 * text: not under `line-clamp`, and taken back from a block where a box that hides what overflows
 * it (overflow hidden or clip in some direction, paint containment, a clip-path: block-geometry's
 * `HidingBox`, the block itself included) keeps more of it out of sight after than before: more
 * overflow past its end, or the block's own box further past its edges (text a column pushes
 * up). There the readings shrink to the gap or are not drawn: the page's text never gives way.
 * The attribute is the only thing we add to the page's elements; removeAll() takes every one out,
 * and a copy of the page's text never carries it (liftForCopy).
 *
 * Paced with the annotator's slices: a slice reads (read()), then writes (write()). A block given
 * room inside boxes that hide is checked in the same write(), before the browser paints: one
 * layout for all such blocks of the slice, so that room taken back is never seen (a fixed-height
 * card's heading would otherwise jump for a frame). A block with no such box cannot hide text and
 * needs no check.
 */
import { PageStyles } from './page-styles';
import type { GeometryReader, HidingBox } from './block-geometry';
import { zoomOf } from './css-zoom';

export const ROOM_ATTRIBUTE = 'data-yomu-room';

/** The rule that makes room: line-height as a number (it scales with each line's own font). */
export function roomRules(rubySize: number): string {
  // The em box, the readings over it and a clear gap to the line above: 1.85 at the default 55 %.
  const lineHeight = (1.3 + rubySize / 100).toFixed(2);
  return `[${ROOM_ATTRIBUTE}] { line-height: ${lineHeight} !important; }`;
}

/**
 * How much of what `block` holds a hiding box keeps out of sight (px, summed over the directions it
 * hides): how far its content overflows its end (scrollWidth, scrollHeight), and how far the block's
 * own box reaches past its padding box on either side (content pushed up or left, as a column
 * that ends its text at its bottom does, is not in the scroll size).
 */
function hiddenBy({ box, x, y }: HidingBox, block: Element): number {
  const b = block.getBoundingClientRect();
  const r = box.getBoundingClientRect();
  // The box's client and scroll sizes are its own px: times its zoom, the viewport's as the rects (css-zoom.ts).
  const z = zoomOf(box);
  const left = r.left + box.clientLeft * z;
  const top = r.top + box.clientTop * z;
  const width = box.clientWidth * z;
  const height = box.clientHeight * z;
  let hidden = 0;
  if (x) hidden += box.scrollWidth * z - width + Math.max(0, left - b.left) + Math.max(0, b.right - (left + width));
  if (y) hidden += box.scrollHeight * z - height + Math.max(0, top - b.top) + Math.max(0, b.bottom - (top + height));
  return hidden;
}

/** Where a block stands with its room, as read in a slice's read phase. */
export type RoomState =
  /** Its room is decided and in place: its readings may be measured now. */
  | 'ready'
  /** Room is to be written (or taken back) in this slice's write phase: measure it in a later slice. */
  | 'changing';

export class ReadingRoom {
  /** Per block: true when it has room (given or its own), false when it must do without. */
  private decided = new WeakMap<Element, boolean>();
  private readonly given = new Set<Element>();
  private readonly sheets = new Map<Document | ShadowRoot, PageStyles>();
  /** To be given room in this slice's write phase: the boxes that hide, and how much of the block's they hid before. */
  private readonly unchecked = new Map<Element, { hiding: HidingBox[]; before: number[] }>();
  /** Writes waiting for the write phase. */
  private toGive: Element[] = [];

  constructor(private rubySize: number) {}

  /**
   * The readings' size changed (percent of the text): the rule giving room changes in place; the
   * blocks keep their attribute, so the lines move only by the difference in room.
   */
  resize(rubySize: number): void {
    if (rubySize === this.rubySize) return;
    this.rubySize = rubySize;
    for (const sheet of this.sheets.values()) sheet.replace(roomRules(rubySize));
    // Blocks that could do without room at the old size may need it now (and the other way).
    this.decided = new WeakMap();
    for (const el of this.given) this.decided.set(el, true);
  }

  /** Whether the block's readings have their full size (undecided blocks: not yet). */
  roomy(element: Element): boolean {
    return this.decided.get(element) ?? false;
  }

  /**
   * Read phase: decides what the block needs (computed style, and for a block that may need
   * room how much of it the boxes that hide keep out of sight now). Writes nothing: what is to
   * change waits for write(). `firstTextParent` is the element whose
   * font the block's text is set in.
   */
  read(el: Element, reader: GeometryReader, firstTextParent: Element | null): RoomState {
    if (this.decided.has(el)) return 'ready';
    if (this.toGive.includes(el)) return 'changing';
    const needs = reader.roomNeeds(el, firstTextParent);
    if (needs.gap >= needs.wanted) this.decided.set(el, true);
    else if (needs.lineClamped) this.decided.set(el, false);
    else {
      this.unchecked.set(el, { hiding: needs.hiding, before: needs.hiding.map((h) => hiddenBy(h, el)) });
      this.toGive.push(el);
      return 'changing';
    }
    return 'ready';
  }

  /**
   * Write phase: gives the room decided in the read phase, then checks the blocks inside boxes that
   * hide (one layout for all of them) and takes it back where such a box hides more of the block
   * than before, all before the browser paints. Returns whether the page's lines changed (blocks drawn
   * before may have moved).
   */
  write(): boolean {
    let changed = false;
    const toCheck: Element[] = [];
    for (const el of this.toGive) {
      const check = this.unchecked.get(el);
      if (!el.isConnected || !check) {
        this.unchecked.delete(el);
        continue;
      }
      this.sheetFor(el);
      el.setAttribute(ROOM_ATTRIBUTE, '');
      this.given.add(el);
      if (check.hiding.length > 0) toCheck.push(el);
      else {
        this.unchecked.delete(el);
        this.decided.set(el, true);
        changed = true;
      }
    }
    // Reading the hiding boxes lays the page out once with every room given; nothing is
    // painted between giving and taking back.
    const grown = toCheck.filter((el) => {
      const check = this.unchecked.get(el)!;
      this.unchecked.delete(el);
      const grew = check.hiding.some((h, i) => hiddenBy(h, el) > check.before[i]! + 0.5);
      this.decided.set(el, !grew);
      if (!grew) changed = true;
      return grew;
    });
    for (const el of grown) {
      el.removeAttribute(ROOM_ATTRIBUTE);
      this.given.delete(el);
    }
    this.toGive = [];
    return changed;
  }

  /** Forgets a block's decision (its style may have changed); its room stays until decided again. */
  forget(element: Element): void {
    if (!this.given.has(element)) this.decided.delete(element);
  }

  /** Takes every data-yomu-room out and the stylesheets with them. */
  removeAll(): void {
    for (const el of this.given) el.removeAttribute(ROOM_ATTRIBUTE);
    this.given.clear();
    for (const sheet of this.sheets.values()) sheet.remove();
    this.sheets.clear();
    this.decided = new WeakMap();
    this.unchecked.clear();
    this.toGive = [];
  }

  /**
   * While the browser copies a selection: the attribute is taken off the blocks the selection
   * touches, so that the rich text copied (text/html) carries neither it nor the line-height it
   * gives (Chromium writes computed styles inline). The browser serialises the selection after
   * the copy event's listeners, in the same task; the returned function puts the attribute back
   * (call it in the next animation frame: before the browser lays out and paints again).
   */
  liftForCopy(selection: Selection): () => void {
    const lifted: Element[] = [];
    if (selection.rangeCount === 0 || selection.isCollapsed) return () => {};
    for (const el of this.given) {
      if (!selection.containsNode(el, true)) continue;
      el.removeAttribute(ROOM_ATTRIBUTE);
      lifted.push(el);
    }
    return () => {
      for (const el of lifted.splice(0)) if (this.given.has(el) && el.isConnected) el.setAttribute(ROOM_ATTRIBUTE, '');
    };
  }

  /** Puts the room's rule back in any tree whose page dropped it since (see PageStyles.install). */
  keepRules(): void {
    for (const sheet of this.sheets.values()) sheet.install();
  }

  /** The rule is adopted by the tree the block is in (the document, or its shadow root). */
  private sheetFor(el: Element): void {
    const root = el.getRootNode() as Document | ShadowRoot;
    if (this.sheets.has(root)) return;
    const sheet = new PageStyles(root, roomRules(this.rubySize), 'furigana-room');
    sheet.install();
    this.sheets.set(root, sheet);
  }
}
