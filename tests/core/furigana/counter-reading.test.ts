import { describe, expect, it } from 'vitest';
import { readCounted, readWrittenNumber, type SpokenNumber } from '../../../core/furigana/counter-reading';

function counted(number: string, counter: string, counterReading: string, date = false): string {
  const n = readWrittenNumber(number) as SpokenNumber;
  const r = readCounted(n, counter, counterReading, { date });
  return r ? `${r.number}|${r.counter}` : '-';
}

describe('readWrittenNumber', () => {
  it('reads digits, kanji numerals, mixed forms and indefinite numbers', () => {
    expect(readWrittenNumber('2003')).toEqual({ reading: 'にせんさん', value: 2003 });
    expect(readWrittenNumber('２４')).toEqual({ reading: 'にじゅうよん', value: 24 });
    expect(readWrittenNumber('二十')).toEqual({ reading: 'にじゅう', value: 20 });
    expect(readWrittenNumber('三百五十')).toEqual({ reading: 'さんびゃくごじゅう', value: 350 });
    expect(readWrittenNumber('二〇〇九')).toEqual({ reading: 'にせんきゅう', value: 2009 });
    expect(readWrittenNumber('10万')).toEqual({ reading: 'じゅうまん', value: 100000 });
    expect(readWrittenNumber('3,200')).toEqual({ reading: 'さんぜんにひゃく', value: 3200 });
    expect(readWrittenNumber('何百')).toEqual({ reading: 'なんびゃく', indefinite: 'なん' });
    expect(readWrittenNumber('数十')).toEqual({ reading: 'すうじゅう', indefinite: 'すう' });
    expect(readWrittenNumber('億')?.reading).toBe('おく');
    expect(readWrittenNumber('ab')).toBeUndefined();
  });

  it('says a thousand written with its one いっせん, in its own group only (一千万 いっせんまん)', () => {
    expect(readWrittenNumber('一千万')).toEqual({ reading: 'いっせんまん', value: 1e7 });
    expect(readWrittenNumber('二億一千万')).toEqual({ reading: 'におくいっせんまん', value: 2.1e8 });
    expect(readWrittenNumber('一千二百')).toEqual({ reading: 'いっせんにひゃく', value: 1200 });
    expect(readWrittenNumber('千万')).toEqual({ reading: 'せんまん', value: 1e7 });
    expect(readWrittenNumber('一万千')).toEqual({ reading: 'いちまんせん', value: 11000 });
  });

  it('reads two neighbouring kanji digits as an approximate number, alone or beside a unit', () => {
    expect(readWrittenNumber('二三')).toEqual({ reading: 'にさん' });
    expect(readWrittenNumber('四五')).toEqual({ reading: 'しご' });
    expect(readWrittenNumber('十二三')).toEqual({ reading: 'じゅうにさん' });
    expect(readWrittenNumber('二三十')).toEqual({ reading: 'にさんじゅう' });
    expect(readWrittenNumber('三四百')).toEqual({ reading: 'さんよんひゃく' });
    expect(readWrittenNumber('百五六十')).toEqual({ reading: 'ひゃくごろくじゅう' });
    // Positional where the digits are not such a pair: a unit between them, a zero, Arabic digits, a fall.
    expect(readWrittenNumber('二十三')).toEqual({ reading: 'にじゅうさん', value: 23 });
    expect(readWrittenNumber('二〇')).toEqual({ reading: 'にじゅう', value: 20 });
    expect(readWrittenNumber('23')).toEqual({ reading: 'にじゅうさん', value: 23 });
    expect(readWrittenNumber('三二')).toEqual({ reading: 'さんじゅうに', value: 32 });
  });
});

