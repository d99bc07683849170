import { beforeAll, describe, expect, it } from 'vitest';
import { isOnShaped, sinoReading } from '../../../core/furigana/sino-compounds';
import type { ReadingContext } from '../../../core/furigana/reading-layer';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
});

/** Lone-kanji readings as EDICT gives them (common first). */
const LONE: Record<string, string[]> = {
  獣: ['けだもの', 'けもの', 'しし', 'じゅう'],
  話: ['はなし', 'わ'],
  拳: ['こぶし', 'けん'],
  玉: ['たま', 'ぎょく'],
  壁: ['かべ', 'へき'],
  水: ['みず', 'すい'],
  頃: ['ころ', 'けい'],
  付: ['つき', 'ふ'],
};
const context: ReadingContext = { dictionaryReadings: (s) => LONE[s] };

/** What the pass reads for the token written `piece` in `text` (undefined: it leaves kuromoji's). */
function sino(text: string, piece: string): string | undefined {
  const tokens = segmenter.tokenize(text);
  const i = tokens.findIndex((t) => t.surface === piece);
  expect(i, `${piece} is a token of ${text}`).toBeGreaterThanOrEqual(0);
  return sinoReading(tokens, i, context)?.reading;
}

describe('isOnShaped', () => {
  it('tells the shape of a Chinese reading from native ones', () => {
    for (const on of ['けん', 'じゅう', 'ぎょく', 'わ', 'すい', 'しょう']) expect(isOnShaped(on), on).toBe(true);
    for (const kun of ['こぶし', 'しし', 'だま', 'はなし', 'みず']) expect(isOnShaped(kun), kun).toBe(false);
  });
});

describe('sinoReading', () => {
  it('reads a kanji the Chinese way after a Chinese prefix', () => {
    expect(sino('超獣名鑑', '獣')).toBe('じゅう');
    expect(sino('イラストが各話毎に載って', '話')).toBe('わ');
  });

  it('reads a plain suffix the Chinese way after a Chinese-read noun', () => {
    expect(sino('描写をする銘玉です', '玉')).toBe('ぎょく');
  });

  it('reads a noun the Chinese way only before a run of two Chinese pieces', () => {
    expect(sino('その後、拳王軍に参加', '拳')).toBe('けん');
    expect(sino('洞窟の壁絵', '壁')).toBeUndefined();
  });

  it('reads a noun the Chinese way before a suffix that makes Chinese words only (水|権)', () => {
    expect(sino('バレーの水権や支配権', '水')).toBe('すい');
  });

  it('leaves time suffixes, counters and words with their own rule alone', () => {
    expect(sino('１８４７年頃に', '頃')).toBeUndefined();
    expect(sino('夏頃に', '頃')).toBeUndefined();
    expect(sino('耳付コースター', '付')).toBeUndefined();
  });

  it('does nothing without a dictionary', () => {
    const tokens = segmenter.tokenize('超獣名鑑');
    expect(
      sinoReading(
        tokens,
        tokens.findIndex((t) => t.surface === '獣'),
        {},
      ),
    ).toBeUndefined();
  });
});
