/**
 * The stored word list and known-word list: a versioned envelope, read leniently. A corrupt
 * entry is reported and skipped; the others are kept. A list written by a newer Yomu is read as
 * far as it can be and reported, never rewritten by an older one.
 *
 * Versions of the envelope (LIST_FILE_VERSION: JSON files, the stored known words, the stored
 * word list up to its schema 1):
 * - 0: a bare JSON array of words (what a first export or a hand-made file holds), no envelope;
 * - 1: `{ version: 1, words: SavedWord[] }` (and `{ version: 1, known: KnownWord[] }`).
 * The stored word list and the stored known words are kept one key per word from schema 2 on
 * (WORD_LIST_VERSION, core/study/stored-word-list.ts; KNOWN_WORDS_VERSION,
 * core/study/stored-known-words.ts).
 */
import { parseSavedWord, savedWordKey, type SavedWord } from './saved-word';
import { knownWordKey, parseKnownWord, type KnownWord } from './known-word';

/** The envelope's version: JSON files (and the stored lists before their schema 2). */
export const LIST_FILE_VERSION = 1;
/** The stored word list's schema: 2, one storage key per word (core/study/stored-word-list.ts). */
export const WORD_LIST_VERSION = 2;
/** The stored known words' schema: 2, one storage key per word (core/study/stored-known-words.ts). */
export const KNOWN_WORDS_VERSION = 2;

export interface StoredWordList {
  version: typeof LIST_FILE_VERSION;
  words: SavedWord[];
}

export interface ReadList<T> {
  items: T[];
  /** What could not be read, in words for the reader (one line each). */
  problems: string[];
  /** Set when the stored list is newer than this code: it must not be overwritten (not among `problems`). */
  newer?: number;
  /**
   * Set when part of the stored value was not read into `items` (a skipped entry, a list with no
   * version): before the list is written again, the stored value must be kept aside whole.
   */
  unreadable?: true;
}

/** The entries of a stored value of any version, with its version (0 for a bare array). */
function entriesOf(value: unknown, field: 'words' | 'known'): { version: number; entries: unknown[]; note?: string } | { problem: string } {
  if (value === undefined || value === null) return { version: LIST_FILE_VERSION, entries: [] };
  if (Array.isArray(value)) return { version: 0, entries: value };
  if (typeof value !== 'object') return { problem: 'the stored list is not a list' };
  const v = value as Record<string, unknown>;
  if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) {
    // A list of entries with its version lost is read as the first version rather than not at all.
    if (Array.isArray(v[field])) return { version: 1, entries: v[field], note: 'the stored list has no version: read as version 1' };
    return { problem: 'the stored list has no version' };
  }
  const entries = v[field];
  if (!Array.isArray(entries)) return { problem: `the stored list (version ${v.version}) holds no ${field}` };
  return { version: v.version, entries };
}

function readList<T>(
  value: unknown,
  field: 'words' | 'known',
  parse: (entry: unknown) => { item: T } | { problem: string },
  key: (item: T) => string,
  newer: (a: T, b: T) => boolean,
): ReadList<T> {
  const found = entriesOf(value, field);
  if ('problem' in found) return { items: [], problems: [found.problem], unreadable: true };
  const problems: string[] = found.note ? [found.note] : [];
  const byKey = new Map<string, T>();
  found.entries.forEach((entry, i) => {
    const parsed = parse(entry);
    if ('problem' in parsed) {
      problems.push(`entry ${i + 1} was skipped: ${parsed.problem}`);
      return;
    }
    const k = key(parsed.item);
    const before = byKey.get(k);
    if (!before || newer(parsed.item, before)) byKey.set(k, parsed.item);
  });
  const read: ReadList<T> = { items: [...byKey.values()], problems };
  if (problems.length > 0) read.unreadable = true;
  // A newer list is not a problem of its entries: `newer` says it (newerListMessage tells the reader).
  if (found.version > LIST_FILE_VERSION) read.newer = found.version;
  return read;
}

/** Reads a stored (or imported) word list of any known version; duplicates keep the newest save. */
export function readWordList(value: unknown): ReadList<SavedWord> {
  return readList(
    value,
    'words',
    (e) => {
      const p = parseSavedWord(e);
      return 'word' in p ? { item: p.word } : p;
    },
    savedWordKey,
    (a, b) => a.savedAt > b.savedAt,
  );
}

/** Reads a stored known-word list of any known version. */
export function readKnownWords(value: unknown): ReadList<KnownWord> {
  return readList(
    value,
    'known',
    (e) => {
      const p = parseKnownWord(e);
      return 'word' in p ? { item: p.word } : p;
    },
    knownWordKey,
    () => false,
  );
}

/**
 * What the reader is told when a stored list was written by a newer Yomu (`version` above
 * WORD_LIST_VERSION for the word list, KNOWN_WORDS_VERSION for the known words): it is shown, never
 * changed, until Yomu is updated. `what`: "word list" or "known words".
 */
export function newerListMessage(what: 'word list' | 'known words', version: number): string {
  const reads = what === 'word list' ? WORD_LIST_VERSION : KNOWN_WORDS_VERSION;
  return `Your ${what} ${what === 'known words' ? 'were' : 'was'} saved by a newer version of Yomu (list version ${version}; this Yomu reads version ${reads} and older). It is shown but read-only here: nothing can be added, changed or removed until Yomu is updated. Nothing in it is lost.`;
}

/** A word list in the envelope of LIST_FILE_VERSION (the JSON export's file). */
export function storedWordList(words: readonly SavedWord[]): StoredWordList {
  return { version: LIST_FILE_VERSION, words: [...words] };
}
