/**
 * The packed dictionary, searched in place: lookups by headword or reading, and prefix searches for longest-match,
 * straight over the file's sorted key index (binary search on UTF-16 code units, no string made
 * per key). Entries are decoded from their record only when a lookup returns them, and the most
 * recently used ones are kept.
 */
import type { DictionaryEntry, DictionaryMetadata, Reading } from './dictionary-entry';
import { DictionaryError } from './dictionary-error';
import { normalizeKey } from './dictionary-key';
import {
  decodeDictionaryFile,
  postingEntry,
  type DictionaryData,
  POSTING_COMMON,
  POSTING_IRREGULAR,
  POSTING_KANA_WRITTEN,
  POSTING_READING,
} from './edict-format';
import { decodeEntryReadings, decodeEntryRecord } from './entry-record';
import { shardFileName } from './entry-shards';
import { compareFirstKey, pageOfKey as pageHolding } from '../paging/page-directory';
import {
  decodeEntryShard,
  decodeKeyPage,
  decodePagedDirectory,
  pageFileName,
  pagePath,
  shardPath,
  type EntryShard,
  type KeyPage,
  type PagedDirectory,
} from './paged-index';
import type { UnreadablePart, WatchesUnreadableParts } from './unreadable-parts';

/** How an entry holds a key: which kind of form it is, and what EDICT says about that form. */
export interface KeyMatch {
  entryId: number;
  /** The key is one of the entry's readings (else one of its headwords). */
  isReading: boolean;
  /** That form carries EDICT's common mark (P). */
  common: boolean;
  /** That form is irregular, out-dated or rare. */
  irregular: boolean;
  /** The key is a reading and the word is usually written in kana. */
  kanaWritten: boolean;
}

export interface Dictionary {
  readonly metadata: DictionaryMetadata;
  readonly entryCount: number;
  readonly keyCount: number;
  /** Entries with this headword or reading, best first (common forms first). `limit` caps how many are decoded. */
  lookup(key: string, limit?: number): DictionaryEntry[];
  /** How each entry holds the key, best first, without decoding the entries. */
  matches(key: string): KeyMatch[];
  /**
   * Whether an entry with `written` as a regular headword (not irregular, out-dated or rare) has
   * `reading` as a reading, as the key's postings say (the reading's posting for the entry).
   * Answered from the spelling's postings and its entries' record bytes (their forms compared in
   * place, nothing decoded); from the two keys' postings where an entry is not loaded or has the
   * reading as a headword too.
   */
  readsAs(written: string, reading: string): boolean;
  /** The entry with this id. */
  entry(id: number): DictionaryEntry;
  /** `entry(id).readings`, its senses left undecoded (an entry decoded already gives its own). */
  entryReadings(id: number): readonly Reading[];
  /** Whether some entry has this headword or reading. */
  hasKey(key: string): boolean;
  /** Whether some headword or reading starts with `prefix`. */
  hasPrefix(prefix: string): boolean;
  /**
   * The lengths, shortest first, of every key that `text` starts with at `start`, looking no
   * further than `end` (default: the end of the text). 東京都庁 gives [1, 2, 3, 4] (東, 東京,
   * 東京都, 東京都庁) when all are keys.
   */
  prefixMatchLengths(text: string, start?: number, end?: number): number[];
  /**
   * How long a start of `text` some key begins with: 3 for 薄っすらと when 薄っすら is a key (and
   * no key begins 薄っすらと). One search, where asking hasPrefix of each longer start takes one each.
   */
  commonPrefixLength(text: string): number;
}

const CACHE_SIZE = 2048;
/** The record format's unit separator (entry-record.ts), between headwords, readings and senses. */
const US_BYTE = 0x1f;

/**
 * Loads a dictionary file (uncompressed bytes). Only the layout is checked and indexed: the
 * call keeps views of `bytes`, which must not be changed afterwards. Throws a `DictionaryError`
 * for a missing, empty, damaged or unsupported file.
 */
export function loadDictionary(bytes: Uint8Array | undefined | null): Dictionary {
  if (!bytes) {
    throw new DictionaryError('missing', 'The Japanese–English dictionary file is missing. Reinstall or update the extension.');
  }
  const data = decodeDictionaryFile(bytes);
  const { entryText, entryOffsets } = data;
  return searchedInPlace(data, wholeKeyStore(data), (id) => entryText.subarray(entryOffsets[id]!, entryOffsets[id + 1]!));
}

/**
 * Thrown by a paged dictionary's lookups when an entry they need is in a shard not loaded yet:
 * `load()` loads it (rejects when the shard cannot be read); the lookup can then be asked again.
 */
