/**
 * Tests on kuromoji's tokens that the reading passes share: where a token ends, whether two touch,
 * whether a token is punctuation. One place for each.
 */
import type { Token } from './token';

/** Offset one past the token's last code unit in the analysed text. */
export function tokenEnd(t: Token): number {
  return t.start + t.surface.length;
}

/** Whether token b starts where token a ends (no space or other text between them). */
export function touches(a: Token, b: Token): boolean {
  return tokenEnd(a) === b.start;
}

const PUNCTUATION = /^[、。，．,.!！?？「」『』（）()\s]+$/;

/**
 * Whether there is no token (`undefined`: the text's start or end) or only a symbol or
 * punctuation: kuromoji tags an ASCII comma or period as a noun (今,あちら), so surfaces count too.
 */
export function isSymbolOrNone(t: Token | undefined): boolean {
  return !t || t.pos === '記号' || PUNCTUATION.test(t.surface);
}

/** A noun proper: 名詞, not 非自立 or 代名詞, and not punctuation. */
export function isNoun(t: Token | undefined): boolean {
  return !!t && t.pos === '名詞' && t.pos1 !== '非自立' && t.pos1 !== '代名詞' && !isSymbolOrNone(t);
}
