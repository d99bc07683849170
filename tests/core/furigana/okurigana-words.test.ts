import { beforeAll, describe, expect, it } from 'vitest';
import { okuriganaWordReading } from '../../../core/furigana/okurigana-words';
import type { ReadingContext } from '../../../core/furigana/reading-context';
import { readingSegments } from '../../../core/furigana/reading-layer';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

/** EDICT's readings of the words these sentences need, in its order. */
const DICTIONARY: Record<string, string[]> = {
  停まる: ['とどまる', 'とまる'],
  癒やす: ['いやす'],
  選ぶ: ['えらぶ'],
  焼く: ['やく'],
  話す: ['はなす'],
};

let segmenter: Segmenter;
const context: ReadingContext = { dictionaryReadings: (surface) => DICTIONARY[surface] };
beforeAll(async () => {
  segmenter = await nodeSegmenter();
}, 120_000);

/** What okuriganaWordReading reads for the token written `piece` in `text`. */
function kanjiReading(text: string, piece: string): string | undefined {
  const tokens = segmenter.tokenize(text);
  const i = tokens.findIndex((t) => t.surface === piece);
  expect(i, `${piece} is a token of ${text}`).toBeGreaterThanOrEqual(0);
  return okuriganaWordReading(tokens, i, context);
}

describe('a kanji kuromoji cut from okurigana the dictionary writes with it', () => {
  it.each([
    // IPADIC has 停る: kuromoji reads 停 トマ and then まっ (待つ); of EDICT's とどまる and とまる, the one kuromoji's starts with.
    ['車が停まっていたので、', '停', 'と'],
    // 癒やす (IPADIC has 癒す): 癒 unknown to kuromoji, や a particle, し する.
    ['疲れた体を癒やした。', '癒', 'い'],
    // 選 taken for a suffix, the kana after it for an unknown word.
    ['事前に衣装選びにいらしてください。', '選', 'えら'],
    // 焼 ヤキ before きこん.
    ['胡桃を入れて焼きこんだスポンジ', '焼', 'や'],
  ])('%s: %s reads %s', (text, piece, reading) => {
    expect(kanjiReading(text, piece)).toBe(reading);
  });

  it('is shown so over the kanji, the okurigana bare', () => {
    const text = '車が停まっていたので、';
    const segments = readingSegments(text, segmenter.tokenize(text), context);
    expect(segments.find((s) => s.start === 2)).toMatchObject({ end: 3, reading: 'と' });
  });

  it.each([
    // kuromoji reads the word whole: nothing to mend.
    ['彼と話しました。', '話し'],
    // A kanji read without the kana after it (本 ほん, then を).
    ['本を読む。', '本'],
    // Unknown to kuromoji, but no dictionary word is written with the kana after it.
    ['瀑や滝を見た。', '瀑'],
  ])('%s: %s is left to the other passes', (text, piece) => {
    expect(kanjiReading(text, piece)).toBeUndefined();
  });
});
