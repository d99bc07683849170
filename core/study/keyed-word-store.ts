/**
 * A list of words kept one storage key per word (schema 2 on), read from a storage area's values.
 * The word list (core/study/stored-word-list.ts) and the known words
 * (core/study/stored-known-words.ts) are both kept this way; each is described by a
 * KeyedWordStore and read by the functions here, so that the two can never drift apart in how
 * they read entries, older schemas or a newer one.
 *
 * Layout (keys of storage.local), for a store with manifest key M and entry prefix P:
 * - `M`: the manifest, `{ version: 2 }`. Before schema 2 this key held the list itself: a bare
 *   array of words (schema 0) or `{ version: 1, <field>: Word[] }` (schema 1);
 * - `P<lemma>TAB<reading>`: one word, its key its lemma and reading.
 *
 * Reading is lenient: an entry that is not a word, or not the one its key names, is reported and
 * skipped; a manifest of a newer schema marks the list read-only (`newer`); a list still in an
 * older schema is read whole and marked for migration (`migrate`).
 */
import type { ReadList } from './word-list-schema';

/** How one list of words is stored, one key per word. */
export interface KeyedWordStore<W> {
  /** The storage key of the manifest (and, before schema 2, of the whole list). */
  manifestKey: string;
  /** The storage keys of words start with this. */
  entryPrefix: string;
  /** The schema these functions write (2). */
  version: number;
  /** The field of a schema 1 envelope (and of a newer manifest) that holds the words. */
  envelopeField: string;
  /** How a skipped entry is named to the reader ("stored word", "known word"). */
  entryNoun: string;
  /** A word's identity within the list: lemma TAB reading. */
  wordKey: (word: W) => string;
  /** Reads one stored value as a word. */
  parse: (value: unknown) => { word: W } | { problem: string };
  /** Reads a list of schema 0 or 1 (the whole value of the manifest key). */
  readOldList: (value: unknown) => ReadList<W>;
  /** Whether a word of the old list replaces the entry already stored for the same key. */
  oldWordWins: (old: W, stored: W) => boolean;
  /** The order words are given in, the same in every tab. */
  order: (a: W, b: W) => number;
}

/** A list found in an older schema, to be written in the current one before anything else is. */
export interface KeyedListMigration<W> {
  /** The schema found (0: a bare array or a value that is no list; 1: the version 1 envelope). */
  from: number;
  /** The words of the old list to write as entries (those the entries do not already hold, or hold older). */
  words: W[];
  /** Whether part of the old value could not be read: it must be kept aside whole before it is replaced. */
  keepAside: boolean;
}

export interface KeyedListRead<W> extends ReadList<W> {
  migrate?: KeyedListMigration<W>;
}

/** The storage key of one word: the store's prefix + lemma + TAB + reading. */
export function entryStorageKey<W>(store: KeyedWordStore<W>, word: W): string {
  return store.entryPrefix + store.wordKey(word);
}

/** Whether a storage key belongs to the store (its manifest or a word). */
export function isStoreKey<W>(store: KeyedWordStore<W>, key: string): boolean {
  return key === store.manifestKey || key.startsWith(store.entryPrefix);
}

/** Reads one entry; the word must be the one its key names. */
export function readStoreEntry<W>(store: KeyedWordStore<W>, storageKey: string, value: unknown): { word: W } | { problem: string } {
  const named = storageKey.slice(store.entryPrefix.length).replace('\t', ' ').trim();
  const parsed = store.parse(value);
  if ('problem' in parsed) return { problem: `the ${store.entryNoun} ${named} was skipped: ${parsed.problem}` };
  if (entryStorageKey(store, parsed.word) !== storageKey) {
    const lemma = (parsed.word as { lemma?: unknown }).lemma;
    return { problem: `the ${store.entryNoun} ${named} was skipped: it holds another word (${String(lemma)})` };
  }
  return parsed;
}

/** The manifest's version when it is of the store's schema or later (an integer), else undefined. */
function manifestVersion<W>(store: KeyedWordStore<W>, value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = (value as { version?: unknown }).version;
  return typeof v === 'number' && Number.isInteger(v) && v >= store.version ? v : undefined;
}

