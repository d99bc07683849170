import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { kanjiSource } from '../../../core/kanji/kanji-source';
import { usedReadings } from '../../../core/kanji/used-readings';

const kanji = kanjiSource(gunzipSync(readFileSync(new URL('../../../dict/kanji/kanji.tsv.gz', import.meta.url))).toString('utf8'));
const used = (word: string, reading: string) => usedReadings(word, reading, kanji.get).map((u) => `${u.literal}:${u.listed}`);

describe('usedReadings: which reading of each kanji a word uses', () => {
  it('splits an on-reading compound', () => {
    expect(used('制裁', 'せいさい')).toEqual(['制:セイ', '裁:サイ']);
  });

  it('matches kun readings with their okurigana, in the dictionary form and the -i stem', () => {
    expect(used('裁く', 'さばく')).toEqual(['裁:さば.く']);
    expect(used('取り扱い', 'とりあつかい')).toEqual(['取:と.る', '扱:あつか.い']);
  });

  it('allows rendaku, gemination and 々', () => {
    expect(used('国家', 'こっか')).toEqual(['国:コク', '家:カ']);
    expect(used('人々', 'ひとびと')).toEqual(['人:ひと', '々:ひと']);
  });

  it('says nothing when no split fits (a special reading)', () => {
    expect(used('今日', 'きょう')).toEqual([]);
  });
});
