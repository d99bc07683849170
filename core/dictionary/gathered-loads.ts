/**
 * A search over a dictionary whose parts load on demand (index pages and entry shards, see
 * paged-index.ts), with the parts it needs read together rather than one after another.
 *
 * Searching a paged dictionary throws `IndexPageNotLoaded` or `EntriesNotLoaded` at the first
 * part that is not loaded; loading that part and asking again costs one file read per part, in
 * turn (a first hover at 制裁 in a fresh browser waited on 11 reads in a row, 1.1 s on a busy
 * 2-core machine: issue 14). Here each round runs the search against a view of the dictionary
 * that records every part the search touches and is missing, and answers as if that part held
 * nothing (no key, no entry); the parts recorded are then loaded at once and the search run
 * again, until a round needs nothing it lacks. A round that sees every part it touches gives the
 * search's exact answer, so the result is the plain search's; the rounds only decide when the
 * reads happen. A search that finds more as parts arrive (a longer key once its page is in) may
 * need another round: two or three cover a hover in practice.
 */
import type { DictionaryEntry } from './dictionary-entry';
import { EntriesNotLoaded, IndexPageNotLoaded, readsAsMatched, type Dictionary, type KeyMatch } from './packed-dictionary';

/** The most rounds one search takes before it gives up (each round loads what the last one lacked). */
const MAX_ROUNDS = 6;

/** Thrown by `searchGatheringLoads` when a search still lacks parts after its rounds. */
export class LoadsNotSettled extends Error {
  constructor(rounds: number) {
    super(`the dictionary search still lacked parts after ${rounds} rounds of loads`);
  }
}

/**
 * Runs `search(dict)` with every part of `dict` it needs loaded first, those parts read together
 * in as few rounds as the search allows (see above). `search` must be a pure function of the
 * dictionary's contents (it is run once per round). A part that cannot be read is unreadable
 * from then on in a paged dictionary, which reads it as holding nothing: the next round goes on
 * without it (unreadable-parts.ts tells which such parts the search touched). Resolves to the
 * search's result; rejects with a part's load error (a `DictionaryError` naming the file) when
 * a part that failed to load is still lacked in the next round, with `LoadsNotSettled` after
 * MAX_ROUNDS rounds, and with whatever `search` throws that is not a part not loaded. A
 * dictionary without parts (loaded whole) takes one round and no read.
 */
export async function searchGatheringLoads<T>(dict: Dictionary, search: (dict: Dictionary) => T): Promise<T> {
  const failed = new Map<string, unknown>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const missing = new Map<string, () => Promise<void>>();
    try {
      const result = search(recordingMissing(dict, missing));
      if (missing.size === 0) return result;
    } catch (err) {
      // A part asked for outside the view's answers (an entry by its id alone): loaded with the rest.
      if (!(err instanceof EntriesNotLoaded)) throw err;
      record(missing, err);
    }
    for (const name of missing.keys()) if (failed.has(name)) throw failed.get(name);
    const parts = [...missing];
    const loads = await Promise.allSettled(parts.map(([, load]) => load()));
    loads.forEach((load, i) => {
      if (load.status === 'rejected') failed.set(parts[i]![0], load.reason);
    });
  }
  throw new LoadsNotSettled(MAX_ROUNDS);
}

/** Records the part `err` says is not loaded, once per part. */
function record(missing: Map<string, () => Promise<void>>, err: EntriesNotLoaded): void {
  const name = err instanceof IndexPageNotLoaded ? `page ${err.page}` : `shard ${err.shard}`;
  if (!missing.has(name)) missing.set(name, err.load);
}

/** `dict` answering as if a part not loaded were empty, each such part recorded in `missing` (by name, with its load). */
function recordingMissing(dict: Dictionary, missing: Map<string, () => Promise<void>>): Dictionary {
  /** `read()`'s value, or `absent` after recording the part it lacked. */
  function orAbsent<R>(read: () => R, absent: R): R {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof EntriesNotLoaded)) throw err;
      record(missing, err);
      return absent;
    }
  }
  /** Whether entry `id` can be decoded now (recorded as missing when not). */
  const entryLoaded = (id: number) => orAbsent(() => (dict.entry(id), true), false);
  /** The key's matches whose entries are loaded: a search shown only those never decodes a missing one. */
  const loadedMatches = (key: string): KeyMatch[] => orAbsent(() => dict.matches(key), []).filter((m) => entryLoaded(m.entryId));
  return {
    metadata: dict.metadata,
    entryCount: dict.entryCount,
    keyCount: dict.keyCount,
    lookup: (key, limit = Infinity) =>
      loadedMatches(key)
        .slice(0, limit)
        .map((m): DictionaryEntry => dict.entry(m.entryId)),
    matches: loadedMatches,
    readsAs: (written, reading) => readsAsMatched(loadedMatches, written, reading),
    entry: (id) => dict.entry(id),
    entryReadings: (id) => dict.entryReadings(id),
    hasKey: (key) => orAbsent(() => dict.hasKey(key), false),
    hasPrefix: (prefix) => orAbsent(() => dict.hasPrefix(prefix), false),
    prefixMatchLengths: (text, start, end) => orAbsent(() => dict.prefixMatchLengths(text, start, end), []),
    commonPrefixLength: (text) => orAbsent(() => dict.commonPrefixLength(text), 0),
  };
}
