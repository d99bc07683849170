import { describe, expect, it } from 'vitest';
import { ankiFurigana } from '../../../core/study/anki-furigana';

describe("ankiFurigana (Anki's 漢字[かんじ] syntax)", () => {
  it('brackets the reading after each kanji run, with a space before a base that follows other text', () => {
    expect(ankiFurigana('制裁', 'せいさい')).toBe('制裁[せいさい]');
    expect(ankiFurigana('築く', 'きずく')).toBe('築[きず]く');
    expect(ankiFurigana('取り扱い', 'とりあつかい')).toBe('取[と]り 扱[あつか]い');
    expect(ankiFurigana('お茶', 'おちゃ')).toBe('お 茶[ちゃ]');
  });

  it('leaves kana words and words without a reading as they are', () => {
    expect(ankiFurigana('ありがとう', 'ありがとう')).toBe('ありがとう');
    expect(ankiFurigana('制裁', '')).toBe('制裁');
  });
});
