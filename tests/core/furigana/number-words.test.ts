import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_ROWS, DATE_CONTEXTS } from '../../../core/furigana/number-words';
import { readingSegments } from '../../../core/furigana/reading-layer';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
}, 120_000);

describe('the counter table (each row on its example)', () => {
  it.each(Object.entries(COUNTER_ROWS))('%s', (counter, row) => {
    const { text, shown } = row.example;
    const at = text.search(new RegExp(`(?<=[0-9０-９一二三四五六七八九十百千万])${counter}`));
    expect(at, `the example has no number before ${counter}`).toBeGreaterThan(0);
    const segment = readingSegments(text, segmenter.tokenize(text)).find((s) => s.start === at && s.end === at + counter.length);
    expect(segment?.reading).toBe(shown);
  });
});

describe('a day that is a date reads 一日 ついたち (DATE_CONTEXTS, each row on its example)', () => {
  /** The reading drawn over the first N日 of a text (the number and 日 together, or 日 alone). */
  const firstDay = (text: string) => {
    const at = text.search(/[0-9０-９一二三四五六七八九十]日/);
    const segments = readingSegments(text, segmenter.tokenize(text));
    const whole = segments.find((s) => s.start === at && s.end === at + 2);
    return whole ? whole.reading : `…${segments.find((s) => s.start === at + 1)?.reading ?? ''}`;
  };

  it.each(DATE_CONTEXTS.map((row) => [row.test, row] as const))('%s', (_, row) => {
    expect(firstDay(row.example.text)).toBe(row.example.shown);
  });

  it.each([
    ['1日、8日、15日に開く。', 'ついたち'],
    ['毎月1日と15日に配る。', 'ついたち'],
    ['一日・十五日は休館。', 'ついたち'],
  ])('listed with other days: %s', (text, shown) => {
    expect(firstDay(text)).toBe(shown);
  });

  it.each([
    ['1日に3回飲む。', '…にち'],
    ['1日3回飲む。', '…にち'],
    ['1日、休んだ。', '…にち'],
    ['5月1日と1日3回', 'ついたち'],
  ])('a count of days stays いちにち: %s', (text, shown) => {
    expect(firstDay(text)).toBe(shown);
  });
});
