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
 * Reading is lenient as before: an entry that is not a word is reported and skipped; a manifest
 * of a newer schema marks the list read-only (`newer`); a list still in an older schema is read
 * whole and marked for migration (`migrate`).
 */
import { parseSavedWord, savedWordKey, type SavedWord } from './saved-word';
import { readWordList, WORD_LIST_VERSION, type ReadList } from './word-list-schema';

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

/** A list found in an older schema, to be written in the current one before anything else is. */
export interface WordListMigration {
  /** The schema found (0: a bare array or a value that is no list; 1: the version 1 envelope). */
  from: number;
  /** The words of the old list to write as entries (those no entry already holds as new or newer). */
  words: SavedWord[];
  /** Whether part of the old value could not be read: it must be kept aside whole before it is replaced. */
  keepAside: boolean;
}

export interface StoredWordListRead extends ReadList<SavedWord> {
  migrate?: WordListMigration;
}

/** One stored entry read: the word, or why it was skipped. */
export type StoredEntry = { word: SavedWord } | { problem: string };

/** Reads one `word:` entry; the word must be the one its key names. */
export function readWordEntry(storageKey: string, value: unknown): StoredEntry {
  const named = storageKey.slice(WORD_KEY_PREFIX.length).replace('\t', ' ');
  const parsed = parseSavedWord(value);
  if ('problem' in parsed) return { problem: `the stored word ${named} was skipped: ${parsed.problem}` };
  if (wordStorageKey(parsed.word) !== storageKey) {
    return { problem: `the stored word ${named} was skipped: it holds another word (${parsed.word.lemma})` };
  }
  return parsed;
}

/** Whether the manifest value is of schema 2 or later (a number version ≥ 2). */
function manifestVersion(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = (value as { version?: unknown }).version;
  return typeof v === 'number' && Number.isInteger(v) && v >= WORD_LIST_VERSION ? v : undefined;
}

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
  const byKey = new Map<string, SavedWord>();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(area)) {
    if (!key.startsWith(WORD_KEY_PREFIX)) continue;
    const entry = readWordEntry(key, value);
    if ('problem' in entry) problems.push(entry.problem);
    else byKey.set(savedWordKey(entry.word), entry.word);
  }
  const manifest = area[WORD_LIST_KEY];
  const version = manifestVersion(manifest);
  const read: StoredWordListRead = { items: [], problems };
  if (manifest !== undefined && manifest !== null && version === undefined) {
    // Schema 0 or 1 (or a value that is no list): read it whole; its words go to entries.
    const old = readWordList(manifest);
    const from = typeof manifest === 'object' && !Array.isArray(manifest) && (manifest as { version?: unknown }).version === 1 ? 1 : 0;
    const words: SavedWord[] = [];
    for (const word of old.items) {
      const before = byKey.get(savedWordKey(word));
      if (!before || word.savedAt > before.savedAt) {
        byKey.set(savedWordKey(word), word);
        words.push(word);
      }
    }
    problems.unshift(...old.problems);
    read.migrate = { from, words, keepAside: old.unreadable === true };
    if (old.newer !== undefined) read.newer = old.newer;
  } else if (version !== undefined && version > WORD_LIST_VERSION) {
    read.newer = version;
    // A later schema may keep words elsewhere; what this Yomu can read of an envelope it holds is shown.
    const words = (manifest as { words?: unknown }).words;
    if (Array.isArray(words)) {
      const old = readWordList({ version: 1, words });
      for (const word of old.items) if (!byKey.has(savedWordKey(word))) byKey.set(savedWordKey(word), word);
      problems.push(...old.problems);
    }
  }
  read.items = [...byKey.values()].sort(bySaving);
  if (problems.length > 0) read.unreadable = true;
  return read;
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
export class WordListState {
  /** The stored values of the manifest and the `word:` keys, as storage holds them. */
  private readonly values = new Map<string, unknown>();

  constructor(area: Readonly<Record<string, unknown>>) {
    for (const [key, value] of Object.entries(area)) this.set(key, value);
  }

  private set(key: string, value: unknown): void {
    if (key !== WORD_LIST_KEY && !key.startsWith(WORD_KEY_PREFIX)) return;
    if (value === undefined || value === null) this.values.delete(key);
    else this.values.set(key, value);
  }

  /**
   * Applies a storage change event (`{ key: { newValue } }`, newValue absent for a removed key).
   * @returns `touched`: whether the event changed anything of the word list; `words`: the saved
   *   words it changed, by savedWordKey (lemma TAB reading), each as now stored, or null when
   *   removed or unreadable.
   */
  apply(changes: Readonly<Record<string, { newValue?: unknown }>>): { touched: boolean; words: Map<string, SavedWord | null> } {
    const words = new Map<string, SavedWord | null>();
    let touched = false;
    for (const [key, change] of Object.entries(changes)) {
      if (key !== WORD_LIST_KEY && !key.startsWith(WORD_KEY_PREFIX)) continue;
      touched = true;
      this.set(key, change.newValue);
      if (key.startsWith(WORD_KEY_PREFIX)) {
        const entry = change.newValue === undefined || change.newValue === null ? undefined : readWordEntry(key, change.newValue);
        words.set(key.slice(WORD_KEY_PREFIX.length), entry && 'word' in entry ? entry.word : null);
      }
    }
    return { touched, words };
  }

  /** The list as stored now, read as readStoredWordList reads it. */
  read(): StoredWordListRead {
    return readStoredWordList(Object.fromEntries(this.values));
  }
}
