/**
 * `yomu:prepare` with the pointer's place (`at`), as the content script's loader sends it while
 * the hover's code loads (issue 14): the engine reads the dictionary's parts a lookup there needs,
 * without starting kuromoji, and the lookup that follows reads none and answers as without it.
 */
import { describe, expect, test, vi } from 'vitest';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { readBundledEdictBytes } from '../../../dict/edict/node-edict';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { encodePagedDictionary } from '../../../core/dictionary/paged-index';
import type { WordInfo } from '../../../core/lookup/word-info';
import { inThread } from '../../../core/segmenter/async-segmenter';
import { loadSegmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { readKuromojiFile } from '../../support/node-segmenter';

const { directory, pages, shards } = encodePagedDictionary(readBundledEdictBytes());

/** An engine reading EDICT in pages as the extension ships it, each read logged into `read`. */
function pagedEngine(read: string[]) {
  return createReadingEngine({
    glossary: bundledGlossary,
    startSegmenter: async () => {
      read.push('kuromoji');
      return inThread(await loadSegmenter(readKuromojiFile));
    },
    readDictionaryFile: {
      readIndex: async () => (read.push('directory'), directory),
      readPage: async (p) => (read.push(`page ${p}`), pages[p]!),
      readShard: async (k) => (read.push(`shard ${k}`), shards[k]!),
    },
    now: () => performance.now(),
  });
}

const TEXT = 'この同盟の基盤は、西側諸国の制裁を受けて築かれた。';
const OFFSET = TEXT.indexOf('制裁');

describe('a prepare request with the pointer’s place', () => {
  test('reads the parts a lookup there needs, starts no kuromoji; the lookup then reads nothing and answers the same', async () => {
    const read: string[] = [];
    const prepared = pagedEngine(read);
    expect(await prepared.handle({ type: 'yomu:prepare', at: { text: TEXT, offset: OFFSET } })).toEqual({ ok: true });
    await vi.waitFor(() => expect(read.some((r) => r.startsWith('shard'))).toBe(true));
    // The search's rounds are over once no read has come for 100 ms.
    await vi.waitFor(
      async () => {
        const now = read.length;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(read.length).toBe(now);
      },
      { timeout: 5_000 },
    );
    expect(read).not.toContain('kuromoji');
    const before = [...read];
    const answer = (await prepared.handle({ type: 'yomu:lookup', text: TEXT, offset: OFFSET })) as { ok: true; word: WordInfo };
    expect(read.slice(before.length).filter((r) => r.startsWith('page') || r.startsWith('shard'))).toEqual([]);
    expect(answer.word).toMatchObject({ surface: '制裁', provisional: true });
    expect(answer.word.entries.length).toBeGreaterThan(0);

    const plain = pagedEngine([]);
    await plain.handle({ type: 'yomu:prepare' });
    expect(answer).toEqual(await plain.handle({ type: 'yomu:lookup', text: TEXT, offset: OFFSET }));
  });

  test('without the place, a prepare request reads no page or shard', async () => {
    const read: string[] = [];
    const engine = pagedEngine(read);
    await engine.handle({ type: 'yomu:prepare' });
    await vi.waitFor(() => expect(read).toContain('directory'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(read).toEqual(['directory']);
  });
});
