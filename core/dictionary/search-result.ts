/**
 * What a lookup of a word in running text returns to the hover popup: the span of text that
 * matched, how it reads, what inflection was undone, and the dictionary entries, best first.
 */
import type { DictionaryEntry } from './dictionary-entry';
import type { Inflection } from './deinflection';

export interface SearchResult {
  /** The matched text as it stands in the sentence (築かれ, 北大西洋条約機構). */
  text: string;
  /** Offset of its first code unit in the analysed text (the tokens' offsets). */
  start: number;
  /** Offset just past its last code unit. */
  end: number;
  /** Index of its first token, and one past its last (for plain-text lookups: undefined). */
  tokenStart?: number;
  tokenEnd?: number;
  /** Reading of `text` in hiragana, by the best match (きずかれ). */
  reading: string;
  /**
   * The distinct readings of `text` among the matches, best first: each match's reading, then
   * the other readings the matched entries allow. More than one means the text can be read in
   * several ways and the lookup may be unsure (行って: いって, おこなって).
   */
  readings: string[];
  /** The best match's dictionary form when it differs from `text` (築く, 制裁する). */
  dictionaryForm?: string;
  /** What the best match undid, in order (築かれ: ['passive']). Empty for a plain form. */
  inflections: Inflection[];
  /** Entries, best first: common forms first, then those agreeing with the sentence's analysis. */
  matches: EntryMatch[];
}

/** One entry that explains the matched text, with how it does. */
export interface EntryMatch {
  entry: DictionaryEntry;
  /** The headword or reading of the entry that matched (築く, すでに). */
  form: string;
  /** Whether `form` is one of the entry's readings (a kana lookup) rather than a headword. */
  formIsReading: boolean;
  /** The entry's reading for `form`, in hiragana (きずく). */
  formReading: string;
  /** The matched text read as this entry reads it, in hiragana (きずかれ): the reading that agrees with the sentence's analysis, else the usual one. */
  textReading: string;
  /** Every regular reading this entry allows for the text, `textReading` first (真に: しんに, まことに). */
  textReadings: string[];
  /** The dictionary form for this entry (築く; 制裁する for 制裁した). */
  dictionaryForm: string;
  /** What was undone to reach `dictionaryForm`. */
  inflections: Inflection[];
  /** Whether `form` carries EDICT's common mark (P). */
  common: boolean;
}
