/**
 * The word list and the known words as stored by the browser (storage.local: they can grow to
 * thousands of entries, past storage.sync's quota). Every read goes through core/study's
 * lenient readers: a corrupt entry is reported and skipped, never costs the rest; before a list
 * with anything unreadable is written over, its stored value is kept aside whole
 * (`local:unreadableLists`); a list written by a newer Yomu is never overwritten.
 *
 * The word list is kept one key per word (schema 2, core/study/stored-word-list.ts): saving,
 * editing or deleting a word writes that word's key alone, so a change costs the same with 3 or
 * 3,000 words, and two tabs changing different words at once never undo each other (there is no
 * shared value to read, change and write back). A list still in schema 0 or 1 is migrated before
 * the first write (and by the background when Yomu is installed or updated).
 *
 * The known words likewise, one key per word from their schema 2 (core/study/stored-known-words.ts):
 * marking a word known or unknown writes or removes that word's key alone, so a tab marking one
 * word while another tab unmarks another loses neither.
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { KnownWord } from '../core/study/known-word';
import { type SavedWord } from '../core/study/saved-word';
import { newerListMessage, type ReadList } from '../core/study/word-list-schema';
import {
  isKnownWordsStorageKey,
  KNOWN_WORDS_KEY,
  KNOWN_WORDS_STORE,
  knownStorageKey,
  knownWordsManifest,
  readStoredKnownWords,
  type StoredKnownWordsRead,
} from '../core/study/stored-known-words';
import {
  readStoredWordList,
  WORD_LIST_KEY,
  WORD_LIST_STORE,
  wordChanges,
  wordStorageKey,
  type StoredWordListRead,
  type WordChanges,
} from '../core/study/stored-word-list';
import {
  entryStorageKey,
  isStoreKey,
  KeyedListState,
  readKeyedList,
  type KeyedListRead,
  type KeyedWordStore,
} from '../core/study/keyed-word-store';

/** The word list's manifest (schema 2) or, before schema 2, the whole list. */
const wordListItem = storage.defineItem<unknown>(`local:${WORD_LIST_KEY}`);
/** The known words' manifest (schema 2) or, before schema 2, all of them. */
const knownWordsItem = storage.defineItem<unknown>(`local:${KNOWN_WORDS_KEY}`);
/** Stored values that were not wholly readable, kept aside (with when) before the list was written over them. */
const keptAsideItem = storage.defineItem<unknown>('local:unreadableLists');

/** Keeps a stored value aside whole when part of it could not be read, so that writing the list loses nothing. */
async function keepAsideIfUnreadable(name: string, raw: unknown, read: ReadList<unknown>): Promise<void> {
  if (!read.unreadable) return;
  const kept = await keptAsideItem.getValue();
  const list = Array.isArray(kept) ? kept : kept === null || kept === undefined ? [] : [kept];
  await keptAsideItem.setValue([...list, { list: name, at: new Date().toISOString(), value: raw }]);
}

/** Everything storage.local holds (the word list's manifest and its `word:` keys among it). */
function localArea(): Promise<Record<string, unknown>> {
  return storage.snapshot('local');
}

/** The saved words (oldest save first), with what could not be read. */
export async function loadWordList(): Promise<StoredWordListRead> {
  return readStoredWordList(await localArea());
}

/** The known words (in key order), with what could not be read; reads only their keys where the browser can. */
export async function loadKnownWords(): Promise<StoredKnownWordsRead> {
  return readStoredKnownWords(await knownArea());
}

/** A change refused because the stored list was written by a newer Yomu: nothing was stored. */
export class NewerListError extends Error {
  constructor(
    readonly list: 'word list' | 'known words',
    readonly version: number,
  ) {
    super(newerListMessage(list, version));
    this.name = 'NewerListError';
  }
}

function refuseNewer(read: ReadList<unknown>, list: 'word list' | 'known words'): void {
  if (read.newer !== undefined) throw new NewerListError(list, read.newer);
}

/** One stored value kept aside (local:unreadableLists): which list, when, and the value as it was stored. */
export interface KeptList {
  list: string;
  at: string;
  value: unknown;
}

function keptLists(kept: unknown): KeptList[] {
  const list = Array.isArray(kept) ? kept : kept === null || kept === undefined ? [] : [kept];
  return list.map((k) => {
    const v = (typeof k === 'object' && k !== null ? k : {}) as Record<string, unknown>;
    return 'value' in v
      ? { list: typeof v.list === 'string' ? v.list : 'unknown', at: typeof v.at === 'string' ? v.at : '', value: v.value }
      : { list: 'unknown', at: '', value: k };
  });
}

