/**
 * The direction of a variant-kanji fold (dict/variants/variant-folds.ts) is decided from JIS X 0208,
 * KANJIDIC2's grade and EDICT's headwords: never from KANJIDIC2's frequency ranks, whose licence
 * forbids commercial use of the numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { variantFolds, type Kanji } from '../../dict/variants/variant-folds';

function kanji(literal: string, jis208: boolean, grade: number | undefined, headwords: number): Kanji {
  return { literal, jis208, ...(grade !== undefined ? { grade } : {}), headwords, variants: [] };
}

function folds(list: Kanji[], pairs: [string, string][]): string[] {
  return variantFolds(new Map(list.map((k) => [k.literal, k])), pairs);
}

describe('variant folds', () => {
  it('folds a character outside JIS X 0208 to one inside it, even one with no grade that EDICT writes', () => {
    // Both directions offered, as the sources list them.
    expect(
      folds(
        [kanji('髙', false, undefined, 0), kanji('高', true, 2, 900)],
        [
          ['髙', '高'],
          ['高', '髙'],
        ],
      ),
    ).toEqual(['髙高']);
    expect(folds([kanji('𠮷', false, undefined, 0), kanji('吉', true, undefined, 40)], [['𠮷', '吉']])).toEqual(['𠮷吉']);
    // A target neither graded nor in EDICT is not worth folding to.
    expect(folds([kanji('𠀋', false, undefined, 0), kanji('丈', true, undefined, 0)], [['𠀋', '丈']])).toEqual([]);
  });

  it('between two kanji the dictionaries hold: jouyou before jinmeiyou before neither', () => {
    expect(
      folds(
        [kanji('陷', true, undefined, 5), kanji('陥', true, 8, 30)],
        [
          ['陷', '陥'],
          ['陥', '陷'],
        ],
      ),
    ).toEqual(['陷陥']);
    expect(
      folds(
        [kanji('A', true, undefined, 500), kanji('B', true, 9, 1)],
        [
          ['A', 'B'],
          ['B', 'A'],
        ],
      ),
    ).toEqual(['AB']);
  });

  it('between two of one grade: the one EDICT writes more headwords with', () => {
    expect(
      folds(
        [kanji('檜', true, 9, 20), kanji('桧', true, 9, 8)],
        [
          ['檜', '桧'],
          ['桧', '檜'],
        ],
      ),
    ).toEqual(['桧檜']);
    expect(
      folds(
        [kanji('檜', true, 9, 8), kanji('桧', true, 9, 20)],
        [
          ['檜', '桧'],
          ['桧', '檜'],
        ],
      ),
    ).toEqual(['檜桧']);
  });

  it('never folds away a jouyou kanji of JIS X 0208, and follows chains to their end', () => {
    expect(folds([kanji('国', true, 2, 900), kanji('國', true, undefined, 900)], [['国', '國']])).toEqual([]);
    expect(
      folds(
        [kanji('x', false, undefined, 0), kanji('y', true, 9, 1), kanji('z', true, 1, 50)],
        [
          ['x', 'y'],
          ['y', 'z'],
        ],
      ),
    ).toEqual(['xz', 'yz']);
  });

  it('the rule and the build script read no frequency rank', () => {
    for (const file of ['dict/variants/variant-folds.ts', 'dict/variants/build-variants.ts']) {
      const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\bfreq(uency)?\b/);
    }
  });
});
