import { describe, expect, test } from 'vitest';
import { lookupWindow, MAX_LOOKUP_CHARS } from '../../../core/lookup/lookup-window';

describe('the text a lookup sends', () => {
  test('a short block goes whole', () => {
    expect(lookupWindow('制裁を受けた。', 2)).toEqual({ text: '制裁を受けた。', offset: 2, base: 0 });
  });

  test('a long block: a window of at most the limit around the pointer, the offset adjusted', () => {
    const text = 'あ'.repeat(3000) + '制裁' + 'い'.repeat(3000);
    const w = lookupWindow(text, 3001);
    expect(w.text.length).toBeLessThanOrEqual(MAX_LOOKUP_CHARS);
    expect(w.text.slice(w.offset - 1, w.offset + 1)).toBe('制裁');
    expect(text.slice(w.base, w.base + w.text.length)).toBe(w.text);
  });

  test('the window starts after and ends at sentence ends where it can', () => {
    const sentence = '西側は制裁を強化した。';
    const text = sentence.repeat(400);
    const offset = text.length >> 1;
    const w = lookupWindow(text, offset);
    expect(w.text.startsWith('西側')).toBe(true);
    expect(w.text.endsWith('。')).toBe(true);
    expect(w.text[w.offset]).toBe(text[offset]);
  });

  test('near either end of the block', () => {
    const text = 'か'.repeat(5000);
    expect(lookupWindow(text, 3)).toMatchObject({ offset: 3, base: 0 });
    const w = lookupWindow(text, 4999);
    expect(w.base + w.offset).toBe(4999);
    expect(w.text.length).toBe(MAX_LOOKUP_CHARS);
  });

  test('never cuts a surrogate pair', () => {
    const text = '𠮟'.repeat(2000);
    for (const offset of [1000, 1001, 2000, 2001, 3001]) {
      const w = lookupWindow(text, offset);
      expect(w.text.charCodeAt(0)).toBe(0xd842);
      expect(w.base + w.offset).toBe(offset);
    }
  });
});
