/**
 * One-kanji last elements read by the origin of the word before them: Japanese tends to join a
 * native word (和語) with an element's native reading and a Sino-Japanese word (漢語) with its
 * Chinese one (憩い|場 いこいば, 溜池|場 ためいけば against 滑空|場 かっくうじょう). kuromoji reads a
 * suffix one way whatever comes before it (場 じょう). The elements and the readings each origin
 * takes are data (rules/suffix-origin-table.ts, counted over UniDic's compounds by
 * dict/readings/build-suffix-origins.ts); the origin of the word before is told here at run time
 * from kuromoji's reading of it and KANJIDIC2's on and kun readings of its kanji.
 *
 * Words the dictionary knows whole (釣り場, 物干し場) are read by the dictionary pass before this
 * one, and a suffix the context table has a row about (even one that keeps kuromoji's reading) is
 * the table's.
 */
import type { Token } from '../segmenter/token';
import { touches } from '../segmenter/token-helpers';
import { hasKanji, isAllHiragana, isAllKanji, toHiragana, voiceFirst } from '../text/kana';
import { CONTEXT_TABLE, type ContextReading } from './context-rules';
import type { ReadingContext } from './reading-context';
import type { KanjiReadingsByKind } from './kanji-readings';
import { SUFFIX_ORIGIN_ROWS } from './rules/suffix-origin-table';

/** A word's origin as far as the table asks: native (和語) or Sino-Japanese (漢語). */
export type WordOrigin = 'native' | 'sino';

/** The readings an element takes after each origin (hiragana); absent where that origin decides nothing. */
export interface ElementReadings {
  native?: string;
  sino?: string;
}

/** Parses the generated table's rows (element, native reading, its count, Sino-Japanese reading, its count). */
export function parseSuffixOrigins(rows: string): Map<string, ElementReadings> {
  const table = new Map<string, ElementReadings>();
  for (const line of rows.split('\n')) {
    if (!line) continue;
    const [element, native, , sino] = line.split('\t');
    const readings: ElementReadings = {};
    if (native && native !== '-') readings.native = native;
    if (sino && sino !== '-') readings.sino = sino;
    table.set(element!, readings);
  }
  return table;
}

let table: Map<string, ElementReadings> | undefined;

/** The element's readings by origin from the generated table, or undefined when it has no row. */
export function elementReadings(element: string): ElementReadings | undefined {
  table ??= parseSuffixOrigins(SUFFIX_ORIGIN_ROWS);
  return table.get(element);
}

/** The forms a kanji's reading takes inside a word: as listed, its first kana voiced, a closing つ く き ち doubled (っ). */
function forms(reading: string): string[] {
  const out = [reading];
  const voiced = voiceFirst(reading);
  if (voiced !== reading) out.push(voiced);
  if (reading[0] === 'は' || reading[0] === 'ひ' || reading[0] === 'ふ' || reading[0] === 'へ' || reading[0] === 'ほ')
    out.push(String.fromCharCode(reading.charCodeAt(0) + 2) + reading.slice(1));
  if (reading.length > 1 && 'つくきち'.includes(reading[reading.length - 1]!)) out.push(reading.slice(0, -1) + 'っ');
  return out;
}

/**
 * Whether `reading` (hiragana) of one kanji is one of its on'yomi or kun'yomi (`on`, `kun`:
 * KANJIDIC2's, hiragana, kun'yomi without okurigana), in any of the forms it takes inside a
 * word (voiced, doubled); on'yomi are asked first. Undefined when it is neither.
 */
export function readingKind(reading: string, on: readonly string[], kun: readonly string[]): 'on' | 'kun' | undefined {
  if (on.some((r) => forms(r).includes(reading))) return 'on';
  if (kun.some((r) => forms(r).includes(reading))) return 'kun';
  return undefined;
}

/**
 * The origin of a word written in kanji and read `reading` (hiragana), from KANJIDIC2 (`byKind`:
 * a kanji's on'yomi and kun'yomi): native where the reading splits over the kanji into kun'yomi
 * only, Sino-Japanese where it splits into on'yomi only; undefined where it splits both ways, only
 * into a mix (重箱読み), or not at all.
 */
