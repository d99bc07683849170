/**
 * One entry of the bundled Japanese–English dictionary (EDICT), as the lookup hands it to the
 * hover popup and the reading layer. Entries are decoded lazily from the dictionary file, one at
 * a time, when a lookup reaches them.
 *
 * An entry is one word: its kanji spellings, its kana readings and its senses. EDICT writes a word
 * once per spelling–reading pair; the builder merges the pairs of one word back together, so
 * 行く carries both いく and ゆく, and 締め切り its variant spellings.
 */
export interface DictionaryEntry {
  /** Index of the entry in the dictionary file (stable for one file, not across rebuilds). */
  id: number;
  /** Kanji spellings (EDICT's headwords), the usual one first. Empty for words written in kana only (すでに's entry has 既に; ゲート has none). */
  headwords: Headword[];
  /** Kana readings (hiragana or katakana as EDICT writes them), the usual one first. Never empty. */
  readings: Reading[];
  /** Senses in EDICT's order. */
  senses: Sense[];
  /** Whether any spelling or reading carries EDICT's common-word mark (P). */
  common: boolean;
}

/** A kanji spelling of a word. */
export interface Headword {
  text: string;
  /** EDICT's (P): the spelling is among the common words. */
  common: boolean;
  /** EDICT's spelling tags: iK (irregular kanji), io (irregular okurigana), oK (out-dated kanji), ateji, rK, sK. */
  tags: string[];
}

/** A kana reading of a word. */
export interface Reading {
  text: string;
  /** EDICT's (P): the reading is among the common words. */
  common: boolean;
  /** EDICT's reading tags: ik (irregular kana), ok (out-dated kana), gikun, uK, rk, sk. */
  tags: string[];
  /**
   * The headwords (kanji spellings) this reading belongs to, when it does not belong to all of
   * them; an empty list means the reading is only written in kana. Absent: all headwords.
   */
  appliesTo?: string[];
}

/** One meaning of a word. */
export interface Sense {
  /** EDICT part-of-speech codes (n, vs, v5k, adj-i…); see `describePartOfSpeech`. */
  partsOfSpeech: string[];
  /** Other EDICT labels: usage (uk, abbr, hon, sl…), field (comp, med, MA…), dialect (ksb:…). */
  tags: string[];
  /** English glosses, most direct first. */
  glosses: string[];
}

/** What the dictionary file says about its own data (shown in an About section). */
export interface DictionaryMetadata {
  /** Name of the source dictionary, e.g. "EDICT". */
  source: string;
  /** Who compiles the source. */
  publisher: string;
  /** The source file's own creation date (YYYY-MM-DD), from its header line. */
  created: string;
  /** Licence of the data, e.g. "CC BY-SA 3.0". */
  licence: string;
  /** Where the data came from, e.g. the Debian package and version. */
  origin: string;
}
