/**
 * The schema of the reading-rule tables: declarative rows, keyed by a word's lemma (dictionary
 * form) and part of speech, that give the word a reading where its neighbours decide it (方 ほう
 * or かた, 会社 がいしゃ after a noun). One interpreter (`rule-interpreter.ts`) runs them; the
 * rows live in `context-rows.ts`, their example sentences in `tests/fixtures/reading-rule-examples.json`.
 */

/** IPADIC's part-of-speech fields and a token's place, tested against one neighbour. */
export interface TokenTest {
  /** The surface is one of these. */
  surface?: readonly string[];
  /** The lemma (dictionary form, kuromoji's 基本形) is one of these. */
  lemma?: readonly string[];
  /** A named word list of the table (`WORD_LISTS`) holds the surface. */
  list?: string;
  /** Part of speech (品詞) is one of these. */
  pos?: readonly string[];
  /** First subdivision (品詞細分類1) is one of these. */
  pos1?: readonly string[];
  /** Second subdivision (品詞細分類2) is one of these. */
  pos2?: readonly string[];
  /** The conjugation form (活用形) starts with this (連用 for a stem). */
  form?: string;
  /** A noun proper: 名詞 but not 非自立, 代名詞, 数, nor punctuation. */
  noun?: boolean;
  /** A proper noun or a word written all in katakana (ナイル, 信濃). */
  properOrForeign?: boolean;
  /** The surface is all katakana / all hiragana / holds a kanji. */
  script?: 'katakana' | 'hiragana' | 'kanji';
  /** The surface's first kana (folded to hiragana) is one of these characters. */
  firstSound?: string;
  /** The surface starts with one of these. */
  startsWith?: readonly string[];
  /** The surface ends with one of these. */
  endsWith?: readonly string[];
  /** The engine's names source knows the surface as a family name (伊達, 垂水). */
  surname?: boolean;
  /** Whether this neighbour touches the word (no space or other text between them). */
  touches?: boolean;
  /** Any one of these tests holds. */
  any?: readonly TokenTest[];
  /** This test does not hold. */
  not?: TokenTest;
}

/**
 * A neighbour's test, or `'none'`: there is no token there, or only punctuation or a symbol (the
 * word opens or closes a clause).
 */
export type NeighbourTest = TokenTest | 'none';

/** Tests over a clause that the table names (each a small function in `clause-tests.ts`). */
export type ClauseTest = 'objectBefore' | 'noObjectBefore' | 'pathOrNoObject' | 'lookedToward' | 'attributedTo' | 'destinationBefore';

/** What a row measured (`npm run eval:rules`): words it decided, how many it read right, how many kuromoji's own reading got right. */
export interface RowEvidence {
  fired: number;
  right: number;
  kuromoji: number;
}

export interface ReadingRuleRow {
  /** Unique: the lemma, a slash, a short name of the case (方/comparison). */
  id: string;
  /** The word the row reads. */
  word: {
    /** Lemma (dictionary form) of the token. */
    lemma: string;
    /** The token's surface is one of these (for one inflected form: 行っ of 行く/行う). */
    surface?: readonly string[];
    pos?: readonly string[];
    pos1?: readonly string[];
    pos2?: readonly string[];
    /** kuromoji's reading of it, in hiragana, is (or, with `readingIsNot`, is not) this. */
    reading?: string;
    readingIsNot?: string;
  };
  /** Tests on the neighbours, by offset from the word: two before to four after. */
  prev2?: NeighbourTest;
  prev?: NeighbourTest;
  next?: NeighbourTest;
  next2?: NeighbourTest;
  next3?: NeighbourTest;
  next4?: NeighbourTest;
  /** A test over the clause before the word. */
  clause?: ClauseTest;
  /**
   * The reading of the token in hiragana; `{ voice: true }` voices the first kana of kuromoji's
   * reading (すき → ずき); `{ stem: [wrong, right] }` replaces the start of kuromoji's reading
   * (あづけ → あずけ; a reading that already starts with the right stem is kept, and decided); `'keep'`
   * stops the word's rows and keeps kuromoji's reading.
   */
  reading: string | { voice: true } | { stem: readonly [string, string] } | 'keep';
  /**
   * The row reads its word before the dictionary pass would join it with the words after it
   * into one dictionary word (県庁|前|駅: 前 まえ, a stop named for what it stands before, not
   * EDICT's 前駅 ぜんえき, the station before): for rows whose neighbours settle what a
   * dictionary match cannot see.
   */
  beforeDictionary?: true;
  /** Other readings in use, most likely first (shown by the hover popup); kuromoji's own is added for computed readings. */
  alternatives?: readonly string[];
  /** Why, in a sentence. */
  note: string;
  /** Measured on KWDLC train and dev (and the homograph train set where the row reads a target) when the row was last changed. */
  evidence: { train: RowEvidence; dev: RowEvidence; homographs?: RowEvidence };
}
