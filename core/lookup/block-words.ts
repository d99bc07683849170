/**
 * Every word of a text at once, for the tab to answer hovers without a round trip: the engine
 * looks up the word at each token (as a hover there would), keeps each distinct word once,
 * and maps each token's span to its word. The tab then finds the word under the pointer in
 * the same event, so the popup is drawn in the frame the pointer moved in.
 */
import type { WordInfo } from './word-info';
import { wordInfoAt, type LookupSources, type TextAnalysis } from './word-at-point';
import { tokenEnd } from '../segmenter/token-helpers';

export interface BlockWords {
  /** Each distinct word of the text. */
  words: WordInfo[];
  /** Token spans (or spans of a token's parts) in text order: [start, end, index in `words`, or -1 where there is no word]. */
  spans: [number, number, number][];
  /** The name cards (ENAMDICT) were still loading: the words carry none yet (ask again `withNames`). */
  namesPending?: true;
}

export function blockWords(analysis: TextAnalysis, sources: LookupSources): BlockWords {
  const words: WordInfo[] = [];
  const index = new Map<string, number>();
  const spans: [number, number, number][] = [];
  for (const token of analysis.tokens) {
    const end = tokenEnd(token);
    // A token holds one word, or several where the dictionary explains its parts (いた事: いた, 事):
    // each part's span maps to its word.
    for (let start = token.start; start < end;) {
      const info = wordInfoAt(analysis, start, sources);
      let k = -1;
      if (info) {
        const key = `${info.start}:${info.end}`;
        const known = index.get(key);
        if (known !== undefined) k = known;
        else {
          k = words.length;
          words.push(info);
          index.set(key, k);
        }
      }
      const partEnd = info && info.start <= start && info.end > start && info.end < end ? info.end : end;
      spans.push([start, partEnd, k]);
      start = partEnd;
    }
  }
  return { words, spans };
}

/** The word at `offset` (null: no word there, such as punctuation). */
export function wordAtOffset(block: BlockWords, offset: number): WordInfo | null {
  const { spans } = block;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [start, end, k] = spans[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return k < 0 ? null : block.words[k]!;
  }
  return null;
}
