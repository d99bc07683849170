import { describe, expect, it } from 'vitest';
import { checkValidatedGlossary, formKey, validateGlossary, type GlossaryTerm } from '../../../core/glossary/glossary-term';
import { hasKanji } from '../../../core/text/kana';

function nato(): GlossaryTerm {
  return {
    id: 'nato',
    en: 'NATO (North Atlantic Treaty Organization)',
    category: 'organisation',
    forms: [{ text: '北大西洋条約機構', reading: 'きたたいせいようじょうやくきこう' }, { text: 'NATO' }, { text: 'ナトー' }],
    explanation: 'A Western military alliance.',
    related: ['russia'],
  };
}

function russia(): GlossaryTerm {
  return {
    id: 'russia',
    en: 'Russia',
    category: 'place',
    forms: [{ text: 'ロシア' }, { text: 'ロシア連邦', reading: 'ロシアれんぽう' }],
    explanation: 'A state.',
    related: [],
  };
}

/** Runs the validator on a glossary where `edit` has changed one term, returning the error message. */
function errorFor(edit: (term: Record<string, unknown>) => void): string {
  const term = nato() as unknown as Record<string, unknown>;
  edit(term);
  try {
    validateGlossary([term, russia()]);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the validator accepted the edited glossary');
}

/** Whether the validator accepts the glossary where `edit` has changed one term. */
function accepts(edit: (term: Record<string, unknown>) => void): boolean {
  const term = nato() as unknown as Record<string, unknown>;
  edit(term);
  validateGlossary([term, russia()]);
  return true;
}

describe('validateGlossary', () => {
  it('accepts a good glossary and returns its terms', () => {
    const terms = validateGlossary([nato(), russia()]);
    expect(terms.map((t) => t.id)).toEqual(['nato', 'russia']);
    expect(terms[0]!.forms[1]).toEqual({ text: 'NATO' });
  });

  it('accepts an empty related list and kana-only main forms', () => {
    expect(() => validateGlossary([russia()])).not.toThrow();
  });

  it('rejects data that is not an array', () => {
    expect(() => validateGlossary({ terms: [] })).toThrow(/must be an array of terms/);
  });

  it('rejects a term that is not an object, naming its position', () => {
    expect(() => validateGlossary([nato(), 'russia'])).toThrow(/term #1 must be an object/);
  });

  it('rejects a bad id', () => {
    expect(errorFor((t) => (t.id = 'NATO'))).toMatch(/term #0: id must be lower-case/);
    expect(errorFor((t) => delete t.id)).toMatch(/term #0: id/);
  });

  it('rejects unknown fields, naming term and field', () => {
    expect(errorFor((t) => (t.reading = 'なとー'))).toMatch(/"nato" has an unknown field "reading"/);
    expect(errorFor((t) => ((t.forms as GlossaryTerm['forms'])[1] = { text: 'NATO', kana: 'x' } as never))).toMatch(
      /"nato": forms\[1\] has an unknown field "kana"/,
    );
  });

  it('rejects a missing or empty English name', () => {
    expect(errorFor((t) => delete t.en)).toMatch(/"nato": en must be a string/);
    expect(errorFor((t) => (t.en = ' '))).toMatch(/"nato": en must not be empty/);
  });

  it('rejects an unknown category', () => {
    expect(errorFor((t) => (t.category = 'military'))).toMatch(/"nato": category must be one of .*"military"/);
  });

  it('rejects missing or empty forms', () => {
    expect(errorFor((t) => (t.forms = []))).toMatch(/"nato": forms must be a non-empty array/);
  });

  it('requires a hiragana reading on forms with kanji', () => {
    expect(errorFor((t) => (t.forms = [{ text: '北大西洋条約機構' }]))).toMatch(/forms\[0\] \(北大西洋条約機構\) has kanji but no reading/);
    expect(errorFor((t) => (t.forms = [{ text: '国連', reading: 'コクレン' }]))).toMatch(
      /reading "コクレン" of 国連 must keep the form's katakana \(none\)/,
    );
    expect(errorFor((t) => (t.forms = [{ text: '国連', reading: 'kokuren' }]))).toMatch(/must be kana/);
  });

  it('keeps the katakana of a mixed form as katakana in its reading', () => {
    const withForm = (reading: string) => (t: Record<string, unknown>) => (t.forms = [{ text: 'ミサイル防衛', reading }]);
    expect(accepts(withForm('ミサイルぼうえい'))).toBe(true);
    expect(errorFor(withForm('みさいるぼうえい'))).toMatch(/must keep the form's katakana \(ミサイル\) as katakana/);
    expect(errorFor(withForm('ミサイルボウエイ'))).toMatch(/must keep the form's katakana \(ミサイル\) as katakana, and add none/);
    // ー after hiragana is part of the hiragana; ・ may be kept or left out.
    expect(accepts((t) => (t.forms = [{ text: '戦略的パートナー', reading: 'せんりゃくてきパートナー' }]))).toBe(true);
    expect(accepts((t) => (t.forms = [{ text: 'イラン・イスラム共和国', reading: 'イラン・イスラムきょうわこく' }]))).toBe(true);
    expect(accepts((t) => (t.forms = [{ text: '国際連合', reading: 'こくさいれんごー' }]))).toBe(true);
  });

  it('checks the abbreviation, office and asOf fields', () => {
    expect(accepts((t) => (t.abbreviation = '米'))).toBe(true);
    expect(errorFor((t) => (t.abbreviation = '米国'))).toMatch(/abbreviation must be one kanji/);
    expect(errorFor((t) => (t.abbreviation = 'ア'))).toMatch(/abbreviation must be one kanji/);
    expect(accepts((t) => ((t.office = 'Secretary General'), (t.asOf = '2025-11-01')))).toBe(true);
    expect(errorFor((t) => (t.office = 'Secretary General'))).toMatch(/office "Secretary General" needs an asOf date/);
    expect(errorFor((t) => (t.asOf = '2025-13-01'))).toMatch(/asOf must be a date YYYY-MM-DD/);
    expect(errorFor((t) => (t.asOf = 'November 2025'))).toMatch(/asOf must be a date YYYY-MM-DD/);
  });

  it('rejects an abbreviation claimed by two terms', () => {
    expect(() =>
      validateGlossary([
        { ...nato(), abbreviation: '露' },
        { ...russia(), abbreviation: '露' },
      ]),
    ).toThrow(/abbreviation 露 is claimed by both "nato" and "russia"/);
  });

  it('forbids a reading on forms without kanji (katakana and Latin)', () => {
    expect(errorFor((t) => (t.forms = [{ text: 'ナトー', reading: 'なとー' }]))).toMatch(
      /forms\[0\] \(ナトー\) has no kanji, so it must not have a reading/,
    );
    expect(errorFor((t) => ((t.forms as GlossaryTerm['forms'])[1] = { text: 'NATO', reading: 'なとー' }))).toMatch(
      /forms\[1\] \(NATO\) has no kanji/,
    );
  });

  it('requires the main form to be Japanese', () => {
    expect(errorFor((t) => (t.forms = [{ text: 'NATO' }, { text: 'ナトー' }]))).toMatch(
      /forms\[0\] \(NATO\) must be the main Japanese form/,
    );
  });

  it('rejects full-width ASCII in forms', () => {
    expect(errorFor((t) => ((t.forms as GlossaryTerm['forms'])[1] = { text: 'ＮＡＴＯ' }))).toMatch(/full-width ASCII/);
  });

  it('rejects an empty explanation', () => {
    expect(errorFor((t) => (t.explanation = ''))).toMatch(/"nato": explanation must not be empty/);
  });

  it('rejects a related id that does not exist, or the term itself', () => {
    expect(errorFor((t) => (t.related = ['russia', 'warsaw-pact']))).toMatch(/"nato": related id "warsaw-pact" is not in the glossary/);
    expect(errorFor((t) => (t.related = ['nato']))).toMatch(/"nato": related lists the term itself/);
    expect(errorFor((t) => (t.related = ['russia', 'russia']))).toMatch(/related lists "russia" twice/);
    expect(errorFor((t) => (t.related = 'russia'))).toMatch(/related must be an array/);
  });

  it('rejects a duplicate id', () => {
    expect(() => validateGlossary([nato(), russia(), { ...russia(), forms: [{ text: 'ロシヤ' }] }])).toThrow(/"russia" is defined twice/);
  });

  it('rejects a form claimed by two terms, also when it differs only in case', () => {
    expect(errorFor((t) => (t.forms = [{ text: 'ロシア' }]))).toMatch(/form ロシア is claimed by both "nato" and "russia"/);
    const other = { ...russia(), forms: [{ text: 'ロシア' }, { text: 'nato' }] };
    expect(() => validateGlossary([nato(), other])).toThrow(/form nato is claimed by both "nato" and "russia"/);
  });

  it('rejects a form listed twice in one term', () => {
    expect(errorFor((t) => (t.forms as GlossaryTerm['forms']).push({ text: 'NATO' }))).toMatch(/"nato" lists the form NATO twice/);
  });
});

describe('formKey and hasKanji', () => {
  it('folds width and ASCII case without changing length', () => {
    expect(formKey('ＮＡＴＯの')).toBe('natoの');
    expect(formKey('Ｇ７サミット')).toBe('g7サミット');
    expect(formKey('ＮＡＴＯの').length).toBe('ＮＡＴＯの'.length);
  });

  it('finds kanji, including the iteration mark', () => {
    expect(hasKanji('国々')).toBe(true);
    expect(hasKanji('々')).toBe(true);
    expect(hasKanji('ロシア')).toBe(false);
    expect(hasKanji('G7')).toBe(false);
  });
});

describe('checkValidatedGlossary (the shipped glossary, validated at build time)', () => {
  it('passes what the validator passed, as it is', () => {
    const terms = [nato(), russia()];
    expect(checkValidatedGlossary(JSON.parse(JSON.stringify(terms)))).toEqual(validateGlossary(terms));
  });

  it('names the term and field of data damaged after the build', () => {
    const broken = (edit: (term: Record<string, unknown>) => void) => {
      const term = russia() as unknown as Record<string, unknown>;
      edit(term);
      return () => checkValidatedGlossary([nato(), term]);
    };
    expect(() => checkValidatedGlossary({ terms: [] })).toThrow(/must be an array/);
    expect(() => checkValidatedGlossary([nato(), 'russia'])).toThrow(/glossary term #1 must be an object/);
    expect(broken((t) => delete t.id)).toThrow(/glossary term #1: id must be a string/);
    expect(broken((t) => (t.category = 'country'))).toThrow(/glossary term "russia": category must be one of/);
    expect(broken((t) => (t.forms = []))).toThrow(/"russia": forms must be a non-empty array/);
    expect(broken((t) => (t.forms = [{ reading: 'ろしあ' }]))).toThrow(/"russia": forms\[0\] must be an object with a "text"/);
    expect(broken((t) => (t.en = 3))).toThrow(/"russia": en must be a string/);
    expect(broken((t) => (t.related = [1]))).toThrow(/"russia": related must be an array of ids/);
  });
});
