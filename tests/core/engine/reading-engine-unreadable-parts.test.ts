/**
 * The engine with the bundled EDICT shipped in pages, as the extension ships it, one entry shard
 * missing (a damaged install): furigana is drawn as with every shard, the word whose entries are
 * in the missing shard says which file, and a word elsewhere gets its entries.
 */
import { describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { readBundledEdictBytes } from '../../../dict/edict/node-edict';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { decodePagedDirectory, encodePagedDictionary } from '../../../core/dictionary/paged-index';
import { shardFileName } from '../../../core/dictionary/entry-shards';
import { loadDictionary } from '../../../core/dictionary/packed-dictionary';
import type { WordInfo } from '../../../core/lookup/word-info';
import { readKuromojiFile } from '../../support/node-segmenter';

const bytes = readBundledEdictBytes();
const { directory, pages, shards } = encodePagedDictionary(bytes);
const { shardEntries } = decodePagedDirectory(directory);
const whole = loadDictionary(bytes);
/** The shard holding entry `id`. */
const shardOf = (id: number) => {
  let k = 0;
  while (shardEntries[k + 1]! <= id) k++;
  return k;
};

function engine(missing?: number) {
  return createReadingEngine({
    glossary: bundledGlossary,
    readKuromojiFile,
    readDictionaryFile: {
      readIndex: async () => directory,
      readPage: async (p) => pages[p]!,
      readShard: async (k) =>
        k === missing ? Promise.reject(new Error(`edict/${shardFileName(k)} is missing from the extension`)) : shards[k]!,
    },
    now: () => performance.now(),
  });
}

describe('the bundled EDICT in pages with one entry shard missing', () => {
  test('a sentence’s furigana is as with every shard; the word in the shard names the file, a word elsewhere has its entries', async () => {
    const sanctions = [...new Set(whole.matches('制裁').map((m) => shardOf(m.entryId)))];
    expect(sanctions).toHaveLength(1);
    const missing = sanctions[0]!;
    expect(whole.matches('同盟').every((m) => shardOf(m.entryId) !== missing)).toBe(true);
    const damaged = engine(missing);
    const healthy = engine();
    const text = 'この同盟の基盤は、西側諸国の制裁を受けて築かれた。';
    expect(await damaged.annotate([text])).toEqual(await healthy.annotate([text]));
    const lookup = async (e: ReturnType<typeof engine>, word: string) =>
      ((await e.handle({ type: 'yomu:lookup', text, offset: text.indexOf(word) })) as { ok: true; word: WordInfo }).word;
    const broken = await lookup(damaged, '制裁');
    expect(broken.surface).toBe('制裁');
    expect(broken.reading).toBe('せいさい');
    expect(broken.dictionaryError).toMatch(
      new RegExp(`dictionary file is damaged: its entries cannot be read \\(edict/${shardFileName(missing)} is missing`),
    );
    const alliance = await lookup(damaged, '同盟');
    expect(alliance.dictionaryError).toBeUndefined();
    expect(alliance.entries.length).toBeGreaterThan(0);
    expect(alliance).toEqual(await lookup(healthy, '同盟'));
    expect(damaged.status().dictionaryError).toBeUndefined();
  });
});
