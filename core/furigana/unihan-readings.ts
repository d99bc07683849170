/**
 * Unihan's Japanese readings of the kanji KANJIDIC2 gives none (靑 せい, 淸 せい): the last source
 * a kanji is read from before it would be shown bare (kanji-readings.ts). The table is generated
 * from Unihan (dict/unihan/build-unihan-readings.ts) and read into a map at the first question.
 */
import { UNIHAN_KANJI_READINGS } from './unihan-readings-table';

let byKanji: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The readings of one kanji (a single code point) in hiragana, on'yomi first (Unihan's
 * kJapaneseOn, then kJapaneseKun whole, okurigana included: あおい). Undefined for a kanji the
 * table does not hold (every kanji KANJIDIC2 reads, and those Unihan gives no Japanese reading: 𩸽).
 */
export function unihanKanjiReadings(kanji: string): readonly string[] | undefined {
  byKanji ??= new Map(
    UNIHAN_KANJI_READINGS.split('\n').map((line) => {
      const [literal = '', ...readings] = line.split(' ');
      return [literal, readings] as const;
    }),
  );
  return byKanji.get(kanji);
}
