/**
 * The word list as stored from schema 2 on: one storage key per saved word, so that saving,
 * editing or deleting a word writes that word alone (no whole-list rewrite, no read-modify-write
 * of one value shared by every tab), and the migration from the schemas before it.
 *
 * Layout (keys of storage.local):
 * - `wordList`: the list's manifest, `{ version: 2 }`. Before schema 2 this key held the list
 *   itself: a bare array of words (schema 0) or `{ version: 1, words: SavedWord[] }` (schema 1);
 * - `word:<lemma>TAB<reading>`: one saved word (a SavedWord), its key its lemma and reading.
 *
 * It is read as every keyed store is (core/study/keyed-word-store.ts): an entry that is not a
 * word is reported and skipped; a manifest of a newer schema marks the list read-only (`newer`);
 * a list still in an older schema is read whole and marked for migration (`migrate`).
 */
import { parseSavedWord, savedWordKey, type SavedWord } from './saved-word';
import { readWordList, WORD_LIST_VERSION } from './word-list-schema';
import { KeyedListState, readKeyedList, type KeyedListRead, type KeyedWordStore } from './keyed-word-store';

/** The storage key of the manifest (and, before schema 2, of the whole list). */
export const WORD_LIST_KEY = 'wordList';
/** The storage keys of saved words start with this. */
export const WORD_KEY_PREFIX = 'word:';

/** The storage key of one saved word: `word:` + lemma + TAB + reading. */
export function wordStorageKey(word: Pick<SavedWord, 'lemma' | 'reading'>): string {
  return WORD_KEY_PREFIX + savedWordKey(word);
}

/** The manifest written under WORD_LIST_KEY. */
export function wordListManifest(): { version: typeof WORD_LIST_VERSION } {
  return { version: WORD_LIST_VERSION };
}

/** The word list's keyed store: how its manifest and entries are read (core/study/keyed-word-store.ts). */
export const WORD_LIST_STORE: KeyedWordStore<SavedWord> = {
  manifestKey: WORD_LIST_KEY,
  entryPrefix: WORD_KEY_PREFIX,
  version: WORD_LIST_VERSION,
  envelopeField: 'words',
  entryNoun: 'stored word',
  wordKey: savedWordKey,
  parse: parseSavedWord,
  readOldList: readWordList,
  // Of two saves of one word, the later one is kept.
  oldWordWins: (old, stored) => old.savedAt > stored.savedAt,
  order: bySaving,
};

export type StoredWordListRead = KeyedListRead<SavedWord>;

/** Orders words as they were saved (oldest first), then by key: the same list reads the same in every tab. */
function bySaving(a: SavedWord, b: SavedWord): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? -1 : 1;
  const ka = savedWordKey(a);
  const kb = savedWordKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The word list held by a storage area's values (all of storage.local, or at least its manifest
 * and its `word:` keys).
 * @returns the words (oldest save first), the problems in words for the reader, `newer` when the
 *   manifest is of a later schema, `migrate` when the manifest key still holds an older list.
 */
export function readStoredWordList(area: Readonly<Record<string, unknown>>): StoredWordListRead {
  return readKeyedList(WORD_LIST_STORE, area);
}

/** A change of the stored word list: the words to write (each under its key) and the words to remove. */
export interface WordChanges {
  put: SavedWord[];
  remove: Pick<SavedWord, 'lemma' | 'reading'>[];
}

function sameWord(a: SavedWord, b: SavedWord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What turns `before` into `after`, word by word (by lemma and reading): only the words that differ. */
export function wordChanges(before: readonly SavedWord[], after: readonly SavedWord[]): WordChanges {
  const old = new Map(before.map((w) => [savedWordKey(w), w]));
  const put: SavedWord[] = [];
  const kept = new Set<string>();
  for (const word of after) {
    const key = savedWordKey(word);
    kept.add(key);
    const was = old.get(key);
    if (!was || !sameWord(was, word)) put.push(word);
  }
  const remove = before.filter((w) => !kept.has(savedWordKey(w))).map(({ lemma, reading }) => ({ lemma, reading }));
  return { put, remove };
}

/**
 * The word list as one context follows it: read once from the whole area, then kept in step
 * with storage's change events word by word (no fetching of thousands of entries per change).
 */
export class WordListState extends KeyedListState<SavedWord> {
  constructor(area: Readonly<Record<string, unknown>>) {
    super(WORD_LIST_STORE, area);
  }
}
