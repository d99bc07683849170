/**
 * The reading layer's passes with ENAMDICT's names (name-readings.ts): people's names kuromoji
 * splits and misreads (了|平), places read as ENAMDICT reads them (浦添市 うらそえし, 浪江町
 * なみえまち), and mountains as the landform table reads them (浅間山 あさまやま). Family names
 * (垂水家 け) are the context rules' business.
 */
import type { Token } from '../segmenter/token';
import { hasKanji, isAllKanji, toHiragana } from '../text/kana';
import type { ReadingContext } from './reading-context';
import { touches } from '../segmenter/token-helpers';
import { joinSurfaces, type Word } from './reading-word';
import { LANDFORM_ROWS, type LandformRow } from './rules/landform-table';

/**
 * The landform table by the name's first UTF-16 code unit: a token that starts none (asked of
 * most tokens) is told so from its first unit, no string made for it.
 */
let landforms: Map<number, LandformRow[]> | undefined;

/** The most tokens a landform's name is looked up over (大|雪山, 平成|新山). */
const MAX_LANDFORM_SPAN = 4;

/**
 * The longest run of touching tokens from `i` that is a mountain or volcano of the landform
 * table (rules/landform-table.ts: 浅間山 あさまやま, 大|雪山 たいせつざん), read as the table
 * reads it; undefined where none starts.
 */
export function landformSpan(tokens: readonly Token[], i: number): Word | undefined {
  if (!landforms) {
    landforms = new Map();
    for (const row of LANDFORM_ROWS) {
      const list = landforms.get(row.surface.charCodeAt(0));
      if (list) list.push(row);
      else landforms.set(row.surface.charCodeAt(0), [row]);
    }
  }
  const rows = landforms.get(tokens[i]!.surface.charCodeAt(0));
  if (!rows) return undefined;
  let surface = '';
  let best: Word | undefined;
  for (let k = i; k < tokens.length && k < i + MAX_LANDFORM_SPAN; k++) {
    if (k > i && !touches(tokens[k - 1]!, tokens[k]!)) break;
    surface += tokens[k]!.surface;
    for (const row of rows) {
      if (row.surface !== surface) continue;
      best = { from: i, to: k + 1, reading: row.reading };
      break;
    }
  }
  return best;
}

/** The most tokens a place's name is looked up over, its 市, 町, 村, 区 or 郡 included (輪島|市). */
const MAX_PLACE_SPAN = 5;
const PLACE_SUFFIXES = new Set(['市', '町', '村', '区', '郡']);

/**
 * The longest run of tokens from `i`, ending in 市, 町, 村, 区 or 郡, that the names source knows as
 * a place with a reading of its own (浦添|市 うらそえし, 葛尾|村 かつらおむら, 浪江|町 なみえまち).
 */
export function placeSpan(tokens: readonly Token[], i: number, places: (surface: string) => string | undefined): Word | undefined {
  let best: Word | undefined;
  for (let k = i; k < tokens.length && k < i + MAX_PLACE_SPAN; k++) {
    const t = tokens[k]!;
    if (t.pos !== '名詞' || !hasKanji(t.surface) || (k > i && !touches(tokens[k - 1]!, t))) break;
    if (k === i || !PLACE_SUFFIXES.has(t.surface)) continue;
    // The name is joined only where a suffix ends it: most runs of nouns have none.
    const reading = places(joinSurfaces(tokens, i, k + 1));
    if (reading) best = { from: i, to: k + 1, reading };
  }
  return best;
}

/** The longest run of tokens a person's name is looked up over (美|智|也). */
const MAX_NAME_SPAN = 4;

/** A token that can be a piece of a name kuromoji split: a proper noun, or a lone kanji noun (智|花). */
function namePiece(t: Token): boolean {
  if (t.pos !== '名詞') return false;
  if (t.pos1 === '固有名詞') return true;
  return t.surface.length === 1 && hasKanji(t.surface) && (t.pos1 === '一般' || (t.pos1 === '接尾' && t.pos2 !== '人名'));
}

/** A common noun or a numeral in kanji (半平, 六) that may open a given name kuromoji split. */
function givenNameOpener(t: Token): boolean {
  return t.pos === '名詞' && (t.pos1 === '一般' || t.pos1 === '数') && isAllKanji(t.surface);
}

/**
 * The longest run of two or more name pieces from `i`, one of them tagged a person's name, that
 * the names source knows and kuromoji's pieces misread (了|平 りょう|たいら → りょうへい).
 */
