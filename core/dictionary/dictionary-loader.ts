/**
 * The dictionary as the engine holds it: opened once from its packaged bytes, by whoever needs
 * it first (hover lookups, compound readings, the furigana level), and kept. A file that fails
 * to open gives the reason in words a popup can show; everything else goes on without it.
 *
 * Shipped as an index and entry shards (entry-shards.ts), it is usable in two steps: `quick()`
 * settles as soon as the index is open (searches work, entries of shards not yet loaded throw
 * `EntriesNotLoaded`), and the loader itself once every shard is in. Shipped in pages
 * (paged-index.ts), `quick()` settles once its small directory is read; searches load the index
 * pages they need (`IndexPageNotLoaded`), and the loader settles once every page and shard is in
 * or found unreadable: a missing or damaged page or shard costs only the words whose search
 * touches it (unreadable-parts.ts), a damaged directory the whole dictionary.
 */
import { openDictionaryFile } from './dictionary-file';
import { openPagedDictionary, openShardedDictionary, type Dictionary, type PagedDictionary } from './packed-dictionary';
import { isPagedDirectory } from './paged-index';

export interface LoadedDictionary {
  dictionary?: Dictionary;
  /** Why there is no dictionary, when loading it failed. */
  dictionaryError?: string;
  /** How long reading and opening it took, in ms (for `quick()`: its index; else everything, from when it was first asked for). */
  loadMs?: number;
}

/** The dictionary's files as the extension ships them: the index (a paged directory, or an older build's whole index), its pages, and entry shard k. */
export interface ShardedDictionaryFiles {
  readIndex: () => Promise<Uint8Array | undefined>;
  readShard: (k: number) => Promise<Uint8Array>;
  /** Index page p, when the index is a paged directory (paged-index.ts). */
  readPage?: (p: number) => Promise<Uint8Array>;
  /** The shard size the file was split with (default: entry-shards.ts's ENTRY_SHARD_BYTES). */
  shardBytes?: number;
}

export interface DictionaryLoader {
  /** The whole dictionary, every entry loaded (loads it on the first call). */
  (): Promise<LoadedDictionary>;
  /** The dictionary as soon as it can be searched: for a sharded one, once its index is open. */
  quick(): Promise<LoadedDictionary>;
}

/**
 * A loader that reads and opens the dictionary on its first call and answers every later call
 * from memory. `files`: a reader of the whole file (compressed or not), or the shipped index and
 * shards; absent: no dictionary in this build. `pause`: awaited before each few pages or shards
 * the whole load reads (the engine holds it while a hover's answer is being found and drawn).
 */
export function dictionaryLoader(
  files: (() => Promise<Uint8Array | undefined>) | ShardedDictionaryFiles | undefined,
  now: () => number = () => performance.now(),
  pause: () => Promise<void> = () => Promise.resolve(),
): DictionaryLoader {
  let opened: Promise<LoadedDictionary> | undefined;
  let whole: Promise<LoadedDictionary> | undefined;
  const failed = (err: unknown): LoadedDictionary => {
    const message = err instanceof Error ? err.message : String(err);
    return {
      dictionaryError: message.startsWith('The ') ? message : `The Japanese–English dictionary could not be loaded: ${message}`,
    };
  };
  const started = { at: 0 };

  function quick(): Promise<LoadedDictionary> {
    opened ??= (async (): Promise<LoadedDictionary> => {
      if (!files) return {};
      started.at = now();
      try {
        const dictionary =
          typeof files === 'function' ? await openDictionaryFile(await files()) : openShipped(await files.readIndex(), files);
        return { dictionary, loadMs: now() - started.at };
      } catch (err) {
        return failed(err);
      }
    })();
    return opened;
  }

  const loader = (() => {
    // From when the whole dictionary is first asked for (the directory may have been open for long).
    const asked = now();
    whole ??= quick().then(async (first) => {
      const d = first.dictionary;
      if (!d || !('loadShard' in d)) return first;
      const sharded = d as Dictionary & { shardCount: number; loadShard(k: number): Promise<void> };
      try {
        // The index's pages first (furigana's checks search every key), then the entries. A
        // page or shard of the paged format that cannot be read costs only the words whose
        // search touches it (unreadable-parts.ts): the load goes on past it.
        if ('loadPage' in d) {
          const paged = d as unknown as PagedDictionary;
          const skipped = () => undefined;
          await loadAll(paged.pageCount, (p) => paged.loadPage(p).catch(skipped), pause);
          await loadAll(paged.shardCount, (k) => paged.loadShard(k).catch(skipped), pause);
        } else await loadAll(sharded.shardCount, (k) => sharded.loadShard(k), pause);
      } catch (err) {
        return failed(err);
      }
      return { dictionary: d, loadMs: now() - Math.max(asked, started.at) };
    });
    return whole;
  }) as DictionaryLoader;
  loader.quick = quick;
  return loader;
}

/**
 * How many parts the whole load reads at once: several, so that the ~360 small files do not each
 * wait a round trip in turn (one at a time, 32 KB parts took 1–2 s longer in all than the 128 KB
 * ones had), and few, so that a hover's own part, asked meanwhile, is not queued behind many.
 */
const PARTS_AT_ONCE = 8;

/** Loads parts 0 … count − 1 with `load`, PARTS_AT_ONCE at a time, awaiting `pause` before each batch. */
async function loadAll(count: number, load: (i: number) => Promise<void>, pause: () => Promise<void>): Promise<void> {
  for (let i = 0; i < count; i += PARTS_AT_ONCE) {
    await pause();
    const batch: Promise<void>[] = [];
    for (let j = i; j < Math.min(count, i + PARTS_AT_ONCE); j++) batch.push(load(j));
    await Promise.all(batch);
  }
}

/**
 * Opens the dictionary as shipped from `index`, the bytes `files.readIndex()` gave: a paged
 * directory (paged-index.ts; its pages read with `files.readPage`), else an older build's packed
 * index with its shards (`files.readShard`, split with `files.shardBytes`). Searches work at
 * once; what they need that is not loaded throws `EntriesNotLoaded`. Throws a `DictionaryError`
 * for a missing, empty, damaged or unsupported index.
 */
export function openShipped(index: Uint8Array | undefined, files: ShardedDictionaryFiles): Dictionary {
  if (index && isPagedDirectory(index)) {
    const readPage = files.readPage ?? (() => Promise.reject(new Error('this build has no reader for index pages')));
    return openPagedDictionary(index, readPage, files.readShard);
  }
  return openShardedDictionary(index, files.readShard, files.shardBytes);
}
