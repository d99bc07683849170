import { describe, expect, it } from 'vitest';
import { readKnownWords, readWordList, storedWordList, LIST_FILE_VERSION } from '../../../core/study/word-list-schema';
import { parsePlainWordList } from '../../../core/study/known-word';
import { countOfWords, viewWordList } from '../../../core/study/word-list-view';
import { SAMPLE_WORDS } from './sample-words';

describe('the stored word list: versions and migration (core/study/word-list-schema.ts: the envelope of files and of schema 1)', () => {
  it('reads nothing stored as an empty list', () => {
    expect(readWordList(undefined)).toEqual({ items: [], problems: [] });
  });

  it('migrates version 0 (a bare array) to the current envelope', () => {
    const read = readWordList(JSON.parse(JSON.stringify(SAMPLE_WORDS)));
    expect(read).toEqual({ items: SAMPLE_WORDS, problems: [] });
    expect(storedWordList(read.items)).toEqual({ version: LIST_FILE_VERSION, words: SAMPLE_WORDS });
  });

  it('reads the current version unchanged', () => {
    expect(readWordList(storedWordList(SAMPLE_WORDS)).items).toEqual(SAMPLE_WORDS);
  });

  it('skips and reports a corrupt entry, keeping every other one', () => {
    const words: unknown[] = [...SAMPLE_WORDS];
    words.splice(1, 0, { lemma: '壊れ', reading: 'こわれ', glosses: 'not a list' }, 42);
    const read = readWordList({ version: 1, words });
    expect(read.items).toEqual(SAMPLE_WORDS);
    expect(read.problems).toEqual(['entry 2 was skipped: 壊れ: glosses are not a list of text', 'entry 3 was skipped: not an object']);
  });

  it('keeps a list from a newer version readable but marked, so it is not overwritten', () => {
    const read = readWordList({ version: LIST_FILE_VERSION + 1, words: SAMPLE_WORDS });
    expect(read.items).toEqual(SAMPLE_WORDS);
    expect(read.newer).toBe(LIST_FILE_VERSION + 1);
  });

  it('reports a stored value that is no list at all', () => {
    expect(readWordList('garbage').problems).toEqual(['the stored list is not a list']);
    expect(readWordList({ version: 'x', known: 3 }).problems).toEqual(['the stored list has no version']);
    expect(readWordList('garbage').unreadable).toBe(true);
  });

  it('reads a list whose version was lost as version 1, and says so; a clean list is not marked unreadable', () => {
    const clean = readWordList({ version: 1, words: [] });
    expect(clean.unreadable).toBeUndefined();
    const lost = readWordList({ words: storedWordList(SAMPLE_WORDS).words });
    expect(lost.items).toHaveLength(readWordList(storedWordList(SAMPLE_WORDS)).items.length);
    expect(lost.items.length).toBeGreaterThan(0);
    expect(lost.problems).toEqual(['the stored list has no version: read as version 1']);
    expect(lost.unreadable).toBe(true);
  });

  it('reads and searches 5,000 words in one pass', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...SAMPLE_WORDS[0]!,
      lemma: `語${i}`,
      savedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    }));
    const read = readWordList({ version: 1, words: many });
    expect(read.items).toHaveLength(5000);
    expect(viewWordList(read.items, '語4999', 'date').map((w) => w.lemma)).toEqual(['語4999']);
    expect(viewWordList(read.items, '', 'date')[0]!.lemma).toBe('語4999');
  });
});

describe('known words', () => {
  it('reads a plain list, one word a line, with an optional reading', () => {
    expect(parsePlainWordList('制裁\n\n# comment\n国連 こくれん\n会議【かいぎ】\n制裁\n')).toEqual({
      words: [
        { lemma: '制裁', reading: '' },
        { lemma: '国連', reading: 'こくれん' },
        { lemma: '会議', reading: 'かいぎ' },
      ],
      skipped: [],
    });
  });

  it('lists the lines with no Japanese word instead of keeping them as known words', () => {
    expect(parsePlainWordList('Known words from my notebook\nせいさい\n42\nNATO なとー\nｶﾀｶﾅ\n')).toEqual({
      words: [
        { lemma: 'せいさい', reading: '' },
        { lemma: 'ｶﾀｶﾅ', reading: '' },
      ],
      skipped: ['Known words from my notebook', '42', 'NATO なとー'],
    });
  });

  it('reads the stored known words, skipping what is broken', () => {
    const read = readKnownWords({
      version: 1,
      known: [{ lemma: '制裁', reading: 'せいさい' }, { lemma: '' }, { lemma: '制裁', reading: 'せいさい' }],
    });
    expect(read.items).toEqual([{ lemma: '制裁', reading: 'せいさい' }]);
    expect(read.problems).toEqual(['entry 2 was skipped: no lemma']);
  });
});

describe('the word list view', () => {
  it('counts words as English does: 1 word, 0 words, 3,000 words', () => {
    expect([0, 1, 2, 3000].map(countOfWords)).toEqual(['0 words', '1 word', '2 words', '3,000 words']);
  });

  it('searches lemma, reading (either kana), meaning and sorts by date or word', () => {
    expect(viewWordList(SAMPLE_WORDS, 'セイサイ', 'date').map((w) => w.lemma)).toEqual(['制裁']);
    expect(viewWordList(SAMPLE_WORDS, 'build', 'date').map((w) => w.lemma)).toEqual(['築く']);
    expect(viewWordList(SAMPLE_WORDS, '', 'date').map((w) => w.lemma)).toEqual(['築く', '制裁', '取り扱い']);
    expect(viewWordList(SAMPLE_WORDS, '', 'word').map((w) => w.lemma)).toEqual(['築く', '制裁', '取り扱い']);
  });
});
