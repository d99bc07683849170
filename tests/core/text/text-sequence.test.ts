import { describe, expect, it } from 'vitest';
import {
  buildTextSequence,
  lineAround,
  pageReadingOf,
  sequenceOffsetOf,
  sourcePositionAt,
  type TextPiece,
} from '../../../core/text/text-sequence';

type P = TextPiece<string>;
const t = (source: string, text: string, extra: Partial<P> = {}): P => ({ text, source, sourceStart: 0, ...extra });

describe('text sequence', () => {
  it('joins pieces, leaving hidden ones out, with a map both ways', () => {
    const seq = buildTextSequence([t('a', '履'), t('h', '｛は｝', { hidden: true }), t('b', 'く')]);
    expect(seq.text).toBe('履く');
    expect(sequenceOffsetOf(seq, 'b', 0)).toBe(1);
    expect(sequenceOffsetOf(seq, 'h', 0)).toBe(-1);
    expect(sourcePositionAt(seq, 1)).toEqual({ source: 'b', offset: 0 });
  });

  it('ruby: bases count, annotations give the reading, a position in one maps to its base', () => {
    const pieces: P[] = [
      t('b1', '振', { role: 'base', ruby: 0 }),
      t('r1', 'ふ', { role: 'annotation', ruby: 0 }),
      t('o', 'り'),
      t('b2', '仮', { role: 'base', ruby: 1 }),
      t('r2', 'が', { role: 'annotation', ruby: 1 }),
      t('b3', '名', { role: 'base', ruby: 1 }),
      t('r3', 'な', { role: 'annotation', ruby: 1 }),
    ];
    const seq = buildTextSequence(pieces);
    expect(seq.text).toBe('振り仮名');
    expect(seq.readings).toEqual([
      { start: 0, end: 1, reading: 'ふ' },
      { start: 2, end: 3, reading: 'が' },
      { start: 3, end: 4, reading: 'な' },
    ]);
    expect(sequenceOffsetOf(seq, 'r3', 0)).toBe(3);
    expect(sequenceOffsetOf(seq, 'r1', 0)).toBe(0);
    expect(pageReadingOf(seq, 0, 4)).toBe('ふりがな');
    expect(pageReadingOf(seq, 2, 4)).toBe('がな');
  });

  it('an annotation made of several pieces (spans in rt) is one reading', () => {
    const seq = buildTextSequence([
      t('b', '漢字', { role: 'base', ruby: 0 }),
      t('x', 'かん', { role: 'annotation', ruby: 0 }),
      t('y', 'じ', { role: 'annotation', ruby: 0 }),
      t('z', 'を'),
    ]);
    expect(seq.text).toBe('漢字を');
    expect(seq.readings).toEqual([{ start: 0, end: 2, reading: 'かんじ' }]);
    expect(sequenceOffsetOf(seq, 'y', 0)).toBe(0);
  });

  it('pieces with an offset in their source, and a caret after the last character', () => {
    const seq = buildTextSequence([{ text: '京へ', source: 'n', sourceStart: 3 }]);
    expect(sequenceOffsetOf(seq, 'n', 4)).toBe(1);
    expect(sequenceOffsetOf(seq, 'n', 5)).toBe(1);
    expect(sourcePositionAt(seq, 0)).toEqual({ source: 'n', offset: 3 });
  });

  it('breaks cut the line around a piece', () => {
    const pieces: P[] = [
      t('a', '見出し'),
      { text: '', source: 'br', sourceStart: 0, break: true },
      t('b', '本文'),
      t('c', 'です'),
      { text: '', source: 'end', sourceStart: 0, break: true },
      t('d', '次'),
    ];
    expect(lineAround(pieces, 3).map((p) => p.source)).toEqual(['b', 'c']);
    expect(lineAround(pieces, 0).map((p) => p.source)).toEqual(['a']);
  });
});

describe('nested ruby', () => {
  const nested = (outer: string): P[] => [
    t('b1', '東', { role: 'base', ruby: 1, outerRubies: [0] }),
    t('r1', 'とう', { role: 'annotation', ruby: 1 }),
    t('b2', '京', { role: 'base', ruby: 1, outerRubies: [0] }),
    t('r2', 'きょう', { role: 'annotation', ruby: 1 }),
    t('r0', outer, { role: 'annotation', ruby: 0 }),
    t('after', 'に住む'),
  ];

  it('a position in the outer rt maps to the start of the whole base, not the text after it', () => {
    const seq = buildTextSequence(nested('Tokyo'));
    expect(seq.text).toBe('東京に住む');
    expect(sequenceOffsetOf(seq, 'r0', 2)).toBe(0);
    expect(sequenceOffsetOf(seq, 'r2', 0)).toBe(1);
  });

  it('the kana readings nearest the base are the page’s reading; a kana outer one over a gloss inside wins', () => {
    let seq = buildTextSequence(nested('Tokyo'));
    expect(seq.readings).toEqual([
      { start: 0, end: 1, reading: 'とう' },
      { start: 1, end: 2, reading: 'きょう' },
    ]);
    expect(pageReadingOf(seq, 0, 2)).toBe('とうきょう');
    const glossInside: P[] = [
      t('b1', '東京', { role: 'base', ruby: 1, outerRubies: [0] }),
      t('r1', 'Tōkyō', { role: 'annotation', ruby: 1 }),
      t('r0', 'とうきょう', { role: 'annotation', ruby: 0 }),
    ];
    seq = buildTextSequence(glossInside);
    expect(seq.readings).toEqual([{ start: 0, end: 2, reading: 'とうきょう' }]);
  });

  it('three deep: each outer rt maps to the start of its own base', () => {
    const seq = buildTextSequence([
      t('b', '名', { role: 'base', ruby: 2, outerRubies: [0, 1] }),
      t('rb', 'めい', { role: 'annotation', ruby: 2 }),
      t('c', '古屋', { role: 'base', ruby: 1, outerRubies: [0] }),
      t('r1', 'Nagoya', { role: 'annotation', ruby: 1 }),
      t('r0', 'なごや', { role: 'annotation', ruby: 0 }),
      t('after', 'へ'),
    ]);
    expect(seq.text).toBe('名古屋へ');
    expect(sequenceOffsetOf(seq, 'r1', 0)).toBe(0);
    expect(sequenceOffsetOf(seq, 'r0', 0)).toBe(0);
    // The word's kana reading over the kana of one of its parts.
    expect(seq.readings).toEqual([{ start: 0, end: 3, reading: 'なごや' }]);
    expect(pageReadingOf(seq, 0, 3)).toBe('なごや');
  });

  it('an inner ruby before more base of the outer one ends there', () => {
    const seq = buildTextSequence([
      t('b', '名', { role: 'base', ruby: 1, outerRubies: [0] }),
      t('rb', 'な', { role: 'annotation', ruby: 1 }),
      t('c', '古屋', { role: 'base', ruby: 0 }),
      t('r0', 'Nagoya', { role: 'annotation', ruby: 0 }),
      t('after', 'へ'),
    ]);
    expect(seq.readings).toEqual([{ start: 0, end: 1, reading: 'な' }]);
    expect(sequenceOffsetOf(seq, 'r0', 0)).toBe(0);
  });
});
