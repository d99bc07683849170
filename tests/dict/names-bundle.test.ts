import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nameReadingSource } from '../../core/furigana/name-readings';

const FILE = new URL('../../dict/names/names.tsv.gz', import.meta.url);

describe('dict/names/names.tsv.gz (built by dict/names/build-names.ts)', () => {
  const text = gunzipSync(readFileSync(FILE)).toString('utf8');
  const lines = text.split('\n').filter(Boolean);

  it('holds names of two to four kanji with hiragana readings or a family-name mark, sorted by surface for the search by halving', () => {
    expect(lines.length).toBeGreaterThan(100_000);
    let previous = '';
    let marked = 0;
    for (const line of lines) {
      const [surface, readings, flags, ...rest] = line.split('\t') as [string, string, string | undefined];
      expect(surface).toMatch(/^[\u4e00-\u9fff\u3005]{2,4}$/);
      expect(rest).toEqual([]);
      if (flags === undefined) {
        expect(readings).toMatch(/^[\u3041-\u309f\u30fc]+(,[\u3041-\u309f\u30fc]+){0,3}$/);
      } else {
        expect([readings, flags]).toEqual(['', 's']);
        marked++;
      }
      expect(surface > previous).toBe(true);
      previous = surface;
    }
    expect(marked).toBeGreaterThan(10_000);
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
