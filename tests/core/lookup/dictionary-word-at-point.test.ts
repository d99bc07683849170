/**
 * The provisional word at a place (the dictionary alone, before kuromoji is in): the word
 * around the pointed character, not the word starting at it.
 */
import { describe, expect, test } from 'vitest';
import { dictionaryWordAt } from '../../../core/lookup/dictionary-word-at-point';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { loadDictionary } from '../../../core/dictionary/packed-dictionary';
import type { EntryContent } from '../../../core/dictionary/entry-record';

const entry = (headword: string, reading: string, pos: string[], gloss: string): EntryContent => ({
  headwords: [{ text: headword, common: true, tags: [] }],
  readings: [{ text: reading, common: true, tags: [] }],
  senses: [{ partsOfSpeech: pos, tags: [], glosses: [gloss] }],
  common: true,
});

const sources = {
  dictionary: loadDictionary(
    encodeDictionaryFile(
      [
        entry('引き出し', 'ひきだし', ['n'], 'drawer'),
        entry('出し', 'だし', ['n'], 'soup stock'),
        entry('出す', 'だす', ['v5s', 'vt'], 'to take out'),
        entry('振り仮名', 'ふりがな', ['n'], 'furigana'),
        entry('仮名', 'かな', ['n'], 'kana'),
        entry('私', 'わたし', ['pn'], 'I; me'),
        entry('東京', 'とうきょう', ['n'], 'Tokyo'),
        entry('𠮟責', 'しっせき', ['n'], 'reprimand'),
        entry('責任', 'せきにん', ['n'], 'responsibility'),
      ],
      { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' },
    ),
  ),
};

describe('the provisional word around the pointed kanji', () => {
  test.each([
    ['引き出しを開けた', '出', '引き出し'],
    ['振り仮名を振る', '仮', '振り仮名'],
    ['振り仮名を振る', '名', '振り仮名'],
  ])('%s, pointing at %s: the compound whose first part comes before an okurigana, %s', (text, needle, surface) => {
    expect(dictionaryWordAt(text, text.indexOf(needle), sources)?.surface).toBe(surface);
  });

  test.each([
    ['私は東京へ行く', '東', '東京'],
    ['出しを取る', '出', '出し'],
  ])('%s, pointing at %s: a particle between words joins nothing (%s)', (text, needle, surface) => {
    expect(dictionaryWordAt(text, text.indexOf(needle), sources)?.surface).toBe(surface);
  });
});

describe('characters outside the BMP', () => {
  test('a surrogate-pair kanji is kanji (𠮟責 from 責), an emoji is not (😀責任 from 責: 責任)', () => {
    expect(dictionaryWordAt('𠮟責された', '𠮟責された'.indexOf('責'), sources)?.surface).toBe('𠮟責');
    expect(dictionaryWordAt('😀責任がある', '😀責任がある'.indexOf('責'), sources)?.surface).toBe('責任');
  });
});
