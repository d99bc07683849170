import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../../../core/dictionary/dictionary-error';
import { openDictionaryFile } from '../../../core/dictionary/dictionary-file';
import { loadDictionary, readsAsMatched } from '../../../core/dictionary/packed-dictionary';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { SAMPLE_ENTRIES, SAMPLE_METADATA } from './sample-entries';
import type { EntryContent } from '../../../core/dictionary/entry-record';

const FILE = encodeDictionaryFile(SAMPLE_ENTRIES, SAMPLE_METADATA);

function errorOf(run: () => unknown): DictionaryError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(DictionaryError);
    return err as DictionaryError;
  }
  throw new Error('expected a DictionaryError');
}

async function asyncErrorOf(run: () => Promise<unknown>): Promise<DictionaryError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(DictionaryError);
    return err as DictionaryError;
  }
  throw new Error('expected a DictionaryError');
}

describe('dictionary file round trip', () => {
  const dict = loadDictionary(FILE);

  it('gives back every entry, its metadata and counts', () => {
    expect(dict.entryCount).toBe(SAMPLE_ENTRIES.length);
    expect(dict.metadata).toEqual(SAMPLE_METADATA);
    // Readings alone, before and after the entry is decoded (and kept).
    const fresh = loadDictionary(FILE);
    SAMPLE_ENTRIES.forEach((entry, id) => expect(fresh.entryReadings(id)).toEqual(entry.readings));
    SAMPLE_ENTRIES.forEach((entry, id) => expect(dict.entry(id)).toEqual({ id, ...entry }));
    SAMPLE_ENTRIES.forEach((entry, id) => expect(dict.entryReadings(id)).toEqual(entry.readings));
    expect(() => dict.entryReadings(SAMPLE_ENTRIES.length)).toThrow(RangeError);
    // 東京 とうきょう 東京都 とうきょうと 行く 逝く いく ゆく ゲート 門 もん かど ＮＡＴＯ ナトー 問 (もん is one key)
    expect(dict.keyCount).toBe(15);
  });

  it('finds entries by headword and by reading', () => {
    expect(dict.lookup('東京').map((e) => e.headwords[0]!.text)).toEqual(['東京']);
    expect(dict.lookup('とうきょう').map((e) => e.headwords[0]!.text)).toEqual(['東京']);
    expect(dict.lookup('ゆく')[0]!.headwords[0]!.text).toBe('行く');
    expect(dict.lookup('ゲート')[0]!.senses[0]!.glosses).toEqual(['gate']);
    expect(dict.lookup('京')).toEqual([]);
    expect(dict.hasKey('東京都')).toBe(true);
    expect(dict.hasKey('東京都庁')).toBe(false);
  });

  it('matches Latin letters in ASCII against full-width headwords', () => {
    expect(dict.lookup('NATO')[0]!.headwords[0]!.text).toBe('ＮＡＴＯ');
    expect(dict.hasKey('ＮＡＴＯ')).toBe(true);
  });

  it('ranks common forms first and tells how each entry holds the key', () => {
    expect(dict.lookup('もん').map((e) => e.headwords[0]!.text)).toEqual(['門', '問']);
    expect(dict.matches('もん').map((m) => m.common)).toEqual([true, false]);
    const [kado] = dict.matches('かど');
    expect(kado).toMatchObject({ isReading: true, common: false, irregular: true, kanaWritten: true });
    const [irregular] = dict.matches('逝く');
    expect(irregular).toMatchObject({ isReading: false, irregular: true });
    expect(dict.lookup('もん', 1)).toHaveLength(1);
  });

  it('tells from the key index whether a regular headword is read so', () => {
    expect(dict.readsAs('行く', 'ゆく')).toBe(true);
    expect(dict.readsAs('東京', 'とうきょう')).toBe(true);
    expect(dict.readsAs('東京', 'とうきょうと')).toBe(false); // another entry's reading
    expect(dict.readsAs('逝く', 'いく')).toBe(false); // an irregular spelling
    expect(dict.readsAs('とうきょう', 'とうきょう')).toBe(false); // a reading, not a headword
    expect(dict.readsAs('京', 'きょう')).toBe(false);
    // As the entries' matches say, for every pair of keys.
    const keys = SAMPLE_ENTRIES.flatMap((e) => [...e.headwords, ...e.readings].map((f) => f.text));
    for (const written of keys)
      for (const reading of keys)
        expect(dict.readsAs(written, reading), `${written} ${reading}`).toBe(readsAsMatched(dict.matches, written, reading));
  });

  it('reads an entry whose kana is both a headword and a reading as its postings rank them', () => {
    const form = (text: string, common = false) => ({ text, common, tags: [] });
    const sense = [{ partsOfSpeech: ['n'], tags: [], glosses: ['test'] }];
    const entries: EntryContent[] = [
      // ごみ the common headword outranks ごみ the reading: its posting is the headword's.
      { headwords: [form('塵'), form('ごみ', true)], readings: [form('ごみ')], senses: sense, common: true },
      // あくた the common reading outranks あくた the headword.
      { headwords: [form('あくた'), form('芥', true)], readings: [form('あくた', true)], senses: sense, common: true },
      { headwords: [form('ＴＶ局'), form('𠮟責')], readings: [form('Ｘきょく'), form('しっせき')], senses: sense, common: false },
      { headwords: [form('叱責')], readings: [form('しっせき'), form('Xせき')], senses: sense, common: false },
      { headwords: [form('叱る')], readings: [form('𠮟る')], senses: sense, common: false },
    ];
    const ranked = loadDictionary(encodeDictionaryFile(entries, SAMPLE_METADATA));
    expect(ranked.readsAs('塵', 'ごみ')).toBe(false);
    expect(ranked.readsAs('芥', 'あくた')).toBe(true);
    expect(ranked.readsAs('TV局', 'Xきょく')).toBe(true);
    expect(ranked.readsAs('𠮟責', 'しっせき')).toBe(true);
    expect(ranked.readsAs('叱る', '𠮟る')).toBe(true); // a character of two UTF-16 units
    const keys = [...entries.flatMap((e) => [...e.headwords, ...e.readings].map((f) => f.text)), 'TV局', 'Xせき', 'しっせ', '\ud842'];
    for (const written of keys)
      for (const reading of keys)
        expect(ranked.readsAs(written, reading), `${written} ${reading}`).toBe(readsAsMatched(ranked.matches, written, reading));
  });

  it('answers prefix questions for longest-match', () => {
    expect(dict.hasPrefix('東')).toBe(true);
    expect(dict.hasPrefix('東京都')).toBe(true);
    expect(dict.hasPrefix('西')).toBe(false);
    expect(dict.prefixMatchLengths('東京都庁へ')).toEqual([2, 3]);
    expect(dict.prefixMatchLengths('は東京都', 1)).toEqual([2, 3]);
    expect(dict.prefixMatchLengths('東京都', 0, 2)).toEqual([2]);
  });

  it('tells how long a start of a text some key begins with, in one search', () => {
    expect(dict.commonPrefixLength('東京都庁へ')).toBe(3);
    expect(dict.commonPrefixLength('東京タワー')).toBe(2);
    expect(dict.commonPrefixLength('東北')).toBe(1);
    expect(dict.commonPrefixLength('西')).toBe(0);
    expect(dict.commonPrefixLength('')).toBe(0);
    // Every key: the search begins among the keys sharing the first character.
    expect(dict.commonPrefixLength('門と')).toBe(1);
    expect(dict.commonPrefixLength('ゲートへ')).toBe(3);
    expect(dict.commonPrefixLength('NATOは')).toBe(4);
  });

  it('finds by their first two characters what a scan over every key finds', () => {
    // Keys of one to four kana over three characters, some left out (about 27 a first character,
    // past the sampled keys' step): searches narrow to the keys sharing a query's first three
    // characters, then compare the key text.
    const alphabet = ['か', 'き', 'く'];
    const longer = (word: string): string[] => (word.length === 4 ? [word] : [word, ...alphabet.flatMap((a) => longer(word + a))]);
    const words = alphabet.flatMap(longer);
    const headwords = words.filter((_, i) => i % 3 !== 1);
    const entries: EntryContent[] = headwords.map((text) => ({
      headwords: [],
      readings: [{ text, common: false, tags: [] }],
      senses: [{ partsOfSpeech: ['n'], tags: [], glosses: ['test'] }],
      common: false,
    }));
    const narrowed = loadDictionary(encodeDictionaryFile(entries, SAMPLE_METADATA));
    const queries = ['', 'け', ...[...alphabet, 'け'].flatMap((a) => [a, 'き' + a, 'くか' + a, 'かきく' + a, 'くくかき' + a])];
    for (const q of [...words, ...queries]) {
      const shared = (key: string) => [...key].findIndex((ch, i) => q[i] !== ch);
      const longest = Math.max(0, ...headwords.map((key) => (shared(key) < 0 ? Math.min(key.length, q.length) : shared(key))));
      expect(narrowed.hasKey(q), q).toBe(headwords.includes(q));
      expect(narrowed.hasPrefix(q), q).toBe(headwords.some((key) => key.startsWith(q)));
      expect(narrowed.commonPrefixLength(q), q).toBe(longest);
    }
  });

  it('loads bytes that do not start on a 4-byte boundary', () => {
    const shifted = new Uint8Array(FILE.length + 1);
    shifted.set(FILE, 1);
    const dict2 = loadDictionary(shifted.subarray(1));
    expect(dict2.lookup('東京')[0]!.readings[0]!.text).toBe('とうきょう');
  });

  it('opens the gzip-compressed file as shipped, and the uncompressed one', async () => {
    const fromGzip = await openDictionaryFile(new Uint8Array(gzipSync(FILE)));
    expect(fromGzip.lookup('行く')[0]!.senses[0]!.glosses[0]).toBe('to go');
    const plain = await openDictionaryFile(FILE);
    expect(plain.entryCount).toBe(SAMPLE_ENTRIES.length);
  });
});

