import { describe, expect, it, vi } from 'vitest';
import { decodeDictionaryFile, encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { dictionaryLoader } from '../../../core/dictionary/dictionary-loader';
import { DictionaryError } from '../../../core/dictionary/dictionary-error';
import {
  decodePagedDirectory,
  encodePagedDictionary,
  INDEX_PAGE_BYTES,
  isPagedDirectory,
  pageFileName,
} from '../../../core/dictionary/paged-index';
import {
  EntriesNotLoaded,
  IndexPageNotLoaded,
  loadDictionary,
  openPagedDictionary,
  type PagedDictionary,
} from '../../../core/dictionary/packed-dictionary';
import { dictionaryWordAt } from '../../../core/lookup/dictionary-word-at-point';
import { readBundledEdictBytes } from '../../../dict/edict/node-edict';
import { SMALL_ENTRIES } from '../lookup/small-dictionary';

const now = () => performance.now();
const META = { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' };
/** Tiny pages and shards, so that the small dictionary spans many of each. */
const PAGE = 64;
const SHARD = 256;
const file = encodeDictionaryFile(SMALL_ENTRIES, META);
const { directory, pages, shards } = encodePagedDictionary(file, PAGE, SHARD);

/** Runs `ask` as a lookup while parts load does: each part it misses is loaded and it is asked again. */
async function settled<T>(ask: () => T): Promise<T> {
  for (;;) {
    try {
      return ask();
    } catch (err) {
      if (!(err instanceof EntriesNotLoaded)) throw err;
      await err.load();
    }
  }
}

function opened() {
  const readPage = vi.fn(async (p: number) => pages[p]!);
  const readShard = vi.fn(async (k: number) => shards[k]!);
  return { d: openPagedDictionary(directory, readPage, readShard), readPage, readShard };
}

describe('a dictionary shipped in pages (directory, key pages, entry shards)', () => {
  const whole = loadDictionary(file);
  const texts = SMALL_ENTRIES.flatMap((e) => [...e.headwords, ...e.readings].map((f) => f.text));
  const probes = [
    ...texts,
    ...texts.map((t) => `${t}です`),
    ...texts.map((t) => t.slice(0, -1) + 'ゑ'),
    'ゑゑゑ',
    'あ',
    '一',
    '\uffff',
    '制',
  ];

  it('cuts the index into many pages and the entries into shards', () => {
    expect(isPagedDirectory(directory)).toBe(true);
    expect(isPagedDirectory(file)).toBe(false);
    expect(pages.length).toBeGreaterThan(5);
    expect(shards.length).toBeGreaterThan(2);
    expect(pageFileName(7)).toBe('keys-007.bin');
  });

  it('reads no page before a search needs one, then says which one is missing', () => {
    const { d, readPage, readShard } = opened();
    expect(d.keyCount).toBe(whole.keyCount);
    expect(d.metadata).toEqual(META);
    expect(() => d.hasKey('制裁')).toThrow(IndexPageNotLoaded);
    expect(readPage).not.toHaveBeenCalled();
    expect(readShard).not.toHaveBeenCalled();
  });

  it('answers every search and entry as the whole file does, loading only what each asks', async () => {
    const { d } = opened();
    for (const text of probes) {
      expect(await settled(() => d.matches(text))).toEqual(whole.matches(text));
      expect(await settled(() => d.hasKey(text))).toBe(whole.hasKey(text));
      expect(await settled(() => d.hasPrefix(text))).toBe(whole.hasPrefix(text));
      expect(await settled(() => d.prefixMatchLengths(text))).toEqual(whole.prefixMatchLengths(text));
      expect(await settled(() => d.commonPrefixLength(text))).toBe(whole.commonPrefixLength(text));
      expect(await settled(() => d.lookup(text))).toEqual(whole.lookup(text));
      for (const reading of texts) expect(await settled(() => d.readsAs(text, reading))).toBe(whole.readsAs(text, reading));
    }
    for (let id = 0; id < whole.entryCount; id++) expect(await settled(() => d.entry(id))).toEqual(whole.entry(id));
    const fresh = opened().d;
    for (let id = 0; id < whole.entryCount; id++) expect(await settled(() => fresh.entryReadings(id))).toEqual(whole.entry(id).readings);
  });

  it('a search reads one page: the key after a page’s last is in the directory', async () => {
    const { d, readPage } = opened();
    // Each key of the small dictionary, searched on its own in a fresh dictionary: one page read.
    for (const text of texts) {
      const fresh = opened();
      await settled(() => fresh.d.hasPrefix(text));
      expect(fresh.readPage).toHaveBeenCalledTimes(1);
    }
    await settled(() => d.hasKey(texts[0]!));
    expect(readPage).toHaveBeenCalledTimes(1);
  });

  it('the loader opens the directory alone, and loads every page and shard for the whole dictionary', async () => {
    const readPage = vi.fn(async (p: number) => pages[p]!);
    const readShard = vi.fn(async (k: number) => shards[k]!);
    const loader = dictionaryLoader({ readIndex: async () => directory, readPage, readShard });
    const quick = await loader.quick();
    expect(quick.dictionaryError).toBeUndefined();
    expect(readPage).not.toHaveBeenCalled();
    const all = await loader();
    expect(readPage).toHaveBeenCalledTimes(pages.length);
    expect(readShard).toHaveBeenCalledTimes(shards.length);
    for (const text of probes) expect(all.dictionary!.lookup(text)).toEqual(whole.lookup(text));
  });

  it('the whole load waits on its pause before each read, and a search meanwhile reads what it needs', async () => {
    const readPage = vi.fn(async (p: number) => pages[p]!);
    const readShard = vi.fn(async (k: number) => shards[k]!);
    let go!: () => void;
    const paused = new Promise<void>((resolve) => (go = resolve));
    const loader = dictionaryLoader({ readIndex: async () => directory, readPage, readShard }, now, () => paused);
    const all = loader();
    const { dictionary } = await loader.quick();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readPage).not.toHaveBeenCalled();
    expect(readShard).not.toHaveBeenCalled();
    // A hover's search is not held.
    expect(await settled(() => dictionary!.lookup('制裁'))).toEqual(whole.lookup('制裁'));
    expect(readPage.mock.calls.length).toBeLessThan(pages.length);
    go();
    await all;
    expect(new Set(readPage.mock.calls.map(([p]) => p)).size).toBe(pages.length);
    expect(new Set(readShard.mock.calls.map(([k]) => k)).size).toBe(shards.length);
  });

  it('a damaged, cut short, foreign or missing file is refused, saying what is wrong', async () => {
    expect(() =>
      openPagedDictionary(
        undefined,
        async () => pages[0]!,
        async () => shards[0]!,
      ),
    ).toThrow(/missing/);
    expect(() =>
      openPagedDictionary(
        new Uint8Array(),
        async () => pages[0]!,
        async () => shards[0]!,
      ),
    ).toThrow(/empty/);
    expect(() =>
      openPagedDictionary(
        directory.subarray(0, directory.length - 4),
        async () => pages[0]!,
        async () => shards[0]!,
      ),
    ).toThrow(DictionaryError);
    const swapped = openPagedDictionary(
      directory,
      async (p) => pages[p + 1]!,
      async (k) => shards[k]!,
    ) as PagedDictionary;
    await expect(swapped.loadPage(0)).rejects.toThrow(/damaged: its index cannot be read \(edict\/keys-000\.bin: /);
    const cut = openPagedDictionary(
      directory,
      async (p) => pages[p]!.subarray(0, 40),
      async (k) => shards[k]!.subarray(0, 30),
    );
    await expect(cut.loadPage(1)).rejects.toThrow(/index cannot be read \(edict\/keys-001\.bin: .*truncated/);
    await expect(cut.loadShard(1)).rejects.toThrow(/entries cannot be read \(edict\/entries-001\.bin: /);
    const lost = dictionaryLoader({
      readIndex: async () => directory,
      readPage: async (p) => (p === 2 ? Promise.reject(new Error('edict/keys-002.bin is missing from the extension (404)')) : pages[p]!),
      readShard: async (k) => shards[k]!,
    });
    // A part that cannot be read costs only the words its searches touch (unreadable-parts.test.ts).
    const all = await lost();
    expect(all.dictionaryError).toBeUndefined();
    await expect((all.dictionary as PagedDictionary).loadPage(2)).rejects.toThrow(
      /dictionary file is damaged: its index cannot be read \(edict\/keys-002\.bin is missing from the extension \(404\)\)\. Reinstall/,
    );
    await expect(cut.loadShard(2)).rejects.toThrow(/entries cannot be read \(edict\/entries-002\.bin: /);
  });
});

describe('the bundled EDICT in pages: the first lookup reads only what it needs', () => {
  const bytes = readBundledEdictBytes();
  const { directory, pages, shards } = encodePagedDictionary(bytes);
  const whole = loadDictionary(bytes);
  const indexBytes = pages.reduce((n, p) => n + p.length, 0);

  it('a hover at 制裁 in the article reads the directory and under a tenth of the pages, not the whole index', async () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(Math.max(...pages.map((p) => p.length))).toBeLessThan(2 * INDEX_PAGE_BYTES);
    const read = { pages: new Set<number>(), bytes: directory.length };
    const d = openPagedDictionary(
      directory,
      async (p) => {
        read.pages.add(p);
        read.bytes += pages[p]!.length;
        return pages[p]!;
      },
      async (k) => shards[k]!,
    );
    const text = '2014年のクリミア併合とその後の西側諸国の制裁が真にパートナーシップを深めた。';
    const at = text.indexOf('制裁') + 1;
    const word = await settled(() => dictionaryWordAt(text, at, { dictionary: d }));
    expect(word).toEqual(dictionaryWordAt(text, at, { dictionary: whole }));
    expect(word?.surface).toBe('制裁');
    expect(word?.entries.length).toBeGreaterThan(0);
    // The pages of the characters the search starts at (制, and the few before it it tries).
    expect(read.pages.size).toBeLessThan(pages.length / 10);
    expect(read.bytes).toBeLessThan(indexBytes / 10);
  });

  it('every page read, its searches narrowed within the page answer as the whole file’s do', async () => {
    const d = openPagedDictionary(
      directory,
      async (p) => pages[p]!,
      async (k) => shards[k]!,
    );
    await Promise.all([...pages.keys()].map((p) => d.loadPage(p)));
    await Promise.all([...shards.keys()].map((k) => d.loadShard(k)));
    // Keys spread over the whole index (pages' first and last keys among them), and text around
    // them: cut short, run on, one unit further, a first unit alone.
    const { keyText, keyOffsets, keyCount } = decodeDictionaryFile(bytes);
    const key = (k: number) => String.fromCharCode(...keyText.subarray(keyOffsets[k], keyOffsets[k + 1]));
    const queries = ['NATO', 'tv局', 'Ｗ杯', '𠮟る', '\uffff', 'ゑゑ'];
    for (let k = 0; k < keyCount; k += 211) queries.push(key(k));
    for (const p of decodePagedDirectory(directory).pageKeys.subarray(1, -1)) queries.push(key(p - 1), key(p));
    for (const q of [...queries]) {
      if (q.length > 1) queries.push(q.slice(0, -1), q.slice(0, 1), q.slice(0, -1) + String.fromCharCode(q.charCodeAt(q.length - 1) + 1));
      queries.push(q + 'の', q + '\u0001');
    }
    expect(queries.length).toBeGreaterThan(10_000);
    for (const q of queries) {
      expect(d.hasKey(q), q).toBe(whole.hasKey(q));
      expect(d.hasPrefix(q), q).toBe(whole.hasPrefix(q));
      expect(d.commonPrefixLength(q), q).toBe(whole.commonPrefixLength(q));
      expect(d.prefixMatchLengths(q), q).toEqual(whole.prefixMatchLengths(q));
      expect(d.matches(q), q).toEqual(whole.matches(q));
    }
  });
});
