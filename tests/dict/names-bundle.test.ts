import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nameReadingSource } from '../../core/furigana/name-readings';

const FILE = new URL('../../dict/names/names.tsv.gz', import.meta.url);

describe('dict/names/names.tsv.gz (built by dict/names/build-names.ts)', () => {
  const text = gunzipSync(readFileSync(FILE)).toString('utf8');
  const lines = text.split('\n').filter(Boolean);

  it('holds names of two to four kanji with hiragana readings, sorted by surface for the search by halving', () => {
    expect(lines.length).toBeGreaterThan(100_000);
    let previous = '';
    for (const line of lines) {
      const [surface, readings] = line.split('\t') as [string, string];
      expect(surface).toMatch(/^[\u4e00-\u9fff\u3005]{2,4}$/);
      expect(readings).toMatch(/^[\u3041-\u309f\u30fc]+(,[\u3041-\u309f\u30fc]+){0,3}$/);
      expect(surface > previous).toBe(true);
      previous = surface;
    }
  });

  it('knows given names kuromoji splits (了|平, 美|智|也)', () => {
    const names = nameReadingSource(text);
    expect(names.readings('了平')?.[0]).toBe('りょうへい');
    expect(names.readings('美智也')?.[0]).toBe('みちや');
  });
});
