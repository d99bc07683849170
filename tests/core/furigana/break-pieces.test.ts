import { describe, expect, test } from 'vitest';
import { breakPieces, fullReading, splitAtBreaks } from '../../../core/furigana/break-pieces';

const readings: Record<string, string> = {
  経済: 'けいざい',
  制裁: 'せいさい',
  手: 'て',
  紙: 'かみ',
  大西洋: 'たいせいよう',
  条約: 'じょうやく',
  北: 'ほく',
  取り: 'とり',
  扱い: 'あつかい',
};
const readPiece = (surface: string) => readings[surface];

describe('splitAtBreaks', () => {
  test('a word split by an element is read per piece when the pieces join to its reading', () => {
    // 政府は<a>経済</a>制裁を決めた。 breaks at 3 and 5.
    const text = '政府は経済制裁を決めた。';
    const segs = splitAtBreaks(
      text,
      [
        { start: 0, end: 2, reading: 'せいふ' },
        { start: 3, end: 7, reading: 'けいざいせいさい' },
      ],
      [3, 5],
      readPiece,
    );
    expect(segs).toEqual([
      { start: 0, end: 2, reading: 'せいふ' },
      { start: 3, end: 5, reading: 'けいざい' },
      { start: 5, end: 7, reading: 'せいさい' },
    ]);
  });

  test('pieces that each read as they stand in the reading are cut so, though a share could be cut another way too', () => {
    // <ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>辞典: breaks at 1 and 2. 漢 taking かんじ, 字 じ and 辞典 てん
    // would also join to the reading; the pieces' own readings decide.
    const own: Record<string, string> = { 漢: 'かん', 字: 'じ', 辞典: 'じてん' };
    expect(splitAtBreaks('漢字辞典', [{ start: 0, end: 4, reading: 'かんじじてん' }], [1, 2], (s) => own[s])).toEqual([
      { start: 0, end: 1, reading: 'かん' },
      { start: 1, end: 2, reading: 'じ' },
      { start: 2, end: 4, reading: 'じてん' },
    ]);
  });

  test('one piece read otherwise (rendaku, a compound reading) takes what the others leave of the reading', () => {
    // 手<b>紙</b>: 手 alone is て, so 紙 is がみ (alone かみ).
    expect(splitAtBreaks('手紙', [{ start: 0, end: 2, reading: 'てがみ' }], [1], readPiece)).toEqual([
      { start: 0, end: 1, reading: 'て' },
      { start: 1, end: 2, reading: 'がみ' },
    ]);
    // <ruby>政治<rt>せいぢ</rt></ruby>家です: 政治 alone is せいじ, so 家 is か (alone いえ); either end may be the odd one.
    const own: Record<string, string> = { ...readings, 政治: 'せいじ', 家: 'いえ' };
    expect(splitAtBreaks('政治家です', [{ start: 0, end: 3, reading: 'せいじか' }], [2], (s) => own[s])).toEqual([
      { start: 0, end: 2, reading: 'せいじ' },
      { start: 2, end: 3, reading: 'か' },
    ]);
    expect(splitAtBreaks('北大西洋条約', [{ start: 0, end: 6, reading: 'きたたいせいようじょうやく' }], [1, 4], readPiece)).toEqual([
      { start: 0, end: 1, reading: 'きた' },
      { start: 1, end: 4, reading: 'たいせいよう' },
      { start: 4, end: 6, reading: 'じょうやく' },
    ]);
  });

  test('pieces between confirmed ones take what those leave, wherever the confirmed ones stand', () => {
    // 日本<ruby>銀<rt>ぎん</rt></ruby>行: 銀 alone is ぎん and stands in にっぽんぎんこう; 日本 (alone にほん) and 行 (alone ぎょう) take the rest.
    const own: Record<string, string> = { 日本: 'にほん', 銀: 'ぎん', 行: 'ぎょう' };
    expect(splitAtBreaks('日本銀行に', [{ start: 0, end: 4, reading: 'にっぽんぎんこう' }], [2, 3], (s) => own[s])).toEqual([
      { start: 0, end: 2, reading: 'にっぽん' },
      { start: 2, end: 3, reading: 'ぎん' },
      { start: 3, end: 4, reading: 'こう' },
    ]);
    // More than one way to cut the reading: the word stays whole.
    const kaka = { start: 0, end: 3, reading: 'かかかか' };
    expect(splitAtBreaks('甲乙丙', [kaka], [1, 2], (s) => (s === '乙' ? 'か' : undefined))).toEqual([kaka]);
  });

  test('two pieces read otherwise, or nothing left for the odd one, keep the whole segment', () => {
    const whole = { start: 0, end: 6, reading: 'きたたいせいようじょうやく', alternatives: ['ほくたいせいようじょうやく'] };
    // 北 alone ほく and 大西洋 unread: two pieces unconfirmed.
    expect(splitAtBreaks('北大西洋条約', [whole], [1, 4], (s) => (s === '大西洋' ? undefined : readPiece(s)))).toEqual([whole]);
    // 今<b>日</b> きょう: 今 alone いま, 日 alone ひ: neither end confirmed.
    const kyou = { start: 0, end: 2, reading: 'きょう' };
    expect(splitAtBreaks('今日', [kyou], [1], (s) => ({ 今: 'いま', 日: 'ひ' })[s])).toEqual([kyou]);
    // 風<b>邪</b> かぜ: 風 alone is the whole reading, nothing is left for 邪.
    const kaze = { start: 0, end: 2, reading: 'かぜ' };
    expect(splitAtBreaks('風邪', [kaze], [1], (s) => ({ 風: 'かぜ', 邪: 'じゃ' })[s])).toEqual([kaze]);
  });

  test('a piece that cannot be read keeps the whole segment; kana in a piece stays bare', () => {
    expect(splitAtBreaks('謎語', [{ start: 0, end: 2, reading: 'なぞご' }], [1], readPiece)).toEqual([
      { start: 0, end: 2, reading: 'なぞご' },
    ]);
    // 取り<b>扱い</b>: one segment over the whole word (an unaligned fallback), split and aligned.
    expect(splitAtBreaks('取り扱い', [{ start: 0, end: 4, reading: 'とりあつかい' }], [2], readPiece)).toEqual([
      { start: 0, end: 1, reading: 'と' },
      { start: 2, end: 3, reading: 'あつか' },
    ]);
  });

  test('breaks outside segments, or at their edges, change nothing', () => {
    const segs = [{ start: 0, end: 2, reading: 'けいざい' }];
    expect(splitAtBreaks('経済の話', segs, [2, 3], () => undefined)).toEqual(segs);
    expect(splitAtBreaks('経済の話', segs, [], () => undefined)).toEqual(segs);
  });
});

