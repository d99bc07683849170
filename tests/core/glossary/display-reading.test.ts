import { describe, expect, test } from 'vitest';
import { displayReading } from '../../../core/glossary/display-reading';

describe('displayReading', () => {
  test('a form without kanji shows no reading: katakana, hiragana, Latin', () => {
    expect(displayReading('プーチン', undefined)).toBeUndefined();
    expect(displayReading('ウクライナ', 'うくらいな')).toBeUndefined();
    expect(displayReading('NATO', undefined)).toBeUndefined();
  });

  test('katakana in a mixed form stay katakana; only the kanji are spelled out', () => {
    expect(displayReading('ミサイル防衛システム', 'みさいるぼうえいしすてむ')).toBe('ミサイルぼうえいシステム');
    expect(displayReading('クリミア併合', 'くりみあへいごう')).toBe('クリミアへいごう');
    expect(displayReading('対ロシア制裁', 'たいろしあせいさい')).toBe('たいロシアせいさい');
    expect(displayReading('北大西洋条約機構', 'きたたいせいようじょうやくきこう')).toBe('きたたいせいようじょうやくきこう');
  });

  test('hiragana of the form and ヶ as a kanji; the length always that of the stored reading', () => {
    expect(displayReading('一ヶ月', 'いっかげつ')).toBe('いっかげつ');
    const stored = 'ちゅうごくきょうさんとう';
    expect(displayReading('中国共産党', stored)).toBe(stored);
    const mixed = displayReading('ガス・パイプライン計画', 'がす・ぱいぷらいんけいかく');
    expect(mixed).toBe('ガス・パイプラインけいかく');
    expect(mixed!.length).toBe('がす・ぱいぷらいんけいかく'.length);
  });

  test('a mark between words that the reading leaves out is shown as written', () => {
    expect(displayReading('ロシア・ジョージア戦争', 'ろしあじょーじあせんそう')).toBe('ロシア・ジョージアせんそう');
  });

  test('a reading that does not align is shown as stored', () => {
    expect(displayReading('ミサイル防衛', 'ぼうえい')).toBe('ぼうえい');
  });
});