export class EntriesNotLoaded extends Error {
  constructor(
    readonly shard: number,
    readonly load: () => Promise<void>,
  ) {
    super(`dictionary entries of shard ${shard} are not loaded yet`);
  }
}

/**
 * Thrown by a paged dictionary's searches when a page of its index they need is not loaded yet:
 * `load()` loads it (rejects when the page cannot be read); the search can then be asked again.
 * An `EntriesNotLoaded` (`shard` is -1), so that whoever loads missing entries and asks again
 * does the same for pages.
 */
export class IndexPageNotLoaded extends EntriesNotLoaded {
  constructor(
    readonly page: number,
    load: () => Promise<void>,
  ) {
    super(-1, load);
    this.message = `dictionary index page ${page} is not loaded yet`;
  }
}

export interface PagedDictionary extends Dictionary, WatchesUnreadableParts {
  /** How many index pages the dictionary has. */
  readonly pageCount: number;
  /** How many entry shards the dictionary has. */
  readonly shardCount: number;
  /** Loads entry shard k, as `loadPage` loads a page. */
  loadShard(k: number): Promise<void>;
  /**
   * Loads index page p (once; later calls share the first). Rejects with a DictionaryError when
   * it cannot be read or does not fit the directory; the page is then unreadable for good (never
   * read again, searched as holding no keys: unreadable-parts.ts).
   */
  loadPage(p: number): Promise<void>;
}

/**
 * Opens a dictionary shipped in pages (paged-index.ts) from its directory, its index pages to
 * come from `readPage(p)` and its entry shards from `readShard(k)` (each file's bytes), each read
 * the first time a search or an entry needs it and kept. Searches throw `IndexPageNotLoaded` and
 * decoding an entry throws `EntriesNotLoaded` for what is not loaded yet. A page or shard whose
 * read fails is unreadable from then on (not read again): searches read it as holding nothing (a
 * page: no keys but its first, which the directory holds, and that one without entries; a shard:
 * no entries, so keys whose entries are all in it are not found) and tell the watchers
 * (`watchUnreadableParts`) each time they touch it; decoding one of its entries by id throws its
 * DictionaryError. Parts read are kept for good, not let go as the name cards' pages are
 * (paged-name-cards.ts): furigana's reading layer searches the whole dictionary synchronously
 * (the engine loads every part before it reads a text), and a part let go would make its
 * searches throw `IndexPageNotLoaded` in the middle of a text. Throws a `DictionaryError` for a
 * missing, empty, damaged or unsupported directory.
 */
