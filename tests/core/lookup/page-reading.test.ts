import { describe, expect, test } from 'vitest';
import { withPageReading } from '../../../core/lookup/page-reading';
import type { WordInfo } from '../../../core/lookup/word-info';

const kishaKaiken: WordInfo = {
  start: 0,
  end: 4,
  surface: '記者会見',
  reading: 'きしゃかいけん',
  romaji: 'kishakaiken',
  inflections: [],
  entries: [
    {
      headwords: ['記者会見'],
      readings: ['きしゃかいけん'],
      common: true,
      senses: [{ partsOfSpeech: ['noun'], labels: [], glosses: ['press conference'] }],
    },
  ],
};

describe("the page's own reading of a word", () => {
  test('a ruby over the whole word replaces the shown reading and its romaji', () => {
    const out = withPageReading({ ...kishaKaiken, reading: 'きしゃかいみ', romaji: 'kishakaimi' }, 'きしゃかいけん', 'きしゃ');
    expect(out.reading).toBe('きしゃかいけん');
    expect(out.romaji).toBe('kishakaiken');
    expect(out.readingAlternatives).toEqual(['きしゃかいみ']);
  });

  test('a ruby over part of the word leaves the reading whole: never kana mixed with kanji', () => {
    const out = withPageReading(kishaKaiken, 'きしゃ会見', 'きしゃ');
    expect(out.reading).toBe('きしゃかいけん');
    expect(out.romaji).toBe('kishakaiken');
  });
});
