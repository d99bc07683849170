import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../../core/dictionary/packed-dictionary';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import type { EntryContent } from '../../../core/dictionary/entry-record';
import { dictionaryReadingSource } from '../../../core/furigana/dictionary-readings';

const sense = { partsOfSpeech: ['n'], tags: [], glosses: ['x'] };
const entries: EntryContent[] = [
  {
    headwords: [
      { text: '雨靴', common: false, tags: [] },
      { text: '雨沓', common: false, tags: ['oK'] },
    ],
    readings: [{ text: 'あまぐつ', common: false, tags: [] }],
    senses: [sense],
    common: false,
  },
  {
    headwords: [{ text: '明日', common: true, tags: [] }],
    readings: [
      { text: 'あした', common: true, tags: [] },
      { text: 'あす', common: true, tags: [] },
      { text: 'みょうにち', common: false, tags: [] },
      { text: 'あしだ', common: false, tags: ['ok'] },
    ],
    senses: [sense],
    common: true,
  },
  {
    headwords: [
      { text: '日本', common: true, tags: [] },
      { text: '日本国', common: false, tags: [] },
    ],
    readings: [
      { text: 'にほん', common: true, tags: [], appliesTo: ['日本'] },
      { text: 'にっぽんこく', common: false, tags: [], appliesTo: ['日本国'] },
    ],
    senses: [sense],
    common: true,
  },
  {
    headwords: [
      { text: '斜め', common: true, tags: [] },
      { text: '傾', common: false, tags: ['iK'] },
      { text: '傾め', common: false, tags: ['iK'] },
    ],
    readings: [{ text: 'ななめ', common: true, tags: [] }],
    senses: [sense],
    common: true,
  },
  {
    headwords: [{ text: '傾め', common: false, tags: [] }],
    readings: [{ text: 'かしげめ', common: false, tags: [] }],
    senses: [sense],
    common: false,
  },
  {
    headwords: [{ text: '二十年', common: false, tags: [] }],
    readings: [{ text: 'はたとせ', common: false, tags: [] }],
    senses: [{ partsOfSpeech: ['n'], tags: ['arch'], glosses: ['twenty years'] }],
    common: false,
  },
  {
    headwords: [{ text: '四十九日', common: false, tags: [] }],
    readings: [{ text: 'しじゅうくにち', common: false, tags: [] }],
    senses: [{ partsOfSpeech: ['n'], tags: ['yoji'], glosses: ["forty-ninth day after a person's death"] }],
    common: false,
  },
];
const metadata = { source: 'test', publisher: 'test', created: '2025-01-01', licence: 'none', origin: 'test' };
const source = dictionaryReadingSource(loadDictionary(encodeDictionaryFile(entries, metadata)));

describe('dictionaryReadingSource', () => {
  it('tells a reading EDICT gives only in archaic or obsolete senses (二十年 はたとせ) from one of today (四十九日)', () => {
    expect(source.archaicReading('二十年', 'はたとせ')).toBe(true);
    expect(source.archaicReading('四十九日', 'しじゅうくにち')).toBe(false);
    // No word written and read so: nothing is archaic.
    expect(source.archaicReading('二十年', 'にじゅうねん')).toBe(false);
    expect(source.archaicReading('三十年', 'はたとせ')).toBe(false);
  });

  it('gives the readings of a headword, common ones first, without out-dated kana', () => {
    expect(source.readings('明日')).toEqual(['あした', 'あす', 'みょうにち']);
    expect(source.readings('雨靴')).toEqual(['あまぐつ']);
  });

  it('keeps only the readings that belong to that spelling', () => {
    expect(source.readings('日本')).toEqual(['にほん']);
    expect(source.readings('日本国')).toEqual(['にっぽんこく']);
  });

  it('does not treat a reading as a headword', () => {
    expect(source.readings('あした')).toBeUndefined();
    expect(source.readings('傘')).toBeUndefined();
  });

  it('reads an irregular or out-dated spelling only where no regular spelling is written so, and never a lone kanji', () => {
    expect(source.readings('雨沓')).toEqual(['あまぐつ']);
    expect(source.readings('傾め')).toEqual(['かしげめ']);
    expect(source.readings('傾')).toBeUndefined();
  });

  it('says how many readings, from the first, are common', () => {
    expect(source.commonCount('明日')).toBe(2);
    expect(source.commonCount('雨靴')).toBe(0);
    expect(source.commonCount('傘')).toBe(0);
  });

  it('tells from the key index whether a regular spelling is read so', () => {
    expect(source.listsReading('明日', 'あす')).toBe(true);
    expect(source.listsReading('雨靴', 'あまぐつ')).toBe(true);
    expect(source.listsReading('明日', 'あまぐつ')).toBe(false);
    expect(source.listsReading('雨沓', 'あまぐつ')).toBe(false); // an out-dated spelling
    expect(source.listsReading('猫', 'ねこ')).toBe(false);
  });

  it('tells whether some key starts with a prefix', () => {
    expect(source.hasPrefix('雨')).toBe(true);
    expect(source.hasPrefix('傘')).toBe(false);
  });
});
