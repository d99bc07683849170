import { beforeAll, describe, expect, test } from 'vitest';
import { readingSegments } from '../../../core/furigana/reading-layer';
import { blockWords, wordAtOffset } from '../../../core/lookup/block-words';
import { createGlossaryFinder } from '../../../core/lookup/glossary-finder';
import { wordInfoAt, type LookupSources, type TextAnalysis } from '../../../core/lookup/word-at-point';
import { nodeSegmenter } from '../../support/node-segmenter';
import { SMALL_GLOSSARY, smallDictionary } from './small-dictionary';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { loadDictionary } from '../../../core/dictionary/packed-dictionary';

let analysis: TextAnalysis;
let sources: LookupSources;
const TEXT = 'ロシアは北大西洋条約機構（NATO）の制裁を受けて、二重用途の物資の基盤を徐々に築かれた。';

beforeAll(async () => {
  const segmenter = await nodeSegmenter();
  const tokens = segmenter.tokenize(TEXT);
  analysis = { text: TEXT, tokens, segments: readingSegments(TEXT, tokens) };
  sources = { dictionary: smallDictionary(), glossary: createGlossaryFinder(SMALL_GLOSSARY) };
});

describe('every word of a block at once', () => {
  test('the word at each offset is the word a single lookup there gives', () => {
    const block = blockWords(analysis, sources);
    for (let offset = 0; offset < TEXT.length; offset++) {
      expect(wordAtOffset(block, offset), `offset ${offset} (${TEXT[offset]})`).toEqual(wordInfoAt(analysis, offset, sources));
    }
  });

  test('each word once, however many tokens it spans; punctuation maps to none', () => {
    const block = blockWords(analysis, sources);
    const surfaces = block.words.map((w) => w.surface);
    expect(new Set(surfaces.map((s, i) => `${s}@${block.words[i]!.start}`)).size).toBe(surfaces.length);
    expect(surfaces).toContain('北大西洋条約機構');
    expect(surfaces).toContain('築かれた');
    expect(surfaces.filter((s) => s === '北大西洋条約機構')).toHaveLength(1);
    expect(wordAtOffset(block, TEXT.indexOf('（'))).toBeNull();
    expect(wordAtOffset(block, TEXT.length)).toBeNull();
    expect(block.spans.map(([s, e]) => TEXT.slice(s, e)).join('')).toBe(TEXT);
  });
});

describe('a token holding several words', () => {
  test('each part of the token maps to its own word, as a lookup there gives it (いた事: いた, 事)', async () => {
    const segmenter = await nodeSegmenter();
    const text = '見ていた事がある。';
    const tokens = segmenter.tokenize(text);
    const glued = { text, tokens, segments: readingSegments(text, tokens) };
    const words = {
      dictionary: loadDictionary(
        encodeDictionaryFile(
          [
            ['居る', 'いる', 'v1', 'to be'],
            ['事', 'こと', 'n', 'thing'],
          ].map(([headword, reading, pos, gloss]) => ({
            headwords: [{ text: headword!, common: true, tags: [] }],
            readings: [{ text: reading!, common: true, tags: [] }],
            senses: [{ partsOfSpeech: [pos!], tags: [], glosses: [gloss!] }],
            common: true,
          })),
          { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'none', origin: 'test' },
        ),
      ),
    };
    const block = blockWords(glued, words);
    for (let offset = 0; offset < text.length; offset++) {
      expect(wordAtOffset(block, offset), `offset ${offset} (${text[offset]})`).toEqual(wordInfoAt(glued, offset, words));
    }
    expect(wordAtOffset(block, text.indexOf('い'))?.surface).toBe('いた');
    expect(wordAtOffset(block, text.indexOf('事'))?.surface).toBe('事');
  });
});
