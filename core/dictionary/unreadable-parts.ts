/**
 * Parts of a dictionary shipped in parts (paged-index.ts: its index pages and entry shards) that
 * could not be read: missing from the install, cut short, or not what the directory says. Such a
 * part costs only the words whose search touches it: the dictionary reads it as holding nothing
 * (no keys, no entries) and tells whoever watches which unreadable part a search touched, so that
 * the word's answer can say so (naming the file) while every other word's answer is whole.
 */
import type { DictionaryError } from './dictionary-error';
import type { Dictionary } from './packed-dictionary';

/** A part that could not be read: its file's name (`keys-002.bin`) and why, in words for the reader. */
export interface UnreadablePart {
  file: string;
  error: DictionaryError;
}

/** A dictionary whose parts may be unreadable, telling a watcher each unreadable part its searches touch. */
export interface WatchesUnreadableParts {
  /**
   * Calls `note` with each unreadable part a search touches (once per touch, synchronously, from
   * inside the search) until the returned function is called.
   */
  watchUnreadableParts(note: (part: UnreadablePart) => void): () => void;
}

/**
 * Runs the synchronous `search` (which searches `dict`, or a view over it) and gives its result
 * with the unreadable parts of `dict` it touched, each file once, in the order first touched
 * (none for a dictionary without parts). Whatever `search` throws is passed on.
 */
export function searchNotingUnreadable<T>(dict: Dictionary, search: () => T): { result: T; unreadable: UnreadablePart[] } {
  if (!watchesUnreadableParts(dict)) return { result: search(), unreadable: [] };
  const touched = new Map<string, UnreadablePart>();
  const stop = dict.watchUnreadableParts((part) => {
    if (!touched.has(part.file)) touched.set(part.file, part);
  });
  try {
    return { result: search(), unreadable: [...touched.values()] };
  } finally {
    stop();
  }
}

/**
 * What a word's answer says when its search touched unreadable parts: the first part's reason,
 * which names its file and what to do (the reader's remedy is the same for every part).
 */
export function unreadableMessage(parts: readonly UnreadablePart[]): string | undefined {
  return parts[0]?.error.message;
}

function watchesUnreadableParts(dict: Dictionary): dict is Dictionary & WatchesUnreadableParts {
  return typeof (dict as Partial<WatchesUnreadableParts>).watchUnreadableParts === 'function';
}
