/**
 * KANJIDIC2 as the reading layer's last source: the readings of one kanji, for a token that
 * neither kuromoji nor the dictionary can read (瀑, 讀, 咬). What it gives is a guess, and the
 * layer marks it so (`RubySegment.uncertain`).
 */
import { unihanKanjiReadings } from './unihan-readings';
import type { KanjiSource } from '../kanji/kanji-source';
import { isAllKana, toHiragana } from '../text/kana';

/** A kanji's readings by kind, in hiragana: on'yomi, and kun'yomi without okurigana or affix marks. */
export interface KanjiReadingsByKind {
  on: readonly string[];
  kun: readonly string[];
}

/**
 * A kanji's on'yomi and kun'yomi apart (hiragana; kun'yomi without their okurigana, "さば.く" →
 * さば, or affix marks), in KANJIDIC2's order, empty readings left out: for telling a word's
 * origin from how its kanji are read. Undefined when KANJIDIC2 has no entry for it.
 */
export function kanjiReadingsByKindSource(source: KanjiSource): (kanji: string) => KanjiReadingsByKind | undefined {
  const memory = new Map<string, KanjiReadingsByKind | undefined>();
  return (kanji) => {
    if (memory.has(kanji)) return memory.get(kanji);
    let entry: ReturnType<KanjiSource['get']>;
    try {
      entry = source.get(kanji);
    } catch {
      entry = undefined; // a malformed line costs its kanji's readings (the kanji view says what is wrong)
    }
    const kinds = entry && {
      on: entry.on.map((r) => toHiragana(r)).filter((r) => r.length > 0),
      kun: entry.kun.map((r) => r.split('.')[0]!.replace(/-/g, '')).filter((r) => r.length > 0),
    };
    memory.set(kanji, kinds);
    return kinds;
  };
}

/**
 * The readings of one kanji (a single code point) in hiragana: on'yomi first, in KANJIDIC2's
 * order, then kun'yomi without their okurigana ("さば.く" → さば) or affix marks; each once.
 * Where KANJIDIC2 has no entry or no reading for it, Unihan's (unihan-readings.ts: 靑 せい);
 * undefined when neither reads it (𩸽). `byKind` is the same source's
 * readings by kind, where the caller has them already.
 */
export function kanjiReadingSource(
  source: KanjiSource,
  byKind: (kanji: string) => KanjiReadingsByKind | undefined = kanjiReadingsByKindSource(source),
): (kanji: string) => readonly string[] | undefined {
  const memory = new Map<string, readonly string[] | undefined>();
  return (kanji) => {
    if (memory.has(kanji)) return memory.get(kanji);
    const kinds = byKind(kanji);
    const readings = kinds && [...new Set([...kinds.on, ...kinds.kun])];
    const kept = readings?.length ? readings : unihanKanjiReadings(kanji);
    memory.set(kanji, kept);
    return kept;
  };
}

/**
 * A guessed reading for `surface` read kanji by kanji: each kanji its first KANJIDIC2 reading
 * (the on'yomi: an unknown kanji in running text is mostly part of a Chinese compound), 々 the
 * kanji before it again, kana as written. Undefined when some kanji has no reading at all.
 */
export function kanjiByKanjiReading(surface: string, kanjiReadings: (kanji: string) => readonly string[] | undefined): string | undefined {
  let reading = '';
  let previous: string | undefined;
  for (const ch of surface) {
    if (isAllKana(ch)) {
      reading += toHiragana(ch);
      previous = undefined;
      continue;
    }
    const own = ch === '々' ? previous : kanjiReadings(ch)?.[0];
    if (!own) return undefined;
    reading += own;
    previous = own;
  }
  return reading || undefined;
}
