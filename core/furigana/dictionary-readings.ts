/**
 * EDICT as a source of readings for the reading layer: the readings the dictionary gives a word
 * written exactly so (its usual readings first), for `ReadingContext.dictionaryReadings`.
 */
import type { Dictionary } from '../dictionary/packed-dictionary';
import { toHiragana } from '../text/kana';

/** Reading tags of forms a reader should not be shown: irregular, out-dated, rarely used, search-only. */
const SKIPPED_READING_TAGS = new Set(['ik', 'ok', 'rk', 'sk']);
const CACHE_SIZE = 4096;

export interface DictionaryReadingSource {
  readings: (surface: string) => readonly string[] | undefined;
  /** How many of `readings(surface)` (from the start) EDICT marks common (P); 0 when none is. */
  commonCount: (surface: string) => number;
  hasPrefix: (prefix: string) => boolean;
  /** How long a start of `text` some headword or reading begins with (one search for all of a run's lengths). */
  prefixReach: (text: string) => number;
  /**
   * Whether an entry written `surface` (a regular headword) is read `reading`: answered from the
   * key index alone, without decoding entries (a cheap yes; a no is then checked by `readings`).
   */
  listsReading: (surface: string, reading: string) => boolean;
}

/**
 * Remembers answers for the most recent keys, forgetting the oldest when full: frequent words
 * stay. (Right for readings, where a miss costs decoding entries.)
 */
function rememberedRecent<T>(answer: (key: string) => T): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    if (memory.has(key)) return memory.get(key)!;
    const found = answer(key);
    memory.set(key, found);
    if (memory.size > CACHE_SIZE) memory.delete(memory.keys().next().value!);
    return found;
  };
}

/**
 * Remembers answers until full, then forgets them all at once: cheaper per question than
 * forgetting the oldest each time, which on varied text is nearly every time. (Right for runs
 * of tokens, which repeat on a page but rarely across pages, and whose search is cheap.)
 */
function rememberedUntilFull<T>(answer: (key: string) => T): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    if (memory.has(key)) return memory.get(key)!;
    const found = answer(key);
    if (memory.size >= CACHE_SIZE) memory.clear();
    memory.set(key, found);
    return found;
  };
}

/** Readings by headword from a loaded EDICT, remembered for the most recent surfaces. */
export function dictionaryReadingSource(dictionary: Dictionary): DictionaryReadingSource {
  const lookup = rememberedRecent((surface) => headwordReadings(dictionary, surface));
  return {
    readings: (surface) => lookup(surface)?.all,
    commonCount: (surface) => lookup(surface)?.common ?? 0,
    // The passes ask about the same runs of tokens, and a page repeats its phrases: a remembered
    // answer spares a search through the dictionary's large arrays.
    prefixReach: rememberedUntilFull((text) => dictionary.commonPrefixLength(text)),
    hasPrefix: rememberedRecent((prefix) => dictionary.hasPrefix(prefix)),
    // A page repeats its compounds: the answer is remembered by spelling, then by reading (no
    // joined key to build and hash for each question), and forgotten all at once when full.
    listsReading: (() => {
      let memory = new Map<string, Map<string, boolean>>();
      let size = 0;
      return (surface: string, reading: string) => {
        let byReading = memory.get(surface);
        const known = byReading?.get(reading);
        if (known !== undefined) return known;
        const found = dictionary.readsAs(surface, reading);
        if (size >= CACHE_SIZE) {
          memory = new Map();
          size = 0;
          byReading = undefined;
        }
        if (!byReading) {
          byReading = new Map();
          memory.set(surface, byReading);
        }
        byReading.set(reading, found);
        size++;
        return found;
      };
    })(),
  };
}

interface HeadwordReadings {
  /** Common readings first, then the others in EDICT's order. */
  all: readonly string[];
  /** How many of `all` are common. */
  common: number;
}

function headwordReadings(dictionary: Dictionary, surface: string): HeadwordReadings | undefined {
  const common: string[] = [];
  const others: string[] = [];
  // A spelling EDICT calls irregular or out-dated (薄っすら, io) still reads as its word where the
  // page writes it so; it counts only when no regular spelling matches, and never for a lone
  // kanji (EDICT's 傾 ななめ is a misuse for 斜め, not a reading of 傾).
  const irregular: string[] = [];
  for (const match of dictionary.matches(surface)) {
    if (match.isReading) continue;
    const readings = dictionary.entryReadings(match.entryId);
    for (const reading of readings) {
      if (reading.appliesTo && !reading.appliesTo.includes(surface)) continue;
      if (reading.tags.some((t) => SKIPPED_READING_TAGS.has(t))) continue;
      const r = toHiragana(reading.text);
      if (match.irregular) {
        if (!irregular.includes(r)) irregular.push(r);
        continue;
      }
      if (common.includes(r) || others.includes(r)) continue;
      (match.common && (reading.common || !readings.some((x) => x.common)) ? common : others).push(r);
    }
  }
  const all = common.length || others.length || surface.length < 2 ? [...common, ...others] : irregular;
  return all.length ? { all, common: common.length } : undefined;
}
