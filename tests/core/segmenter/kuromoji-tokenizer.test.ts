import { beforeAll, describe, expect, it } from 'vitest';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
}, 120_000);

describe('kuromoji over characters outside the BMP', () => {
  it.each([
    ['a flag', '政府は🇯🇵を発表した。', '🇯🇵'],
    ['an emoji', '会場で😀の発表があった。', '😀'],
    ['a symbol of the supplementary planes', '記号𝄞の後に発表した。', '𝄞'],
  ])('%s keeps the words after it, with offsets in UTF-16 code units', (_kind, text, astral) => {
    const tokens = segmenter.tokenize(text);
    // Every code unit is in exactly one token, in order, each surface the text at its offset.
    expect(tokens.map((t) => t.surface).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.start + t.surface.length)).toBe(t.surface);
    expect(tokens.some((t) => t.surface === '発表')).toBe(true);
    const symbol = tokens.find((t) => t.surface.includes(astral))!;
    expect(symbol.surface).toBe(astral);
    expect(symbol.basicForm).toBe(astral);
  });
});