export function kanjiWordOrigin(
  surface: string,
  reading: string,
  byKind: (kanji: string) => KanjiReadingsByKind | undefined,
): WordOrigin | undefined {
  const chars = [...surface];
  const kinds = new Set<string>();
  const walk = (k: number, at: number, kind: 'on' | 'kun' | undefined): void => {
    if (kinds.size > 1) return;
    if (k === chars.length) {
      if (at === reading.length && kind) kinds.add(kind);
      return;
    }
    const own = byKind(chars[k]!);
    if (!own) return;
    for (const [list, which] of [
      [own.on, 'on'],
      [own.kun, 'kun'],
    ] as const) {
      if (kind && kind !== which) continue;
      for (const r of list) for (const f of forms(r)) if (reading.startsWith(f, at)) walk(k + 1, at + f.length, which);
    }
  };
  walk(0, 0, undefined);
  if (kinds.size !== 1) return undefined;
  return kinds.has('on') ? 'sino' : 'native';
}

/**
 * The origin of token i as the word before an element: native for kanji with okurigana (憩い,
 * 集い), else by its kanji's readings (`kanjiWordOrigin`: 溜池 ためいけ native, 滑空 かっくう
 * Sino-Japanese). Undefined for a word in kana (a katakana word is mostly foreign, エサ aside), a
 * number, a pronoun or a name, and for a piece of a longer run of kanji tokens (養|鯉|場: 鯉 alone
 * is native, 養鯉 is not).
 */
export function wordOriginAt(tokens: readonly Token[], i: number, context: ReadingContext): WordOrigin | undefined {
  const t = tokens[i];
  if (!t || t.pos !== '名詞' || !t.reading || !hasKanji(t.surface)) return undefined;
  if (t.pos1 === '数' || t.pos1 === '代名詞' || t.pos1 === '非自立' || t.pos1 === '固有名詞' || t.pos1 === '接尾') return undefined;
  const before = tokens[i - 1];
  if (before && (before.pos === '名詞' || before.pos === '接頭詞') && hasKanji(before.surface) && touches(before, t)) return undefined;
  const reading = toHiragana(t.reading);
  if (isAllKanji(t.surface))
    return context.kanjiReadingsByKind ? kanjiWordOrigin(t.surface, reading, context.kanjiReadingsByKind) : undefined;
  // Kanji with okurigana, ending in it: a native stem or a compound of stems (憩い, 集い, 手作り, 受け入れ).
  const chars = [...t.surface];
  const last = chars[chars.length - 1]!;
  return hasKanji(chars[0]!) && isAllHiragana(last) && chars.every((c) => hasKanji(c) || isAllHiragana(c)) ? 'native' : undefined;
}

/**
 * The reading of token i, a one-kanji suffix the table has, after a word whose origin decides it
 * (憩い|場 ば, kuromoji's じょう); undefined where kuromoji already reads it so, where the word
 * before does not touch it or its origin is unknown, or where the table has nothing for that origin.
 */
export function suffixOriginReading(tokens: readonly Token[], i: number, context: ReadingContext): ContextReading | undefined {
  const t = tokens[i]!;
  if (t.pos !== '名詞' || t.pos1 !== '接尾' || t.pos2 !== '一般' || !t.reading || t.surface.length !== 1) return undefined;
  const readings = elementReadings(t.surface);
  const before = tokens[i - 1];
  if (!readings || !before || !touches(before, t)) return undefined;
  const own = toHiragana(t.reading);
  // Where kuromoji already reads the suffix as every origin the table has would (屋 や, 口 ぐち),
  // no origin changes it: the word before is not looked into.
  if ((readings.native ?? own) === own && (readings.sino ?? own) === own) return undefined;
  const origin = wordOriginAt(tokens, i - 1, context);
  const reading = origin && readings[origin];
  if (!reading || reading === own || CONTEXT_TABLE.match(tokens, i, context)) return undefined;
  return { reading, alternatives: [own] };
}
