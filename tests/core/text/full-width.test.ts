import { describe, expect, test } from 'vitest';
import { halfWidthAsciiCode, toAsciiDigits, toHalfWidthAscii } from '../../../core/text/full-width';

describe('full-width ASCII folded one code unit for one', () => {
  test('every full-width ASCII character and the ideographic space fold to ASCII', () => {
    for (let code = 0x21; code <= 0x7e; code++) expect(halfWidthAsciiCode(code + 0xfee0)).toBe(code);
    expect(halfWidthAsciiCode(0x3000)).toBe(0x20);
    expect(toHalfWidthAscii('ＮＡＴＯ加盟国　２０２６年！')).toBe('NATO加盟国 2026年!');
  });

  test('kana, kanji, half-width katakana and compatibility forms stay as written, at the same length', () => {
    for (const text of ['ﾃﾚﾋﾞ', '㈱', '①', '\uf9dc', 'ロシア', '制裁', '〜']) expect(toHalfWidthAscii(text), text).toBe(text);
    expect(toHalfWidthAscii('ﾃﾚﾋﾞＴＶ')).toHaveLength('ﾃﾚﾋﾞＴＶ'.length);
  });

  test('the same string comes back when nothing folds', () => {
    const text = '国連安全保障理事会';
    expect(toHalfWidthAscii(text)).toBe(text);
  });

  test('toAsciiDigits folds digits only', () => {
    expect(toAsciiDigits('４月２０２６年ＡＢ')).toBe('4月2026年ＡＢ');
  });
});
