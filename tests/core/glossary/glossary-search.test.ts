import { describe, expect, test } from 'vitest';
import { createGlossarySearch, englishKey, japaneseKey, romajiKey } from '../../../core/glossary/glossary-search';
import type { GlossaryTerm } from '../../../core/glossary/glossary-term';
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

/** Terms built so that "sanction" meets every field and kind, in an order unlike the ranking. */
const RANKING_TERMS: GlossaryTerm[] = [
  ...SAMPLE_TERMS,
  {
    id: 'biden',
    en: 'Joe Biden',
    category: 'person',
    forms: [{ text: 'バイデン' }],
    explanation: 'US president from 2021 to 2025; he rallied sanctions for Ukraine.',
    related: [],
  },
  {
    id: 'unsanctioned',
    en: 'Unsanctioned drills',
    category: 'security',
    forms: [{ text: '無許可演習', reading: 'むきょかえんしゅう' }],
    explanation: 'Exercises held without approval.',
    related: [],
  },
  {
    id: 'secondary-sanctions',
    en: 'Secondary sanctions',
    category: 'economy',
    forms: [{ text: '二次制裁', reading: 'にじせいさい' }],
    explanation: 'Sanctions on third parties that deal with a sanctioned state; sanctions reach further.',
    related: [],
  },
  {
    id: 'sanction-committee',
    en: 'UN sanctions committee',
    category: 'organisation',
    forms: [{ text: '制裁委員会', reading: 'せいさいいいんかい' }, { text: 'SANCTION' }],
    explanation: 'A Security Council body.',
    related: [],
  },
  {
    id: 'missile-defence',
    en: 'Missile defence',
    category: 'security',
    forms: [{ text: 'ミサイル防衛', reading: 'みさいるぼうえい' }, { text: 'MD' }],
    explanation: 'Systems that shoot down incoming missiles.',
    related: [],
  },
];

describe('ranking by where the query matched, with the reason', () => {
  const ranked = createGlossarySearch(RANKING_TERMS);

  test('"sanction": a form first, then English names (prefix, word, inside), then explanations', () => {
    const results = ranked.searchScored('sanction');
    expect(results.map((r) => [r.term.id, r.match?.field, r.match?.kind])).toEqual([
      ['sanction-committee', 'form', 'exact'],
      ['sanctions', 'english', 'prefix'],
      ['secondary-sanctions', 'english', 'word'],
      ['unsanctioned', 'english', 'substring'],
      // Explanation-only matches last (ties: the earlier mention first).
      ['biden', 'explanation', 'word'],
      ['crimea-annexation', 'explanation', 'word'],
    ]);
    // Scores fall from one tier to the next.
    const scores = results.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(results.at(-1)!.score).toBeLessThan(results[3]!.score);
  });

  test('the reason points at the matched text: the English name, the explanation words', () => {
    const [, sanctions, secondary, , biden] = ranked.searchScored('sanction');
    expect(sanctions!.match).toMatchObject({ text: 'Sanctions', start: 0, end: 8, romaji: false });
    expect(secondary!.match!.text.slice(secondary!.match!.start, secondary!.match!.end)).toBe('sanction');
    const explanation = biden!.match!;
    expect(explanation.text).toBe(RANKING_TERMS.find((t) => t.id === 'biden')!.explanation);
    expect(explanation.text.slice(explanation.start, explanation.end)).toBe('sanction');
  });

  test('an alias, a reading, and romaji: each says which form and where', () => {
    const alias = ranked.searchScored('習主席')[0]!;
    expect(alias.match).toMatchObject({ field: 'form', kind: 'exact', text: '習主席', formIndex: 1 });
    const reading = ranked.searchScored('しゅうしゅ')[0]!;
    expect(reading.term.id).toBe('xi-jinping');
    expect(reading.match).toMatchObject({ field: 'reading', kind: 'prefix', text: 'しゅうしゅせき', start: 0, end: 5, formIndex: 1 });
    const romaji = ranked.searchScored('seisai')[0]!;
    expect(romaji.term.id).toBe('sanctions');
    expect(romaji.match).toMatchObject({ field: 'reading', kind: 'exact', text: 'せいさい', start: 0, end: 4, romaji: true });
    const romajiPrefix = ranked.searchScored('shuukin')[0]!;
    expect(romajiPrefix.match!.text.slice(romajiPrefix.match!.start, romajiPrefix.match!.end)).toBe('しゅうきん');
    // A katakana query inside a mixed form: the form, at the katakana.
    const missile = ranked.searchScored('ミサイル')[0]!;
    expect(missile.match).toMatchObject({ field: 'form', kind: 'prefix', text: 'ミサイル防衛', start: 0, end: 4 });
  });

  test('a form beats a reading beats an English name, whatever the kind', () => {
    // 制裁 is a whole form of one term and inside forms of two others; せいさい only readings.
    expect(ranked.searchScored('制裁').map((r) => [r.term.id, r.match?.kind])).toEqual([
      ['sanctions', 'exact'],
      ['sanction-committee', 'prefix'],
      ['secondary-sanctions', 'substring'],
    ]);
    const md = ranked.searchScored('md');
    expect(md[0]!.term.id).toBe('missile-defence');
    expect(md[0]!.match!.field).toBe('form');
  });

  test('romaji never matches inside a reading (noise), and short queries skip explanations', () => {
    expect(ranked.search('isai')).toEqual([]);
    expect(ranked.search('us').map((t) => t.id)).not.toContain('biden');
    expect(ranked.searchScored('us').some((r) => r.match?.field === 'explanation')).toBe(false);
  });
});

describe('folding keys', () => {
  test('englishKey folds case, accents and punctuation to single spaces', () => {
    expect(englishKey('  Côte d’Ivoire (CIV)! ')).toBe('cote d ivoire civ');
  });
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
