/**
 * The part of a page block's text sent with a lookup: the whole block when it is short enough,
 * else a window around the pointer, cut at sentence ends where it can be so that the engine
 * segments whole sentences.
 */

/** The most characters a lookup request carries (the engine refuses more). */
export const MAX_LOOKUP_CHARS = 2000;

export interface LookupWindow {
  text: string;
  /** The pointer's offset in `text`. */
  offset: number;
  /** Where `text` starts in the block's text (add it to the answer's span). */
  base: number;
}

const SENTENCE_END = /[。！？!?\n]/;

export function lookupWindow(text: string, offset: number, max = MAX_LOOKUP_CHARS): LookupWindow {
  if (text.length <= max) return { text, offset, base: 0 };
  const half = max >> 1;
  let start = Math.max(0, Math.min(offset - half, text.length - max));
  let end = Math.min(text.length, start + max);
  // Prefer to start just after a sentence end in the first quarter, and end on one in the last.
  for (let i = start; i < Math.min(offset, start + (max >> 2)); i++) {
    if (SENTENCE_END.test(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  for (let i = end - 1; i > Math.max(offset, end - (max >> 2)); i--) {
    if (SENTENCE_END.test(text[i]!)) {
      end = i + 1;
      break;
    }
  }
  // Never cut a surrogate pair.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start++;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--;
  return { text: text.slice(start, end), offset: offset - start, base: start };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
