import { describe, expect, it } from 'vitest';
import {
  KNOWN_WORDS_KEY,
  KNOWN_WORDS_VERSION,
  KnownWordsState,
  knownStorageKey,
  readStoredKnownWords,
} from '../../../core/study/stored-known-words';
import { newerListMessage } from '../../../core/study/word-list-schema';

const kokuren = { lemma: '国連', reading: 'こくれん' };
const seisai = { lemma: '制裁', reading: '' };
const kizuku = { lemma: '築く', reading: 'きずく' };
const entries = (...words: (typeof kokuren)[]) => Object.fromEntries(words.map((w) => [knownStorageKey(w), w]));

describe('the stored known words, one key per word (core/study/stored-known-words.ts)', () => {
  it('reads schema 2: the manifest and one entry per word, in key order, other keys ignored', () => {
    const read = readStoredKnownWords({
      [KNOWN_WORDS_KEY]: { version: KNOWN_WORDS_VERSION },
      ...entries(kizuku, kokuren, seisai),
      'word:国連\tこくれん': { lemma: 'x' },
    });
    expect(read).toEqual({ items: [seisai, kokuren, kizuku], problems: [] });
  });

  it('reads schema 1 whole and says what to migrate; words already stored are not written again', () => {
    const read = readStoredKnownWords({ [KNOWN_WORDS_KEY]: { version: 1, known: [kokuren, seisai, kizuku] }, ...entries(seisai) });
    expect(read.items).toEqual([seisai, kokuren, kizuku]);
    expect(read.migrate).toEqual({ from: 1, words: [kokuren, kizuku], keepAside: false });
  });

  it('reads schema 0 (a bare array) and marks a partly unreadable old list to be kept aside', () => {
    const read = readStoredKnownWords({ [KNOWN_WORDS_KEY]: [kokuren, { lemma: '' }] });
    expect(read.items).toEqual([kokuren]);
    expect(read.problems).toEqual(['entry 2 was skipped: no lemma']);
    expect(read.migrate).toEqual({ from: 0, words: [kokuren], keepAside: true });
  });

  it('skips an entry that is not a known word, or not the one its key names, and says so', () => {
    const read = readStoredKnownWords({ [knownStorageKey(kokuren)]: 42, [knownStorageKey(seisai)]: kizuku, ...entries(kizuku) });
    expect(read.items).toEqual([kizuku]);
    expect(read.problems).toEqual([
      'the known word 国連 こくれん was skipped: not an object',
      'the known word 制裁 was skipped: it holds another word (築く)',
    ]);
    expect(read.unreadable).toBe(true);
  });

  it('marks a manifest of a later schema as newer, reads what it can, and the reader is told which version this Yomu reads', () => {
    const read = readStoredKnownWords({ [KNOWN_WORDS_KEY]: { version: KNOWN_WORDS_VERSION + 1, known: [kokuren] }, ...entries(kizuku) });
    expect(read.newer).toBe(KNOWN_WORDS_VERSION + 1);
    expect(read.items).toEqual([kokuren, kizuku]);
    expect(read.migrate).toBeUndefined();
    expect(newerListMessage('known words', 3)).toContain(`this Yomu reads version ${KNOWN_WORDS_VERSION} and older`);
  });

  it('follows change events key by key', () => {
    const state = new KnownWordsState({ [KNOWN_WORDS_KEY]: { version: KNOWN_WORDS_VERSION }, ...entries(kokuren), unrelated: 1 });
    expect(state.apply({ unrelated: { newValue: 2 }, 'word:x\ty': { newValue: {} } }).touched).toBe(false);
    expect(state.apply({ [knownStorageKey(kizuku)]: { newValue: kizuku } }).words).toEqual(new Map([['築く\tきずく', kizuku]]));
    expect(state.apply({ [knownStorageKey(kokuren)]: {} }).words).toEqual(new Map([[`${kokuren.lemma}\t${kokuren.reading}`, null]]));
    expect(state.read().items).toEqual([kizuku]);
  });
});