/** The stored values kept aside because part of them could not be read (oldest first). */
export async function loadKeptLists(): Promise<KeptList[]> {
  return keptLists(await keptAsideItem.getValue());
}

/** Calls back with the kept-aside values whenever they change. */
export function watchKeptLists(callback: (kept: KeptList[]) => void): () => void {
  return keptAsideItem.watch((value) => callback(keptLists(value)));
}

/**
 * Changes made in this page run one after another: each reads the stored list, changes it and
 * writes it back, so two quick changes (two deletes, a save and a delete) never read the same
 * list and the second write never brings back what the first removed.
 */
let writes: Promise<unknown> = Promise.resolve();
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task, task);
  writes = run.catch(() => undefined);
  return run;
}

/**
 * Brings a keyed store still in schema 0 or 1 (one value holding the list) to schema 2 (one key
 * per word), keeping the old value aside whole first when part of it could not be read. Does
 * nothing to a store already in schema 2, and never touches one of a newer schema.
 * @returns the list as read (from `area`) before the migration.
 */
async function migrateStore<W>(store: KeyedWordStore<W>, area: Record<string, unknown>): Promise<KeyedListRead<W>> {
  const read = readKeyedList(store, area);
  if (!read.migrate || read.newer !== undefined) return read;
  if (read.migrate.keepAside)
    await keepAsideIfUnreadable(store.manifestKey, area[store.manifestKey], { items: [], problems: [], unreadable: true });
  // One write: the words and the manifest land together or not at all.
  await storage.setItems([
    ...read.migrate.words.map((w) => ({ key: `local:${entryStorageKey(store, w)}` as const, value: w })),
    { key: `local:${store.manifestKey}` as const, value: { version: store.version } },
  ]);
  return read;
}

/** Brings a word list still in schema 0 or 1 to schema 2 (migrateStore). @returns the list as read before. */
export async function migrateWordList(): Promise<StoredWordListRead> {
  return migrateStore(WORD_LIST_STORE, await localArea());
}

/**
 * Stores a change of some words: each word of `put` under its own key (replacing an older save of
 * the same lemma and reading), each of `remove` deleted. Only the manifest is read first (a
 * newer list refuses the change; an older one is migrated once); no other word is read or written.
 * @throws NewerListError when the stored list was written by a newer Yomu (nothing is stored).
 */
export function changeWords(changes: WordChanges): Promise<void> {
  return inTurn(async () => {
    await writableWordList();
    if (changes.put.length > 0) await storage.setItems(changes.put.map((w) => ({ key: `local:${wordStorageKey(w)}` as const, value: w })));
    if (changes.remove.length > 0) await storage.removeItems(changes.remove.map((w) => `local:${wordStorageKey(w)}` as const));
  });
}

async function writableWordList(): Promise<void> {
  const manifest = await wordListItem.getValue();
  const read = readStoredWordList({ [WORD_LIST_KEY]: manifest });
  if (read.newer !== undefined) throw new NewerListError('word list', read.newer);
  if (read.migrate) {
    const migrated = await migrateWordList();
    refuseNewer(migrated, 'word list');
  }
}

/**
 * Applies a change to the whole word list (an import merged into it) and stores only the words
 * it changed; changes run in turn.
 * @returns the list after the change.
 */
export function updateWordList(change: (words: SavedWord[]) => SavedWord[]): Promise<SavedWord[]> {
  return inTurn(async () => {
    await writableWordList();
    const before = (await loadWordList()).items;
    const next = change(before);
    const diff = wordChanges(before, next);
    if (diff.put.length > 0) await storage.setItems(diff.put.map((w) => ({ key: `local:${wordStorageKey(w)}` as const, value: w })));
    if (diff.remove.length > 0) await storage.removeItems(diff.remove.map((w) => `local:${wordStorageKey(w)}` as const));
    return next;
  });
}

/** Saves a word (replacing an older save of the same lemma and reading). */
export function saveWord(word: SavedWord): Promise<void> {
  return changeWords({ put: [word], remove: [] });
}

export function removeWord(word: Pick<SavedWord, 'lemma' | 'reading'>): Promise<void> {
  return changeWords({ put: [], remove: [word] });
}

/** The known words' manifest and `known:` entries as storage holds them (see knownArea). */
async function knownArea(): Promise<Record<string, unknown>> {
  return storedUnder(isKnownWordsStorageKey);
}

/**
 * The values of the keys of storage.local that `wanted` picks. Where the browser can list the
 * keys alone (storage.local.getKeys: Chrome 130, Firefox 143) only those values are read, so a
 * page reading its known words does not read thousands of saved words with them; elsewhere all
 * of storage.local is read and the rest dropped.
 */