describe('breakPieces', () => {
  test('lists exactly the pieces splitAtBreaks asks for, so that they can be read ahead', () => {
    const text = '政府は経済制裁を北大西洋条約で決めた。';
    const segs = [
      { start: 0, end: 2, reading: 'せいふ' },
      { start: 3, end: 7, reading: 'けいざいせいさい' },
      { start: 8, end: 14, reading: 'ほくたいせいようじょうやく' },
    ];
    const breaks = [1, 5, 9, 12];
    const asked: string[] = [];
    const all: Record<string, string> = { ...readings, 政: 'せい', 府: 'ふ' };
    splitAtBreaks(text, segs, breaks, (surface) => (asked.push(surface), all[surface]));
    expect(breakPieces(text, segs, breaks)).toEqual(asked);
    expect(asked).toEqual(['政', '府', '経済', '制裁', '北', '大西洋', '条約']);
    // With a piece that cannot be read, what is asked is still among the pieces listed.
    const others: string[] = [];
    splitAtBreaks(text, segs, breaks, (surface) => (others.push(surface), readPiece(surface)));
    for (const piece of others) expect(breakPieces(text, segs, breaks)).toContain(piece);
  });
});

describe('fullReading', () => {
  test('segment readings with the kana between them, or undefined when a character has no reading', () => {
    expect(
      fullReading('取り扱い', [
        { start: 0, end: 1, reading: 'と' },
        { start: 2, end: 3, reading: 'あつか' },
      ]),
    ).toBe('とりあつかい');
    expect(fullReading('カタカナ', [])).toBe('かたかな');
    expect(fullReading('NATO', [])).toBeUndefined();
    expect(fullReading('東京', [{ start: 0, end: 1, reading: 'とう' }])).toBeUndefined();
  });
});
