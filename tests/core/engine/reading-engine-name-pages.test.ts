import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { encodeNameCardPages } from '../../../core/names/name-card-pages';
import type { WordInfo } from '../../../core/lookup/word-info';
import type { BlockWords } from '../../../core/lookup/block-words';
import { wordAtOffset } from '../../../core/lookup/block-words';
import { readKuromojiFile } from '../../support/node-segmenter';

const { directory, pages } = encodeNameCardPages(
  gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url))),
);
const now = () => performance.now();
const EDICT = new URL('../../../dict/edict/edict.yomu.gz', import.meta.url);
const readDictionaryFile = async () => new Uint8Array(await readFile(EDICT));

async function lookup(engine: ReturnType<typeof createReadingEngine>, text: string, offset: number): Promise<WordInfo> {
  return ((await engine.handle({ type: 'yomu:lookup', text, offset })) as { word: WordInfo }).word;
}
async function words(engine: ReturnType<typeof createReadingEngine>, text: string, withNames = false): Promise<BlockWords> {
  return ((await engine.handle({ type: 'yomu:words', text, ...(withNames ? { withNames: true as const } : {}) })) as { words: BlockWords })
    .words;
}

describe('name cards shipped in pages (core/names/name-card-pages.ts, issue 14)', () => {
  test('a lookup and a block’s words carry name cards, reading only the pages their text needs', async () => {
    const read: number[] = [];
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      now,
      readNameCardsFile: { readDirectory: async () => directory, readPage: async (p) => (read.push(p), pages[p]!) },
    });
    const text = '髙橋さんと読売新聞の記者が来た。';
    const block = await words(engine, text, true);
    expect(block.namesPending).toBeUndefined();
    expect(wordAtOffset(block, 0)?.names?.[0]).toMatchObject({ surface: '髙橋', reading: 'たかはし' });
    expect(wordAtOffset(block, text.indexOf('読売'))?.names?.[0]).toMatchObject({ surface: '読売新聞', kinds: ['product'] });
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThan(pages.length / 10);
    const before = read.length;
    expect((await lookup(engine, '習近平が来た。', 0)).names?.[0]).toMatchObject({ reading: 'しゅうきんぺい' });
    expect(read.length).toBeGreaterThan(before);
  });

  test('name-card pages that cannot be read cost only the name cards, and the words whose names they hold say so', async () => {
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      readDictionaryFile,
      now,
      readNameCardsFile: {
        readDirectory: async () => directory,
        readPage: async (p) => {
          throw new Error(`names/cards-${p}.bin is missing from the extension`);
        },
      },
    });
    const text = '岸田首相は制裁について語った。';
    const block = await words(engine, text, true);
    expect(block.namesPending).toBeUndefined();
    expect(wordAtOffset(block, text.indexOf('制裁'))).toMatchObject({ surface: '制裁' });
    expect(wordAtOffset(block, text.indexOf('制裁'))!.entries.length).toBeGreaterThan(0);
    expect(block.words.every((w) => !w.names && !w.dictionaryError)).toBe(true);
    const missing =
      /^The name cards file is damaged: names\/cards-\d+\.bin is missing from the extension\. Reinstall or update the extension\.$/;
    expect(wordAtOffset(block, 0)!.namesError).toMatch(missing);
    expect(wordAtOffset(block, text.indexOf('制裁'))!.namesError).toMatch(missing);
    const w = await lookup(engine, text, text.indexOf('制裁'));
    expect(w).toMatchObject({ surface: '制裁' });
    expect(w.names).toBeUndefined();
    expect(w.namesError).toMatch(missing);
    expect(w.provisional).toBeUndefined();
  });

  test('a damaged directory costs only the name cards, and every word says so', async () => {
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      now,
      readNameCardsFile: { readDirectory: async () => new TextEncoder().encode('not a directory'), readPage: async (p) => pages[p]! },
    });
    const text = '髙橋さんが来た。';
    const block = await words(engine, text, true);
    expect(block.namesPending).toBeUndefined();
    expect(block.words.every((w) => !w.names)).toBe(true);
    const damaged =
      /^The name cards file is damaged: names\/cards\.yomu: its header is missing or damaged\. Reinstall or update the extension\.$/;
    expect(block.words.every((w) => damaged.test(w.namesError ?? ''))).toBe(true);
    const w = await lookup(engine, text, 0);
    expect(w.surface).toBe('髙橋');
    expect(w.namesError).toMatch(damaged);
  });
});
