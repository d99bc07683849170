/**
 * What text lies under the pointer: the line a reader reads there (text-scanner.ts) and the
 * offset in it of the character the pointer is on (hit-test.ts), from text nodes, a form
 * field's value (its placeholder while empty), an image's alt text or a title. A pointer on white space just before a word
 * is on that word. The line last scanned is kept while the page leaves it as it was, so that a
 * pointer moving along a line costs a hit test and no walk.
 */
import { fieldOffsetAt, fieldRects, fieldText } from './form-field-text';
import { hitTest } from './hit-test';
import { scanLineAround, scanStandalone, type ScannedText } from './text-scanner';

export type { ScannedText };

export interface TextAtPoint {
  block: ScannedText;
  /** Offset in `block.text` of the character under the point. */
  offset: number;
}

/** Most white space skipped forward to the word after it. */
const MAX_LEADING_SPACE = 8;

let last: ScannedText | undefined;

/** Whether a scanned line still reads as the page has it (its nodes in place, unchanged). */
function stillValid(scanned: ScannedText): boolean {
  if (!scanned.element.isConnected) return false;
  for (const p of scanned.sequence.pieces) {
    if (!p.source.isConnected) return false;
    if (p.source.nodeType === Node.TEXT_NODE && (p.source as Text).data !== p.text) return false;
  }
  return true;
}

function lineHolding(node: Text): ScannedText | null {
  if (last && stillValid(last) && last.offsetOf(node, 0) >= 0) return last;
  const scanned = scanLineAround(node);
  if (scanned) last = scanned;
  return scanned;
}

/** The text position under (x, y), or null. */
export function textAtPoint(doc: Document, x: number, y: number): TextAtPoint | null {
  const hit = hitTest(doc, x, y);
  if (!hit) return null;
  let block: ScannedText | null;
  let offset: number;
  if (hit.kind === 'text') {
    block = lineHolding(hit.node);
    offset = block ? block.offsetOf(hit.node, hit.offset) : -1;
  } else if (hit.kind === 'field') {
    const field = hit.field;
    offset = fieldOffsetAt(field, x, y);
    block = scanStandalone(field, fieldText(field), (start, end) => fieldRects(field, start, end));
  } else {
    block = scanStandalone(hit.element, hit.text);
    offset = 0;
  }
  if (!block || offset < 0 || offset >= block.text.length) return null;
  // White space before a word: the word.
  for (let k = 0; k < MAX_LEADING_SPACE && /\s/.test(block.text[offset]!); k++) {
    if (offset + 1 >= block.text.length) return null;
    offset++;
  }
  if (/\s/.test(block.text[offset]!)) return null;
  return { block, offset };
}
