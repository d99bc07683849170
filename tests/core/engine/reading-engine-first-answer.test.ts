/**
 * The first answer of a fresh engine (the dictionary alone, kuromoji not loaded: provisional) and
 * the full answer give the same word: the word around the pointed kanji, not the word starting
 * at it (出 in 引き出し is not 出し). Texts as the scanner reads page ruby written per kanji, with
 * the page's readings.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import type { WordInfo } from '../../../core/lookup/word-info';
import { wordAtOffset, type BlockWords } from '../../../core/lookup/block-words';
import { readKuromojiFile } from '../../support/node-segmenter';

const EDICT = fileURLToPath(new URL('../../../dict/edict/edict.yomu.gz', import.meta.url));

/** The page's readings of the kanji at `at`, in the text's offsets. */
const rubies = (text: string, pairs: [string, string][]) =>
  pairs.map(([kanji, reading]) => ({ start: text.indexOf(kanji), end: text.indexOf(kanji) + kanji.length, reading }));

describe('a later kanji of a word in page ruby, on both paths', () => {
  test.each([
    [
      '引き出しを開けた。',
      '出',
      [
        ['引', 'ひ'],
        ['出', 'だ'],
      ],
      '引き出し',
    ],
    [
      '今月の売り上げが伸びた。',
      '上',
      [
        ['売', 'う'],
        ['上', 'あ'],
      ],
      '売り上げ',
    ],
    [
      '列への割り込みを注意した。',
      '込',
      [
        ['割', 'わ'],
        ['込', 'こ'],
      ],
      '割り込み',
    ],
    [
      '明日の打ち合わせに出る。',
      '合',
      [
        ['打', 'う'],
        ['合', 'あ'],
      ],
      '打ち合わせ',
    ],
  ] as [string, string, [string, string][], string][])('%s at %s', async (text, needle, pairs, surface) => {
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      readDictionaryFile: async () => new Uint8Array(await readFile(EDICT)),
      now: () => performance.now(),
    });
    const offset = text.indexOf(needle);
    const readings = rubies(text, pairs);
    const first = ((await engine.handle({ type: 'yomu:lookup', text, offset, readings })) as { word: WordInfo }).word;
    expect(first.provisional).toBe(true);
    expect(first.surface).toBe(surface);
    const block = ((await engine.handle({ type: 'yomu:words', text, readings })) as { words: BlockWords }).words;
    expect(wordAtOffset(block, offset)?.surface).toBe(surface);
  });
});
