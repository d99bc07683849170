import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryReadingSource } from '../../../core/furigana/glossary-readings';
import { readingSegments } from '../../../core/furigana/reading-layer';
import { predictedPieces, scoreSentence, type ReadingPiece } from '../../../core/furigana/reading-metric';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { nodeSegmenter } from '../../support/node-segmenter';

const GOLD = readFileSync(new URL('../../fixtures/article-readings.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; morphs: ReadingPiece[] });

describe('the reference article', () => {
  it('has hand-checked gold readings for every paragraph of the article', () => {
    const article = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');
    expect(GOLD.length).toBeGreaterThan(15);
    for (const { text, morphs } of GOLD) {
      expect(morphs.map((m) => m[0]).join('')).toBe(text);
      expect(article).toContain(text);
    }
  });

  it('reads right everywhere with the glossary the engine uses', async () => {
    const segmenter = await nodeSegmenter();
    const glossary = glossaryReadingSource(bundledGlossary());
    const context = { glossaryReadings: glossary.readings, glossaryHasPrefix: glossary.hasPrefix };
    const errors: string[] = [];
    let total = 0;
    for (const { text, morphs } of GOLD) {
      const tokens = segmenter.tokenize(text);
      const score = scoreSentence(morphs, predictedPieces(text, tokens, readingSegments(text, tokens, context)));
      expect(score.mismatch).toBe(false);
      total += score.total;
      errors.push(...score.errors.map((e) => `${e.text}: ${e.gold} / ${e.predicted}`));
    }
    expect(total).toBeGreaterThan(280);
    expect(errors).toEqual([]);
  });
});
