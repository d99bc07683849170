import { describe, expect, test } from 'vitest';
import { withPageReading } from '../../../core/lookup/page-reading';
import { PAGE_READING_RANKS, rankByPageReading } from '../../../core/lookup/page-reading-ranks';
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

const entry = (headword: string, reading: string, gloss: string) => ({
  headwords: [headword],
  readings: [reading],
  common: true,
  senses: [{ partsOfSpeech: [], labels: [], glosses: [gloss] }],
});

describe('the page’s readings rank the entries (page-reading-ranks.ts)', () => {
  test.each(PAGE_READING_RANKS.map((row) => [`${row.subject} ${row.test}: ${row.example.surface}`, row] as const))(
    'each row’s example: %s',
    (_, row) => {
      const { example } = row;
      const page = {
        word: example.word,
        'dictionary-form': example.dictionaryForm ? example.dictionaryForm.reading : '',
        lead: example.lead,
      };
      // The row alone puts the example's entry first, against the dictionary's order.
      expect(example.entries[0]![1]).not.toBe(example.first);
      const ranked = rankByPageReading(example.entries, (e) => [e[1]], page, [row]);
      expect(ranked[0]![1]).toBe(example.first);
      // And so does the whole table, as the popup runs it.
      const info: WordInfo = {
        start: 0,
        end: example.surface.length,
        surface: example.surface,
        reading: example.entries[0]![1],
        romaji: '',
        inflections: [],
        entries: example.entries.map(([h, r]) => entry(h, r, r)),
      };
      if (example.dictionaryForm) info.dictionaryForm = { text: example.dictionaryForm.text };
      expect(withPageReading(info, example.word, example.lead).entries[0]!.readings[0]).toBe(example.first);
    },
  );

  test('引き出し read ひ|き|だ|し: the noun before the verb, though both start with ひ', () => {
    const info: WordInfo = {
      start: 0,
      end: 4,
      surface: '引き出し',
      reading: 'ひきだし',
      romaji: 'hikidashi',
      inflections: [],
      entries: [entry('引き出す', 'ひきだす', 'to pull out'), entry('引き出し', 'ひきだし', 'drawer')],
    };
    const out = withPageReading(info, 'ひきだし', 'ひ');
    expect(out.entries.map((e) => e.senses[0]!.glosses[0])).toEqual(['drawer', 'to pull out']);
  });

  test('行って read おこなって: 行う before 行く, by the dictionary form’s reading', () => {
    const info: WordInfo = {
      start: 0,
      end: 3,
      surface: '行って',
      reading: 'いって',
      romaji: 'itte',
      inflections: ['-te'],
      dictionaryForm: { text: '行く', reading: 'いく' },
      entries: [entry('行く', 'いく', 'to go'), entry('行う', 'おこなう', 'to perform')],
    };
    const out = withPageReading(info, 'おこなって', 'おこな');
    expect(out.entries[0]!.senses[0]!.glosses[0]).toBe('to perform');
  });

  test('no page reading: the order stays as it is', () => {
    const info = { ...kishaKaiken, entries: [entry('生', 'せい', 'life'), entry('生', 'なま', 'raw')] };
    expect(withPageReading(info, '', '').entries).toBe(info.entries);
  });
});
