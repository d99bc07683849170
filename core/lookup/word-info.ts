/**
 * What the engine tells the hover popup about the word at a place in a text. Plain data only
 * (it crosses the extension's message bus as JSON): no class instances, no functions.
 */
import type { GlossaryCategory } from '../glossary/glossary-term';
import type { NameCardInfo } from '../names/name-cards';

export interface WordInfo {
  /** The matched span [start, end) in the text of the request (UTF-16 offsets). */
  start: number;
  end: number;
  /** The text of the span as the page has it. */
  surface: string;
  /** Reading of the span in hiragana; '' when none is known (a Latin word no dictionary has). */
  reading: string;
  /** The reading in romaji (Hepburn, via wanakana); '' with no reading. */
  romaji: string;
  /** Other plausible readings of the whole span, in hiragana (from the reading layer). */
  readingAlternatives?: string[];
  /** For an inflected word: its dictionary form (築かれ → 築く). */
  dictionaryForm?: { text: string; reading?: string };
  /** What was undone to reach the dictionary form, in order (passive, polite, past...). Empty when not inflected. */
  inflections: string[];
  /** Up to five dictionary entries, common words first. */
  entries: WordEntry[];
  /**
   * The entries are those of the words the span is made of, the first of each in text order: the
   * dictionary has no entry for the span, which the furigana reads as one word (母犬: 母, 犬).
   */
  entriesOfParts?: true;
  /** The glossary term the span (or a longer span from there) is, if any. */
  glossary?: GlossaryCardInfo;
  /** ENAMDICT's entries when the span is a proper name (person, place, organisation…): shown after the dictionary entries. */
  names?: NameCardInfo[];
  /**
   * The form the word was looked up as when that is not the text as written: a colloquial
   * spelling folded to the dictionary's (すごーい looked up as すごい; colloquial-forms.ts).
   */
  lookedUpAs?: string;
  /** Set when the Japanese–English dictionary could not be loaded: why, in words for the reader. */
  dictionaryError?: string;
  /**
   * Set when the name cards (ENAMDICT) could not be read, wholly or the page this word's names
   * are on: why, in words for the reader (the word may be a name the popup cannot show).
   */
  namesError?: string;
  /**
   * Set when the answer came from the dictionary alone, kuromoji not loaded yet (the first hover
   * in a fresh browser, dictionary-word-at-point.ts): the span is the dictionary's longest match,
   * not the sentence's analysis. The tab shows it but does not keep it.
   */
  provisional?: boolean;
}

/** One dictionary entry, trimmed to what the popup shows. */
export interface WordEntry {
  /** Kanji spellings, the usual one first (empty for kana-only words). */
  headwords: string[];
  /** Kana readings, the usual one first. */
  readings: string[];
  /** Whether EDICT marks the word as common. */
  common: boolean;
  senses: WordSense[];
}

export interface WordSense {
  /** Parts of speech in words ("noun", "godan verb ending in く"). */
  partsOfSpeech: string[];
  /** Other labels in words ("abbreviation", "usually written in kana"). */
  labels: string[];
  glosses: string[];
}

/** A glossary term as the card shows it. */
export interface GlossaryCardInfo {
  id: string;
  /** English name. */
  en: string;
  category: GlossaryCategory;
  /** The term's main Japanese form and its reading (hiragana) if it has kanji. */
  form: string;
  reading?: string;
  explanation: string;
  /** Related terms, resolved to names. */
  related: { id: string; en: string; form: string }[];
}

/** The most entries a WordInfo carries. */
export const MAX_WORD_ENTRIES = 5;
