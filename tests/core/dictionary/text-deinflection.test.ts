import { describe, expect, it } from 'vitest';
import { deinflectText } from '../../../core/dictionary/text-deinflection';
import { SUFFIX_RULE_EXAMPLES, SUFFIX_RULES, WORD_TYPE } from '../../../core/dictionary/suffix-rules';
import { searchText } from '../../../core/dictionary/word-search';
import { bundledEdict } from '../../../dict/edict/node-edict';

const dict = bundledEdict();

describe('undoing inflection on plain text', () => {
  it('gives the text itself first, with no inflection and no part of speech required', () => {
    expect(deinflectText('制裁')[0]).toEqual({ form: '制裁', inflections: [] });
  });

  it('undoes endings one after another, in the order they come', () => {
    const found = deinflectText('築かれました').find((d) => d.form === '築く');
    expect(found).toEqual({ form: '築く', inflections: ['passive', 'polite', 'past'], partsOfSpeech: ['v5k', 'v5k-s'] });
  });

  it('takes the te-form under an aspect auxiliary as part of it', () => {
    expect(deinflectText('食べている').find((d) => d.form === '食べる')?.inflections).toEqual(['progressive']);
  });

  it("reads 行く's te- and ta-forms (行って, 行った) as 行く as well as 行う", () => {
    expect(deinflectText('行った')).toContainEqual({ form: '行く', inflections: ['past'], partsOfSpeech: ['v5k', 'v5k-s'] });
    expect(searchText(dict, '行って')?.matches.map((m) => m.dictionaryForm)).toEqual(expect.arrayContaining(['行う', '行く']));
  });

  it('offers the noun of a する verb, marked vs', () => {
    expect(deinflectText('制裁しました')).toContainEqual({ form: '制裁', inflections: ['polite', 'past'], partsOfSpeech: ['vs'] });
  });

  it('never leaves an empty stem except for する and くる', () => {
    for (const d of deinflectText('ない')) expect(d.form.length).toBeGreaterThan(0);
    expect(deinflectText('ない').map((d) => d.form)).not.toContain('る');
    expect(deinflectText('して').map((d) => d.form)).toContain('する');
  });

  it.each(SUFFIX_RULE_EXAMPLES.map((r) => [r.example, r.inflections] as const))(
    'the example %s is undone to a dictionary word, %s',
    (example, inflections) => {
      const found = searchText(dict, example);
      expect(found?.text).toBe(example);
      expect(found?.matches.some((m) => m.dictionaryForm !== example && m.inflections.join() === inflections.join())).toBe(true);
    },
  );

  it('every row has an example, and an ending unless it is the ichidan continuative (る put back)', () => {
    for (const rule of SUFFIX_RULES) {
      expect(rule.example).not.toBe('');
      if (rule.from === '') expect(rule).toMatchObject({ to: 'る', inflections: ['continuative'], fromTypes: WORD_TYPE.initial });
    }
  });

  it('says continuative only of a bare stem', () => {
    expect(deinflectText('調べ').find((d) => d.form === '調べる')?.inflections).toEqual(['continuative']);
    expect(deinflectText('築かれ').find((d) => d.form === '築く')?.inflections).toEqual(['passive']);
  });
});
