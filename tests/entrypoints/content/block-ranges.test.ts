// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { collectReadableBlocks } from '../../../entrypoints/content/readable-blocks';
import { blockOffsetOf, rangeForSpan } from '../../../entrypoints/content/block-ranges';

describe('block ranges', () => {
  test('a span across inline elements becomes one Range over the right characters', () => {
    document.body.innerHTML = '<p>北<a>大西洋</a><b>条約</b>機構は</p>';
    const [block] = collectReadableBlocks(document.body);
    const range = rangeForSpan(block!, 0, 8);
    expect(range.toString()).toBe('北大西洋条約機構');
    expect(rangeForSpan(block!, 4, 6).toString()).toBe('条約');
    expect(rangeForSpan(block!, 2, 5).toString()).toBe('西洋条');
  });

  test('a DOM position maps back to its text offset', () => {
    document.body.innerHTML = '<p>北<a>大西洋</a><b>条約</b>機構は</p>';
    const [block] = collectReadableBlocks(document.body);
    const b = document.querySelector('b')!.firstChild!;
    expect(blockOffsetOf(block!, b, 1)).toBe(5);
    expect(blockOffsetOf(block!, document.body, 0)).toBe(-1);
  });
});
