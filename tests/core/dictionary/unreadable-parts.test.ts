import { describe, expect, it } from 'vitest';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { dictionaryLoader } from '../../../core/dictionary/dictionary-loader';
import {
  decodeEntryShard,
  decodeKeyPage,
  decodePagedDirectory,
  encodePagedDictionary,
  pageFileName,
} from '../../../core/dictionary/paged-index';
import { shardFileName } from '../../../core/dictionary/entry-shards';
import { loadDictionary, type Dictionary } from '../../../core/dictionary/packed-dictionary';
import { searchGatheringLoads } from '../../../core/dictionary/gathered-loads';
import { searchNotingUnreadable, unreadableMessage } from '../../../core/dictionary/unreadable-parts';
import { pageOfKey } from '../../../core/paging/page-directory';
import { dictionaryWordAt } from '../../../core/lookup/dictionary-word-at-point';
import { SMALL_ENTRIES } from '../lookup/small-dictionary';

const META = { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' };
/** Tiny pages and shards, so that the small dictionary spans many of each. */
const file = encodeDictionaryFile(SMALL_ENTRIES, META);
const { directory, pages, shards } = encodePagedDictionary(file, 64, 256);
const dir = decodePagedDirectory(directory);
const whole = loadDictionary(file);

/** The page holding 制裁's key, and the shard holding its entry. */
const SANCTIONS_PAGE = pageOfKey('制裁', dir);
const SANCTIONS_SHARD = (() => {
  const id = whole.matches('制裁')[0]!.entryId;
  let k = 0;
  while (dir.shardEntries[k + 1]! <= id) k++;
  return k;
})();

type Damage = 'missing' | 'cut short' | 'garbage' | 'text overwritten' | 'changed in place';
/**
 * 'changed in place': one value changed where the part stays well-formed (a page's posting points
 * at the next entry; a letter of a shard's gloss is another letter): only the directory's
 * checksum of the part tells it.
 */
const DAMAGES: Damage[] = ['missing', 'cut short', 'garbage', 'changed in place'];
/** A shard's entries are UTF-8 text: bytes overwritten in place (its length and offsets whole) are found too. */
const SHARD_DAMAGES: Damage[] = [...DAMAGES, 'text overwritten'];
type Part = { kind: 'page' | 'shard'; n: number; file: string };
const PARTS: Part[] = [
  { kind: 'page', n: SANCTIONS_PAGE, file: pageFileName(SANCTIONS_PAGE) },
  { kind: 'shard', n: SANCTIONS_SHARD, file: shardFileName(SANCTIONS_SHARD) },
];

/** The part's bytes as a damaged install gives them. */
async function damaged(bytes: Uint8Array, name: string, damage: Damage): Promise<Uint8Array> {
  if (damage === 'missing') throw new Error(`edict/${name} is missing from the extension (404)`);
  if (damage === 'cut short') return bytes.subarray(0, bytes.length - 8);
  if (damage === 'changed in place') {
    const out = bytes.slice();
    const p = pages.indexOf(bytes);
    if (p >= 0) {
      const postings = decodeKeyPage(dir, p, bytes).postings;
      const at = postings.byteOffset - bytes.byteOffset;
      const i = postings.findIndex((posting) => ((posting >>> 4) ^ 1) < dir.entryCount);
      out[at + 4 * i]! ^= 0x10; // the entry id's lowest bit (postings are entry id << 4 | flags)
      return out;
    }
    const text = decodeEntryShard(dir, shards.indexOf(bytes), bytes).entryText;
    let i = text.length - 1;
    while (i > 0 && !(text[i]! >= 0x61 && text[i]! < 0x7a)) i--;
    out[text.byteOffset - bytes.byteOffset + i]! += 1; // a lower-case letter becomes the next
    return out;
  }
  if (damage === 'text overwritten') {
    // The second half of the entries' text overwritten with 0xFF (never a byte of UTF-8).
    const k = shards.indexOf(bytes);
    const text = decodeEntryShard(dir, k, bytes).entryText.length;
    const out = bytes.slice();
    out.fill(0xff, bytes.length - Math.floor(text / 2));
    return out;
  }
  return new Uint8Array(bytes.length).fill(0x5a);
}

/** The small dictionary's loader with `part` damaged, counting each file's reads. */
function withBroken(part: Part, damage: Damage) {
  const reads = new Map<string, number>();
  const read = (name: string, bytes: Uint8Array, broken: boolean) => {
    reads.set(name, (reads.get(name) ?? 0) + 1);
    return broken ? damaged(bytes, name, damage) : Promise.resolve(bytes);
  };
  const loader = dictionaryLoader({
    readIndex: async () => directory,
    readPage: (p) => read(pageFileName(p), pages[p]!, part.kind === 'page' && p === part.n),
    readShard: (k) => read(shardFileName(k), shards[k]!, part.kind === 'shard' && k === part.n),
  });
  return { loader, reads };
}

const texts = SMALL_ENTRIES.flatMap((e) => [...e.headwords, ...e.readings].map((f) => f.text));
const probes = [...texts, ...texts.map((t) => `${t}です`), ...texts.map((t) => t.slice(0, -1) + 'ゑ'), 'ゑゑゑ', 'あ', '一', '制'];

/** Every search of `text`, as `dict` answers it. */
function searches(dict: Dictionary, text: string) {
  return {
    matches: dict.matches(text),
    lookup: dict.lookup(text),
    hasKey: dict.hasKey(text),
    hasPrefix: dict.hasPrefix(text),
    prefixMatchLengths: dict.prefixMatchLengths(text),
    commonPrefixLength: dict.commonPrefixLength(text),
  };
}

describe.each(PARTS)('a dictionary shipped in pages with $file unreadable', (part) => {
  describe.each(part.kind === 'shard' ? SHARD_DAMAGES : DAMAGES)('(%s)', (damage) => {
    it('the whole load finishes past it, reading it once, and the dictionary is searchable', async () => {
      const { loader, reads } = withBroken(part, damage);
      const all = await loader();
      expect(all.dictionaryError).toBeUndefined();
      expect(all.dictionary).toBeDefined();
      expect(reads.size).toBe(pages.length + shards.length);
      for (const text of probes) searches(all.dictionary!, text);
      expect([...reads.values()].every((n) => n === 1)).toBe(true);
    });

    it('a search that touches it has what the other parts give and names the file; every other search is whole', async () => {
      const { dictionary } = await withBroken(part, damage).loader();
      const d = dictionary!;
      let touching = 0;
      for (const text of probes) {
        const { result, unreadable } = searchNotingUnreadable(d, () => searches(d, text));
        const full = searches(whole, text);
        if (unreadable.length === 0) {
          expect(result, text).toEqual(full);
          continue;
        }
        touching++;
        expect(unreadable.map((u) => u.file)).toEqual([part.file]);
        expect(unreadableMessage(unreadable)).toMatch(/dictionary file is damaged/);
        expect(unreadableMessage(unreadable)).toContain(part.file);
        for (const entry of result.lookup) expect(full.lookup).toContainEqual(entry);
        for (const m of result.matches) expect(full.matches).toContainEqual(m);
      }
      // 制裁 is in the part; most of the small dictionary's words are not.
      expect(touching).toBeGreaterThan(0);
      expect(touching).toBeLessThan(probes.length / 2);
      const sanctions = searchNotingUnreadable(d, () => d.lookup('制裁'));
      expect(sanctions.result).toEqual([]);
      expect(sanctions.unreadable.map((u) => u.file)).toEqual([part.file]);
    });

    it('a hover answered from the dictionary alone: the word in it says so, a word elsewhere is whole', async () => {
      const { loader, reads } = withBroken(part, damage);
      const { dictionary } = await loader.quick();
      const text = '大統領が北大西洋条約機構の同盟国に制裁を科した。';
      for (let at = 0; at < text.length; at++) {
        const { result, unreadable } = await searchGatheringLoads(dictionary!, (dict) =>
          searchNotingUnreadable(dictionary!, () => dictionaryWordAt(text, at, { dictionary: dict })),
        );
        const full = dictionaryWordAt(text, at, { dictionary: whole });
        if (unreadable.length === 0) expect(result, `at ${at}`).toEqual(full);
        else expect(unreadable.map((u) => u.file)).toEqual([part.file]);
      }
      const at = (word: string) =>
        searchGatheringLoads(dictionary!, (dict) =>
          searchNotingUnreadable(dictionary!, () => dictionaryWordAt(text, text.indexOf(word), { dictionary: dict })),
        );
      expect((await at('制裁')).unreadable.map((u) => u.file)).toEqual([part.file]);
      const president = await at('大統領');
      expect(president.unreadable).toEqual([]);
      expect(president.result?.entries[0]?.senses[0]?.glosses).toEqual(['president (of a nation)']);
      // Searched again and again, the part is read once.
      expect(reads.get(part.file)).toBe(1);
    });
  });
});

describe('a dictionary whose directory cannot be read', () => {
  it('still fails whole, saying so', async () => {
    const loader = dictionaryLoader({
      readIndex: async () => directory.subarray(0, 20),
      readPage: async (p) => pages[p]!,
      readShard: async (k) => shards[k]!,
    });
    const all = await loader();
    expect(all.dictionary).toBeUndefined();
    expect(all.dictionaryError).toMatch(/Japanese–English dictionary file is not a Yomu dictionary index/);
  });

  it('fails whole when one byte of it is changed in place, its structure whole (a letter of a first key)', async () => {
    const changed = directory.slice();
    // The last first key's last code unit, just before the seal: another kana, the order kept.
    changed[changed.length - 8]! += 1;
    const loader = dictionaryLoader({
      readIndex: async () => changed,
      readPage: async (p) => pages[p]!,
      readShard: async (k) => shards[k]!,
    });
    const all = await loader();
    expect(all.dictionary).toBeUndefined();
    expect(all.dictionaryError).toMatch(/dictionary file is damaged: its bytes are not the ones it was written with \(checksum\)/);
  });
});
