/**
 * What the hover popup's kanji view shows for one kanji of a word: its KANJIDIC2 entry and which
 * of its readings the word uses. Plain data (it crosses the message bus as JSON).
 */
import type { KanjiEntry } from './kanji-entry';

export interface KanjiCardInfo extends KanjiEntry {
  /**
   * The reading of this kanji that the word uses, as KANJIDIC2 lists it (サイ, さば.く), when the
   * word's reading could be split over its kanji; absent otherwise.
   */
  usedReading?: string;
  /** Whether usedReading is an on reading. */
  usedOn?: boolean;
}
