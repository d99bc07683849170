/**
 * The word list and the known words as stored by the browser (storage.local: they can grow to
 * thousands of entries, past storage.sync's quota). Every read goes through core/study's
 * lenient readers: a corrupt entry is reported and skipped, never costs the rest; before a list
 * with anything unreadable is written, its stored value is kept aside whole (`local:unreadableLists`);
 * a list written by a newer Yomu is never overwritten.
 */
import { storage } from '@wxt-dev/storage';
import type { KnownWord } from '../core/study/known-word';
import { knownWordKey } from '../core/study/known-word';
import { savedWordKey, type SavedWord } from '../core/study/saved-word';
import {
  newerListMessage,
  readKnownWords,
  readWordList,
  storedKnownWords,
  storedWordList,
  type ReadList,
} from '../core/study/word-list-schema';

const wordListItem = storage.defineItem<unknown>('local:wordList');
const knownWordsItem = storage.defineItem<unknown>('local:knownWords');
/** Stored values that were not wholly readable, kept aside (with when) before the list was written over them. */
const keptAsideItem = storage.defineItem<unknown>('local:unreadableLists');

/** Keeps a stored value aside whole when part of it could not be read, so that writing the list loses nothing. */
async function keepAsideIfUnreadable(name: string, raw: unknown, read: ReadList<unknown>): Promise<void> {
  if (!read.unreadable) return;
  const kept = await keptAsideItem.getValue();
  const list = Array.isArray(kept) ? kept : kept === null || kept === undefined ? [] : [kept];
  await keptAsideItem.setValue([...list, { list: name, at: new Date().toISOString(), value: raw }]);
}

export async function loadWordList(): Promise<ReadList<SavedWord>> {
  return readWordList(await wordListItem.getValue());
}

export async function loadKnownWords(): Promise<ReadList<KnownWord>> {
  return readKnownWords(await knownWordsItem.getValue());
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

/** Applies a change to the stored word list and stores the result (current version); changes run in turn. */
export function updateWordList(change: (words: SavedWord[]) => SavedWord[]): Promise<SavedWord[]> {
  return inTurn(() => changeWordList(change));
}

async function changeWordList(change: (words: SavedWord[]) => SavedWord[]): Promise<SavedWord[]> {
  const raw = await wordListItem.getValue();
  const read = readWordList(raw);
  refuseNewer(read, 'word list');
  await keepAsideIfUnreadable('wordList', raw, read);
  const next = change(read.items);
  await wordListItem.setValue(storedWordList(next));
  return next;
}

/** Saves a word (replacing an older save of the same lemma and reading). */
export function saveWord(word: SavedWord): Promise<SavedWord[]> {
  const key = savedWordKey(word);
  return updateWordList((words) => [...words.filter((w) => savedWordKey(w) !== key), word]);
}

export function removeWord(word: Pick<SavedWord, 'lemma' | 'reading'>): Promise<SavedWord[]> {
  const key = savedWordKey(word);
  return updateWordList((words) => words.filter((w) => savedWordKey(w) !== key));
}

/** Applies a change to the stored known words and stores the result (current version); changes run in turn. */
export function updateKnownWords(change: (known: KnownWord[]) => KnownWord[]): Promise<KnownWord[]> {
  return inTurn(() => changeKnownWords(change));
}

async function changeKnownWords(change: (known: KnownWord[]) => KnownWord[]): Promise<KnownWord[]> {
  const raw = await knownWordsItem.getValue();
  const read = readKnownWords(raw);
  refuseNewer(read, 'known words');
  await keepAsideIfUnreadable('knownWords', raw, read);
  const seen = new Set<string>();
  const next = change(read.items).filter((w) => {
    const k = knownWordKey(w);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  await knownWordsItem.setValue(storedKnownWords(next));
  return next;
}

export function addKnownWords(words: readonly KnownWord[]): Promise<KnownWord[]> {
  return updateKnownWords((known) => [...known, ...words]);
}

export function removeKnownWord(word: KnownWord): Promise<KnownWord[]> {
  const key = knownWordKey(word);
  return updateKnownWords((known) => known.filter((w) => knownWordKey(w) !== key));
}

/** Calls back with the word list whenever it changes, in any tab or page. */
export function watchWordList(callback: (read: ReadList<SavedWord>) => void): () => void {
  return wordListItem.watch((value) => callback(readWordList(value)));
}

/** Calls back with the known words whenever they change, in any tab or page. */
export function watchKnownWords(callback: (read: ReadList<KnownWord>) => void): () => void {
  return knownWordsItem.watch((value) => callback(readKnownWords(value)));
}
