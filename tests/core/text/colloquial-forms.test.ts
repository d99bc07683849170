import { describe, expect, test } from 'vitest';
import { COLLOQUIAL_ROWS, colloquialRuns, colloquialVariants } from '../../../core/text/colloquial-forms';
import { originalOffset } from '../../../core/text/lookup-folding';

describe('colloquial spellings folded for lookup (colloquial-forms.ts)', () => {
  test.each(COLLOQUIAL_ROWS.map((row) => [row.name, row] as const))('each row’s example: %s', (_, row) => {
    const { written, collapsed, dropped } = row.example;
    const texts = colloquialVariants(written, [row]).map((v) => v.text);
    expect(texts).toEqual([collapsed, dropped].filter((t, i, all) => t !== written && all.indexOf(t) === i));
    // The whole table gives the same forms.
    expect(colloquialVariants(written).map((v) => v.text)).toEqual(texts);
  });

  test.each([
    ['すごーい', ['すごい']],
    ['うまーい', ['うまい']],
    ['ダメーー', ['ダメー', 'ダメ']],
    ['すっごい', ['すごい']],
    ['まじでうまぁい！', ['まじでうまい！']],
    ['コーヒーーーを飲む', ['コーヒーを飲む', 'コーヒを飲む']],
  ])('%s looks up as %j', (written, variants) => {
    expect(colloquialVariants(written).map((v) => v.text)).toEqual(variants);
  });

  test.each(['コーヒーを飲む', '行った', 'バッグを買う', 'かわいい', '大きい', 'おおきい', 'ファイル', 'いいえ', 'ずっと'])(
    'a word spelt as the dictionary spells it has no run of emphasis: %s',
    (written) => {
      expect(colloquialRuns(written)).toEqual([]);
      expect(colloquialVariants(written)).toEqual([]);
    },
  );

  test('offsets map back to the text as written: the dropped marks belong to the word before them', () => {
    const [dropped] = colloquialVariants('とてもすごーいね');
    expect(dropped!.text).toBe('とてもすごいね');
    // すごい is [3, 6) folded; as written it is [3, 7), the mark included.
    expect([originalOffset(dropped!, 3), originalOffset(dropped!, 6)]).toEqual([3, 7]);
  });
});
