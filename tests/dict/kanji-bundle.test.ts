import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { kanjiSource } from '../../core/kanji/kanji-source';
import { toHiragana } from '../../core/text/kana';

const FILE = new URL('../../dict/kanji/kanji.tsv.gz', import.meta.url);

describe('dict/kanji/kanji.tsv.gz (built by dict/kanji/build-kanji.ts from KANJIDIC2)', () => {
  const text = gunzipSync(readFileSync(FILE)).toString('utf8');
  const kanji = kanjiSource(text);

  it('holds every KANJIDIC2 kanji, sorted by literal', () => {
    expect(kanji.size).toBeGreaterThan(13_000);
    const literals = text
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]!);
    expect([...literals].sort()).toEqual(literals);
    expect(new Set(literals).size).toBe(literals.length);
    expect(kanji.size).toBe(literals.length);
    // Searched in place by halving over its sorted lines: every literal, astral ones too, is found.
    for (const literal of literals) expect(kanji.get(literal)?.literal).toBe(literal);
  });

  it('gives 裁 its on reading さい, kun readings with okurigana marked, and the meaning "judge"', () => {
    const sai = kanji.get('裁')!;
    expect(sai.on.map(toHiragana)).toContain('さい');
    expect(sai.kun).toEqual(['た.つ', 'さば.く']);
    expect(sai.meanings).toContain('judge');
    expect(sai).toMatchObject({ strokes: 12, grade: 6, jlpt: 1, radical: 145 });
    // KANJIDIC2's frequency ranks are not shipped (their author allows no commercial use: dict/kanji/LICENSE).
    expect(sai).not.toHaveProperty('frequency');
  });

  it('resolves variants to literals (国 ↔ 國)', () => {
    expect(kanji.get('国')!.variants).toContain('國');
    expect(kanji.get('國')!.variants).toContain('国');
    expect(kanji.get('國')!.grade).toBe(10);
  });

  it('finds the kanji of a word, each once, skipping kana', () => {
    expect(kanji.entriesOf('制裁する制').map((e) => e.literal)).toEqual(['制', '裁']);
  });
});
