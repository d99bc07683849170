import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTER_ROWS } from '../../../core/furigana/number-words';
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
