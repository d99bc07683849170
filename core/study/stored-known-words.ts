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
 * Reading is lenient: an entry that is not a known word, or not the one its key names, is
 * reported and skipped; a manifest of a newer schema marks the list read-only (`newer`); a list
 * still in an older schema is read whole and marked for migration (`migrate`). Words are given
 * in key order (lemma, then reading, by UTF-16 code unit), the same in every tab.
 */
import { knownWordKey, parseKnownWord, type KnownWord } from './known-word';
import { KNOWN_WORDS_VERSION, readKnownWords, type ReadList } from './word-list-schema';

export { KNOWN_WORDS_VERSION };
/** The storage key of the manifest (and, before schema 2, of the whole list). */
export const KNOWN_WORDS_KEY = 'knownWords';
/** The storage keys of known words start with this. */
export const KNOWN_KEY_PREFIX = 'known:';

/** The storage key of one known word: `known:` + lemma + TAB + reading. */
export function knownStorageKey(word: KnownWord): string {
  return KNOWN_KEY_PREFIX + knownWordKey(word);
}

/** Whether a storage key belongs to the stored known words (the manifest or a word). */
export function isKnownWordsStorageKey(key: string): boolean {
  return key === KNOWN_WORDS_KEY || key.startsWith(KNOWN_KEY_PREFIX);
}

/** The manifest written under KNOWN_WORDS_KEY. */
export function knownWordsManifest(): { version: typeof KNOWN_WORDS_VERSION } {
  return { version: KNOWN_WORDS_VERSION };
}

/** A list found in an older schema, to be written in the current one before anything else is. */
export interface KnownWordsMigration {
  /** The schema found (0: a bare array or a value that is no list; 1: the version 1 envelope). */
  from: number;
  /** The words of the old list to write as entries (those no entry holds yet). */
  words: KnownWord[];
  /** Whether part of the old value could not be read: it must be kept aside whole before it is replaced. */
  keepAside: boolean;
}

export interface StoredKnownWordsRead extends ReadList<KnownWord> {
  migrate?: KnownWordsMigration;
}

/** Reads one `known:` entry; the word must be the one its key names. */
export function readKnownEntry(storageKey: string, value: unknown): { word: KnownWord } | { problem: string } {
  const named = storageKey.slice(KNOWN_KEY_PREFIX.length).replace('\t', ' ').trim();
  const parsed = parseKnownWord(value);
  if ('problem' in parsed) return { problem: `the known word ${named} was skipped: ${parsed.problem}` };
  if (knownStorageKey(parsed.word) !== storageKey) {
    return { problem: `the known word ${named} was skipped: it holds another word (${parsed.word.lemma})` };
  }
  return parsed;
}

/** The manifest's version when it is of schema 2 or later (an integer ≥ 2), else undefined. */
function manifestVersion(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = (value as { version?: unknown }).version;
  return typeof v === 'number' && Number.isInteger(v) && v >= KNOWN_WORDS_VERSION ? v : undefined;
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
  const words = new Map<string, KnownWord>();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(area)) {
    if (!key.startsWith(KNOWN_KEY_PREFIX) || value === undefined || value === null) continue;
    const entry = readKnownEntry(key, value);
    if ('problem' in entry) problems.push(entry.problem);
    else words.set(knownWordKey(entry.word), entry.word);
  }
  const manifest = area[KNOWN_WORDS_KEY];
  const version = manifestVersion(manifest);
  const read: StoredKnownWordsRead = { items: [], problems };
  if (manifest !== undefined && manifest !== null && version === undefined) {
    // Schema 0 or 1 (or a value that is no list): read it whole; its words go to entries.
    const old = readKnownWords(manifest);
    const from = typeof manifest === 'object' && !Array.isArray(manifest) && (manifest as { version?: unknown }).version === 1 ? 1 : 0;
    const toWrite: KnownWord[] = [];
    for (const word of old.items) {
      if (words.has(knownWordKey(word))) continue;
      words.set(knownWordKey(word), word);
      toWrite.push(word);
    }
    problems.unshift(...old.problems);
    read.migrate = { from, words: toWrite, keepAside: old.unreadable === true };
    if (old.newer !== undefined) read.newer = old.newer;
  } else if (version !== undefined && version > KNOWN_WORDS_VERSION) {
    read.newer = version;
    // A later schema may keep its words elsewhere; what this Yomu can read of an envelope it holds is shown.
    const known = (manifest as { known?: unknown }).known;
    if (Array.isArray(known)) {
      const old = readKnownWords({ version: 1, known });
      for (const word of old.items) if (!words.has(knownWordKey(word))) words.set(knownWordKey(word), word);
      problems.push(...old.problems);
    }
  }
  read.items = [...words.values()].sort(byKey);
  if (problems.length > 0) read.unreadable = true;
  return read;
}

/**
 * The known words as one context follows them: read once, then kept in step with storage's
 * change events key by key (no reading of the whole area per change).
 */
export class KnownWordsState {
  /** The stored values of the manifest and the `known:` keys, as storage holds them. */
  private readonly values = new Map<string, unknown>();

  constructor(area: Readonly<Record<string, unknown>>) {
    for (const [key, value] of Object.entries(area)) this.set(key, value);
  }

  private set(key: string, value: unknown): void {
    if (!isKnownWordsStorageKey(key)) return;
    if (value === undefined || value === null) this.values.delete(key);
    else this.values.set(key, value);
  }

  /**
   * Applies a storage change event (`{ key: { newValue } }`, newValue absent for a removed key).
   * @returns whether the event changed any key of the known words.
   */
  apply(changes: Readonly<Record<string, { newValue?: unknown }>>): boolean {
    let touched = false;
    for (const [key, change] of Object.entries(changes)) {
      if (!isKnownWordsStorageKey(key)) continue;
      touched = true;
      this.set(key, change.newValue);
    }
    return touched;
  }

  /** The known words as stored now, read as readStoredKnownWords reads them. */
  read(): StoredKnownWordsRead {
    return readStoredKnownWords(Object.fromEntries(this.values));
  }
}
