import { describe, expect, it } from 'vitest';
import { decodeDictionaryIndex, encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { splitDictionaryFile } from '../../../core/dictionary/entry-shards';
import { decodeExpandedIndex, encodeExpandedIndex, isExpandedIndex } from '../../../core/dictionary/expanded-index';
import { loadDictionary, openShardedDictionary } from '../../../core/dictionary/packed-dictionary';
import { DictionaryError } from '../../../core/dictionary/dictionary-error';
import { SMALL_ENTRIES } from '../lookup/small-dictionary';

const META = { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' };
const SHARD = 256;
const file = encodeDictionaryFile(SMALL_ENTRIES, META);
const { index, shards } = splitDictionaryFile(file, SHARD);
const expanded = encodeExpandedIndex(decodeDictionaryIndex(index));

describe('the expanded index (the EDICT index as the extension ships it)', () => {
  it('holds the packed index’s sections as they are searched', () => {
    const packed = decodeDictionaryIndex(index);
    const opened = decodeExpandedIndex(expanded);
    expect(isExpandedIndex(expanded)).toBe(true);
    expect(isExpandedIndex(index)).toBe(false);
    for (const section of ['entryOffsets', 'keyOffsets', 'postingOffsets', 'postings', 'keyText'] as const) {
      expect([...opened[section]]).toEqual([...packed[section]]);
    }
    expect(opened.metadata).toEqual(META);
    expect([opened.entryCount, opened.keyCount, opened.entryTextBytes]).toEqual([
      packed.entryCount,
      packed.keyCount,
      packed.entryTextBytes,
    ]);
  });

  it('opens a dictionary that answers as the whole file does, every key and entry', async () => {
    const whole = loadDictionary(file);
    const d = openShardedDictionary(expanded, async (k) => shards[k]!, SHARD);
    for (let k = 0; k < d.shardCount; k++) await d.loadShard(k);
    for (const entry of SMALL_ENTRIES) {
      for (const form of [...entry.headwords, ...entry.readings]) {
        expect(d.matches(form.text)).toEqual(whole.matches(form.text));
        expect(d.prefixMatchLengths(`${form.text}です`)).toEqual(whole.prefixMatchLengths(`${form.text}です`));
        expect(d.commonPrefixLength(`${form.text}ゑ`)).toBe(whole.commonPrefixLength(`${form.text}ゑ`));
      }
    }
    expect(d.hasKey('ゑゑゑ')).toBe(false);
    for (let id = 0; id < whole.entryCount; id++) expect(d.entry(id)).toEqual(whole.entry(id));
  });

  it('reads the views at an offset that is not a multiple of 4 (copied once)', () => {
    const shifted = new Uint8Array(expanded.length + 1);
    shifted.set(expanded, 1);
    expect(decodeExpandedIndex(shifted.subarray(1)).keyCount).toBe(decodeExpandedIndex(expanded).keyCount);
  });

  it('a damaged, cut short or foreign index is refused, saying what is wrong', () => {
    const damaged = (edit: (bytes: Uint8Array, view: DataView) => void) => {
      const bytes = expanded.slice();
      edit(bytes, new DataView(bytes.buffer));
      return () => decodeExpandedIndex(bytes);
    };
    expect(() => decodeExpandedIndex(new Uint8Array())).toThrow(/is empty/);
    expect(() => decodeExpandedIndex(new TextEncoder().encode('not a dictionary'))).toThrow(/not a Yomu dictionary index/);
    expect(() => decodeExpandedIndex(expanded.subarray(0, expanded.length - 4))).toThrow(/truncated/);
    expect(damaged((_, v) => v.setUint32(8, 2, true))).toThrow(/format version 2/);
    expect(damaged((_, v) => v.setUint32(20, v.getUint32(20, true) + 1, true))).toThrow(/entry index does not cover its data/);
    // The third entry offset made smaller than the second: the offsets run backwards.
    const entries = 40 + ((new DataView(expanded.buffer).getUint32(12, true) + 3) & ~3);
    expect(damaged((_, v) => v.setUint32(entries + 8, 0, true))).toThrow(/entry index runs backwards/);
    for (const bad of [damaged((b) => (b[0] = 0)), damaged((_, v) => v.setUint32(8, 9, true))]) {
      expect(bad).toThrow(DictionaryError);
    }
  });
});
