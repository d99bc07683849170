import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nameReadingSource } from '../../core/furigana/name-readings';
import { isAllHiragana, isAllKanji } from '../../core/text/kana';

const FILE = new URL('../../dict/names/names.tsv.gz', import.meta.url);

describe('dict/names/names.tsv.gz (built by dict/names/build-names.ts)', () => {
  const text = gunzipSync(readFileSync(FILE)).toString('utf8');
  const lines = text.split('\n').filter(Boolean);

  it('holds names with hiragana readings, family names, usual readings and places marked, sorted by surface for the search by halving', () => {
    expect(lines.length).toBeGreaterThan(100_000);
    // Readings in hiragana (ー kept); surfaces in kanji as core/text/kana counts them (々 〆 ヶ).
    const isReading = (r: string) => isAllHiragana(r.replaceAll('ー', 'あ'));
    const readingList = (r: string, min: number, max: number) => {
      const list = r.split(',');
      return list.length >= min && list.length <= max && list.every(isReading);
    };
    const kanjiOfLength = (s: string, min: number, max: number) => isAllKanji(s) && [...s].length >= min && [...s].length <= max;
    // One check per line, gathered, then one assertion over the whole set: an expect per line over
    // 100,000 lines took 15-21 s on a busy machine.
    const problems: string[] = [];
    const bad = (line: string, why: string) => {
      if (problems.length < 20) problems.push(`${why}: ${line}`);
    };
    let previous = '';
    const marked = { s: 0, p: 0, u: 0 };
    for (const line of lines) {
      const [surface, readings, flags, ...rest] = line.split('\t') as [string, string, string | undefined];
      if (rest.length > 0) bad(line, 'extra fields');
      if (flags === undefined) {
        if (!kanjiOfLength(surface, 2, 8)) bad(line, 'full name surface');
        if (!readingList(readings, 1, 4)) bad(line, 'full name readings');
      } else if (flags === 's') {
        // kuromoji's reading of a family name it reads as one word; ENAMDICT's (up to 4) of one it cuts.
        if (!kanjiOfLength(surface, 2, 4)) bad(line, 'family name surface');
        if (!readingList(readings, 1, 4)) bad(line, 'family name readings');
        marked.s++;
      } else if (flags === 'u' || flags === 'su') {
        // The usual reading, then kuromoji's.
        if (!kanjiOfLength(surface, 1, 4)) bad(line, 'usual-reading surface');
        if (!readingList(readings, 2, 2)) bad(line, 'usual-reading readings');
        marked.u++;
      } else if (flags === 'p') {
        if (!'市町村区郡'.includes(surface.slice(-1)) || !kanjiOfLength(surface.slice(0, -1), 2, 5)) bad(line, 'place surface');
        if (!readingList(readings, 1, 1)) bad(line, 'place reading');
        marked.p++;
      } else {
        bad(line, `unknown flags ${flags}`);
      }
      if (!(surface > previous)) bad(line, 'not sorted after the line before');
      previous = surface;
    }
    expect(problems).toEqual([]);
    expect(marked.s).toBeGreaterThan(10_000);
    expect(marked.p).toBeGreaterThan(1_000);
    expect(marked.u).toBeGreaterThan(100);
  });

  it('reads names kuromoji knows the way full names usually read them (智子 ともこ), not old spellings (会津)', () => {
    const names = nameReadingSource(text);
    expect(names.usualReading('智子')).toBe('ともこ');
    expect(names.usualReading('玲奈')).toBe('れいな');
    expect(names.usualReading('中條')).toBe('なかじょう');
    expect(names.isSurname('中條')).toBe(true);
    expect(names.usualReading('会津')).toBeUndefined();
    expect(names.usualReading('山田')).toBeUndefined();
  });

  it('marks family names, read as kuromoji reads one it takes as a word (吉高), as ENAMDICT does one it cuts (新納)', () => {
    const names = nameReadingSource(text);
    expect(names.isSurname('吉高')).toBe(true);
    expect(names.readings('吉高')).toEqual(['よしたか']);
    expect(names.isSurname('新納')).toBe(true);
    // ENAMDICT gives no frequency: UniDic's cost for the name orders its readings (にいろ, the famous one, not あらの).
    expect(names.readings('新納')?.[0]).toBe('にいろ');
    expect(names.readings('龍馬')?.[0]).toBe('りょうま');
    expect(names.isSurname('了平')).toBe(false);
  });

  it('reads places ENAMDICT reads one way (浦添市, 浪江町 まち), not those it reads several ways or kuromoji reads right', () => {
    const names = nameReadingSource(text);
    expect(names.placeReading('浦添市')).toBe('うらそえし');
    expect(names.placeReading('浪江町')).toBe('なみえまち');
    expect(names.placeReading('葛尾村')).toBe('かつらおむら');
    expect(names.placeReading('大熊町')).toBeUndefined();
    expect(names.placeReading('能登町')).toBeUndefined();
    expect(names.readings('浦添市')).toBeUndefined();
    // One kanji and a suffix is too often a plain word: 当町 (this town), 旧市 (the former city).
    expect(names.placeReading('当町')).toBeUndefined();
    expect(names.placeReading('旧市')).toBeUndefined();
  });

  it('reads whole the full names of people the layer would misread, not those it reads right', () => {
    const names = nameReadingSource(text);
    expect(names.readings('三橋美智也')).toEqual(['みはしみちや']);
    expect(names.readings('菅義偉')).toEqual(['すがよしひで']);
    expect(names.readings('西原理恵子')?.[0]).toBe('さいばらりえこ');
    expect(names.readings('田中角栄')).toBeUndefined();
  });

  it('knows given names kuromoji splits (了|平, 美|智|也)', () => {
    const names = nameReadingSource(text);
    expect(names.readings('了平')?.[0]).toBe('りょうへい');
    expect(names.readings('美智也')?.[0]).toBe('みちや');
  });
});
