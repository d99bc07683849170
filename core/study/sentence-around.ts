/**
 * The sentence a word was found in: the text of its block cut at the sentence ends around the
 * word (。！？!? and line breaks; a closing bracket or quote after 。 stays with its sentence),
 * trimmed, with the word's span in it. Used when the reader saves a word.
 */
const SENTENCE_END = /[。！？!?\n]/;
const CLOSING = /[」』）)】〕"'”’]/;
/** Longest sentence kept; a block without sentence ends is cut around the word. */
export const MAX_SENTENCE_CHARS = 300;

/**
 * @param text the block's text
 * @param start the word's start in `text`, @param end its end (UTF-16 offsets, start < end)
 * @returns the sentence and the word's span in it
 */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) {
    // A closing bracket right after a sentence end belongs to that sentence.
    if (CLOSING.test(text[from - 1]!) && from > 1 && SENTENCE_END.test(text[from - 2]!)) break;
    from--;
  }
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '')) to++;
  if (to > end && SENTENCE_END.test(text[to - 1] ?? '')) while (to < text.length && CLOSING.test(text[to]!)) to++;
  if (to - from > MAX_SENTENCE_CHARS) {
    from = Math.max(from, start - MAX_SENTENCE_CHARS / 2);
    to = Math.min(to, end + MAX_SENTENCE_CHARS / 2);
  }
  let slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  slice = slice.trim().replace(/\n$/, '');
  return { text: slice, start: start - from - lead, end: end - from - lead };
}