export function nameSpan(tokens: readonly Token[], i: number, names: (surface: string) => readonly string[] | undefined): Word | undefined {
  // A common noun or a numeral may open a given name whose last piece kuromoji tags a person's name (半平|太, 六|太).
  const firstIsPiece = namePiece(tokens[i]!);
  const opensGiven = !firstIsPiece && givenNameOpener(tokens[i]!);
  if (!firstIsPiece && !opensGiven) return undefined;
  let best: Word | undefined;
  let surface = '';
  let person = false;
  for (let k = i; k < tokens.length && k < i + MAX_NAME_SPAN; k++) {
    const t = tokens[k]!;
    // After the first piece (checked above), any run of kanji may go on a full name the source knows (菅|義|偉, whose 偉 kuromoji takes for 偉い).
    const piece = k === i || namePiece(t) || isAllKanji(t.surface);
    // A name's suffix (IPADIC's 接尾,人名: 氏, and 家 after a family name, family-name-cuts.ts) ends the name.
    if (!piece || (k > i && (!touches(tokens[k - 1]!, t) || (t.pos1 === '接尾' && t.pos2 === '人名')))) break;
    person ||= t.pos2 === '人名' || !t.known;
    surface += t.surface;
    if (k === i || !person) continue;
    if (opensGiven && t.pos2 !== '人名') continue;
    const readings = names(surface);
    if (!readings?.length || readings.includes(ownReading(tokens, i, k))) continue;
    const others = readings.slice(1, 4);
    best = { from: i, to: k + 1, reading: readings[0]!, alternatives: others.length ? others : undefined };
  }
  return best;
}

/** kuromoji's readings of tokens from..to (inclusive) joined, in hiragana: made only where a name is found to compare. */
function ownReading(tokens: readonly Token[], from: number, to: number): string {
  let own = '';
  for (let m = from; m <= to; m++) own += toHiragana(tokens[m]!.reading);
  return own;
}

/**
 * A person's name kuromoji reads as one word, read the way full names usually read it where
 * that is not kuromoji's way (智子 ともこ; kuromoji's さとこ stays the alternative).
 */
export function usualName(tokens: readonly Token[], i: number, usual: (surface: string) => string | undefined): Word | undefined {
  const t = tokens[i]!;
  if (t.pos !== '名詞' || t.pos2 !== '人名') return undefined;
  // A one-kanji name is often a word too (有, 金): only straight after a family name in kanji (山田|亮, 出渕|裕).
  if (t.surface.length === 1 && !followsFamilyName(tokens, i)) return undefined;
  return usualWord(tokens, i, usual);
}

/** Token i read as the names source usually reads it, kuromoji's reading the alternative; undefined when they agree. */
function usualWord(tokens: readonly Token[], i: number, usual: (surface: string) => string | undefined): Word | undefined {
  const t = tokens[i]!;
  if (!t.reading) return undefined;
  const reading = usual(t.surface);
  const own = toHiragana(t.reading);
  return reading && reading !== own ? { from: i, to: i + 1, reading, alternatives: [own] } : undefined;
}

/** Whether token i follows, with no space, a proper noun in kanji: the family name before a given name. */
function followsFamilyName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.pos === '名詞' && prev.pos1 === '固有名詞' && hasKanji(prev.surface) && touches(prev, tokens[i]!);
}

/** Whether what follows token i ends a name there: no counter, number or suffix joins it (円谷|一|自身, not 田中|一|家). */
function nameEndsAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || !(next.pos === '名詞' && (next.pos1 === '接尾' || next.pos1 === '数'));
}

/**
 * A given name written with a numeral, straight after a person's family name (a token kuromoji
 * tags a person's name; 日本|一 after a place is no name): a numeral and 子,
 * which kuromoji takes for a counter (沢井|零|子 れいこ, not ぜろし), or a numeral on its own
 * (円谷|一 はじめ).
 */
export function numeralGivenName(tokens: readonly Token[], i: number, context: ReadingContext): Word | undefined {
  const t = tokens[i]!;
  if (t.pos1 !== '数' || !followsFamilyName(tokens, i) || tokens[i - 1]!.pos2 !== '人名') return undefined;
  const next = tokens[i + 1];
  if (next?.surface === '子' && touches(t, next) && context.nameReadings && nameEndsAfter(tokens, i + 1)) {
    const readings = context.nameReadings(t.surface + '子');
    if (readings?.length)
      return { from: i, to: i + 2, reading: readings[0]!, alternatives: readings.length > 1 ? readings.slice(1, 4) : undefined };
  }
  // A lone numeral with no counter or suffix after it (円谷|一|自身; not 田中|一|家, 鈴木|一|人).
  if (!context.usualNameReading || !/^[一二三四五六七八九十]$/.test(t.surface) || !nameEndsAfter(tokens, i)) return undefined;
  return usualWord(tokens, i, context.usualNameReading);
}