/**
 * The words a storage area's values hold (all of storage.local, or at least the store's manifest
 * and entries; other keys are ignored, and so are entries whose value is null: removed).
 * @returns the words in the store's order, the problems in words for the reader, `newer` when the
 *   manifest is of a later schema, `migrate` when the manifest key still holds an older list.
 */
export function readKeyedList<W>(store: KeyedWordStore<W>, area: Readonly<Record<string, unknown>>): KeyedListRead<W> {
  const words = new Map<string, W>();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(area)) {
    if (!key.startsWith(store.entryPrefix) || value === undefined || value === null) continue;
    const entry = readStoreEntry(store, key, value);
    if ('problem' in entry) problems.push(entry.problem);
    else words.set(store.wordKey(entry.word), entry.word);
  }
  const manifest = area[store.manifestKey];
  const version = manifestVersion(store, manifest);
  const read: KeyedListRead<W> = { items: [], problems };
  if (manifest !== undefined && manifest !== null && version === undefined) {
    // Schema 0 or 1 (or a value that is no list): read it whole; its words go to entries.
    const old = store.readOldList(manifest);
    const from = typeof manifest === 'object' && !Array.isArray(manifest) && (manifest as { version?: unknown }).version === 1 ? 1 : 0;
    const toWrite: W[] = [];
    for (const word of old.items) {
      const stored = words.get(store.wordKey(word));
      if (stored !== undefined && !store.oldWordWins(word, stored)) continue;
      words.set(store.wordKey(word), word);
      toWrite.push(word);
    }
    problems.unshift(...old.problems);
    read.migrate = { from, words: toWrite, keepAside: old.unreadable === true };
    if (old.newer !== undefined) read.newer = old.newer;
  } else if (version !== undefined && version > store.version) {
    read.newer = version;
    // A later schema may keep its words elsewhere; what this Yomu can read of an envelope it holds is shown.
    const held = (manifest as Record<string, unknown>)[store.envelopeField];
    if (Array.isArray(held)) {
      const old = store.readOldList({ version: 1, [store.envelopeField]: held });
      for (const word of old.items) if (!words.has(store.wordKey(word))) words.set(store.wordKey(word), word);
      problems.push(...old.problems);
    }
  }
  read.items = [...words.values()].sort(store.order);
  if (problems.length > 0) read.unreadable = true;
  return read;
}

/**
 * A store's words as one context follows them: read once from the whole area, then kept in step
 * with storage's change events key by key (no reading of thousands of entries per change).
 */
export class KeyedListState<W> {
  /** The stored values of the manifest and the entries, as storage holds them. */
  private readonly values = new Map<string, unknown>();

  constructor(
    private readonly store: KeyedWordStore<W>,
    area: Readonly<Record<string, unknown>>,
  ) {
    for (const [key, value] of Object.entries(area)) this.set(key, value);
  }

  private set(key: string, value: unknown): void {
    if (!isStoreKey(this.store, key)) return;
    if (value === undefined || value === null) this.values.delete(key);
    else this.values.set(key, value);
  }

  /**
   * Applies a storage change event (`{ key: { newValue } }`, newValue absent for a removed key).
   * @returns `touched`: whether the event changed any key of the store; `words`: the words it
   *   changed, by lemma TAB reading, each as now stored, or null when removed or unreadable.
   */
  apply(changes: Readonly<Record<string, { newValue?: unknown }>>): { touched: boolean; words: Map<string, W | null> } {
    const words = new Map<string, W | null>();
    let touched = false;
    for (const [key, change] of Object.entries(changes)) {
      if (!isStoreKey(this.store, key)) continue;
      touched = true;
      this.set(key, change.newValue);
      if (key.startsWith(this.store.entryPrefix)) {
        const removed = change.newValue === undefined || change.newValue === null;
        const entry = removed ? undefined : readStoreEntry(this.store, key, change.newValue);
        words.set(key.slice(this.store.entryPrefix.length), entry && 'word' in entry ? entry.word : null);
      }
    }
    return { touched, words };
  }

  /** The words as stored now, read as readKeyedList reads them. */
  read(): KeyedListRead<W> {
    return readKeyedList(this.store, Object.fromEntries(this.values));
  }
}