describe('readCounted', () => {
  it('reads 人 natively for one and two', () => {
    expect(counted('一', '人', 'にん')).toBe('ひと|り');
    expect(counted('二', '人', 'にん')).toBe('ふた|り');
    expect(counted('3', '人', 'にん')).toBe('さん|にん');
    expect(counted('2', '人組', 'にんぐみ')).toBe('ふた|りぐみ');
    expect(counted('4', '人組', 'にんぐみ')).toBe('よ|にんぐみ');
    expect(counted('4', '人', 'にん')).toBe('よ|にん');
    expect(counted('何', '人', 'にん')).toBe('なん|にん');
  });

  it('reads days natively where Japanese does, and 一日 by context', () => {
    expect(counted('十', '日', 'にち')).toBe('とお|か');
    expect(counted('二十', '日', 'にち')).toBe('はつ|か');
    expect(counted('3', '日', 'にち')).toBe('みっ|か');
    expect(counted('24', '日', 'にち')).toBe('にじゅうよっ|か');
    expect(counted('11', '日', 'にち')).toBe('じゅういち|にち');
    expect(counted('1', '日', 'にち', true)).toBe('つい|たち');
    expect(counted('1', '日', 'にち')).toBe('いち|にち');
    expect(counted('3', '日間', 'にちかん')).toBe('みっ|かかん');
    expect(counted('数', '日', 'にち')).toBe('すう|じつ');
    expect(counted('数', '日間', 'にちかん')).toBe('すう|じつかん');
    expect(counted('3', '票', 'ひょう')).toBe('さん|びょう');
    expect(counted('何', '票', 'ひょう')).toBe('なん|びょう');
    expect(counted('3', '品', 'ひん')).toBe('さん|ぴん');
    expect(counted('3', '編', 'へん')).toBe('さん|ぺん');
    expect(counted('2', '版', 'はん')).toBe('に|はん');
  });

  it('voices or half-voices h-counters and geminates the number', () => {
    expect(counted('3', '本', 'ほん')).toBe('さん|ぼん');
    expect(counted('6', '本', 'ほん')).toBe('ろっ|ぽん');
    expect(counted('一', '本', 'ほん')).toBe('いっ|ぽん');
    expect(counted('4', '本', 'ほん')).toBe('よん|ほん');
    expect(counted('何', '本', 'ほん')).toBe('なん|ぼん');
    expect(counted('10', '分', 'ふん')).toBe('じゅっ|ぷん');
    expect(counted('4', '分', 'ふん')).toBe('よん|ぷん');
    expect(counted('5', '分', 'ふん')).toBe('ご|ふん');
    expect(counted('三', '匹', 'ひき')).toBe('さん|びき');
  });

  it('geminates before k, s and t counters, 6 and 100 only before k', () => {
    expect(counted('一', '回', 'かい')).toBe('いっ|かい');
    expect(counted('六', '回', 'かい')).toBe('ろっ|かい');
    expect(counted('十', '歳', 'さい')).toBe('じゅっ|さい');
    expect(counted('六', '歳', 'さい')).toBe('ろく|さい');
    expect(counted('数百', 'キロ', 'きろ')).toBe('すうひゃっ|きろ');
    expect(counted('3', '階', 'かい')).toBe('さん|がい');
    expect(counted('一', 'ヶ月', 'かげつ')).toBe('いっ|かげつ');
  });

  it('counts natively with native counters, without sound changes, and 割 plainly', () => {
    expect(counted('一', '皿', 'さら')).toBe('ひと|さら');
    expect(counted('二', '箱', 'はこ')).toBe('ふた|はこ');
    expect(counted('一', '通り', 'とおり')).toBe('ひと|とおり');
    expect(counted('三', '組', 'くみ')).toBe('さん|くみ');
    expect(counted('六', '袋', 'ふくろ')).toBe('ろく|ふくろ');
    expect(counted('一', '匹', 'ひき')).toBe('いっ|ぴき');
    expect(counted('一', '枚', 'まい')).toBe('いち|まい');
    expect(counted('一', '割', 'わり')).toBe('いち|わり');
    expect(counted('六', '割', 'わり')).toBe('ろく|わり');
    // Two kanji: native by the same shape of reading (部屋 へや), Sino-Japanese otherwise (箇月 かげつ).
    expect(counted('一', '部屋', 'へや')).toBe('ひと|へや');
    expect(counted('二', '部屋', 'へや')).toBe('ふた|へや');
    expect(counted('一', '箇月', 'かげつ')).toBe('いっ|かげつ');
    expect(counted('一', '箇所', 'かしょ')).toBe('いっ|かしょ');
  });

  it('reads months and hours with their old forms of 4, 7, 9', () => {
    expect(counted('4', '月', 'がつ')).toBe('し|がつ');
    expect(counted('9', '月', 'がつ')).toBe('く|がつ');
    expect(counted('7', '時', 'じ')).toBe('しち|じ');
    expect(counted('13', '月', 'がつ')).toBe('-');
  });
});
