/**
 * Builds the ReadingContext the engine hands the reading layer from the loaded knowledge
 * sources: the bundled glossary (its readings win), EDICT and people's names. Any may be missing (not yet
 * loaded, or failed to load); the layer then reads with what it has.
 */
import type { Dictionary } from '../dictionary/packed-dictionary';
import type { GlossaryTerm } from '../glossary/glossary-term';
import { dictionaryReadingSource } from './dictionary-readings';
import { glossaryReadingSource } from './glossary-readings';
import type { NameReadingSource } from './name-readings';
import type { LexiconWordSource } from './lexicon-words';
import type { KanjiSource } from '../kanji/kanji-source';
import { type KanjiReadingsByKind, kanjiReadingSource, kanjiReadingsByKindSource } from './kanji-readings';
import { agreedReading } from './agreed-readings';
import type { Word } from './reading-word';
import type { Token } from '../segmenter/token';

/**
 * Knowledge beyond IPADIC that the engine may hand the layer. Every source is optional; the
 * layer reads with kuromoji alone when none is given.
 */
export interface ReadingContext {
  /**
   * Readings of a glossary term written exactly `surface` (hiragana or katakana, preferred
   * first); undefined or empty when `surface` is no term. Glossary readings win over all others.
   */
  glossaryReadings?: (surface: string) => readonly string[] | undefined;
  /** Whether some glossary form starts with `prefix` (lets the layer stop looking early). */
  glossaryHasPrefix?: (prefix: string) => boolean;
  /**
   * Readings a general dictionary (EDICT) gives for a word written exactly `surface`, most
   * common first; undefined or empty when it has no such word.
   */
  dictionaryReadings?: (surface: string) => readonly string[] | undefined;
  /**
   * How many of `dictionaryReadings(surface)`, from the first, the dictionary marks as common;
   * 0 when it marks none (its order then says nothing about which is usual).
   */
  dictionaryCommonCount?: (surface: string) => number;
  /**
   * Whether the dictionary has a word written `surface` and read `reading` (hiragana), answered
   * without decoding its entries: a quick yes before asking `dictionaryReadings`.
   */
  dictionaryListsReading?: (surface: string, reading: string) => boolean;
  /** Whether the dictionary reads `surface` `reading` only as an archaic or obsolete word (二十年 はたとせ). EDICT's alone. */
  dictionaryArchaicReading?: (surface: string, reading: string) => boolean;
  /** Whether some dictionary word starts with `prefix` (lets the layer stop looking early). */
  dictionaryHasPrefix?: (prefix: string) => boolean;
  /**
   * How long a start of `text` some dictionary word begins with: the passes ask it once for a
   * run of tokens instead of asking dictionaryHasPrefix for each longer start.
   */
  dictionaryPrefixReach?: (text: string) => number;
  /**
   * Readings of a person's name written exactly `surface` (hiragana, preferred first), used
   * where kuromoji splits a name it does not know into pieces it reads one by one (了|平).
   */
  nameReadings?: (surface: string) => readonly string[] | undefined;
  /** The usual reading of a person's name kuromoji reads as one word another way (智子 ともこ, not さとこ). */
  usualNameReading?: (surface: string) => string | undefined;
  /** Whether `surface` is a family name (伊達, 垂水), for a house's 家 (け). */
  isSurname?: (surface: string) => boolean;
  /** The reading of a place written exactly `surface` (浦添市, 浪江町 なみえまち), ENAMDICT's where kuromoji's differs. */
  placeReading?: (surface: string) => string | undefined;
  /**
   * Readings of one kanji from KANJIDIC2 (hiragana, on'yomi first, kun'yomi without okurigana):
   * the last resort for a token neither kuromoji nor the dictionary can read (瀑, 讀); what it
   * gives is shown marked uncertain.
   */
  kanjiReadings?: (kanji: string) => readonly string[] | undefined;
  /**
   * A kanji's on'yomi and kun'yomi apart, from KANJIDIC2 (hiragana, kun'yomi without okurigana):
   * for the origin of the word before a one-kanji suffix (suffix-origins.ts).
   */
  kanjiReadingsByKind?: (kanji: string) => KanjiReadingsByKind | undefined;
  /**
   * A reading two sources other than kuromoji agree on for this token where kuromoji reads it
   * otherwise (hiragana), or undefined: asked only of tokens the fallback would read as kuromoji does.
   * `createReadingContext` sets the generated table (agreed-readings.ts: UniDic and EDICT).
   */
  agreedReading?: (token: Token) => string | undefined;
  /**
   * Told, when given, which pass or rule row decided each word (`glossary`, `number`, `name`,
   * `dictionary`, `rule:<row id>`, `sino`, `kuromoji`…): for the evaluation scripts. Off (absent)
   * it costs nothing. `tokens` are the tokens the word's indices count: kuromoji's, with any
   * fused counter cut out (fused-counters.ts).
   */
  trace?: (word: Word, decidedBy: string, tokens: readonly Token[]) => void;
}

