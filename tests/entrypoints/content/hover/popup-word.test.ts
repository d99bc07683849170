import { describe, expect, it } from 'vitest';
import { lemmaOf, sameEntryIndex } from '../../../../entrypoints/content/hover/hover-popup';
import type { WordInfo } from '../../../../core/lookup/word-info';

const entry = (headword: string | undefined, reading: string) => ({
  headwords: headword ? [headword] : [],
  readings: [reading],
  common: true,
  senses: [{ partsOfSpeech: [], labels: [], glosses: ['x'] }],
});

/** おきます as the hover shows it: 置く (the analyser's word), then 起きる, then a word in kana only. */
const OKIMASU = {
  surface: 'おきます',
  reading: 'おきます',
  romaji: 'okimasu',
  dictionaryForm: { text: 'おく', reading: 'おく' },
  entries: [entry('置く', 'おく'), entry('起きる', 'おきる'), entry(undefined, 'おきな')],
} as unknown as WordInfo;

describe('lemmaOf: the word saved from the popup', () => {
  it('is the analyser’s dictionary form for the first entry', () => {
    expect(lemmaOf(OKIMASU)).toEqual({ lemma: 'おく', reading: 'おく' });
    expect(lemmaOf(OKIMASU, 0)).toEqual({ lemma: 'おく', reading: 'おく' });
  });

  it('is the stepped entry’s own headword and reading for another: 起きる, not おく with 起きる’s senses', () => {
    expect(lemmaOf(OKIMASU, 1)).toEqual({ lemma: '起きる', reading: 'おきる' });
    expect(lemmaOf(OKIMASU, 2)).toEqual({ lemma: 'おきな', reading: 'おきな' });
  });
});

describe('sameEntryIndex: the entry stepped to, when a later answer orders the entries anew', () => {
  it('follows the entry to its new place, or falls back on the first', () => {
    const later = { ...OKIMASU, entries: [OKIMASU.entries[2]!, OKIMASU.entries[0]!, OKIMASU.entries[1]!] } as WordInfo;
    expect(sameEntryIndex(OKIMASU, 1, later)).toBe(2); // 起きる, now third
    expect(sameEntryIndex(OKIMASU, 0, later)).toBe(0); // the first stays the first: the answer's best
    const fewer = { ...OKIMASU, entries: [OKIMASU.entries[0]!] } as WordInfo;
    expect(sameEntryIndex(OKIMASU, 2, fewer)).toBe(0); // おきな is gone
  });
});
