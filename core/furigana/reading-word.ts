/**
 * A word as the reading layer's passes find it: a run of kuromoji's tokens read as one, with the
 * reading to show and the others it considered.
 */
import type { Token } from '../segmenter/token';

/** A stretch of tokens read as one word. */
export interface Word {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  /** Reading in hiragana ('' for none). */
  reading: string;
  alternatives?: string[];
  /** The reading stands over the whole surface, digits included, never split (1日 ついたち). */
  whole?: boolean;
  /** The reading is a guess from the kanji's own readings (KANJIDIC2), not a word's. */
  uncertain?: boolean;
}

/** The longest run of tokens a glossary term or dictionary word is looked up over. */
export const MAX_SPAN = 5;

export function isNumberToken(t: Token): boolean {
  return t.pos === '名詞' && t.pos1 === '数';
}

/** The surfaces of tokens from..to (exclusive) joined. */
export function joinSurfaces(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += tokens[k]!.surface;
  return s;
}