async function storedUnder(wanted: (key: string) => boolean): Promise<Record<string, unknown>> {
  const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
  if (typeof local.getKeys === 'function') {
    const keys = (await local.getKeys()).filter(wanted);
    return keys.length === 0 ? {} : ((await browser.storage.local.get(keys)) as Record<string, unknown>);
  }
  const all = await localArea();
  return Object.fromEntries(Object.entries(all).filter(([key]) => wanted(key)));
}

/** Brings known words still in schema 0 or 1 to schema 2 (migrateStore). @returns the known words as read before. */
export async function migrateKnownWords(): Promise<StoredKnownWordsRead> {
  return migrateStore(KNOWN_WORDS_STORE, await knownArea());
}

/**
 * Refuses known words of a newer schema and migrates those of an older one; reads only the
 * manifest when current, and writes it when there is none yet (so that an older Yomu finds a
 * list newer than it reads, and leaves it alone, rather than an empty one).
 */
async function writableKnownWords(): Promise<void> {
  const manifest = await knownWordsItem.getValue();
  if (manifest === null || manifest === undefined) {
    await knownWordsItem.setValue(knownWordsManifest());
    return;
  }
  const read = readStoredKnownWords({ [KNOWN_WORDS_KEY]: manifest });
  refuseNewer(read, 'known words');
  if (read.migrate) refuseNewer(await migrateKnownWords(), 'known words');
}

/**
 * Marks words known: each is written under its own key (a word already known is left as it is);
 * no other known word is read or written, so another tab's change at the same moment is kept.
 * Duplicates among `words` count once.
 * @returns how many of the words were not known before.
 * @throws NewerListError when the known words were written by a newer Yomu (nothing is stored).
 */
export function addKnownWords(words: readonly KnownWord[]): Promise<number> {
  return inTurn(async () => {
    await writableKnownWords();
    const byKey = new Map(words.map((w) => [knownStorageKey(w), w]));
    if (byKey.size === 0) return 0;
    const before = (await browser.storage.local.get([...byKey.keys()])) as Record<string, unknown>;
    const added = [...byKey].filter(([key]) => before[key] === undefined || before[key] === null);
    if (added.length > 0) await storage.setItems(added.map(([key, w]) => ({ key: `local:${key}` as const, value: w })));
    return added.length;
  });
}

/**
 * Unmarks a known word: removes its key alone.
 * @throws NewerListError when the known words were written by a newer Yomu (nothing is stored).
 */
export function removeKnownWord(word: KnownWord): Promise<void> {
  return inTurn(async () => {
    await writableKnownWords();
    await storage.removeItem(`local:${knownStorageKey(word)}`);
  });
}

/**
 * Calls back with a keyed store's words whenever they change, in any tab or page, and with the
 * words the change touched (by lemma TAB reading: the word as now stored, null when removed or
 * unreadable). The store is read whole once (at the first change, from `area`), then kept in step
 * key by key from storage's change events (storage.local.onChanged: @wxt-dev/storage watches one
 * key at a time, a store is many).
 */
function watchStore<W>(
  store: KeyedWordStore<W>,
  area: () => Promise<Record<string, unknown>>,
  callback: (read: KeyedListRead<W>, words: Map<string, W | null>) => void,
): () => void {
  let state: Promise<KeyedListState<W>> | undefined;
  let stopped = false;
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (!Object.keys(changes).some((k) => isStoreKey(store, k))) return;
    // The first change reads the whole list (which already holds the change: applying it again changes nothing).
    const ready = state ?? area().then((values) => new KeyedListState(store, values));
    const next = ready.then((s) => {
      const { touched, words } = s.apply(changes);
      if (touched && !stopped) callback(s.read(), words);
      return s;
    });
    state = next;
    // Storage could not be read: the next change reads the whole list again.
    next.catch((err: unknown) => {
      if (state === next) state = undefined;
      console.warn(`[Yomu] the ${store.manifestKey} store could not be read`, err);
    });
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.local.onChanged.removeListener(listener);
  };
}

/** Calls back with the word list whenever it changes, with the words the change touched (watchStore). */
export function watchWordList(callback: (read: StoredWordListRead, words: Map<string, SavedWord | null>) => void): () => void {
  return watchStore(WORD_LIST_STORE, localArea, callback);
}

/** Calls back with the known words whenever they change, in any tab or page (watchStore). */
export function watchKnownWords(callback: (read: StoredKnownWordsRead) => void): () => void {
  return watchStore(KNOWN_WORDS_STORE, knownArea, (read) => callback(read));
}
