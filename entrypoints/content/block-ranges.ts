/**
 * Between offsets in a block's text and places in the DOM: a Range for a span of the text (to
 * highlight or scroll to it), and the text offset of a DOM position (what lies under the pointer).
 */
import type { TextBlock } from './readable-blocks';

/** Index of the node that holds text offset `offset` (the last node starting at or before it). */
function nodeIndexAt(block: TextBlock, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM Range over [start, end) of the block's text; it may span several text nodes. */
export function rangeForSpan(block: TextBlock, start: number, end: number): Range {
  const range = block.element.ownerDocument.createRange();
  const a = nodeIndexAt(block, start);
  const b = nodeIndexAt(block, Math.max(start, end - 1));
  range.setStart(block.nodes[a]!, start - block.starts[a]!);
  range.setEnd(block.nodes[b]!, end - block.starts[b]!);
  return range;
}

/** The offset in the block's text of a position inside one of its text nodes, or -1. */
export function blockOffsetOf(block: TextBlock, node: Node, offsetInNode: number): number {
  const i = block.nodes.indexOf(node as Text);
  return i < 0 ? -1 : block.starts[i]! + offsetInNode;
}
