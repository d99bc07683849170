import { describe, expect, test } from 'vitest';
import { createGlossarySearch, japaneseKey, romajiKey } from '../../../core/glossary/glossary-search';
import { SAMPLE_TERMS } from './sample-glossary';

const glossary = createGlossarySearch(SAMPLE_TERMS);
const ids = (query: string) => glossary.search(query).map((t) => t.id);

describe('glossary search', () => {
  test('by kanji form, main or alias', () => {
    expect(ids('制裁')[0]).toBe('sanctions');
    expect(ids('国連')).toEqual(['united-nations']);
    expect(ids('習主席')).toEqual(['xi-jinping']);
  });

  test('by kana reading, in hiragana or katakana, whole or the start', () => {
    expect(ids('せいさい')).toEqual(['sanctions']);
    expect(ids('セイサイ')).toEqual(['sanctions']);
    expect(ids('しゅうきん')).toEqual(['xi-jinping']);
    expect(ids('こくれん')).toEqual(['united-nations']);
  });

  test('a katakana form found from hiragana and half-width katakana', () => {
    expect(ids('ぷーちん')).toEqual(['putin']);
    expect(ids('ﾌﾟｰﾁﾝ')).toEqual(['putin']);
  });

  test('by English name, whole word first, case-insensitively', () => {
    expect(ids('sanctions')[0]).toBe('sanctions');
    expect(ids('SANCTIONS')[0]).toBe('sanctions');
    expect(ids('crimea')[0]).toBe('crimea-annexation');
    expect(ids('united')[0]).toBe('united-nations');
  });

  test('by Latin acronym, in any width and case', () => {
    expect(ids('nato')[0]).toBe('nato');
    expect(ids('ＮＡＴＯ')[0]).toBe('nato');
  });

  test('by romaji, long vowels written any way', () => {
    expect(ids('seisai')[0]).toBe('sanctions');
    expect(ids('shuukinpei')[0]).toBe('xi-jinping');
    expect(ids('shukinpei')[0]).toBe('xi-jinping');
    expect(ids('shūkinpei')[0]).toBe('xi-jinping');
    expect(ids('kokuren')[0]).toBe('united-nations');
  });

  test('exact beats prefix beats inside; the explanation only when nothing else matched', () => {
    const scored = glossary.searchScored('sanctions');
    expect(scored[0]!.term.id).toBe('sanctions');
    // Crimea's explanation mentions sanctions: found, but below.
    expect(scored.map((r) => r.term.id)).toContain('crimea-annexation');
    expect(scored[0]!.score).toBeGreaterThan(scored.at(-1)!.score);
  });

  test('an empty query lists every term in glossary order; a miss lists none; limit is kept', () => {
    expect(ids('  ')).toEqual(SAMPLE_TERMS.map((t) => t.id));
    expect(ids('zzzz')).toEqual([]);
    expect(ids('ぬぬぬ')).toEqual([]);
    expect(glossary.search('', 3)).toHaveLength(3);
  });
});

describe('folding keys', () => {
  test('japaneseKey folds katakana, width and case', () => {
    expect(japaneseKey('セイサイ')).toBe('せいさい');
    expect(japaneseKey('ＮＡＴＯ')).toBe('nato');
  });
  test('romajiKey folds long vowels, accents, spacing and m/n', () => {
    expect(romajiKey('Shū Kinpei')).toBe(romajiKey('shuukinpei'));
    expect(romajiKey('Tōkyō')).toBe(romajiKey('toukyou'));
    expect(romajiKey('shimbun')).toBe(romajiKey('shinbun'));
  });
});
