/**
 * EDICT as a source of readings for the reading layer: the readings the dictionary gives a word
 * written exactly so (its usual readings first), for `ReadingContext.dictionaryReadings`.
 */
import type { Dictionary } from '../dictionary/packed-dictionary';
import { toHiragana } from '../text/kana';

/** Reading tags of forms a reader should not be shown: irregular, out-dated, rarely used, search-only. */
const SKIPPED_READING_TAGS = new Set(['ik', 'ok', 'rk', 'sk']);
const CACHE_SIZE = 4096;
/** Sense tags of words no longer in use: archaic, obsolete. */
const ARCHAIC_TAGS = new Set(['arch', 'obs']);

export interface DictionaryReadingSource {
  readings: (surface: string) => readonly string[] | undefined;
  /** How many of `readings(surface)` (from the start) EDICT marks common (P); 0 when none is. */
  commonCount: (surface: string) => number;
  hasPrefix: (prefix: string) => boolean;
  /** How long a start of `text` some headword or reading begins with (one search for all of a run's lengths). */
  prefixReach: (text: string) => number;
  /**
   * Whether every entry written `surface` (a regular headword) reads `reading` only in senses EDICT
   * marks archaic or obsolete (二十年 はたとせ, arch): false when some entry has a sense of today's
   * language, or none is read so. Decodes the entries' senses: for rare questions.
   */
  archaicReading: (surface: string, reading: string) => boolean;
  /**
   * Whether an entry written `surface` (a regular headword) is read `reading`: answered from the
   * key index alone, without decoding entries (a cheap yes; a no is then checked by `readings`).
   */
  listsReading: (surface: string, reading: string) => boolean;
}

/** What rememberedRecent keeps for an answer of undefined. */
const NONE = Symbol('none');

/**
 * Remembers answers for the most recent keys, forgetting the oldest when full: frequent words
 * stay. (Right for readings, where a miss costs decoding entries.)
 */
function rememberedRecent<T>(answer: (key: string) => T): (key: string) => T {
  // An answer of undefined is kept as NONE, so that a key asked again is looked up once.
  const memory = new Map<string, T | typeof NONE>();
  return (key) => {
    const known = memory.get(key);
    if (known !== undefined) return known === NONE ? (undefined as T) : known;
    const found = answer(key);
    memory.set(key, found === undefined ? NONE : found);
    if (memory.size > CACHE_SIZE) memory.delete(memory.keys().next().value!);
    return found;
  };
}

/** Readings by headword from a loaded EDICT, remembered for the most recent surfaces. */
export function dictionaryReadingSource(dictionary: Dictionary): DictionaryReadingSource {
  const lookup = rememberedRecent((surface) => headwordReadings(dictionary, surface));
  return {
    readings: (surface) => lookup(surface)?.all,
    commonCount: (surface) => lookup(surface)?.common ?? 0,
    archaicReading: (surface, reading) => {
      let found = false;
      for (const match of dictionary.matches(surface)) {
        if (match.isReading || match.irregular) continue;
        const entry = dictionary.entry(match.entryId);
        if (!entry.readings.some((r) => toHiragana(r.text) === reading && (!r.appliesTo || r.appliesTo.includes(surface)))) continue;
        if (!entry.senses.every((s) => s.tags.some((t) => ARCHAIC_TAGS.has(t)))) return false;
        found = true;
      }
      return found;
    },
    // Not remembered: a run of tokens seldom comes again on text met for the first time (4,967
    // of a cold pass's 5,029 over KWDLC dev were new), and hashing each new run to remember it cost
    // about half as much as the search it spares (dictionary searches narrow by three units).
    prefixReach: (text) => dictionary.commonPrefixLength(text),
    hasPrefix: rememberedRecent((prefix) => dictionary.hasPrefix(prefix)),
    // A page repeats its compounds: the answer is remembered by spelling, then by reading (no
    // joined key to build and hash for each question; a spelling's few readings are compared
    // in a list, not hashed in a map of their own), and forgotten all at once when full.
    listsReading: (() => {
      let memory = new Map<string, { reading: string; found: boolean }[]>();
      let size = 0;
      return (surface: string, reading: string) => {
        let byReading = memory.get(surface);
        if (byReading) for (const known of byReading) if (known.reading === reading) return known.found;
        const found = dictionary.readsAs(surface, reading);
        if (size >= CACHE_SIZE) {
          memory = new Map();
          size = 0;
          byReading = undefined;
        }
        if (!byReading) {
          byReading = [];
          memory.set(surface, byReading);
        }
        byReading.push({ reading, found });
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
