import { describe, expect, it } from 'vitest';
import { shardBounds, shardFileName } from '../../../core/dictionary/entry-shards';

describe('shardBounds', () => {
  it('cuts at the first entry boundary past the size, and covers every entry once', () => {
    expect(shardBounds(Uint32Array.from([0, 100, 200, 300, 400, 450]), 150)).toEqual([0, 2, 4, 5]);
    expect(shardBounds(Uint32Array.from([0, 10, 20]), 1000)).toEqual([0, 2]);
    expect(shardBounds(Uint32Array.from([0]), 1000)).toEqual([0, 0]);
  });
});

describe('shardFileName', () => {
  it('names shard k in the extension’s edict/ folder', () => {
    expect(shardFileName(7)).toBe('entries-007.bin');
    expect(shardFileName(224)).toBe('entries-224.bin');
  });
});