export interface ReadingKnowledge {
  glossary?: readonly GlossaryTerm[];
  dictionary?: Dictionary;
  /** People's names (ENAMDICT, dict/names/), for names kuromoji splits and misreads. */
  names?: NameReadingSource;
  /** KANJIDIC2 (dict/kanji/), for kanji nothing else reads. */
  kanji?: KanjiSource;
  /**
   * Words UniDic (or JumanDIC) reads one way that EDICT lacks (dict/readings/lexicon-words.tsv.gz), asked where
   * EDICT has no word written so; used only with `dictionary`.
   */
  lexicon?: LexiconWordSource;
}

export function createReadingContext(knowledge: ReadingKnowledge): ReadingContext {
  const context: ReadingContext = { agreedReading };
  if (knowledge.glossary) {
    const glossary = glossaryReadingSource(knowledge.glossary);
    context.glossaryReadings = glossary.readings;
    context.glossaryHasPrefix = glossary.hasPrefix;
  }
  if (knowledge.dictionary) {
    const dictionary = dictionaryReadingSource(knowledge.dictionary);
    context.dictionaryReadings = dictionary.readings;
    context.dictionaryCommonCount = dictionary.commonCount;
    context.dictionaryListsReading = dictionary.listsReading;
    context.dictionaryArchaicReading = dictionary.archaicReading;
    context.dictionaryHasPrefix = dictionary.hasPrefix;
    context.dictionaryPrefixReach = dictionary.prefixReach;
    if (knowledge.lexicon) withLexicon(context, knowledge.lexicon);
  }
  if (knowledge.names) {
    context.nameReadings = knowledge.names.readings;
    context.isSurname = knowledge.names.isSurname;
    context.usualNameReading = knowledge.names.usualReading;
    context.placeReading = knowledge.names.placeReading;
  }
  if (knowledge.kanji) {
    context.kanjiReadingsByKind = kanjiReadingsByKindSource(knowledge.kanji);
    context.kanjiReadings = kanjiReadingSource(knowledge.kanji, context.kanjiReadingsByKind);
  }
  return context;
}

/**
 * Adds the lexicon's words to the context's dictionary: `dictionaryReadings` answers with the
 * lexicon's reading where EDICT has no word written so, and the prefix questions count the
 * lexicon's words too, so that a run of tokens is read as a word either knows (二荒山神社). EDICT's
 * common marks and `dictionaryListsReading` stay EDICT's alone.
 */
function withLexicon(context: ReadingContext, lexicon: LexiconWordSource): void {
  const edictReadings = context.dictionaryReadings!;
  const edictHasPrefix = context.dictionaryHasPrefix!;
  const edictReach = context.dictionaryPrefixReach!;
  context.dictionaryReadings = (surface) => {
    const listed = edictReadings(surface);
    if (listed?.length) return listed;
    const reading = lexicon.reading(surface);
    return reading ? [reading] : listed;
  };
  context.dictionaryHasPrefix = (prefix) => edictHasPrefix(prefix) || lexicon.prefixReach(prefix) >= prefix.length;
  context.dictionaryPrefixReach = (text) => Math.max(edictReach(text), lexicon.prefixReach(text));
}
