import { beforeAll, describe, expect, it } from 'vitest';
import { deinflectTokens, wordStartIndex } from '../../../core/dictionary/deinflection';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
});

/** Deinflects the word at the token whose surface is `at` in `text`. */
function deinflect(text: string, at: string) {
  const tokens = segmenter.tokenize(text);
  const index = tokens.findIndex((t) => t.surface === at);
  expect(index, `token ${at} in ${tokens.map((t) => t.surface).join('|')}`).toBeGreaterThanOrEqual(0);
  const span = deinflectTokens(tokens, index);
  return {
    tokens,
    index,
    span,
    text: span
      ? tokens
          .slice(index, span.endIndex)
          .map((t) => t.surface)
          .join('')
      : '',
  };
}

describe('deinflection from kuromoji tokens', () => {
  it('undoes the passive: 築か|れ → 築く', () => {
    const { span, text } = deinflect('基盤は徐々に築かれ、', '築か');
    expect(text).toBe('築かれ');
    expect(span!.candidates[0]).toMatchObject({ form: '築く', inflections: ['passive'], fromKuromoji: true });
  });

  it('names each auxiliary in order', () => {
    const { span, text } = deinflect('書かせられなかった', '書か');
    expect(text).toBe('書かせられなかった');
    expect(span!.candidates[0]!.inflections).toEqual(['causative', 'passive', 'negative', 'past']);
    expect(deinflect('行こう', '行こ').span!.candidates[0]!.inflections).toEqual(['volitional']);
    expect(deinflect('読んだら', '読ん').span!.candidates[0]!.inflections).toEqual(['conditional']);
    expect(deinflect('読みたい', '読み').span!.candidates[0]!.inflections).toEqual(['desire']);
    expect(deinflect('見ろ', '見ろ').span!.candidates[0]).toMatchObject({ form: '見る', inflections: ['imperative'] });
  });

  it('undoes adjectives', () => {
    const { span, text } = deinflect('高くなかった', '高く');
    expect(text).toBe('高くなかった');
    expect(span!.candidates[0]).toMatchObject({ form: '高い', inflections: ['negative', 'past'] });
  });

  it('reads 〜ている and 〜ました as one word', () => {
    const eating = deinflect('食べていた', '食べ');
    expect(eating.text).toBe('食べていた');
    expect(eating.span!.candidates[0]!.inflections).toEqual(['progressive', 'past']);
    const polite = deinflect('形成されました', '形成');
    expect(polite.text).toBe('形成されました');
    expect(polite.span!.candidates[0]).toMatchObject({
      form: '形成',
      dictionaryForm: '形成する',
      inflections: ['passive', 'polite', 'past'],
    });
  });

  it('offers the other verbs a euphonic stem may come from: 行っ|て → 行く and 行う', () => {
    const { span, text } = deinflect('会議を頻繁に行って', '行っ');
    expect(text).toBe('行って');
    const forms = span!.candidates.map((c) => c.form);
    expect(forms[0]).toBe(span!.candidates.find((c) => c.fromKuromoji)!.form);
    expect(forms).toEqual(expect.arrayContaining(['行く', '行う']));
    for (const c of span!.candidates) expect(c.inflections).toEqual(['te-form']);
  });

  it('keeps a godan potential verb in reserve: 書ける → 書く, potential', () => {
    const { span } = deinflect('書ける', '書ける');
    const potential = span!.candidates.find((c) => c.form === '書く')!;
    expect(potential).toMatchObject({ inflections: ['potential'], fallback: true });
  });

  it('leaves a plain dictionary form alone and does not take nouns or particles', () => {
    expect(deinflect('築く', '築く').span!.candidates[0]).toMatchObject({ form: '築く', inflections: [] });
    expect(deinflect('制裁が', '制裁').span).toBeUndefined();
    expect(deinflect('制裁が', 'が').span).toBeUndefined();
  });

  it('finds where the word of an auxiliary starts', () => {
    const tokens = segmenter.tokenize('基盤は徐々に築かれ、');
    const re = tokens.findIndex((t) => t.surface === 'れ');
    expect(tokens[wordStartIndex(tokens, re)]!.surface).toBe('築か');
    const ha = tokens.findIndex((t) => t.surface === 'は');
    expect(wordStartIndex(tokens, ha)).toBe(ha);
  });
});
