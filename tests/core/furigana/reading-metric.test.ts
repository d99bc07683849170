import { describe, expect, it } from 'vitest';
import { parseHomographs, predictedPieces, scoreHomograph, scoreSentence, type ReadingPiece } from '../../../core/furigana/reading-metric';
import type { Token } from '../../../core/segmenter/token';

function token(surface: string, start: number): Token {
  return {
    surface,
    start,
    pos: '名詞',
    pos1: '一般',
    pos2: '*',
    conjugationType: '*',
    conjugationForm: '*',
    basicForm: surface,
    reading: '',
    known: true,
  };
}

describe('scoreSentence', () => {
  const gold: ReadingPiece[] = [
    ['基盤', 'きばん'],
    ['は', 'は'],
    ['築か', 'きずか'],
    ['れ', 'れ'],
  ];

  it('scores chunks between common boundaries, reading kana outside ruby as itself', () => {
    const predicted: ReadingPiece[] = [
      ['基盤', 'キバン'],
      ['は', 'は'],
      ['築', 'きず'],
      ['か', 'か'],
      ['れ', 'れ'],
    ];
    expect(scoreSentence(gold, predicted)).toEqual({ mismatch: false, total: 2, correct: 2, errors: [] });
  });

  it('reports a wrong chunk with both readings', () => {
    const predicted: ReadingPiece[] = [
      ['基盤は', 'きばんは'],
      ['築', 'ちく'],
      ['かれ', 'かれ'],
    ];
    const score = scoreSentence(gold, predicted);
    expect(score.total).toBe(2);
    expect(score.correct).toBe(1);
    expect(score.errors).toEqual([{ text: '築かれ', gold: 'きずかれ', predicted: 'ちくかれ', context: '基盤は築かれ' }]);
  });

  it('merges chunks where the boundaries differ, skips digits and kana-only chunks', () => {
    const g: ReadingPiece[] = [
      ['子', 'こ'],
      ['会社', 'がいしゃ'],
      ['10', '10'],
      ['年', 'ねん'],
      ['の', 'の'],
    ];
    const p: ReadingPiece[] = [
      ['子会', 'こがい'],
      ['社', 'しゃ'],
      ['10年', 'じゅうねん'],
      ['の', 'の'],
    ];
    expect(scoreSentence(g, p)).toMatchObject({ total: 1, correct: 1 });
  });

  it('treats にほん and にっぽん as the same, and flags a prediction over other text', () => {
    expect(scoreSentence([['日本', 'にっぽん']], [['日本', 'にほん']])).toMatchObject({ total: 1, correct: 1 });
    expect(scoreSentence([['日本', 'にほん']], [['日', 'にち']])).toMatchObject({ mismatch: true, total: 0 });
  });
});

describe('predictedPieces', () => {
  it('gives ruby segments their reading and cuts the rest at token boundaries', () => {
    const text = '基盤は築かれ';
    const tokens = [token('基盤', 0), token('は', 2), token('築か', 3), token('れ', 5)];
    const pieces = predictedPieces(text, tokens, [
      { start: 0, end: 2, reading: 'きばん' },
      { start: 3, end: 4, reading: 'きず' },
    ]);
    expect(pieces).toEqual([
      ['基盤', 'きばん'],
      ['は', 'は'],
      ['築', 'きず'],
      ['か', 'か'],
      ['れ', 'れ'],
    ]);
  });
});

describe('homographs', () => {
  const rows = 'header\tline\n上\t2\tジョウ\t事実 上 の 話\n方\t1\tかた\t方 が\n';
  const [jou, kata] = parseHomographs(rows);

  it('parses rows into the target range and hiragana gold', () => {
    expect(jou).toEqual({ kanji: '上', text: '事実上の話', start: 2, end: 3, gold: 'じょう' });
    expect(kata).toMatchObject({ start: 0, end: 1, gold: 'かた' });
  });

  it('judges by the piece that covers the target', () => {
    expect(
      scoreHomograph(jou!, [
        ['事実', 'じじつ'],
        ['上', 'じょう'],
        ['の話', 'のはなし'],
      ]),
    ).toBe('correct');
    expect(
      scoreHomograph(jou!, [
        ['事実上', 'じじつじょう'],
        ['の話', 'の'],
      ]),
    ).toBe('correct');
    expect(
      scoreHomograph(jou!, [
        ['事実上', 'じじつうえ'],
        ['の話', 'の'],
      ]),
    ).toBe('wrong');
    expect(
      scoreHomograph(jou!, [
        ['事実上の', 'じじつじょうの'],
        ['話', 'はなし'],
      ]),
    ).toBe('correct');
    expect(scoreHomograph(kata!, [['方が', 'かたが']])).toBe('correct');
    expect(
      scoreHomograph(kata!, [
        ['方', 'ほう'],
        ['が', 'が'],
      ]),
    ).toBe('wrong');
    expect(scoreHomograph(jou!, [['事実上の話', 'じじつじょうのはなし']])).toBe('correct');
    expect(
      scoreHomograph({ ...jou!, start: 1, end: 3 }, [
        ['事', 'じ'],
        ['実', 'じつ'],
        ['上', 'じょう'],
      ]),
    ).toBe('split');
  });
});
