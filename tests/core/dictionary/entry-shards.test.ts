import { describe, expect, it, vi } from 'vitest';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { shardBounds, shardFileName, splitDictionaryFile } from '../../../core/dictionary/entry-shards';
import { EntriesNotLoaded, loadDictionary, openShardedDictionary } from '../../../core/dictionary/packed-dictionary';
import { dictionaryLoader } from '../../../core/dictionary/dictionary-loader';
import { DictionaryError } from '../../../core/dictionary/dictionary-error';
import { SMALL_ENTRIES } from '../lookup/small-dictionary';

const META = { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' };
/** Small shards, so that the small dictionary spans several. */
const SHARD = 256;
const file = encodeDictionaryFile(SMALL_ENTRIES, META);

describe('shardBounds', () => {
  it('cuts at the first entry boundary past the size, and covers every entry once', () => {
    expect(shardBounds(Uint32Array.from([0, 100, 200, 300, 400, 450]), 150)).toEqual([0, 2, 4, 5]);
    expect(shardBounds(Uint32Array.from([0, 10, 20]), 1000)).toEqual([0, 2]);
    expect(shardBounds(Uint32Array.from([0]), 1000)).toEqual([0, 0]);
  });
});

describe('a dictionary shipped as its index and entry shards', () => {
  const { index, shards } = splitDictionaryFile(file, SHARD);
  const whole = loadDictionary(file);

  it('splits into the index and shards that join to the entry text', () => {
    expect(shards.length).toBeGreaterThan(2);
    expect(index.length + shards.reduce((n, s) => n + s.length, 0)).toBe(file.length);
    expect(shardFileName(7)).toBe('entries-007.bin');
  });

  it('searches at once, and decodes an entry once its shard is loaded, as the whole file does', async () => {
    const readShard = vi.fn(async (k: number) => shards[k]!);
    const d = openShardedDictionary(index, readShard, SHARD);
    expect(d.shardCount).toBe(shards.length);
    expect(d.hasKey('制裁')).toBe(true);
    expect(d.matches('開く')).toEqual(whole.matches('開く'));
    const last = whole.entryCount - 1;
    let missing: unknown;
    try {
      d.entry(last);
    } catch (err) {
      missing = err;
    }
    expect(missing).toBeInstanceOf(EntriesNotLoaded);
    await (missing as EntriesNotLoaded).load();
    expect(readShard).toHaveBeenCalledWith(shards.length - 1);
    expect(d.entry(last)).toEqual(whole.entry(last));
    for (let k = 0; k < d.shardCount; k++) await d.loadShard(k);
    for (let id = 0; id < whole.entryCount; id++) expect(d.entry(id)).toEqual(whole.entry(id));
    expect(readShard).toHaveBeenCalledTimes(shards.length);
  });

  it('a shard that does not fit the index is a damaged file, said plainly', async () => {
    const d = openShardedDictionary(index, async (k) => shards[k]!.subarray(1), SHARD);
    await expect(d.loadShard(0)).rejects.toThrow(DictionaryError);
    await expect(d.loadShard(0)).rejects.toThrow(/damaged.*part 1/);
  });

  it('an index cut short or given as a whole file is refused', () => {
    expect(() => openShardedDictionary(index.subarray(0, index.length - 4), async () => new Uint8Array())).toThrow(DictionaryError);
    expect(() => openShardedDictionary(file, async () => new Uint8Array())).toThrow(/does not match its header/);
  });

  it('the loader is searchable once the index is open, and whole once every shard is in', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const readShard = vi.fn(async (k: number) => {
      if (k > 0) await gate;
      return shards[k]!;
    });
    const loader = dictionaryLoader({ readIndex: async () => index, readShard, shardBytes: SHARD });
    const quick = await loader.quick();
    expect(quick.dictionary?.hasKey('条約')).toBe(true);
    let wholeDone = false;
    const all = loader().then((d) => ((wholeDone = true), d));
    await vi.waitFor(() => expect(readShard).toHaveBeenCalledWith(1));
    expect(wholeDone).toBe(false);
    release();
    const done = await all;
    expect(done.dictionary).toBe(quick.dictionary);
    expect(done.dictionaryError).toBeUndefined();
  });

  it('a missing shard makes the whole load fail with the reason, the index still searchable', async () => {
    const loader = dictionaryLoader({
      readIndex: async () => index,
      readShard: async () => {
        throw new Error('edict/entries-000.bin is missing from the extension (404)');
      },
    });
    expect((await loader.quick()).dictionary).toBeDefined();
    expect((await loader()).dictionaryError).toMatch(/damaged.*entries-000.bin is missing/);
  });
});
