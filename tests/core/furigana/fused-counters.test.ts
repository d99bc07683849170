import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitFusedCounters } from '../../../core/furigana/fused-counters';
import { kanjiReadingSource } from '../../../core/furigana/kanji-readings';
import type { ReadingContext } from '../../../core/furigana/reading-context';
import { readingSegments } from '../../../core/furigana/reading-layer';
import { kanjiSource } from '../../../core/kanji/kanji-source';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
let withKanji: ReadingContext;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
  const kanji = gunzipSync(readFileSync(new URL('../../../dict/kanji/kanji.tsv.gz', import.meta.url))).toString('utf8');
  withKanji = { kanjiReadings: kanjiReadingSource(kanjiSource(kanji)) };
}, 120_000);

/** The readings shown over `text`, joined, and each segment as base:reading. */
function shown(text: string, context: ReadingContext): { joined: string; segments: string[] } {
  const segments = readingSegments(text, segmenter.tokenize(text), context);
  return { joined: segments.map((s) => s.reading).join(''), segments: segments.map((s) => `${text.slice(s.start, s.end)}:${s.reading}`) };
}

// The same months written with ASCII digits, full-width digits and kanji numerals.
const NUMERALS = ['4', '４', '四', '1', '１', '一', '12', '１２', '十二', '2026年4'];

describe('a counter fused with the word after a number reads as a counter, whatever the numeral', () => {
  it.each(NUMERALS)('%s月頃 reads …がつころ, never つきごろ', (numeral) => {
    const { joined, segments } = shown(`${numeral}月頃から。`, withKanji);
    expect(joined, segments.join(' ')).toMatch(/がつころ$/);
    expect(segments.join(' ')).not.toContain('つき');
  });

  it.each(NUMERALS)('%s月末 reads …がつまつ, never げつまつ', (numeral) => {
    const { joined, segments } = shown(`${numeral}月末まで。`, withKanji);
    expect(joined, segments.join(' ')).toMatch(/がつまつ$/);
  });

  it('cuts the counter out of the token with offsets into the same text', () => {
    const text = '4月頃に';
    const tokens = splitFusedCounters(segmenter.tokenize(text), withKanji);
    expect(tokens.map((t) => [t.surface, t.start])).toEqual([
      ['4', 0],
      ['月', 1],
      ['頃', 2],
      ['に', 3],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.start + t.surface.length)).toBe(t.surface);
  });

  it('tells the cut from the dictionary when KANJIDIC2 is not loaded', () => {
    const dictionaryOnly: ReadingContext = { dictionaryReadings: (s) => (s === '頃' ? ['ころ', 'ごろ'] : undefined) };
    expect(shown('4月頃に咲く。', dictionaryOnly).segments.slice(0, 2)).toEqual(['月:がつ', '頃:ころ']);
  });

  it('keeps whole a token that already reads the counter as a counter, and text without a number', () => {
    for (const text of ['3年生になる。', '5時間かかる。', '3人組の男。', '2年間住んだ。', '月頃の話。']) {
      const tokens = segmenter.tokenize(text);
      expect(splitFusedCounters(tokens, withKanji), text).toBe(tokens);
    }
  });
});
