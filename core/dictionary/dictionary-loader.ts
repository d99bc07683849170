/**
 * The dictionary as the engine holds it: opened once from its packaged bytes, by whoever needs
 * it first (hover lookups, compound readings, the furigana level), and kept. A file that fails
 * to open gives the reason in words a popup can show; everything else goes on without it.
 *
 * Shipped in pages (paged-index.ts), it is usable in two steps: `quick()` settles once its small
 * directory is read (searches load the index pages and entry shards they need:
 * `IndexPageNotLoaded`, `EntriesNotLoaded`), and the loader itself once every page and shard is
 * in or found unreadable: a missing or damaged page or shard costs only the words whose search
 * touches it (unreadable-parts.ts), a damaged directory the whole dictionary.
 */
import { openDictionaryFile } from './dictionary-file';
import { openPagedDictionary, type Dictionary, type PagedDictionary } from './packed-dictionary';

export interface LoadedDictionary {
  dictionary?: Dictionary;
  /** Why there is no dictionary, when loading it failed. */
  dictionaryError?: string;
  /** How long reading and opening it took, in ms (for `quick()`: its index; else everything, from when it was first asked for). */
  loadMs?: number;
}

/** The dictionary's files as the extension ships them (paged-index.ts): its directory, index page p, and entry shard k. */
export interface PagedDictionaryFiles {
  readIndex: () => Promise<Uint8Array | undefined>;
  readPage: (p: number) => Promise<Uint8Array>;
  readShard: (k: number) => Promise<Uint8Array>;
}

export interface DictionaryLoader {
  /** The whole dictionary, every entry loaded (loads it on the first call). */
  (): Promise<LoadedDictionary>;
  /** The dictionary as soon as it can be searched: shipped in pages, once its directory is open. */
  quick(): Promise<LoadedDictionary>;
}

/**
 * A loader that reads and opens the dictionary on its first call and answers every later call
 * from memory. `files`: a reader of the whole file (compressed or not), or the shipped index and
 * shards; absent: no dictionary in this build. `pause`: awaited before each few pages or shards
 * the whole load reads (the engine holds it while a hover's answer is being found and drawn).
 */
export function dictionaryLoader(
  files: (() => Promise<Uint8Array | undefined>) | PagedDictionaryFiles | undefined,
  now: () => number = () => performance.now(),
  pause: () => Promise<void> = () => Promise.resolve(),
): DictionaryLoader {
  let opened: Promise<LoadedDictionary> | undefined;
  let whole: Promise<LoadedDictionary> | undefined;
  const failed = (err: unknown): LoadedDictionary => {
    const message = err instanceof Error ? err.message : String(err);
    return {
      dictionaryError: message.startsWith('The ')
        ? message
        : `The Japanese–English dictionary could not be loaded: ${message}. Reinstall or update the extension.`,
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
      if (!d || !isPaged(d)) return first;
      // The index's pages first (furigana's checks search every key), then the entries. A page
      // or shard that cannot be read costs only the words whose search touches it
      // (unreadable-parts.ts): the load goes on past it.
      const skipped = () => undefined;
      await loadAll(d.pageCount, (p) => d.loadPage(p).catch(skipped), pause);
      await loadAll(d.shardCount, (k) => d.loadShard(k).catch(skipped), pause);
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
 * Opens the dictionary as shipped from `index`, the directory's bytes `files.readIndex()` gave,
 * its pages and shards to be read with `files` (paged-index.ts). Searches work at once; what they
 * need that is not loaded throws `EntriesNotLoaded`. Throws a `DictionaryError` for a missing,
 * empty, damaged or unsupported directory.
 */
export function openShipped(index: Uint8Array | undefined, files: PagedDictionaryFiles): PagedDictionary {
  return openPagedDictionary(index, files.readPage, files.readShard);
}

function isPaged(d: Dictionary): d is PagedDictionary {
  return 'loadPage' in d;
}
