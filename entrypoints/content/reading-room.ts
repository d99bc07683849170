/**
 * Room for readings (jlreq: ruby needs the space between lines). A block whose line gap
 * (line-height − font-size) is smaller than its readings gets the attribute `data-yomu-room`,
 * which our adopted stylesheet gives a line-height tall enough. Never where that would hide
 * text: not under `line-clamp`, and taken back from a block whose clipping box (overflow hidden
 * or clip) overflows more after it than before. There the readings shrink to the gap or are not
 * drawn: the page's text never gives way. The attribute is the only thing we add to the page's
 * elements; removeAll() takes every one out.
 */
import { PageStyles } from './page-styles';
import type { GeometryReader } from './block-geometry';

export const ROOM_ATTRIBUTE = 'data-yomu-room';

/** The rule that makes room: line-height as a number (it scales with each line's own font). */
export function roomRules(rubySize: number): string {
  const lineHeight = (1.15 + rubySize / 100).toFixed(2);
  return `[${ROOM_ATTRIBUTE}] { line-height: ${lineHeight} !important; }`;
}

/** How far a box's content overflows it (px), in either direction. */
function overflowOf(box: Element): number {
  return Math.max(box.scrollHeight - box.clientHeight, box.scrollWidth - box.clientWidth);
}

export class ReadingRoom {
  /** Per block: true when it has room (given or its own), false when it must do without. */
  private decided = new WeakMap<Element, boolean>();
  private readonly given = new Set<Element>();
  private readonly sheets = new Map<Document | ShadowRoot, PageStyles>();

  constructor(private readonly rubySize: number) {}

  /** Whether the block's readings have their full size (undecided blocks: not yet). */
  roomy(element: Element): boolean {
    return this.decided.get(element) ?? false;
  }

  /**
   * Decides room for the blocks not decided yet, in two batched reads and two batched writes.
   * `firstTextParent` gives the element whose font the block's text is set in. Returns whether
   * any block got room (the page's layout then moved).
   */
  settle(elements: readonly Element[], reader: GeometryReader, firstTextParent: (el: Element) => Element | null): boolean {
    const candidates: { el: Element; clips: Element[]; before: number[] }[] = [];
    for (const el of elements) {
      if (this.decided.has(el)) continue;
      const needs = reader.roomNeeds(el, firstTextParent(el));
      if (needs.gap >= needs.wanted) this.decided.set(el, true);
      else if (needs.lineClamped) this.decided.set(el, false);
      else candidates.push({ el, clips: needs.hiddenClips, before: needs.hiddenClips.map(overflowOf) });
    }
    if (candidates.length === 0) return false;
    for (const { el } of candidates) {
      this.sheetFor(el);
      el.setAttribute(ROOM_ATTRIBUTE, '');
      this.given.add(el);
    }
    const takenBack: Element[] = [];
    for (const { el, clips, before } of candidates) {
      const grew = clips.some((c, i) => overflowOf(c) > before[i]! + 0.5);
      this.decided.set(el, !grew);
      if (grew) takenBack.push(el);
    }
    for (const el of takenBack) {
      el.removeAttribute(ROOM_ATTRIBUTE);
      this.given.delete(el);
    }
    return takenBack.length < candidates.length;
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
