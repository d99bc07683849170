/**
 * Which reading of each kanji a word uses: the word's reading split over its kanji, each piece
 * matched with one of the kanji's KANJIDIC2 readings, allowing the sound changes of compounds:
 * rendaku (voicing of the first kana: 人々 ひとびと), gemination (a final つ/く/ち/き becoming っ:
 * 国家 こっか) and kun readings' okurigana left out or kept (さば.く in 裁き, 取り in 取り扱い).
 * Kana in the word (okurigana) are matched as they stand. When no split fits, nothing is said.
 */
import { isKanjiCodePoint, toHiragana } from '../text/kana';
import type { KanjiEntry } from './kanji-entry';

export interface UsedReading {
  literal: string;
  /** The reading as KANJIDIC2 writes it. */
  listed: string;
  on: boolean;
}

const GEMINATE = /[つくちき]$/;

/** The forms a listed reading can take inside a word, longest first. */
function forms(listed: string, on: boolean): string[] {
  const bare = toHiragana(listed.replace(/-/g, ''));
  const [stem, okurigana = ''] = bare.split('.') as [string, string?];
  const base = new Set<string>([stem + okurigana, stem]);
  // Verbs' stems in compounds: 取る → 取り; 扱う → 扱い (the い/り form of the okurigana).
  if (okurigana) {
    const last = okurigana.slice(-1);
    const iForm: Record<string, string> = { う: 'い', く: 'き', ぐ: 'ぎ', す: 'し', つ: 'ち', ぬ: 'に', ぶ: 'び', む: 'み', る: 'り' };
    if (iForm[last]) base.add(stem + okurigana.slice(0, -1) + iForm[last]);
  }
  const out = new Set<string>();
  for (const b of base) {
    if (!b) continue;
    out.add(b);
    const voiced = voice(b);
    if (voiced) out.add(voiced);
    if (on && GEMINATE.test(b)) out.add(b.slice(0, -1) + 'っ');
  }
  return [...out].sort((a, b) => b.length - a.length);
}

function voice(reading: string): string | undefined {
  const first = reading[0]!;
  if ('かきくけこさしすせそたちつてと'.includes(first)) return String.fromCharCode(first.charCodeAt(0) + 1) + reading.slice(1);
  if ('はひふへほ'.includes(first)) return String.fromCharCode(first.charCodeAt(0) + 1) + reading.slice(1);
  return undefined;
}

/**
 * @param word the word as written (制裁, 築く)
 * @param reading its reading, hiragana or katakana (せいさい)
 * @param entryOf the kanji file's lookup
 * @returns the used reading per kanji of the word, in order, or [] when no split fits
 */
export function usedReadings(word: string, reading: string, entryOf: (literal: string) => KanjiEntry | undefined): UsedReading[] {
  const chars = [...word];
  const target = toHiragana(reading);
  const found: UsedReading[] = [];
  const memo = new Set<string>();

  function walk(i: number, at: number): boolean {
    if (i === chars.length) return at === target.length;
    const key = `${i}:${at}`;
    if (memo.has(key)) return false;
    const ch = chars[i]!;
    if (!isKanjiCodePoint(ch.codePointAt(0)!)) {
      const kana = toHiragana(ch);
      if (target.startsWith(kana, at) && walk(i + 1, at + kana.length)) return true;
      memo.add(key);
      return false;
    }
    // 々 repeats the kanji before it.
    const entry = entryOf(ch === '々' && i > 0 ? chars[i - 1]! : ch);
    if (entry) {
      const candidates: [string, boolean][] = [
        ...entry.on.map((r): [string, boolean] => [r, true]),
        ...entry.kun.map((r): [string, boolean] => [r, false]),
      ];
      for (const [listed, on] of candidates) {
        for (const form of forms(listed, on)) {
          if (!target.startsWith(form, at)) continue;
          found.push({ literal: ch, listed, on });
          if (walk(i + 1, at + form.length)) return true;
          found.pop();
        }
      }
    }
    memo.add(key);
    return false;
  }

  return walk(0, 0) ? found.filter((u) => isKanjiCodePoint(u.literal.codePointAt(0)!)) : [];
}
