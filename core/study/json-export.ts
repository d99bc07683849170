/**
 * The word list as JSON (the stored envelope, pretty-printed) and JSON import: a file of any
 * version the word list reads, merged into the current list without duplicates (one word per
 * lemma and reading; the newer save wins, and an edited meaning kept in the list is not lost to
 * an older file).
 */
import { readWordList, storedWordList, type ReadList } from './word-list-schema';
import { savedWordKey, type SavedWord } from './saved-word';

export function jsonExport(words: readonly SavedWord[]): string {
  return `${JSON.stringify(storedWordList(words), null, 2)}\n`;
}

export interface MergeResult {
  words: SavedWord[];
  /** How many imported words were new, and how many replaced an older save. */
  added: number;
  updated: number;
  problems: string[];
}

/**
 * Merges an imported JSON text into `current`.
 * @throws never: unreadable JSON becomes a problem and changes nothing.
 */
export function mergeJsonImport(current: readonly SavedWord[], json: string): MergeResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return {
      words: [...current],
      added: 0,
      updated: 0,
      problems: [`the file is not JSON (${err instanceof Error ? err.message : String(err)})`],
    };
  }
  const read: ReadList<SavedWord> = readWordList(value);
  const byKey = new Map(current.map((w) => [savedWordKey(w), w]));
  let added = 0;
  let updated = 0;
  for (const word of read.items) {
    const key = savedWordKey(word);
    const before = byKey.get(key);
    if (!before) {
      byKey.set(key, word);
      added++;
    } else if (word.savedAt > before.savedAt) {
      byKey.set(key, word);
      updated++;
    }
  }
  const problems =
    read.newer === undefined
      ? read.problems
      : [`the file was written by a newer Yomu (list version ${read.newer}): what this Yomu could read of it was merged`, ...read.problems];
  return { words: [...byKey.values()], added, updated, problems };
}
