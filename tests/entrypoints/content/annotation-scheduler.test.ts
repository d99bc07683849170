import { describe, expect, it } from 'vitest';
import { nodeSlices } from '../../../entrypoints/content/annotation-scheduler';

describe('nodeSlices', () => {
  it('cuts after the last sentence end in the second half of each slice, covering the text', () => {
    const text = 'あいうえお。'.repeat(10); // 60 code units, a sentence every 6
    const slices = nodeSlices(text, 20);
    expect(slices).toEqual([
      [0, 18],
      [18, 36],
      [36, 54],
      [54, 60],
    ]);
  });

  it('cuts at the slice’s end where no sentence ends, never inside a surrogate pair', () => {
    const text = 'か'.repeat(9) + '𠮟' + 'か'.repeat(10); // 𠮟 is code units 9 and 10
    const slices = nodeSlices(text, 10);
    expect(slices[0]).toEqual([0, 9]);
    expect(slices.map(([a, b]) => text.slice(a, b)).join('')).toBe(text);
    for (const [a, b] of slices) expect(b - a).toBeLessThanOrEqual(10);
  });

  it('leaves a text that fits whole', () => {
    expect(nodeSlices('漢字です。', 20)).toEqual([[0, 5]]);
  });
});
