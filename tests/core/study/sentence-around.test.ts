import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../core/study/sentence-around';

const mark = (r: { text: string; start: number; end: number }) =>
  `${r.text.slice(0, r.start)}[${r.text.slice(r.start, r.end)}]${r.text.slice(r.end)}`;

describe('sentenceAround', () => {
  it('cuts the block at the sentence ends around the word', () => {
    const text = '政府は会見を開いた。新たな制裁を発表した。影響は大きい。';
    const at = text.indexOf('制裁');
    expect(mark(sentenceAround(text, at, at + 2))).toBe('新たな[制裁]を発表した。');
  });

  it('keeps a closing bracket with its sentence, and trims spaces', () => {
    const text = '  「制裁を続ける。」と述べた。';
    const at = text.indexOf('制裁');
    expect(mark(sentenceAround(text, at, at + 2))).toBe('「[制裁]を続ける。」');
  });

  it('takes the whole text when there is no sentence end', () => {
    expect(mark(sentenceAround('制裁の影響', 0, 2))).toBe('[制裁]の影響');
  });
});
