import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryReadingSource } from '../../../core/furigana/glossary-readings';
import { landformSpan } from '../../../core/furigana/name-words';
import { readingSegments } from '../../../core/furigana/reading-layer';
import type { ReadingContext } from '../../../core/furigana/reading-context';
import { LANDFORM_ROWS } from '../../../core/furigana/rules/landform-table';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { isAllHiragana, isAllKanji } from '../../../core/text/kana';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
let context: ReadingContext;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
  // With the glossary the engine uses: 韓国 is a term of it, 韓国岳 a mountain.
  const glossary = glossaryReadingSource(bundledGlossary());
  context = { glossaryReadings: glossary.readings, glossaryHasPrefix: glossary.hasPrefix };
});

/** The layer's reading over `surface` in `text`: one segment that covers it exactly, or what covers it in pieces. */
function readingOver(text: string, surface: string): string {
  const tokens = segmenter.tokenize(text);
  const start = text.indexOf(surface);
  return readingSegments(text, tokens, context)
    .filter((s) => s.start >= start && s.end <= start + surface.length)
    .map((s) => s.reading)
    .join('|');
}

describe('the landform table', () => {
  it('has well-formed rows, each written once, its example naming it', () => {
    expect(LANDFORM_ROWS.length).toBeGreaterThan(0);
    expect(new Set(LANDFORM_ROWS.map((r) => r.surface)).size).toBe(LANDFORM_ROWS.length);
    for (const row of LANDFORM_ROWS) {
      expect(isAllKanji(row.surface.replace(/[ヶケ]/g, '')), row.surface).toBe(true);
      expect(isAllHiragana(row.reading), row.reading).toBe(true);
      expect(row.example, row.surface).toContain(row.surface);
    }
  });

  it.each(LANDFORM_ROWS.map((r) => [r.surface, r.reading, r.example] as const))(
    '%s reads %s in its example, one word over it (%s)',
    (surface, reading, example) => {
      expect(readingOver(example, surface)).toBe(reading);
    },
  );

  it('reads only a whole name: a word that starts like one (浅間|神社) or inside one (韓国) is as before', () => {
    const tokens = segmenter.tokenize('浅間神社に参拝した。');
    expect(landformSpan(tokens, 0)).toBeUndefined();
    expect(readingOver('韓国が発表した。', '韓国')).toBe('かんこく');
  });
});
