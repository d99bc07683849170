import { describe, expect, it } from 'vitest';
import { OVERHANG_RULES, rubyOverhangs } from '../../../core/furigana/ruby-overhang';

const seg = (text: string, base: string, reading: string, from = 0) => {
  const start = text.indexOf(base, from);
  return { start, end: start + base.length, reading };
};

describe('a reading wider than its base hangs over its neighbours as JLReq §3.3.8 allows', () => {
  it('over kana by up to one ruby character, never over a kanji, nothing at the text edges', () => {
    const text = '中国は米東京会';
    expect(rubyOverhangs(text, [seg(text, '中国', 'ちゅうごく'), seg(text, '東京', 'とうきょう')], 0.5)).toEqual([
      { before: 0, after: 0.25 },
      { before: 0, after: 0 },
    ]);
    // 志 (こころざし: 2.5 em over 1): one ruby character (half an em) at most on each side.
    expect(rubyOverhangs('この志は', [seg('この志は', '志', 'こころざし')], 0.5)).toEqual([{ before: 0.5, after: 0.5 }]);
  });

  it('keeps one ruby character clear between two readings over the kana between them, the earlier served first', () => {
    const text = '中国は習近平';
    expect(rubyOverhangs(text, [seg(text, '中国', 'ちゅうごく'), seg(text, '習近平', 'しゅうきんぺい')], 0.5)).toEqual([
      { before: 0, after: 0.25 },
      { before: 0.25, after: 0 },
    ]);
    const twice = 'この志と志';
    expect(rubyOverhangs(twice, [seg(twice, '志', 'こころざし'), seg(twice, '志', 'こころざし', 3)], 0.5)).toEqual([
      { before: 0.5, after: 0.5 },
      { before: 0, after: 0 },
    ]);
  });

  it('over the blank half of punctuation; nothing for a reading that fits or one of unknown width (romaji)', () => {
    const text = '、協定「結';
    expect(rubyOverhangs(text, [seg(text, '協定', 'きょうてい'), seg(text, '結', 'むす')], 0.5)).toEqual([
      { before: 0.25, after: 0.25 },
      { before: 0, after: 0 },
    ]);
    expect(rubyOverhangs('は協定を', [seg('は協定を', '協定', 'kyōtei')], 0.5)).toEqual([{ before: 0, after: 0 }]);
  });

  it('each rule has its evidence and an example', () => {
    for (const rule of OVERHANG_RULES) {
      expect(rule.evidence).toMatch(/JLReq|Simple Ruby/);
      expect(rule.example).not.toBe('');
    }
  });
});
