/**
 * The known words as stored from schema 2 on: one storage key per known word, so that marking a
 * word known or unknown writes (or removes) that word's key alone. Before schema 2 every change
 * read the whole list, changed it and wrote it back: two tabs changing it at once lost one change.
 *
 * Layout (keys of storage.local):
 * - `knownWords`: the manifest, `{ version: 2 }`. Before schema 2 this key held the list itself:
 *   a bare array of known words (schema 0) or `{ version: 1, known: KnownWord[] }` (schema 1);
 * - `known:<lemma>TAB<reading>`: one known word (a KnownWord), its key its lemma and reading (a
 *   reading of '' for a word known by its spelling alone).
 *
 * They are read as every keyed store is (core/study/keyed-word-store.ts): an entry that is not a
 * known word, or not the one its key names, is reported and skipped; a manifest of a newer schema
 * marks the list read-only (`newer`); a list still in an older schema is read whole and marked for
 * migration (`migrate`). Words are given in key order (lemma, then reading, by UTF-16 code unit),
 * the same in every tab.
 */
import { knownWordKey, parseKnownWord, type KnownWord } from './known-word';
import { KNOWN_WORDS_VERSION, readKnownWords } from './word-list-schema';
import { isStoreKey, KeyedListState, readKeyedList, type KeyedListRead, type KeyedWordStore } from './keyed-word-store';

export { KNOWN_WORDS_VERSION };
/** The storage key of the manifest (and, before schema 2, of the whole list). */
export const KNOWN_WORDS_KEY = 'knownWords';
/** The storage keys of known words start with this. */
export const KNOWN_KEY_PREFIX = 'known:';

/** The storage key of one known word: `known:` + lemma + TAB + reading. */
export function knownStorageKey(word: KnownWord): string {
  return KNOWN_KEY_PREFIX + knownWordKey(word);
}

/** The known words' keyed store: how their manifest and entries are read (core/study/keyed-word-store.ts). */
export const KNOWN_WORDS_STORE: KeyedWordStore<KnownWord> = {
  manifestKey: KNOWN_WORDS_KEY,
  entryPrefix: KNOWN_KEY_PREFIX,
  version: KNOWN_WORDS_VERSION,
  envelopeField: 'known',
  entryNoun: 'known word',
  wordKey: knownWordKey,
  parse: parseKnownWord,
  readOldList: readKnownWords,
  // A word already stored as an entry is the same word: the entry stays.
  oldWordWins: () => false,
  order: byKey,
};

export type StoredKnownWordsRead = KeyedListRead<KnownWord>;

/** Whether a storage key belongs to the stored known words (the manifest or a word). */
export function isKnownWordsStorageKey(key: string): boolean {
  return isStoreKey(KNOWN_WORDS_STORE, key);
}

/** The manifest written under KNOWN_WORDS_KEY. */
export function knownWordsManifest(): { version: typeof KNOWN_WORDS_VERSION } {
  return { version: KNOWN_WORDS_VERSION };
}

function byKey(a: KnownWord, b: KnownWord): number {
  const ka = knownWordKey(a);
  const kb = knownWordKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The known words held by a storage area's values (all of storage.local, or at least its
 * manifest and its `known:` keys; other keys are ignored).
 * @returns the words in key order, the problems in words for the reader, `newer` when the
 *   manifest is of a later schema, `migrate` when the manifest key still holds an older list.
 */
export function readStoredKnownWords(area: Readonly<Record<string, unknown>>): StoredKnownWordsRead {
  return readKeyedList(KNOWN_WORDS_STORE, area);
}

/**
 * The known words as one context follows them: read once, then kept in step with storage's
 * change events key by key (no reading of the whole area per change).
 */
export class KnownWordsState extends KeyedListState<KnownWord> {
  constructor(area: Readonly<Record<string, unknown>>) {
    super(KNOWN_WORDS_STORE, area);
  }
}