describe('a missing, empty or damaged dictionary file', () => {
  it('says the file is missing', async () => {
    const err = errorOf(() => loadDictionary(undefined));
    expect(err.reason).toBe('missing');
    expect(err.message).toMatch(/dictionary file is missing/);
    expect((await asyncErrorOf(() => openDictionaryFile(null))).reason).toBe('missing');
  });

  it('says the file is empty', () => {
    const err = errorOf(() => loadDictionary(new Uint8Array(0)));
    expect(err.reason).toBe('empty');
    expect(err.message).toMatch(/empty/);
  });

  it('says a truncated file is truncated', () => {
    for (const cut of [1, 100, FILE.length - 30]) {
      const err = errorOf(() => loadDictionary(FILE.subarray(0, cut)));
      expect(err.reason).toBe('corrupt');
      expect(err.message).toMatch(cut < 44 ? /not a Yomu dictionary/ : /truncated/);
    }
  });

  it('says other bytes are not a dictionary', () => {
    const text = new TextEncoder().encode('<html>404 Not Found</html> and some more text to pass the header');
    const err = errorOf(() => loadDictionary(text));
    expect(err.reason).toBe('corrupt');
    expect(err.message).toMatch(/not a Yomu dictionary/);
  });

  it('says a compressed file was not decompressed', () => {
    expect(errorOf(() => loadDictionary(new Uint8Array(gzipSync(FILE)))).message).toMatch(/still gzip-compressed/);
  });

  it('says which format version it reads', () => {
    const future = FILE.slice();
    new DataView(future.buffer).setUint32(8, 99, true);
    const err = errorOf(() => loadDictionary(future));
    expect(err.reason).toBe('unsupported');
    expect(err.message).toMatch(/version 99.*reads version 1/);
  });

  it('catches an index that does not fit its data', () => {
    const bad = FILE.slice();
    const view = new DataView(bad.buffer);
    const metadataBytes = view.getUint32(12, true);
    const entryLengths = (44 + metadataBytes + 3) & ~3;
    view.setUint32(entryLengths, view.getUint32(entryLengths, true) + 5, true); // first record 5 bytes longer
    const err = errorOf(() => loadDictionary(bad));
    expect(err.reason).toBe('corrupt');
    expect(err.message).toMatch(/entry index/);
  });

  it('catches damaged metadata', () => {
    const bad = FILE.slice();
    bad[44] = 0x7b + 1; // the JSON's opening brace
    expect(errorOf(() => loadDictionary(bad)).message).toMatch(/description cannot be read/);
  });

  it('says a damaged or truncated compressed file is damaged', async () => {
    const gz = new Uint8Array(gzipSync(FILE));
    const truncated = await asyncErrorOf(() => openDictionaryFile(gz.subarray(0, gz.length >> 1)));
    expect(truncated.reason).toBe('corrupt');
    expect(truncated.message).toMatch(/compressed data/);
    const flipped = gz.slice();
    flipped[flipped.length - 6] = flipped[flipped.length - 6]! ^ 0xff; // inside the CRC
    expect((await asyncErrorOf(() => openDictionaryFile(flipped))).message).toMatch(/damaged/);
  });
});
