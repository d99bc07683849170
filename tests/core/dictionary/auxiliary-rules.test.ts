/** Every row of the auxiliary table, run on its example through kuromoji: the span and what it undoes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { AUXILIARY_RULES } from '../../../core/dictionary/auxiliary-rules';
import { deinflectTokens } from '../../../core/dictionary/deinflection';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
});

function deinflectWhole(text: string) {
  const tokens = segmenter.tokenize(text);
  const span = deinflectTokens(tokens, 0);
  const covered = span
    ? tokens
        .slice(0, span.endIndex)
        .map((t) => t.surface)
        .join('')
    : '';
  return { span, covered, tokens: tokens.map((t) => `${t.surface}/${t.basicForm}`).join('|') };
}

describe('auxiliary rules', () => {
  it.each(AUXILIARY_RULES.map((r) => [r.example, r] as const))('%s', (example, rule) => {
    const { span, covered, tokens } = deinflectWhole(example);
    expect(covered, tokens).toBe(example);
    const inflections = span!.candidates[0]!.inflections;
    for (const i of rule.inflections) expect(inflections, tokens).toContain(i);
  });

  it('する’s potential: 全う|できる → 全うする; 勉強できなかった → 勉強する', () => {
    const a = deinflectWhole('全うできる');
    expect(a.covered).toBe('全うできる');
    expect(a.span!.candidates[0]).toMatchObject({ form: '全う', dictionaryForm: '全うする', inflections: ['potential'] });
    const b = deinflectWhole('勉強できなかった');
    expect(b.covered).toBe('勉強できなかった');
    expect(b.span!.candidates[0]).toMatchObject({ dictionaryForm: '勉強する', inflections: ['potential', 'negative', 'past'] });
  });

  it('a word stops where the table says nothing: 食べてから is 食べて', () => {
    expect(deinflectWhole('食べてから').covered).toBe('食べて');
  });
});
