/**
 * What text lies under the pointer: the readable block and the offset in its text of the
 * character the pointer is on, as the reader sees the text (through our furigana: the base
 * text of a ruby counts, its reading does not; a pointer on a reading maps to its base).
 * Returns nothing when the pointer is over blank space, an input, our own UI or anything not
 * readable.
 */
import { blockOffsetOf } from '../block-ranges';
import { blockOf, collectReadableBlocks, isInsideSkipped, type TextBlock } from '../readable-blocks';

export interface TextAtPoint {
  block: TextBlock;
  /** Offset in `block.text` of the character under the point. */
  offset: number;
  /** The text node and offset in it (to tell quickly whether the pointer is still on the same word). */
  node: Text;
  nodeOffset: number;
}

interface Caret {
  node: Node;
  offset: number;
}

/** The caret position nearest a point (caretPositionFromPoint, or WebKit's caretRangeFromPoint). */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Our furigana reading element (rt) that holds a node, if any. */
function readingElementOf(node: Node): Element | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest('rt[data-yomu="rt"]') ?? null;
}

/** The base text of the ruby whose reading is `rt`, at the place matching `offset` in the reading. */
function baseOfReading(rt: Element, offset: number): Caret | null {
  const ruby = rt.parentElement;
  if (!ruby) return null;
  const bases = Array.from(ruby.childNodes).filter((n): n is Text => n.nodeType === Node.TEXT_NODE && (n as Text).data.length > 0);
  const base = bases[0];
  if (!base) return null;
  const readingLength = Math.max(1, rt.textContent?.length ?? 1);
  return { node: base, offset: Math.min(base.data.length - 1, Math.floor((offset / readingLength) * base.data.length)) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Whether the character of `node` at `index` is drawn where (x, y) is. */
function characterContains(doc: Document, node: Text, index: number, x: number, y: number): boolean {
  if (index < 0 || index >= node.data.length) return false;
  const range = doc.createRange();
  range.setStart(node, index);
  range.setEnd(node, Math.min(node.data.length, index + (isHighSurrogate(node.data.charCodeAt(index)) ? 2 : 1)));
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 0.5 && x <= r.right + 0.5 && y >= r.top - 0.5 && y <= r.bottom + 0.5) return true;
  }
  return false;
}

/** The index in `node` of the character under (x, y), near caret `offset`; -1 when the point is not on it. */
function characterUnder(doc: Document, node: Text, offset: number, x: number, y: number): number {
  // The caret is the boundary nearest the point: the character is the one after it or before it.
  if (characterContains(doc, node, offset, x, y)) return offset;
  if (characterContains(doc, node, offset - 1, x, y)) return offset - 1;
  if (offset >= 2 && isHighSurrogate(node.data.charCodeAt(offset - 2)) && characterContains(doc, node, offset - 2, x, y)) return offset - 2;
  return -1;
}

/** The readable block that holds a text node (recomputed: the page may have changed since). */
export function blockHolding(node: Text): TextBlock | null {
  if (isInsideSkipped(node, true)) return null;
  const element = blockOf(node);
  if (!element) return null;
  for (const block of collectReadableBlocks(element, { throughFurigana: true, allBlocks: true })) {
    if (block.nodes.includes(node)) return block;
  }
  return null;
}

/** The text position under (x, y) in the page's readable text, or null. */
export function textAtPoint(doc: Document, x: number, y: number): TextAtPoint | null {
  let caret = caretAt(doc, x, y);
  let onReading = caret ? readingElementOf(caret.node) : null;
  if (!onReading && caret && caret.node.nodeType === Node.TEXT_NODE) {
    const node = caret.node as Text;
    const index = characterUnder(doc, node, caret.offset, x, y);
    if (index >= 0) return withBlock(node, index);
  }
  // The pointer may be on a reading (rt) that the caret skipped (readings cannot be selected).
  if (!onReading) {
    const hit = doc.elementFromPoint(x, y);
    onReading = hit ? readingElementOf(hit) : null;
    if (onReading) caret = { node: onReading, offset: 0 };
  }
  if (onReading && caret) {
    const base = baseOfReading(onReading, caret.node.nodeType === Node.TEXT_NODE ? caret.offset : 0);
    if (base) return withBlock(base.node as Text, base.offset);
  }
  return null;
}

function withBlock(node: Text, index: number): TextAtPoint | null {
  const block = blockHolding(node);
  if (!block) return null;
  const offset = blockOffsetOf(block, node, index);
  return offset < 0 ? null : { block, offset, node, nodeOffset: index };
}
