import { describe, expect, test } from 'vitest';
import { savedGlosses } from '../../../core/study/saved-glosses';
import type { WordEntry, WordInfo } from '../../../core/lookup/word-info';

const entry = (headword: string, reading: string, ...glosses: string[][]): WordEntry => ({
  headwords: headword ? [headword] : [],
  readings: [reading],
  common: true,
  senses: glosses.map((g) => ({ partsOfSpeech: ['noun'], labels: [], glosses: g })),
});
const word = (surface: string, entries: WordEntry[], more: Partial<WordInfo> = {}): WordInfo => ({
  start: 0,
  end: surface.length,
  surface,
  reading: '',
  romaji: '',
  inflections: [],
  entries,
  ...more,
});

describe('what a saved word means (core/study/saved-glosses.ts)', () => {
  test('the selected entry’s glosses, every sense in order', () => {
    const info = word('制裁', [entry('制裁', 'せいさい', ['sanctions', 'punishment']), entry('製材', 'せいざい', ['sawing'])]);
    expect(savedGlosses(info, 0)).toEqual(['sanctions', 'punishment']);
    expect(savedGlosses(info, 1)).toEqual(['sawing']);
    expect(savedGlosses(info, 7)).toEqual(['sanctions', 'punishment']);
  });

  test('a word read whole with its parts’ entries: each part with its first gloss', () => {
    const info = word('母犬', [entry('母', 'はは', ['mother', 'mum']), entry('', 'いぬ', ['dog'])], { entriesOfParts: true });
    expect(savedGlosses(info, 1)).toEqual(['母 mother', 'いぬ dog']);
  });

  test('no entry: a glossary card’s English name, else none', () => {
    const card = { en: 'Group of Seven' } as WordInfo['glossary'];
    expect(savedGlosses(word('G7', [], { glossary: card }), 0)).toEqual(['Group of Seven']);
    expect(savedGlosses(word('速筋', []), 0)).toEqual([]);
  });
});
