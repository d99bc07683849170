import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nameReadingSource } from '../../core/furigana/name-readings';

const FILE = new URL('../../dict/names/names.tsv.gz', import.meta.url);

describe('dict/names/names.tsv.gz (built by dict/names/build-names.ts)', () => {
  const text = gunzipSync(readFileSync(FILE)).toString('utf8');
  const lines = text.split('\n').filter(Boolean);

  it('holds names with hiragana readings, family names and まち towns marked, sorted by surface for the search by halving', () => {
    expect(lines.length).toBeGreaterThan(100_000);
    const READINGS = /^[\u3041-\u309f\u30fc]+(,[\u3041-\u309f\u30fc]+){0,3}$/;
    let previous = '';
    const marked = { s: 0, m: 0 };
    for (const line of lines) {
      const [surface, readings, flags, ...rest] = line.split('\t') as [string, string, string | undefined];
      expect(rest).toEqual([]);
      if (flags === undefined) {
        expect(surface).toMatch(/^[\u4e00-\u9fff\u3005]{2,4}$/);
        expect(readings).toMatch(READINGS);
      } else {
        expect(flags).toMatch(/^s?m?$/);
        expect(flags).not.toBe('');
        if (flags.includes('s')) marked.s++;
        if (flags.includes('m')) {
          expect(surface).toMatch(/^[\u4e00-\u9fff\u3005\u30f6]{1,4}町$/);
          marked.m++;
        }
        if (readings) expect(readings).toMatch(READINGS);
      }
      expect(surface > previous).toBe(true);
      previous = surface;
    }
    expect(marked.s).toBeGreaterThan(10_000);
    expect(marked.m).toBeGreaterThan(1_000);
  });

  it('marks towns whose 町 reads only まち (浪江町), not those read ちょう or both ways', () => {
    const names = nameReadingSource(text);
    expect(names.isMachiTown('浪江町')).toBe(true);
    expect(names.isMachiTown('穴水町')).toBe(true);
    expect(names.isMachiTown('能登町')).toBe(false);
    expect(names.isMachiTown('大熊町')).toBe(false);
  });

  it('marks family names kuromoji takes as one common word (垂水, 根本), not words that are no name', () => {
    const names = nameReadingSource(text);
    expect(names.isSurname('垂水')).toBe(true);
    expect(names.isSurname('根本')).toBe(true);
    expect(names.isSurname('伊達')).toBe(true);
    expect(names.isSurname('音楽')).toBe(false);
    expect(names.isSurname('漫画')).toBe(false);
    expect(names.readings('垂水')).toBeUndefined();
  });

  it('knows given names kuromoji splits (了|平, 美|智|也)', () => {
    const names = nameReadingSource(text);
    expect(names.readings('了平')?.[0]).toBe('りょうへい');
    expect(names.readings('美智也')?.[0]).toBe('みちや');
  });
});
