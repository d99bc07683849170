import { describe, expect, it } from 'vitest';
import { alignReading } from '../../../core/furigana/align-reading';

/** Renders the alignment as [base:reading] in the surface, which reads better in failures. */
function show(surface: string, reading: string): string {
  let out = '';
  let cursor = 0;
  for (const part of alignReading(surface, reading)) {
    out += surface.slice(cursor, part.start) + `[${surface.slice(part.start, part.end)}:${part.reading}]`;
    cursor = part.end;
  }
  return out + surface.slice(cursor);
}

describe('alignReading', () => {
  it('leaves okurigana bare', () => {
    expect(show('築かれ', 'キズカレ')).toBe('[築:きず]かれ');
    expect(show('高め', 'タカメ')).toBe('[高:たか]め');
    expect(show('瞬く', 'マタタク')).toBe('[瞬:またた]く');
  });

  it('puts one ruby over an all-kanji word', () => {
    expect(show('地政学', 'チセイガク')).toBe('[地政学:ちせいがく]');
    expect(alignReading('地政学', 'チセイガク')).toEqual([{ start: 0, end: 3, reading: 'ちせいがく' }]);
  });

  it('splits kanji separated by kana', () => {
    expect(show('取り扱い', 'トリアツカイ')).toBe('[取:と]り[扱:あつか]い');
    expect(show('引き出し', 'ヒキダシ')).toBe('[引:ひ]き[出:だ]し');
    expect(show('お母さん', 'オカアサン')).toBe('お[母:かあ]さん');
  });

  it('gives no ruby to kana-only and katakana words', () => {
    expect(alignReading('ひらがな', 'ヒラガナ')).toEqual([]);
    expect(alignReading('パートナーシップ', 'パートナーシップ')).toEqual([]);
  });

  it('matches katakana in the surface with the hiragana of the reading', () => {
    expect(show('ガス管', 'がすかん')).toBe('ガス[管:かん]');
    expect(show('ボール箱', 'ボールバコ')).toBe('ボール[箱:ばこ]');
  });

  it('never puts ruby over digits, ASCII or full-width', () => {
    expect(show('10年', 'ジュウネン')).toBe('10[年:ねん]');
    expect(show('１０年', 'ジュウネン')).toBe('１０[年:ねん]');
    expect(show('10年', '10ネン')).toBe('10[年:ねん]');
    expect(show('3本', 'サンボン')).toBe('3[本:ぼん]');
    expect(show('6本', 'ロッポン')).toBe('6[本:ぽん]');
    // A reading that cannot be split still keeps the digit bare.
    expect(show('1日', 'ツイタチ')).toBe('1[日:ついたち]');
  });

  it('handles half-width katakana', () => {
    expect(alignReading('ｶﾞｽ', 'ガス')).toEqual([]);
    expect(show('ｶﾞｽ管', 'ガスカン')).toBe('ｶﾞｽ[管:かん]');
    expect(show('ﾊﾟﾝ屋', 'パンヤ')).toBe('ﾊﾟﾝ[屋:や]');
  });

  it('reads 々 with the kanji before it', () => {
    expect(show('人々', 'ヒトビト')).toBe('[人々:ひとびと]');
    expect(show('徐々に', 'ジョジョニ')).toBe('[徐々:じょじょ]に');
  });

  it('counts ヶ as part of the kanji run', () => {
    expect(show('一ヶ月', 'イッカゲツ')).toBe('[一ヶ月:いっかげつ]');
    expect(show('ヶ月', 'カゲツ')).toBe('[ヶ月:かげつ]');
    expect(show('霞ヶ関', 'カスミガセキ')).toBe('[霞ヶ関:かすみがせき]');
  });

  it('handles kanji outside the BMP (surrogate pairs) and 〆', () => {
    expect(alignReading('𠮟る', 'シカル')).toEqual([{ start: 0, end: 2, reading: 'しか' }]);
    expect(show('𠮟る', 'シカル')).toBe('[𠮟:しか]る');
    expect(show('〆切', 'シメキリ')).toBe('[〆切:しめきり]');
    expect(show('〆る', 'シメル')).toBe('[〆:しめ]る');
  });

  it('falls back to one ruby over the word when the reading does not fit', () => {
    expect(show('見る', 'ミタ')).toBe('[見る:みた]');
    expect(show('取り扱い', 'トリアツカウ')).toBe('[取り扱い:とりあつかう]');
    expect(show('Ｗ杯', 'ワールドカップ')).toBe('[Ｗ杯:わーるどかっぷ]');
  });

  it('gives nothing for an empty reading or surface, and never throws', () => {
    expect(alignReading('習', '')).toEqual([]);
    expect(alignReading('', 'ア')).toEqual([]);
    expect(() => alignReading('\ud842', 'ア')).not.toThrow();
    expect(() => alignReading('漢ア字イ', 'ア')).not.toThrow();
  });
});
