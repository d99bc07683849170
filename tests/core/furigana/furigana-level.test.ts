import { describe, expect, test } from 'vitest';
import { edictCommonWords, withoutCommonWords } from '../../../core/furigana/furigana-level';
import { readingSegments } from '../../../core/furigana/reading-layer';
import type { RubySegment } from '../../../core/furigana/ruby-segment';
import type { Token } from '../../../core/segmenter/token';
import { bundledEdict } from '../../../dict/edict/node-edict';
import { nodeSegmenter } from '../../support/node-segmenter';

function token(surface: string, start: number, basicForm = surface): Token {
  return {
    surface,
    start,
    pos: '名詞',
    pos1: '*',
    pos2: '*',
    conjugationType: '*',
    conjugationForm: '*',
    basicForm,
    reading: '',
    known: true,
  };
}

/** Base text of each segment. */
function bases(text: string, segments: readonly RubySegment[]): string[] {
  return segments.map((s) => text.slice(s.start, s.end));
}

describe('withoutCommonWords', () => {
  const common = new Set(['会議', '築く', '経済', '制裁']);
  const isCommon = (w: string) => common.has(w);

  test('drops ruby over common words, by spelling or dictionary form; keeps the rest', () => {
    // 会議 / を / 頻繁 / に / 築か / れ
    const tokens = [token('会議', 0), token('を', 2), token('頻繁', 3), token('に', 5), token('築か', 6, '築く'), token('れ', 8, 'れる')];
    const segments: RubySegment[] = [
      { start: 0, end: 2, reading: 'かいぎ' },
      { start: 3, end: 5, reading: 'ひんぱん' },
      { start: 6, end: 7, reading: 'きず' },
    ];
    expect(withoutCommonWords('会議を頻繁に築かれ', tokens, segments, isCommon)).toEqual([{ start: 3, end: 5, reading: 'ひんぱん' }]);
  });

  test('a segment over several tokens goes only when all its kanji tokens are common, or the whole is', () => {
    const tokens = [token('経済', 0), token('制裁', 2), token('と', 4), token('経済', 5), token('摩擦', 7)];
    const segments: RubySegment[] = [
      { start: 0, end: 4, reading: 'けいざいせいさい' },
      { start: 5, end: 9, reading: 'けいざいまさつ' },
    ];
    expect(withoutCommonWords('経済制裁と経済摩擦', tokens, segments, isCommon)).toEqual([{ start: 5, end: 9, reading: 'けいざいまさつ' }]);
    expect(withoutCommonWords('経済制裁と経済摩擦', tokens, segments, (w) => w === '経済摩擦')).toEqual([
      { start: 0, end: 4, reading: 'けいざいせいさい' },
    ]);
  });

  test('a segment inside a common compound of several tokens goes (戦闘|機 is 戦闘機)', () => {
    const tokens = [token('戦闘', 0), token('機', 2), token('を', 3), token('戦闘', 4), token('員', 6)];
    const segments: RubySegment[] = [
      { start: 0, end: 2, reading: 'せんとう' },
      { start: 2, end: 3, reading: 'き' },
      { start: 4, end: 6, reading: 'せんとう' },
      { start: 6, end: 7, reading: 'いん' },
    ];
    const isCommon = (w: string) => w === '戦闘機' || w === '戦闘';
    expect(withoutCommonWords('戦闘機を戦闘員', tokens, segments, isCommon)).toEqual([{ start: 6, end: 7, reading: 'いん' }]);
  });

  test('nothing common: every segment kept, in order', () => {
    const tokens = [token('頻繁', 0)];
    const segments: RubySegment[] = [{ start: 0, end: 2, reading: 'ひんぱん' }];
    expect(withoutCommonWords('頻繁', tokens, segments, () => false)).toEqual(segments);
  });

  test('a segment whose own text is a common word goes, though its token is not one (次 of 次に)', () => {
    const tokens = [token('次に', 0)];
    const segments: RubySegment[] = [{ start: 0, end: 1, reading: 'つぎ' }];
    expect(withoutCommonWords('次に', tokens, segments, (w) => w === '次')).toEqual([]);
    expect(withoutCommonWords('次に', tokens, segments, () => false)).toEqual(segments);
  });
});

describe('with EDICT and kuromoji', () => {
  test('common words of an article sentence lose their ruby; rarer words and names keep it', async () => {
    const segmenter = await nodeSegmenter();
    const isCommon = edictCommonWords(bundledEdict());
    expect(isCommon('会議')).toBe(true);
    expect(isCommon('日本')).toBe(true);
    expect(isCommon('習近平')).toBe(false);

    const text = '習近平は日本との会議を頻繁に行い、同盟の基盤は徐々に築かれました。';
    const tokens = segmenter.tokenize(text);
    const all = readingSegments(text, tokens);
    const some = withoutCommonWords(text, tokens, all, isCommon);
    const before = bases(text, all);
    const after = bases(text, some);
    expect(before).toEqual(expect.arrayContaining(['日本', '会議', '築']));
    expect(after).not.toContain('日本');
    expect(after).not.toContain('会議');
    expect(after).not.toContain('築');
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    // What remains is what EDICT does not call common.
    for (const base of after) expect(isCommon(base), base).toBe(false);
  });
});