export function openPagedDictionary(
  directoryBytes: Uint8Array | undefined | null,
  readPage: (p: number) => Promise<Uint8Array>,
  readShard: (k: number) => Promise<Uint8Array>,
): PagedDictionary {
  const directory = decodePagedDirectory(directoryBytes);
  const { pageKeys, shardEntries, firstKeyText, firstKeyOffsets } = directory;
  const pageCount = pageKeys.length - 1;
  const shardCount = shardEntries.length - 1;
  const pages: (BasedPage | undefined)[] = [];
  const shards: (EntryShard | undefined)[] = [];
  /** The directory's copy of each page's first key, as a page of one key without postings. */
  const heads: BasedPage[] = Array.from({ length: pageCount }, (_, p) => ({
    base: pageKeys[p]!,
    keyOffsets: firstKeyOffsets.subarray(p, p + 2),
    keyText: firstKeyText,
    postingOffsets: new Uint32Array(2),
    postings: new Uint32Array(0),
  }));
  // Parts that could not be read: each page's stand-in and why, each shard's why.
  const unreadablePages: ({ page: BasedPage; part: UnreadablePart } | undefined)[] = [];
  const unreadableShards: (UnreadablePart | undefined)[] = [];
  let unreadableCount = 0;
  const watchers = new Set<(part: UnreadablePart) => void>();
  const touched = (part: UnreadablePart) => {
    for (const note of watchers) note(part);
  };
  const loadPage = loadedOnce(
    (p) =>
      readPage(p).then((bytes) => {
        const page = decodeKeyPage(directory, p, bytes);
        pages[p] = { ...page, base: pageKeys[p]!, narrowing: pageNarrowing(page) };
      }),
    (p, detail) => corruptPart('its index', pagePath(p), detail),
    (p, error) => {
      unreadablePages[p] = { page: standInPage(directory, p), part: { file: pageFileName(p), error } };
      unreadableCount++;
    },
  );
  const loadShard = loadedOnce(
    (k) =>
      readShard(k).then((bytes) => {
        shards[k] = decodeEntryShard(directory, k, bytes);
      }),
    (k, detail) => corruptPart('its entries', shardPath(k), detail),
    (k, error) => {
      unreadableShards[k] = { file: shardFileName(k), error };
      unreadableCount++;
    },
  );
  /** The last i with bounds[i] <= x (bounds rising, bounds[0] <= x). */
  const lastAtOrBelow = (bounds: Uint32Array, x: number) => {
    let lo = 0;
    let hi = bounds.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (bounds[mid]! <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** Page p as searches read it: loaded, an unreadable page's stand-in (the touch told), or undefined. */
  const readable = (p: number): BasedPage | undefined => {
    const page = pages[p];
    if (page) return page;
    const unreadable = unreadablePages[p];
    if (!unreadable) return undefined;
    touched(unreadable.part);
    return unreadable.page;
  };
  const loaded = (p: number): BasedPage => readable(p) ?? throwPage(p);
  const throwPage = (p: number): never => {
    throw new IndexPageNotLoaded(p, () => loadPage(p));
  };
  // The page the last search ended in: searches of one text ask about neighbouring keys, so most
  // land in it again and skip the search among the pages.
  let recent = -1;
  const below = (query: string, p: number) => compareFirstKey(query, directory, p) < 0;
  /** The last page whose first key is not above `query` (page 0 when none is). */
  const pageFor = (query: string) => {
    if (recent >= 0 && !below(query, recent) && (recent + 1 >= pageCount || below(query, recent + 1))) return recent;
    return pageHolding(query, directory);
  };
  const pageOfKey = (k: number) =>
    recent >= 0 && k >= pageKeys[recent]! && k < pageKeys[recent + 1]! ? recent : lastAtOrBelow(pageKeys, k);
  const keys: KeyStore = {
    lowerBound(query) {
      if (query.length === 0 || pageCount === 0) return 0;
      const p = pageFor(query);
      if (below(query, p)) return 0; // before every key
      const page = loaded(p);
      const found = page.narrowing
        ? lowerBoundNarrowed(page, page.narrowing, query)
        : lowerBoundIn(page, query, pageKeys[p]!, pageKeys[p + 1]!);
      recent = p;
      return found;
    },
    page(k) {
      const p = pageOfKey(k);
      // A page's first key is in the directory: the key after a page's last needs no other page.
      return pages[p] ?? (k === pageKeys[p] ? heads[p]! : loaded(p));
    },
    postingPage: (k) => loaded(pageOfKey(k)),
  };
  const searched = searchedInPlace(directory, keys, (id) => {
    const k = lastAtOrBelow(shardEntries, id);
    const shard = shards[k];
    if (!shard) {
      const unreadable = unreadableShards[k];
      if (unreadable) {
        touched(unreadable);
        throw unreadable.error;
      }
      throw new EntriesNotLoaded(k, () => loadShard(k));
    }
    const i = id - shardEntries[k]!;
    return shard.entryText.subarray(shard.entryOffsets[i]!, shard.entryOffsets[i + 1]!);
  });
  /** Whether entry id's shard can be read (an unreadable one's touch told). */
  const entryReadable = (id: number) => {
    const unreadable = unreadableShards[lastAtOrBelow(shardEntries, id)];
    if (unreadable) touched(unreadable);
    return !unreadable;
  };
  // With every part readable, the searches as they are; else an unreadable shard's entries are
  // left out, and a key without entries left is no key (an unreadable page's stand-in keys have none).
  const matches = (key: string): KeyMatch[] => {
    const found = searched.matches(key);
    return unreadableCount === 0 ? found : found.filter((m) => entryReadable(m.entryId));
  };
  const dictionary: Dictionary = {
    ...searched,
    matches,
    readsAs: (written, reading) => (unreadableCount === 0 ? searched.readsAs(written, reading) : readsAsMatched(matches, written, reading)),
    lookup: (key, limit = Infinity) =>
      matches(key)
        .slice(0, limit)
        .map((m) => searched.entry(m.entryId)),
    hasKey: (key) => searched.hasKey(key) && (unreadableCount === 0 || matches(key).length > 0),
    prefixMatchLengths(text, start = 0, end = text.length) {
      const lengths = searched.prefixMatchLengths(text, start, end);
      return unreadableCount === 0 ? lengths : lengths.filter((n) => matches(text.slice(start, start + n)).length > 0);
    },
  };
  const watchUnreadableParts = (note: (part: UnreadablePart) => void) => {
    watchers.add(note);
    return () => void watchers.delete(note);
  };
  return { ...dictionary, pageCount, loadPage, shardCount, loadShard, watchUnreadableParts };
}

/**
 * What searches read in place of unreadable page p: its keys all its first key (which the
 * directory holds), without postings, so that the keys stay sorted and numbered as the
 * directory says and every search past the page goes on to the next one.
 */
function standInPage(directory: PagedDirectory, p: number): BasedPage {
  const { pageKeys, firstKeyText, firstKeyOffsets } = directory;
  const first = firstKeyText.subarray(firstKeyOffsets[p], firstKeyOffsets[p + 1]);
  const n = pageKeys[p + 1]! - pageKeys[p]!;
  const keyText = new Uint16Array(n * first.length);
  for (let i = 0; i < n; i++) keyText.set(first, i * first.length);
  return {
    base: pageKeys[p]!,
    keyOffsets: Uint32Array.from({ length: n + 1 }, (_, i) => i * first.length),
    keyText,
    postingOffsets: new Uint32Array(n + 1),
    postings: new Uint32Array(0),
  };
}

/**
 * `load(i)` run once per i, its failures made DictionaryErrors by `fail`. A failed part is told
 * to `unreadable` and not read again: later calls get the same rejection.
 */
function loadedOnce(
  load: (i: number) => Promise<void>,
  fail: (i: number, detail: string) => DictionaryError,
  unreadable: (i: number, error: DictionaryError) => void,
): (i: number) => Promise<void> {
  const loading: (Promise<void> | undefined)[] = [];
  return (i) => {
    loading[i] ??= load(i).catch((err: unknown) => {
      const error = err instanceof DictionaryError ? err : fail(i, err instanceof Error ? err.message : String(err));
      unreadable(i, error);
      throw error;
    });
    return loading[i];
  };
}

/** The error of a part that cannot be read: what it is (`its index`), its path in the extension, and why. */
function corruptPart(part: string, path: string, detail: string): DictionaryError {
  // The reader's own message usually names the file already (`edict/keys-002.bin is missing …`).
  const why = detail.includes(path) ? detail : `${path}: ${detail}`;
  return new DictionaryError(
    'corrupt',
    `The Japanese–English dictionary file is damaged: ${part} cannot be read (${why}). Reinstall or update the extension.`,
  );
}

/**
 * Where the searcher finds keys: `lowerBound(query)`, the index of the first key not less than
 * `query` (keys sorted by UTF-16 code units); `page(k)`, a page holding key k's text (`base`: the
 * index of the page's key 0), and `postingPage(k)`, one holding its postings too. Either may throw
 * `IndexPageNotLoaded`.
 */
interface KeyStore {
  lowerBound(query: string): number;
  page(k: number): BasedPage;
  postingPage(k: number): BasedPage;
  /**
   * For a query no key starts the first three units of, how many units (0–2) the longest start
   * it shares with a key is, told without reading key text; -1 when some key may start them.
   */
  shortShare?(query: string): number;
}

/** A page of keys, `base` the index of its key 0 among all keys; a page read from its file has its narrowing. */
type BasedPage = KeyPage & { base: number; narrowing?: PageNarrowing };

/**
 * A page's keys grouped by their first UTF-16 code unit, and each key's next two units
 * (nextUnitsTable), so that a search in a page of the paged dictionary narrows to the keys
 * sharing the query's first three units before comparing key text, as the whole file's does
 * (wholeKeyStore; its first-unit table is a table of all 65,537 units, too large per page).
 * Made once as a page is read: one walk over its keys, about 12 KB for 64 KB of index.
 */
interface PageNarrowing {
  /** The distinct first units of the page's keys, rising (an empty key counts 0). */
  firstUnits: Uint32Array;
  /** Where each first unit's keys start among the page's keys, then the page's key count. */
  firstStarts: Uint32Array;
  /** Each key's second and third units, as nextUnitsTable gives them. */
  nextUnits: Uint32Array;
}

function pageNarrowing(page: KeyPage): PageNarrowing {
  const { keyText, keyOffsets } = page;
  const n = keyOffsets.length - 1;
  const units = new Uint32Array(n);
  const starts = new Uint32Array(n + 1);
  let groups = 0;
  for (let k = 0; k < n; k++) {
    const unit = keyOffsets[k + 1] === keyOffsets[k] ? 0 : keyText[keyOffsets[k]!]!;
    if (groups === 0 || units[groups - 1] !== unit) {
      units[groups] = unit;
      starts[groups++] = k;
    }
  }
  starts[groups] = n;
  return {
    firstUnits: units.slice(0, groups),
    firstStarts: starts.slice(0, groups + 1),
    nextUnits: nextUnitsTable(keyText, keyOffsets, n),
  };
}

/**
 * `lowerBoundIn(page, query, page's first key, one past its last)` for a non-empty `query`,
 * narrowed: to the keys sharing the query's first unit, then its next two, then by their text.
 */
function lowerBoundNarrowed(page: BasedPage, narrowing: PageNarrowing, query: string): number {
  const { firstUnits, firstStarts, nextUnits } = narrowing;
  const c = query.charCodeAt(0);
  const g = firstAtLeast(firstUnits, c, 0, firstUnits.length);
  // No key of the page starts with c: the query goes before the first key starting above it.
  if (g === firstUnits.length || firstUnits[g] !== c) return page.base + firstStarts[g]!;
  let lo = firstStarts[g]!;
  let hi = firstStarts[g + 1]!;
  // As in the whole file: one unit (not 0, the empty key's) or two (the second not 0) need no key text.
  if (query.length === 1 && c !== 0) return page.base + lo;
  if (query.length > 1) {
    // A unit a key lacks counts 0: shorter keys sort before the longer ones they start.
    const next = query.charCodeAt(1) * 0x10000 + (query.length > 2 ? query.charCodeAt(2) : 0);
    lo = firstAtLeast(nextUnits, next, lo, hi);
    if (query.length === 2 && next !== 0) return page.base + lo;
    hi = firstAtLeastFrom(nextUnits, next + 1, lo, hi);
  }
  return lowerBoundIn(page, query, page.base + lo, page.base + hi);
}

/** Compares `query` with key k of `page`: <0, 0, >0 as for sorting. */
function compareKey(query: string, page: BasedPage, k: number): number {
  const { keyOffsets, keyText } = page;
  const start = keyOffsets[k - page.base]!;
  const end = keyOffsets[k - page.base + 1]!;
  const n = Math.min(query.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = query.charCodeAt(i) - keyText[start + i]!;
    if (d !== 0) return d;
  }
  return query.length - (end - start);
}

/** The first of keys lo..hi of `page` (global indexes) that is not less than `query`. */
function lowerBoundIn(page: BasedPage, query: string, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKey(query, page, mid) > 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entries of the first-key table: one per UTF-16 code unit, and one past the last. */
const FIRST_KEY_ENTRIES = 0x10001;

/**
 * Where the keys starting with each UTF-16 code unit begin (keys are sorted by code units), so
 * that a search starts among the keys sharing the query's first character: per unit c, the first
 * key whose first unit is not below c (65,537 values). An empty key sorts before every unit.
 */
function firstKeyTable(keyText: Uint16Array, keyOffsets: Uint32Array, keyCount: number): Uint32Array {
  const firstKey = new Uint32Array(FIRST_KEY_ENTRIES);
  let k = 0;
  for (let c = 0; c < FIRST_KEY_ENTRIES; c++) {
    while (k < keyCount && (keyOffsets[k + 1] === keyOffsets[k] || keyText[keyOffsets[k]!]! < c)) k++;
    firstKey[c] = k;
  }
  return firstKey;
}

/**
 * Each key's second and third UTF-16 code units as one number, second << 16 | third (a unit
 * the key lacks counts 0), so that a search among the keys sharing a first unit narrows to those
 * sharing the next two in one compact array, without reaching into the key text (K values).
 */
function nextUnitsTable(keyText: Uint16Array, keyOffsets: Uint32Array, keyCount: number): Uint32Array {
  const next = new Uint32Array(keyCount);
  for (let k = 0; k < keyCount; k++) {
    const start = keyOffsets[k]!;
    const length = keyOffsets[k + 1]! - start;
    if (length > 1) next[k] = keyText[start + 1]! * 0x10000 + (length > 2 ? keyText[start + 2]! : 0);
  }
  return next;
}

/** The first of lo..hi whose value in `units` (rising from lo to hi) is not below `value`. */
function firstAtLeast(units: Uint32Array, value: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (units[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `firstAtLeast(units, value, lo, hi)` found by steps doubling from lo, for an answer likely
 * near lo (the end of the few keys sharing a query's next units, in memory next to their start).
 */
function firstAtLeastFrom(units: Uint32Array, value: number, lo: number, hi: number): number {
  let from = lo;
  let step = 1;
  while (from + step < hi && units[from + step]! < value) {
    from += step;
    step *= 2;
  }
  return firstAtLeast(units, value, from, Math.min(from + step, hi));
}

/** One key in SAMPLE_STEP has its next units copied into the sample table. */
const SAMPLE_STEP = 16;

/**
 * `firstAtLeast(units, value, lo, hi)` found by bisecting first the samples (units[k] for every
 * SAMPLE_STEP-th k, a table small enough to stay in cache) and then at most SAMPLE_STEP keys:
 * bisecting `units` itself reaches memory far apart at each step.
 */
function firstAtLeastSampled(units: Uint32Array, samples: Uint32Array, value: number, lo: number, hi: number): number {
  const from = Math.ceil(lo / SAMPLE_STEP);
  const to = Math.ceil(hi / SAMPLE_STEP); // samples from..to-1 are keys of lo..hi-1
  const j = firstAtLeast(samples, value, from, to);
  // Keys up to sample j-1's are below `value`; sample j's key is not.
  return firstAtLeast(units, value, j > from ? (j - 1) * SAMPLE_STEP + 1 : lo, j < to ? j * SAMPLE_STEP : hi);
}

/** The keys of a whole dictionary file in memory. */
function wholeKeyStore(data: DictionaryData): KeyStore {
  const page: BasedPage = { ...data, base: 0 };
  // A search starts among the few hundred keys sharing the query's first character, not all of
  // them, and narrows to those sharing its next two by those units alone: the key text is
  // compared only among those few (a bisection over the key text touches memory far apart at
  // each step, and was a sixth of the reading layer's time on text met for the first time).
  const firstKey = firstKeyTable(data.keyText, data.keyOffsets, data.keyCount);
  const nextUnits = nextUnitsTable(data.keyText, data.keyOffsets, data.keyCount);
  const samples = new Uint32Array(Math.ceil(data.keyCount / SAMPLE_STEP));
  for (let j = 0; j < samples.length; j++) samples[j] = nextUnits[j * SAMPLE_STEP]!;
  return {
    lowerBound(query) {
      if (query.length === 0) return 0;
      const c = query.charCodeAt(0);
      let lo = firstKey[c]!;
      let hi = firstKey[c + 1]!;
      // No key starting with c is below c alone.
      if (query.length === 1) return lo;
      // A unit a key lacks counts 0: shorter keys sort before the longer ones they start.
      const next = query.charCodeAt(1) * 0x10000 + (query.length > 2 ? query.charCodeAt(2) : 0);
      lo = firstAtLeastSampled(nextUnits, samples, next, lo, hi);
      // Two units (the second not 0): the keys before lo have a lower second unit or none, the
      // key at lo starts with both units or has a higher second; no key text is left to compare.
      if (query.length === 2 && next !== 0) return lo;
      hi = firstAtLeastFrom(nextUnits, next + 1, lo, hi);
      return lowerBoundIn(page, query, lo, hi);
    },
    // Most runs a text's words start share two units with a key at most (3,203 of the 5,049
    // asked a cold pass over KWDLC dev): the tables tell, and the key text is not read.
    shortShare(query) {
      if (query.length < 3) return -1;
      const c = query.charCodeAt(0);
      const second = query.charCodeAt(1);
      const third = query.charCodeAt(2);
      if (second === 0 || third === 0) return -1; // (a unit a key lacks counts 0 in nextUnits)
      const start = firstKey[c]!;
      const end = firstKey[c + 1]!;
      if (start === end) return 0;
      const next = second * 0x10000 + third;
      const at = firstAtLeastSampled(nextUnits, samples, next, start, end);
      if (at < end && nextUnits[at] === next) return -1;
      // Keys sharing the second unit lie on either side of where the third would go.
      const sharesSecond = (at < end && nextUnits[at]! >>> 16 === second) || (at > start && nextUnits[at - 1]! >>> 16 === second);
      return sharesSecond ? 2 : 1;
    },
    page: () => page,
    postingPage: () => page,
  };
}

/** Lookups over the index's views; `record(id)` gives entry id's record bytes (or throws). */
function searchedInPlace(
  data: { metadata: DictionaryMetadata; entryCount: number; keyCount: number },
  keys: KeyStore,
  record: (id: number) => Uint8Array,
): Dictionary {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const cache = new Map<number, DictionaryEntry>();
  const { keyCount } = data;
  const lowerBound = (query: string) => keys.lowerBound(query);

  function find(key: string): number {
    const query = normalizeKey(key);
    const k = lowerBound(query);
    return k < keyCount && compareKey(query, keys.page(k), k) === 0 ? k : -1;
  }

  function keyStartsWith(k: number, prefix: string): boolean {
    const page = keys.page(k);
    const start = page.keyOffsets[k - page.base]!;
    if (page.keyOffsets[k - page.base + 1]! - start < prefix.length) return false;
    for (let i = 0; i < prefix.length; i++) if (page.keyText[start + i] !== prefix.charCodeAt(i)) return false;
    return true;
  }

  function keyLength(k: number): number {
    const page = keys.page(k);
    return page.keyOffsets[k - page.base + 1]! - page.keyOffsets[k - page.base]!;
  }

  /** How many code units key k and `text` share from their start. */
  function sharedStart(k: number, text: string): number {
    const page = keys.page(k);
    const start = page.keyOffsets[k - page.base]!;
    const n = Math.min(text.length, page.keyOffsets[k - page.base + 1]! - start);
    let i = 0;
    while (i < n && page.keyText[start + i] === text.charCodeAt(i)) i++;
    return i;
  }

  function checkId(id: number): void {
    if (!Number.isInteger(id) || id < 0 || id >= data.entryCount) throw new RangeError(`no dictionary entry ${id}`);
  }

  /** Record bytes of entry id as text. */
  function recordText(id: number, bytes: Uint8Array): string {
    try {
      return utf8.decode(bytes);
    } catch {
      throw new DictionaryError(
        'corrupt',
        `The Japanese–English dictionary file is damaged (entry ${id} is not valid text). Reinstall or update the extension.`,
      );
    }
  }

  function entry(id: number): DictionaryEntry {
    checkId(id);
    const cached = cache.get(id);
    if (cached) {
      cache.delete(id);
      cache.set(id, cached);
      return cached;
    }
    const decoded = decodeEntryRecord(id, recordText(id, record(id)));
    cache.set(id, decoded);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return decoded;
  }

  function entryReadings(id: number): readonly Reading[] {
    checkId(id);
    const cached = cache.get(id);
    if (cached) return cached.readings;
    const bytes = record(id);
    // The senses start after the second unit separator (US, one byte in UTF-8 and in no other
    // character's bytes): only what precedes it is decoded. A record without one is read whole (and found damaged).
    const first = bytes.indexOf(US_BYTE);
    const second = first < 0 ? -1 : bytes.indexOf(US_BYTE, first + 1);
    if (second < 0) return entry(id).readings;
    return decodeEntryReadings(id, recordText(id, bytes.subarray(0, second)));
  }

  function matches(key: string): KeyMatch[] {
    const k = find(key);
    if (k < 0) return [];
    const out: KeyMatch[] = [];
    const { postingOffsets, postings, base } = keys.postingPage(k);
    for (let p = postingOffsets[k - base]!; p < postingOffsets[k - base + 1]!; p++) {
      const posting = postings[p]!;
      out.push({
        entryId: postingEntry(posting),
        isReading: (posting & POSTING_READING) !== 0,
        common: (posting & POSTING_COMMON) !== 0,
        irregular: (posting & POSTING_IRREGULAR) !== 0,
        kanaWritten: (posting & POSTING_KANA_WRITTEN) !== 0,
      });
    }
    return out;
  }

  function readsAs(written: string, reading: string): boolean {
    // The spelling's entries are read for the reading: searching the reading (kana, among the
    // longest runs of keys sharing a start) cost more than reading an entry's few forms.
    const w = find(written);
    if (w < 0) return false;
    const query = normalizeKey(reading);
    // (A lone surrogate has no UTF-8 of its own: the postings answer.)
    if (!query.isWellFormed()) return readsAsByPostings(written, reading);
    const page = keys.postingPage(w);
    let unsure = false;
    try {
      for (let p = page.postingOffsets[w - page.base]!; p < page.postingOffsets[w - page.base + 1]!; p++) {
        const posting = page.postings[p]!;
        if ((posting & (POSTING_READING | POSTING_IRREGULAR)) !== 0) continue;
        const listed = formsHold(record(postingEntry(posting)), query);
        if (listed === 1) return true;
        if (listed < 0) unsure = true;
      }
    } catch (err) {
      if (!(err instanceof EntriesNotLoaded)) throw err;
      unsure = true; // entries not loaded: the key index alone answers
    }
    return unsure && readsAsByPostings(written, reading);
  }

  /** readsAs from the two keys' postings alone. */
  function readsAsByPostings(written: string, reading: string): boolean {
    const r = find(reading);
    if (r < 0) return false;
    const read = keys.postingPage(r);
    const readFrom = read.postingOffsets[r - read.base]!;
    const readTo = read.postingOffsets[r - read.base + 1]!;
    if (readFrom === readTo) return false;
    const w = find(written);
    if (w < 0) return false;
    const page = keys.postingPage(w);
    for (let p = page.postingOffsets[w - page.base]!; p < page.postingOffsets[w - page.base + 1]!; p++) {
      const posting = page.postings[p]!;
      if ((posting & (POSTING_READING | POSTING_IRREGULAR)) !== 0) continue;
      const id = postingEntry(posting);
      for (let q = readFrom; q < readTo; q++) {
        const other = read.postings[q]!;
        if ((other & POSTING_READING) !== 0 && postingEntry(other) === id) return true;
      }
    }
    return false;
  }

  function prefixMatchLengths(text: string, start = 0, end = text.length): number[] {
    const lengths: number[] = [];
    const query = normalizeKey(text.slice(start, Math.min(end, text.length)));
    for (let n = 1; n <= query.length; n++) {
      const prefix = query.slice(0, n);
      const k = lowerBound(prefix);
      if (k >= keyCount || !keyStartsWith(k, prefix)) break;
      if (keyLength(k) === n) lengths.push(n);
    }
    return lengths;
  }

  return {
    metadata: data.metadata,
    entryCount: data.entryCount,
    keyCount,
    lookup(key, limit = Infinity) {
      const found = matches(key);
      return found.slice(0, limit).map((m) => entry(m.entryId));
    },
    matches,
    readsAs,
    entry,
    entryReadings,
    hasKey: (key) => find(key) >= 0,
    hasPrefix(prefix) {
      const query = normalizeKey(prefix);
      const k = lowerBound(query);
      return k < keyCount && keyStartsWith(k, query);
    },
    prefixMatchLengths,
    commonPrefixLength(text) {
      // Keys are sorted, so the key sharing the longest start with the text is one of the two
      // around the place the text would be inserted.
      const query = normalizeKey(text);
      const short = keys.shortShare ? keys.shortShare(query) : -1;
      if (short >= 0) return short;
      const k = lowerBound(query);
      const here = k < keyCount ? sharedStart(k, query) : 0;
      // (A key the whole text starts: the key before cannot share more, and may be on a page not loaded.)
      return here === query.length ? here : Math.max(here, k > 0 ? sharedStart(k - 1, query) : 0);
    },
  };
}

/** The record format's separators (entry-record.ts), each one byte in UTF-8 and in no other character's bytes. */
const RS_BYTE = 0x1e;
const GS_BYTE = 0x1d;

/**
 * Whether an entry's record holds `key` (a key: folded as normalizeKey folds, well formed) as
 * one of its readings: 1 if so and not as a headword, -1 if as both (then the key's posting for
 * the entry is whichever form the builder ranked better, which only the postings tell), 0 if not
 * as a reading.
 */
function formsHold(record: Uint8Array, key: string): number {
  let field = 0; // 0: headwords, 1: readings
  let asHeadword = false;
  let start = 0;
  let inText = true; // a form's text runs to its first GS
  for (let i = 0; i <= record.length; i++) {
    const b = i < record.length ? record[i]! : US_BYTE;
    if (b !== US_BYTE && b !== RS_BYTE && b !== GS_BYTE) continue;
    if (inText && foldedBytesAre(record, start, i, key)) {
      if (field === 1) return asHeadword ? -1 : 1;
      asHeadword = true;
    }
    inText = b !== GS_BYTE;
    start = i + 1;
    if (b === US_BYTE && ++field === 2) break;
  }
  return 0;
}

/**
 * Whether UTF-8 bytes from..to of `record`, folded as normalizeKey folds (printable ASCII to its
 * full-width form), are `key`'s UTF-8 (a well-formed key), compared as the key is encoded: no
 * encoder called, no bytes written.
 */
function foldedBytesAre(record: Uint8Array, from: number, to: number, key: string): boolean {
  let i = from;
  for (let k = 0; k < key.length; k++) {
    if (i >= to) return false;
    const b = record[i]!;
    const c = key.charCodeAt(k);
    if (b > 0x20 && b < 0x7f) {
      // Printable ASCII in the record stands for its full-width form (U+FF01..U+FF5E).
      if (c !== b + 0xfee0) return false;
      i++;
    } else if (c < 0x80) {
      if (b !== c) return false;
      i++;
    } else if (c < 0x800) {
      if (i + 2 > to || b !== (0xc0 | (c >> 6)) || record[i + 1] !== (0x80 | (c & 0x3f))) return false;
      i += 2;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair (the key is well formed): one four-byte character.
      const cp = ((c - 0xd800) << 10) + (key.charCodeAt(++k) - 0xdc00) + 0x10000;
      if (
        i + 4 > to ||
        b !== (0xf0 | (cp >> 18)) ||
        record[i + 1] !== (0x80 | ((cp >> 12) & 0x3f)) ||
        record[i + 2] !== (0x80 | ((cp >> 6) & 0x3f)) ||
        record[i + 3] !== (0x80 | (cp & 0x3f))
      )
        return false;
      i += 4;
    } else {
      if (i + 3 > to || b !== (0xe0 | (c >> 12)) || record[i + 1] !== (0x80 | ((c >> 6) & 0x3f)) || record[i + 2] !== (0x80 | (c & 0x3f)))
        return false;
      i += 3;
    }
  }
  return i === to;
}

/**
 * `Dictionary.readsAs` answered from `matches` (for dictionaries that leave some entries out):
 * whether an entry holding `written` as a regular headword holds `reading` as a reading.
 */
export function readsAsMatched(matches: (key: string) => KeyMatch[], written: string, reading: string): boolean {
  const read = matches(reading);
  if (!read.length) return false;
  return matches(written).some((w) => !w.isReading && !w.irregular && read.some((r) => r.isReading && r.entryId === w.entryId));
}
