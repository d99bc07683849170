import { describe, expect, it } from 'vitest';
import {
  foldForLookup,
  foldedOffset,
  kanjiVariantOf,
  originalOffset,
  unfoldForm,
  ASTRAL_KANJI_STAND_IN,
} from '../../../core/text/lookup-folding';

describe('folding for lookup', () => {
  it.each([
    ['ﾃﾚﾋﾞを見る', 'テレビを見る'],
    ['ｶﾞｲﾄﾞﾌﾞｯｸ', 'ガイドブック'],
    ['髙橋さん', '高橋さん'],
    ['欠陷', '欠陥'],
    ['𠮟られた', '叱られた'],
    ['𠮷野家', '吉野家'],
    ['噓をつく', '嘘をつく'], // JIS X 0213's 噓: Unihan pairs it only as traditional, UniDic writes 嘘 so
    ['こゝろ', 'こころ'],
    ['いすゞ', 'いすず'],
    ['バナヽ', 'バナナ'],
    ['もぉ', 'もう'],
    ['ねぇ', 'ねえ'],
    ['ちょーだい', 'ちょうだい'],
    ['東京', '東京'],
    // invisible inside a word: a zero-width joiner, a zero-width space, a soft hyphen, a variation selector
    ['国\u200D際連合', '国際連合'],
    ['国\u200B際', '国際'],
    ['外国\u00AD人', '外国人'],
    ['葛\u{E0100}飾区', '葛飾区'],
    ['禰\uFE00豆子', '禰豆子'],
  ])('%s → %s', (written, folded) => {
    expect(foldForLookup(written).text).toBe(folded);
  });

  it('keeps a map to the original offsets, surrogate pairs and voiced half-width kana included', () => {
    const f = foldForLookup('𠮟られたﾃﾚﾋﾞ');
    expect(f.text).toBe('叱られたテレビ');
    expect(f.origins).toEqual([0, 2, 3, 4, 5, 6, 7, 9]);
    expect(foldedOffset(f, 0)).toBe(0);
    expect(foldedOffset(f, 1)).toBe(0); // the low surrogate: the same character
    expect(foldedOffset(f, 7)).toBe(6);
    expect(originalOffset(f, 4)).toBe(5);
    expect(originalOffset(f, f.text.length)).toBe(9);
  });

  it('maps offsets over an invisible character left out: a word around it covers it', () => {
    const f = foldForLookup('外国\u00AD人と葛\u{E0100}飾');
    expect(f.text).toBe('外国人と葛飾');
    // 外国人 (folded 0..3) is 0..4 on the page, the soft hyphen inside; 葛飾 (4..6) is 5..9, the selector's two units inside.
    expect([originalOffset(f, 0), originalOffset(f, 3)]).toEqual([0, 4]);
    expect([originalOffset(f, 4), originalOffset(f, 6)]).toEqual([5, 9]);
  });

  it('an astral kanji without a variant stands as one BMP kanji for the analyser', () => {
    const f = foldForLookup('𰻞𰻞麺');
    expect(f.text).toBe(ASTRAL_KANJI_STAND_IN + ASTRAL_KANJI_STAND_IN + '麺');
    expect(originalOffset(f, 2)).toBe(4);
  });

  it('the variants table comes from KANJIDIC2 and Unihan: common forms are never folded away', () => {
    expect(kanjiVariantOf('國')).toBe('国');
    for (const common of ['国', '高', '叱', '吉', '島', '学']) expect(kanjiVariantOf(common)).toBeUndefined();
    // A traditional/simplified pair is taken only from a character the dictionaries cannot hold:
    // UniDic's lemma 慄 for a 栗 does not make 栗 (くり) a variant.
    for (const inJis208 of ['栗', '澱', '藉', '註']) expect(kanjiVariantOf(inJis208)).toBeUndefined();
  });

  it('writes a dictionary form back with the page’s kanji', () => {
    const text = '𠮟られた';
    const f = foldForLookup(text);
    expect(unfoldForm('叱る', f, text, 0, 4)).toBe('𠮟る');
    expect(unfoldForm('高い', foldForLookup('高い'), '高い', 0, 2)).toBe('高い');
  });
});
