import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import TokenInfoDictionary from 'kuromoji/src/dict/TokenInfoDictionary.js';
import { targetMapOf } from '../../../core/segmenter/target-map';
import { trimZeroPadding } from '../../../core/segmenter/ipadic-trim';

const file = gunzipSync(readFileSync(new URL('../../../node_modules/kuromoji/dict/tid_map.dat.gz', import.meta.url)));

describe('targetMapOf: IPADIC tid_map.dat read in place', () => {
  it("gives every trie id the ids kuromoji's own loader gives it, and nothing for the others", () => {
    const theirs = new TokenInfoDictionary().loadTargetMap(new Uint8Array(file)).target_map;
    const ours = targetMapOf(trimZeroPadding(new Uint8Array(file)));
    const keys = Object.keys(theirs).map(Number);
    expect(keys.length).toBeGreaterThan(300_000);
    let maxKey = 0;
    const differing: number[] = [];
    for (const key of keys) {
      if (Array.from(ours[key] ?? []).join() !== theirs[key]!.join()) differing.push(key);
      maxKey = Math.max(maxKey, key);
    }
    const known = new Set(keys);
    for (let id = 0; id <= maxKey + 10; id++) if (!known.has(id) && ours[id] !== undefined) differing.push(id);
    expect(differing).toEqual([]);
    expect(ours[-1]).toBeUndefined();
  });

  it('reads the same from bytes at an unaligned offset (copied, not viewed)', () => {
    const aligned = targetMapOf(new Uint8Array(file));
    const shifted = new Uint8Array(file.length + 1);
    shifted.set(file, 1);
    const unaligned = targetMapOf(shifted.subarray(1));
    for (const id of [0, 1, 2, 1000, 123_456, 300_000]) expect(Array.from(unaligned[id] ?? [])).toEqual(Array.from(aligned[id] ?? []));
    expect(Array.from(aligned[1000] ?? []).length).toBeGreaterThan(0);
  });

  it('refuses a file cut inside a record', () => {
    expect(() => targetMapOf(file.subarray(0, 4096))).toThrow(/ends inside a record/);
  });
});
