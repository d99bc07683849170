import { describe, expect, it } from 'vitest';
import { formatKanjiLine, kanjiFileHeader, parseKanjiLine } from '../../../core/kanji/kanji-file';
import { kanjiSource } from '../../../core/kanji/kanji-source';
import type { KanjiEntry } from '../../../core/kanji/kanji-entry';
import { SAI_ENTRY as SAI } from '../../review/words.fixture';

describe('the kanji file format (core/kanji/kanji-file.ts)', () => {
  it('writes one line of ten columns and reads it back unchanged', () => {
    const line = formatKanjiLine(SAI);
    expect(line).toBe('裁\ttailor|judge|decision|cut out (pattern)\tサイ\tた.つ,さば.く\t\t12\t6\t1\t145\t');
    expect(parseKanjiLine(line)).toEqual(SAI);
  });

  it('leaves absent numbers absent', () => {
    const entry: KanjiEntry = { literal: '圀', meanings: [], on: [], kun: [], nanori: [], strokes: 9, variants: ['国', '國'] };
    expect(parseKanjiLine(formatKanjiLine(entry))).toEqual(entry);
  });

  it('refuses a value holding its separator, and malformed lines', () => {
    expect(() => formatKanjiLine({ ...SAI, meanings: ['a|b'] })).toThrow(/meanings/);
    expect(() => formatKanjiLine({ ...SAI, kun: ['a,b'] })).toThrow(/kun/);
    expect(() => parseKanjiLine('裁\tjudge')).toThrow(/columns/);
    expect(() => parseKanjiLine('裁\tjudge\t\t\t\tx\t\t\t\t')).toThrow(/strokes/);
  });

  it('skips the header and empty lines when read whole', () => {
    const source = kanjiSource(`${kanjiFileHeader()}\n${formatKanjiLine(SAI)}\n\n`);
    expect(source.size).toBe(1);
    expect(source.get('裁')?.meanings[1]).toBe('judge');
    expect(source.get('制')).toBeUndefined();
  });

  it('searches the UTF-8 bytes in place, saying what is wrong with a malformed line when it is asked for', () => {
    const bytes = new TextEncoder().encode(`${kanjiFileHeader()}\n制\tsystem\n${formatKanjiLine(SAI)}\n`);
    const source = kanjiSource(bytes);
    expect(source.get('裁')?.strokes).toBe(SAI.strokes);
    expect(() => source.get('制')).toThrow(/2 columns, not 10/);
    expect(source.size).toBe(2);
  });

  it('refuses a file whose header names other columns', () => {
    expect(() => kanjiSource(`#literal\tmeanings\n${formatKanjiLine(SAI)}\n`)).toThrow(/header names other columns/);
  });
});
