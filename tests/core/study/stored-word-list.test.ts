import { describe, expect, it } from 'vitest';
import { readStoredWordList, wordChanges, WordListState, wordStorageKey, WORD_LIST_KEY } from '../../../core/study/stored-word-list';
import { WORD_LIST_VERSION } from '../../../core/study/word-list-schema';
import { SAMPLE_WORDS } from './sample-words';

const [seisai, kizuku, toriatsukai] = SAMPLE_WORDS as [(typeof SAMPLE_WORDS)[0], (typeof SAMPLE_WORDS)[0], (typeof SAMPLE_WORDS)[0]];
const entries = (...words: typeof SAMPLE_WORDS) => Object.fromEntries(words.map((w) => [wordStorageKey(w), w]));

describe('the stored word list, one key per word (core/study/stored-word-list.ts)', () => {
  it('reads schema 2: the manifest and one entry per word, oldest save first', () => {
    const read = readStoredWordList({ [WORD_LIST_KEY]: { version: WORD_LIST_VERSION }, ...entries(seisai, kizuku, toriatsukai), other: 1 });
    expect(read).toEqual({ items: [toriatsukai, seisai, kizuku], problems: [] });
  });

  it('reads schema 1 whole and says what to migrate; entries already newer are not overwritten', () => {
    const newer = { ...seisai, meaning: 'edited later', savedAt: '2026-12-01T00:00:00.000Z' };
    const read = readStoredWordList({ [WORD_LIST_KEY]: { version: 1, words: SAMPLE_WORDS }, ...entries(newer) });
    expect(read.items).toEqual([toriatsukai, kizuku, newer]);
    expect(read.migrate).toEqual({ from: 1, words: [kizuku, toriatsukai], keepAside: false });
  });

  it('skips an entry that is not a word, or not the word its key names, and says so', () => {
    const read = readStoredWordList({
      [wordStorageKey(seisai)]: seisai,
      [wordStorageKey(kizuku)]: 'garbage',
      [wordStorageKey({ lemma: '別', reading: 'べつ' })]: toriatsukai,
    });
    expect(read.items).toEqual([seisai]);
    expect(read.problems).toEqual([
      'the stored word 築く きずく was skipped: not an object',
      'the stored word 別 べつ was skipped: it holds another word (取り扱い)',
    ]);
    expect(read.unreadable).toBe(true);
  });

  it('marks a manifest of a later schema as newer and reads what it can', () => {
    const read = readStoredWordList({ [WORD_LIST_KEY]: { version: WORD_LIST_VERSION + 1, words: [seisai] }, ...entries(kizuku) });
    expect(read.newer).toBe(WORD_LIST_VERSION + 1);
    expect(read.items).toEqual([seisai, kizuku]);
    expect(read.migrate).toBeUndefined();
  });

  it('turns a whole-list change into the words it changed', () => {
    const edited = { ...kizuku, meaning: 'to construct' };
    expect(wordChanges([seisai, kizuku, toriatsukai], [edited, toriatsukai])).toEqual({
      put: [edited],
      remove: [{ lemma: '制裁', reading: 'せいさい' }],
    });
    expect(wordChanges(SAMPLE_WORDS, [...SAMPLE_WORDS])).toEqual({ put: [], remove: [] });
  });

  it('follows change events word by word', () => {
    const state = new WordListState({ [WORD_LIST_KEY]: { version: WORD_LIST_VERSION }, ...entries(seisai), unrelated: 3 });
    expect(state.apply({ unrelated: { newValue: 4 } }).touched).toBe(false);
    const saved = state.apply({ [wordStorageKey(kizuku)]: { newValue: kizuku } });
    expect(saved.words).toEqual(new Map([['築く\tきずく', kizuku]]));
    const removed = state.apply({ [wordStorageKey(seisai)]: {} });
    expect(removed.words).toEqual(new Map([['制裁\tせいさい', null]]));
    expect(state.read().items).toEqual([kizuku]);
  });
});
