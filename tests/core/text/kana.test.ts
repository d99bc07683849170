import { describe, expect, test } from 'vitest';
import {
  hasJapanese,
  hasKanji,
  hiraganaTail,
  isAllFullWidthKana,
  isAllHiragana,
  isAllJapanese,
  isAllKana,
  isAllKanji,
  isAllKatakana,
  isInitialSoundChangeOf,
  isKatakanaCode,
  isLatinLetterCode,
  isVoicingOf,
  toHiragana,
} from '../../../core/text/kana';

describe('Japanese character classes, shared by every part of the extension', () => {
  test('hasKanji: every plane (𠮟), 々 and the counter ヶ; not kana, Latin or digits', () => {
    for (const t of ['漢', '𠮟る', '人々', '一ヶ月', '〆切']) expect(hasKanji(t), t).toBe(true);
    for (const t of ['', 'ひらがな', 'カタカナ', 'ﾊﾝｶｸ', 'NATO', '2024', '\uD842']) expect(hasKanji(t), t).toBe(false);
  });

  test('isKatakanaCode: katakana letters and ー in both widths; not ・, hiragana or kanji', () => {
    for (const ch of ['ア', 'ヴ', 'ー', 'ｱ', 'ｰ', 'ヺ']) expect(isKatakanaCode(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of ['・', 'あ', '漢', 'A', 'ヽ']) expect(isKatakanaCode(ch.charCodeAt(0)), ch).toBe(false);
  });

  test('isAllKanji: every plane (𠮟, Extension A 㐂), compatibility ideographs, 々 〆 ヶ 〇; not kana or a lone surrogate', () => {
    for (const t of ['漢字', '𠮟', '㐂', '\uf929', '人々', '〆', '一ヶ月', '〇', '𪚲𪚲']) expect(isAllKanji(t), t).toBe(true);
    for (const t of ['', '漢字の', 'カ', '1日', '\uD842', 'ﾃﾚﾋﾞ']) expect(isAllKanji(t), t).toBe(false);
  });

  test('isAllHiragana and isAllKatakana: one script each, iteration marks and either width of katakana', () => {
    for (const t of ['ひらがな', 'こゝろ', 'ゟ']) expect(isAllHiragana(t), t).toBe(true);
    for (const t of ['', 'カナ', 'ひら仮名', 'ひらー']) expect(isAllHiragana(t), t).toBe(false);
    for (const t of ['カタカナ', 'ﾃﾚﾋﾞ', 'ヴァー']) expect(isAllKatakana(t), t).toBe(true);
    for (const t of ['', 'ひら', 'ドナルド・トランプ', 'ヽ']) expect(isAllKatakana(t), t).toBe(false);
  });

  test('isAllFullWidthKana: the kana a font sets 1 em wide, not half-width katakana', () => {
    for (const t of ['かな', 'カナー', 'ゝ']) expect(isAllFullWidthKana(t), t).toBe(true);
    for (const t of ['', 'ﾃﾚﾋﾞ', 'kana', '仮名']) expect(isAllFullWidthKana(t), t).toBe(false);
  });

  test('hiraganaTail: the okurigana a word ends with', () => {
    expect(hiraganaTail('築かれ')).toBe('かれ');
    expect(hiraganaTail('取り扱い')).toBe('い');
    expect(hiraganaTail('心ゝ')).toBe('ゝ');
    expect(hiraganaTail('会議')).toBe('');
    expect(hiraganaTail('')).toBe('');
  });

  test('isAllJapanese: every character kana or kanji, surrogate-pair kanji too', () => {
    for (const t of ['瞬く', 'ロシア', '𠮟る', '々', 'ﾛｼｱ']) expect(isAllJapanese(t), t).toBe(true);
    for (const t of ['', 'NATOの', '東京、', 'ＪＲ東海', '1日']) expect(isAllJapanese(t), t).toBe(false);
  });

  test('hasJapanese: kana in any width or kanji; Latin alone is not', () => {
    for (const t of ['の', 'ゲート', 'ﾛｼｱ', '𠮟', 'NATOの']) expect(hasJapanese(t), t).toBe(true);
    for (const t of ['', 'NATO summit', 'ＮＡＴＯ', '2024年'.slice(0, 4)]) expect(hasJapanese(t), t).toBe(false);
  });

  test('isAllKana and toHiragana', () => {
    expect(isAllKana('すでに')).toBe(true);
    expect(isAllKana('ロシア')).toBe(true);
    expect(isAllKana('')).toBe(false);
    expect(isAllKana('既に')).toBe(false);
    expect(toHiragana('ロシアとｶﾞｽ')).toBe('ろしあとがす');
    expect(toHiragana('ヴ')).toBe('ゔ');
  });

  test('isVoicingOf: voiced and half-voiced pairs, nothing else', () => {
    expect(isVoicingOf('か', 'が')).toBe(true);
    expect(isVoicingOf('ち', 'ぢ')).toBe(true);
    expect(isVoicingOf('ひ', 'び')).toBe(true);
    expect(isVoicingOf('ひ', 'ぴ')).toBe(true);
    expect(isVoicingOf('か', 'ぎ')).toBe(false);
    expect(isVoicingOf('な', 'に')).toBe(false);
    expect(isVoicingOf('が', 'ぐ')).toBe(false);
  });
});

describe('isInitialSoundChangeOf', () => {
  test.each([
    ['ふん', 'ぷん', true],
    ['ほん', 'ぼん', true],
    ['かい', 'がい', true],
    ['はい', 'ぱい', true],
    ['さい', 'さい', true],
    ['ふん', 'ぶん', true],
    ['かい', 'かき', false],
    ['はい', 'ばいい', false],
    ['あい', 'がい', false],
    ['ひき', 'びぎ', false],
  ])('%s → %s: %s', (plain, changed, expected) => {
    expect(isInitialSoundChangeOf(plain, changed)).toBe(expected);
  });
});

describe('isLatinLetterCode', () => {
  test('ASCII and full-width letters, nothing else', () => {
    const yes = 'AZaz' + 'ＡＺａｚ';
    for (const ch of yes) expect(isLatinLetterCode(ch.charCodeAt(0)), ch).toBe(true);
    const no = '09０９@[`{＠［｀｛ーア漢';
    for (const ch of no) expect(isLatinLetterCode(ch.charCodeAt(0)), ch).toBe(false);
  });
});
