/** Colloquial spellings (colloquial-forms.ts) through the engine: the lookup and the block's words agree, and say the form looked up. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { createReadingEngine, type ReadingEngine } from '../../../core/engine/reading-engine';
import type { WordInfo } from '../../../core/lookup/word-info';
import { wordAtOffset, type BlockWords } from '../../../core/lookup/block-words';
import { readKuromojiFile } from '../../support/node-segmenter';

const EDICT = fileURLToPath(new URL('../../../dict/edict/edict.yomu.gz', import.meta.url));

describe('colloquial lengthening is looked up in the dictionary’s spelling', () => {
  let engine: ReadingEngine;
  beforeAll(async () => {
    engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      readDictionaryFile: async () => new Uint8Array(await readFile(EDICT)),
      now: () => performance.now(),
    });
    // Kuromoji in: the answers below are the full ones, not the dictionary-alone first answer.
    await engine.handle({ type: 'yomu:words', text: '準備する。' });
  });

  test.each([
    ['映画はすごーい。', 'ご', 'すごーい', 'すごい', '凄い'],
    ['このラーメン、うまーい！', 'ま', 'うまーい', 'うまい', '旨い'],
    ['それはダメーー。', 'メ', 'ダメーー', 'ダメ', '駄目'],
    ['まじでうまぁい！', 'ぁ', 'うまぁい', 'うまい', '旨い'],
    ['これ、すごいいい！', 'ご', 'すごいいい', 'すごい', '凄い'],
  ])('%s at %s: %s, looked up as %s (%s)', async (text, needle, surface, form, headword) => {
    const offset = text.indexOf(needle);
    const word = ((await engine.handle({ type: 'yomu:lookup', text, offset })) as { word: WordInfo }).word;
    expect(word.surface).toBe(surface);
    expect(word.lookedUpAs).toBe(form);
    expect(word.entries.some((e) => e.headwords.includes(headword))).toBe(true);
    const block = ((await engine.handle({ type: 'yomu:words', text })) as { words: BlockWords }).words;
    expect(wordAtOffset(block, offset)).toEqual(word);
  });

  test.each([
    ['コーヒーを飲む', 'ヒ', 'コーヒー'],
    ['バッグを買った', 'ッ', 'バッグ'],
    ['とても大きい', '大', '大きい'],
    ['すっごい', 'っ', 'すっごい'],
  ])('%s at %s: the word as written, %s, nothing else looked up', async (text, needle, surface) => {
    const word = ((await engine.handle({ type: 'yomu:lookup', text, offset: text.indexOf(needle) })) as { word: WordInfo }).word;
    expect(word.surface).toBe(surface);
    expect(word.lookedUpAs).toBeUndefined();
  });

  test('a word as written cut across a run gives way to the variant’s word: ね in すごーいね, not いね 稲', async () => {
    const text = 'すごーいね';
    const offset = text.indexOf('ね');
    const word = ((await engine.handle({ type: 'yomu:lookup', text, offset })) as { word: WordInfo }).word;
    expect(word.surface).toBe('ね');
    const block = ((await engine.handle({ type: 'yomu:words', text })) as { words: BlockWords }).words;
    expect(wordAtOffset(block, offset)).toEqual(word);
    expect(wordAtOffset(block, text.indexOf('ー'))?.surface).toBe('すごーい');
  });
});
