/**
 * Family names kuromoji cuts before a family's suffix. IPADIC knows few family names, so before
 * 家 (a house, read け after a name) or 氏 (a clan or "Mr", し) its lattice often prefers a rare
 * word that takes the suffix in: 吉|高氏 (Takauji, a given name) for 吉高氏, 重|富家 (ふうか, "a
 * rich family") for 重富家, 越前|島|津家 for 越前島津家; or it cuts the name into pieces it reads
 * one by one: 新|納|氏. A reader sees a name and its suffix. So, before the passes, the kanji
 * before such a suffix are cut again where the names source (ENAMDICT, dict/names/) knows a
 * family name that ends right before the suffix and starts where a token starts: the name
 * becomes one token (a person's name, read as the names source reads it, its other readings
 * offered), the suffix one token (read by the context table: 家 け after a family name).
 *
 * A name kuromoji already has as one token before the suffix (垂水|家: the context table reads
 * its 家) keeps its token, read as a family name where kuromoji read it as another word there
 * (越後|上杉|家: カミスギ, a place, for the family うえすぎ).
 *
 * Not cut: a word the dictionary knows whole and reads otherwise (金満家 きんまんか); a suffix
 * inside a word the dictionary marks common (小|国家: 国家 is "a state", not the 国 family); a
 * suffix inside a token that goes on after it (島津|家久, a given name); a numeral or a counter
 * (三|軒|家, a place); a name of one kanji, or of more than four.
 */
import { toKatakana } from 'wanakana';
import type { Token } from '../segmenter/token';
import { touches } from '../segmenter/token-helpers';
import { isAllKanji, toHiragana } from '../text/kana';
import type { ReadingContext } from './reading-context';

/**
 * The suffixes a family name stands before, with the suffix's reading there and an example each
 * (run by tests/core/furigana/family-name-cuts.test.ts).
 */
export const FAMILY_SUFFIXES: Readonly<Record<string, { reading: string; example: string }>> = {
  家: { reading: 'け', example: '重富家' },
  氏: { reading: 'し', example: '吉高氏' },
};

/** The suffixes' code units (each one BMP kanji). */
const SUFFIX_UNITS = new Set(Object.keys(FAMILY_SUFFIXES).map((suffix) => suffix.charCodeAt(0)));

/** A family name's length in kanji: two to four, as the names file keeps them. */
const MIN_NAME = 2;
const MAX_NAME = 4;

/**
 * `tokens` with each family name kuromoji cut before a family's suffix made one token, and the
 * suffix one token (see the file's head); the same array when there is none. Offsets stay offsets
 * into the same text. Needs `context.isSurname` and `context.nameReadings`; without them, `tokens`.
 */
export function cutFamilyNames(tokens: readonly Token[], context: ReadingContext): readonly Token[] {
  const { isSurname, nameReadings } = context;
  if (!isSurname || !nameReadings) return tokens;
  let out: Token[] | undefined;
  let copied = 0;
  for (let k = 1; k < tokens.length; k++) {
    const cut = familyNameCut(tokens, k, isSurname, nameReadings, context);
    if (!cut || cut.from < copied) continue;
    out ??= [];
    out.push(...tokens.slice(copied, cut.from), ...cut.tokens);
    copied = k + 1;
  }
  if (!out) return tokens;
  out.push(...tokens.slice(copied));
  return out;
}

/** Whether the dictionary knows `surface` as a word that does not end in the family's reading (金満家 きんまんか, "a rich man"). */
function wordOtherwise(surface: string, familyReading: string, context: ReadingContext): boolean {
  const readings = context.dictionaryReadings?.(surface);
  return !!readings?.length && !readings.some((r) => r.endsWith(familyReading));
}

/** A token that can be part of a family name: a noun or a prefix (重 of 重|富家), not a numeral or counter (三|軒|家). */
function isNamePiece(t: Token): boolean {
  return (t.pos === '名詞' || t.pos === '接頭詞') && t.pos1 !== '数' && t.pos2 !== '助数詞';
}

/** The name and suffix tokens that replace tokens from..k, where token k ends with a family's suffix. */
function familyNameCut(
  tokens: readonly Token[],
  k: number,
  isSurname: (surface: string) => boolean,
  nameReadings: (surface: string) => readonly string[] | undefined,
  context: ReadingContext,
): { from: number; tokens: Token[] } | undefined {
  const token = tokens[k]!;
  const { surface } = token;
  // Told by the last code unit first: most tokens end in no suffix, and no string is made for them.
  if (!SUFFIX_UNITS.has(surface.charCodeAt(surface.length - 1))) return undefined;
  const suffix = surface.slice(-1);
  const row = FAMILY_SUFFIXES[suffix];
  if (!row || token.pos !== '名詞' || !isAllKanji(surface)) return undefined;
  // The part of the name inside the suffix's token (富 of 富家), where kuromoji took the suffix in.
  const head = token.surface.slice(0, -1);
  if (head && (context.dictionaryCommonCount?.(token.surface) ?? 0) > 0) return undefined;
  let name = head;
  let found: { from: number; name: string; readings: readonly string[] } | undefined;
  for (let j = k - 1; j >= 0; j--) {
    const piece = tokens[j]!;
    if (!touches(piece, tokens[j + 1]!) || !isAllKanji(piece.surface) || !isNamePiece(piece)) break;
    name = piece.surface + name;
    if (name.length > MAX_NAME) break;
    if (name.length < MIN_NAME || !isSurname(name)) continue;
    const readings = nameReadings(name);
    if (!readings?.length || wordOtherwise(name + suffix, row.reading, context)) continue;
    // One token before a suffix of its own is kuromoji's cut already: only its reading may be
    // another word's (越後|上杉|家: カミスギ there, a place, where the family is うえすぎ).
    if (!head && j === k - 1 && readings.includes(toHiragana(piece.reading))) continue;
    found = { from: j, name, readings };
  }
  if (!found) return undefined;
  const first = tokens[found.from]!;
  const nameToken: Token = {
    surface: found.name,
    start: first.start,
    pos: '名詞',
    pos1: '固有名詞',
    pos2: '人名',
    conjugationType: '*',
    conjugationForm: '*',
    basicForm: found.name,
    reading: toKatakana(found.readings[0]!),
    known: true,
  };
  // The suffix of a name (IPADIC's 接尾,人名, as its 氏): no piece of a longer name the names pass
  // would look up (立花|家 is the family, not ENAMDICT's 立花家 たちばなや).
  const suffixToken: Token = head
    ? {
        surface: suffix,
        start: token.start + head.length,
        pos: '名詞',
        pos1: '接尾',
        pos2: '人名',
        conjugationType: '*',
        conjugationForm: '*',
        basicForm: suffix,
        reading: toKatakana(row.reading),
        known: true,
      }
    : { ...token, pos1: '接尾', pos2: '人名' };
  return { from: found.from, tokens: [nameToken, suffixToken] };
}
