import { describe, expect, it } from 'vitest';
import { nameReadingSource } from '../../../core/furigana/name-readings';

const FILE = [
  '中條\tなかじょう,ちゅうじょう\tsu',
  '了平\tりょうへい',
  '垂水\t\ts',
  '敬司\tけいじ,けいし,たかし',
  '智子\tともこ,さとこ\tu',
  '浪江町\tなみえまち\tp',
  '美智也\tみちや',
  '葉留佳\tはるか',
  '',
].join('\n');

describe('nameReadingSource', () => {
  it('finds each name of a sorted file, readings in their order', () => {
    const names = nameReadingSource(FILE);
    expect(names.size).toBe(8);
    expect(names.readings('了平')).toEqual(['りょうへい']);
    expect(names.readings('敬司')).toEqual(['けいじ', 'けいし', 'たかし']);
    expect(names.readings('美智也')).toEqual(['みちや']);
    expect(names.readings('葉留佳')).toEqual(['はるか']);
  });

  it('tells family names marked in the third column, which have no readings of their own', () => {
    const names = nameReadingSource(FILE);
    expect(names.isSurname('垂水')).toBe(true);
    expect(names.readings('垂水')).toBeUndefined();
    expect(names.isSurname('了平')).toBe(false);
    expect(names.isSurname('東京')).toBe(false);
    expect(names.placeReading('浪江町')).toBe('なみえまち');
    expect(names.readings('浪江町')).toBeUndefined();
    expect(names.isSurname('浪江町')).toBe(false);
    expect(names.placeReading('垂水')).toBeUndefined();
    expect(names.placeReading('了平')).toBeUndefined();
  });

  it('gives the usual reading of names marked "u", family names among them', () => {
    const names = nameReadingSource(FILE);
    expect(names.usualReading('智子')).toBe('ともこ');
    expect(names.usualReading('中條')).toBe('なかじょう');
    expect(names.isSurname('中條')).toBe(true);
    expect(names.isSurname('智子')).toBe(false);
    expect(names.usualReading('了平')).toBeUndefined();
    expect(names.usualReading('垂水')).toBeUndefined();
    expect(names.usualReading('浪江町')).toBeUndefined();
  });

  it('answers undefined for what is no name, or only part of one', () => {
    const names = nameReadingSource(FILE);
    expect(names.readings('敬')).toBeUndefined();
    expect(names.readings('美智')).toBeUndefined();
    expect(names.readings('')).toBeUndefined();
    expect(names.readings('東京')).toBeUndefined();
  });

  it('reads a file without a final newline, and an empty one', () => {
    expect(nameReadingSource('了平\tりょうへい').readings('了平')).toEqual(['りょうへい']);
    expect(nameReadingSource('').readings('了平')).toBeUndefined();
    expect(nameReadingSource('').size).toBe(0);
  });
});
