import { beforeAll, describe, expect, it } from 'vitest';
import { kanjiByKanjiReading, kanjiReadingSource } from '../../../core/furigana/kanji-readings';
import { readingSegments } from '../../../core/furigana/reading-layer';
import { unihanKanjiReadings } from '../../../core/furigana/unihan-readings';
import { kanjiSource } from '../../../core/kanji/kanji-source';
import { formatKanjiLine } from '../../../core/kanji/kanji-file';
import type { KanjiEntry } from '../../../core/kanji/kanji-entry';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

function entry(literal: string, on: string[], kun: string[]): KanjiEntry {
  return { literal, meanings: ['x'], on, kun, nanori: [], variants: [] };
}

const source = kanjiSource(
  [
    entry('瀑', ['バク', 'ホウ'], ['たき']),
    entry('讀', ['ドク', 'トク'], ['よ.む']),
    entry('裁', ['サイ'], ['た.つ', 'さば.く']),
    entry('零', [], []),
  ]
    .map(formatKanjiLine)
    .sort() // the file's lines are sorted by literal (kanji-file.ts)
    .join('\n'),
);

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
}, 120_000);

describe('kanjiReadingSource', () => {
  it("gives on'yomi first in hiragana, then kun'yomi without okurigana", () => {
    const readings = kanjiReadingSource(source);
    expect(readings('瀑')).toEqual(['ばく', 'ほう', 'たき']);
    expect(readings('裁')).toEqual(['さい', 'た', 'さば']);
  });

  it('gives nothing for a kanji neither it nor Unihan reads (猫 is read by the real file, not this one)', () => {
    const readings = kanjiReadingSource(source);
    expect(readings('猫')).toBeUndefined();
    expect(readings('零')).toBeUndefined();
    expect(readings('𩸽')).toBeUndefined(); // ほっけ: no Japanese reading in KANJIDIC2 or Unihan
  });

  it('falls back on Unihan’s Japanese readings for a kanji KANJIDIC2 does not read: 靑, 淸', () => {
    const readings = kanjiReadingSource(source);
    expect(readings('靑')).toEqual(['せい', 'しょう', 'あお', 'あおい']);
    expect(readings('淸')?.[0]).toBe('せい');
    // The table leaves out what KANJIDIC2 reads: the kanji file's reading is the one given.
    expect(unihanKanjiReadings('瀑')).toBeUndefined();
    expect(unihanKanjiReadings('青')).toBeUndefined();
  });
});

describe('kanjiByKanjiReading', () => {
  const readings = kanjiReadingSource(source);
  it('reads each kanji by its first reading, 々 as the kanji before it, kana as written', () => {
    expect(kanjiByKanjiReading('瀑', readings)).toBe('ばく');
    expect(kanjiByKanjiReading('讀々', readings)).toBe('どくどく');
    expect(kanjiByKanjiReading('讀み', readings)).toBe('どくみ');
  });

  it('gives up when one kanji has no reading', () => {
    expect(kanjiByKanjiReading('瀑猫', readings)).toBeUndefined();
  });
});

describe('the reading layer with KANJIDIC2', () => {
  it('reads a kanji kuromoji and the dictionary leave unread, marked uncertain', () => {
    const text = '華厳の瀑';
    const tokens = segmenter.tokenize(text);
    expect(tokens.at(-1)).toMatchObject({ surface: '瀑', known: false, reading: '' });
    const segments = readingSegments(text, tokens, { kanjiReadings: kanjiReadingSource(source) });
    expect(segments.at(-1)).toEqual({ start: 3, end: 4, reading: 'ばく', uncertain: true });
    expect(segments.filter((s) => s.uncertain)).toHaveLength(1);
  });

  it('reads a kanji KANJIDIC2 lacks by Unihan’s reading, marked uncertain: 靑年 is not shown half bare', () => {
    const text = '靑年団の団長';
    const tokens = segmenter.tokenize(text);
    expect(tokens[0]).toMatchObject({ surface: '靑', reading: '' });
    const segments = readingSegments(text, tokens, { kanjiReadings: kanjiReadingSource(source) });
    expect(segments[0]).toEqual({ start: 0, end: 1, reading: 'せい', uncertain: true });
  });

  it('leaves it bare without KANJIDIC2 (nothing is made up)', () => {
    const text = '華厳の瀑';
    expect(readingSegments(text, segmenter.tokenize(text), {}).some((s) => s.start === 3)).toBe(false);
  });
});
