/**
 * UniDic's lexicon as Debian's `unidic-mecab` ships it (/usr/share/mecab/dic/unidic/lex_3_1.csv,
 * UniDic 3.1.1, the UniDic Consortium, BSD-3-Clause / LGPL-2.1 / GPL-2+), read for the readings
 * of written forms with a kanji: for the agreed-readings builder and its measurement script.
 */
import { readFileSync } from 'node:fs';
import { hasKanji, toHiragana } from '../../core/text/kana';

export const UNIDIC_LEXICON = '/usr/share/mecab/dic/unidic/lex_3_1.csv';

/** One UniDic entry of a written form: the fields the readings need. */
export interface UnidicEntry {
  /** UniDic's part of speech and its first subdivision (名詞, 普通名詞). */
  pos1: string;
  pos2: string;
  /** The second subdivision (人名 of a person's name, 地名 of a place). */
  pos3: string;
  /** The word cost (lower is likelier). */
  cost: number;
  /** The lemma's written form (行う for 行っ). */
  orthBase: string;
  /** Reading of the written form (hiragana). */
  kana: string;
  /** Reading of the lemma's written form (hiragana). */
  kanaBase: string;
}

/** Splits one line of the lexicon CSV (a field in double quotes may hold commas). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      const end = line.indexOf('"', i + 1);
      out.push(line.slice(i + 1, end));
      i = end + 2;
      continue;
    }
    const end = line.indexOf(',', i);
    if (end < 0) {
      out.push(line.slice(i));
      break;
    }
    out.push(line.slice(i, end));
    i = end + 1;
  }
  return out;
}

/** UniDic's entries by written form (forms with a kanji only), in the lexicon's order. */
export function readUnidic(file = UNIDIC_LEXICON): Map<string, UnidicEntry[]> {
  const bySurface = new Map<string, UnidicEntry[]>();
  const text = readFileSync(file, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const surface = line.slice(0, line.indexOf(','));
    if (!surface || !hasKanji(surface)) continue;
    const f = csvFields(line);
    // surface, left id, right id, cost, then dicrc's features f[0]… from column 4: pos1 f[0],
    // pos2 f[1], pos3 f[2], orthBase f[10], kana f[20], kanaBase f[21].
    const entry: UnidicEntry = {
      pos1: f[4]!,
      pos2: f[5]!,
      pos3: f[6]!,
      cost: Number(f[3]),
      orthBase: f[14]!,
      kana: toHiragana(f[24]!),
      kanaBase: toHiragana(f[25]!),
    };
    const list = bySurface.get(surface);
    if (list) list.push(entry);
    else bySurface.set(surface, [entry]);
  }
  return bySurface;
}

/** Whether a UniDic entry's part of speech is of the same class as an IPADIC part of speech (pos, pos1). */
export function sameClass(pos: string, pos1: string, u: UnidicEntry): boolean {
  switch (pos) {
    case '名詞':
      if (pos1 === '固有名詞') return u.pos1 === '名詞' && u.pos2 === '固有名詞';
      if (pos1 === '数') return u.pos1 === '名詞' && u.pos2 === '数詞';
      if (pos1 === '代名詞') return u.pos1 === '代名詞';
      if (pos1 === '接尾') return u.pos1 === '接尾辞' || (u.pos1 === '名詞' && u.pos2 === '普通名詞');
      if (pos1 === '形容動詞語幹') return u.pos1 === '形状詞' || (u.pos1 === '名詞' && u.pos2 === '普通名詞');
      return u.pos1 === '名詞' && u.pos2 === '普通名詞';
    case '動詞':
      return u.pos1 === '動詞';
    case '形容詞':
      return u.pos1 === '形容詞';
    case '副詞':
      return u.pos1 === '副詞';
    case '連体詞':
      return u.pos1 === '連体詞';
    case '接頭詞':
      return u.pos1 === '接頭辞';
    case '接続詞':
      return u.pos1 === '接続詞';
    default:
      return false;
  }
}

/** The entry with the lowest word cost (UniDic's likeliest reading), the first of equals. */
export function lowestCost(entries: readonly UnidicEntry[]): UnidicEntry | undefined {
  let best: UnidicEntry | undefined;
  for (const e of entries) if (!best || e.cost < best.cost) best = e;
  return best;
}

/** Whether a verb or adjective (IPADIC's reading is of a conjugated form, EDICT's of the dictionary form). */
export const conjugates = (pos: string): boolean => pos === '動詞' || pos === '形容詞';

/**
 * Whether EDICT's `readings` (of the dictionary form) include IPADIC's reading `own` of `surface`:
 * for a conjugated form, whether one starts with `own` less the kana ending (煽ら あふら: あふ…).
 */
export function listsOwn(surface: string, pos: string, own: string, readings: readonly string[]): boolean {
  if (!conjugates(pos)) return readings.includes(own);
  let tail = 0;
  while (tail < surface.length && !hasKanji(surface[surface.length - 1 - tail]!)) tail++;
  const stem = own.slice(0, own.length - tail);
  return readings.some((r) => r.startsWith(stem));
}
