/**
 * EDICT as a source of readings for the reading layer: the readings the dictionary gives a word
 * written exactly so (its usual readings first), for `ReadingContext.dictionaryReadings`.
 */
import type { Dictionary } from '../dictionary/edict-dictionary';
import { toHiragana } from '../text/kana';

/** Reading tags of forms a reader should not be shown: irregular, out-dated, rarely used, search-only. */
const SKIPPED_READING_TAGS = new Set(['ik', 'ok', 'rk', 'sk']);
const CACHE_SIZE = 4096;

export interface DictionaryReadingSource {
  readings: (surface: string) => readonly string[] | undefined;
  hasPrefix: (prefix: string) => boolean;
}

/** Readings by headword from a loaded EDICT, remembered for the most recent surfaces. */
export function dictionaryReadingSource(dictionary: Dictionary): DictionaryReadingSource {
  const cache = new Map<string, readonly string[] | undefined>();
  const prefixes = new Map<string, boolean>();
  return {
    readings(surface) {
      if (cache.has(surface)) return cache.get(surface);
      const found = headwordReadings(dictionary, surface);
      cache.set(surface, found);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return found;
    },
    hasPrefix(prefix) {
      // The compound and set-phrase passes ask about the same runs of tokens: remember the answers.
      let known = prefixes.get(prefix);
      if (known === undefined) {
        known = dictionary.hasPrefix(prefix);
        prefixes.set(prefix, known);
        if (prefixes.size > CACHE_SIZE) prefixes.delete(prefixes.keys().next().value!);
      }
      return known;
    },
  };
}

function headwordReadings(dictionary: Dictionary, surface: string): readonly string[] | undefined {
  const common: string[] = [];
  const others: string[] = [];
  for (const match of dictionary.matches(surface)) {
    if (match.isReading || match.irregular) continue;
    const entry = dictionary.entry(match.entryId);
    for (const reading of entry.readings) {
      if (reading.appliesTo && !reading.appliesTo.includes(surface)) continue;
      if (reading.tags.some((t) => SKIPPED_READING_TAGS.has(t))) continue;
      const r = toHiragana(reading.text);
      if (common.includes(r) || others.includes(r)) continue;
      (match.common && (reading.common || !entry.readings.some((x) => x.common)) ? common : others).push(r);
    }
  }
  const all = [...common, ...others];
  return all.length ? all : undefined;
}
