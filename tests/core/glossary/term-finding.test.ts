import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createTermFinder } from '../../../core/glossary/term-finding';
import { byCountThenAppearance, listItemOf, tallyPageTerms } from '../../../core/glossary/page-terms';
import { formKey } from '../../../core/glossary/glossary-term';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { SAMPLE_TERMS } from './sample-glossary';

const ARTICLE = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');
/** The article as a page gives it: one text per paragraph. */
const PARAGRAPHS = ARTICLE.split('\n').filter((line) => line.trim() !== '');

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('term finding on page texts (sample glossary)', () => {
  const finder = createTermFinder(SAMPLE_TERMS);

  test('occurrences per text, with offsets into each text as given', () => {
    const texts = ['国連とNATOは', '', '経済制裁と制裁。ＮＡＴＯも'];
    const found = finder.find(texts);
    expect(found.occurrences).toEqual([
      [
        { termId: 'united-nations', start: 0, end: 2 },
        { termId: 'nato', start: 3, end: 7 },
      ],
      [],
      [
        { termId: 'sanctions', start: 0, end: 4 },
        { termId: 'sanctions', start: 5, end: 7 },
        { termId: 'nato', start: 8, end: 12 },
      ],
    ]);
    // Each term found is described once, without its explanation.
    expect(found.terms.map((t) => t.id).sort()).toEqual(['nato', 'sanctions', 'united-nations']);
    expect(found.terms.every((t) => !('explanation' in t))).toBe(true);
  });

  test('the tally: counts across texts, headline as the page writes it, order of first appearance', () => {
    const texts = ['国連とNATO。国連の会議', '北大西洋条約機構(NATO)と国際連合', 'ＮＡＴＯ'];
    const terms = tallyPageTerms(texts, finder.find(texts));
    expect(terms).toEqual([
      {
        id: 'united-nations',
        en: 'United Nations',
        category: 'organisation',
        form: '国連',
        reading: 'こくれん',
        mainForm: '国際連合',
        count: 3,
        firstSeen: 0,
      },
      {
        id: 'nato',
        en: 'North Atlantic Treaty Organization',
        category: 'organisation',
        form: 'NATO',
        mainForm: '北大西洋条約機構',
        count: 4,
        firstSeen: 1,
      },
    ]);
    expect([...terms].sort(byCountThenAppearance).map((t) => t.id)).toEqual(['nato', 'united-nations']);
  });

  test('a main form headline carries its reading and no mainForm', () => {
    const terms = tallyPageTerms(['制裁が続く'], finder.find(['制裁が続く']));
    expect(terms).toEqual([
      { id: 'sanctions', en: 'Sanctions', category: 'economy', form: '制裁', reading: 'せいさい', count: 1, firstSeen: 0 },
    ]);
  });

  test('listItemOf: a search result is headed by the main form', () => {
    expect(listItemOf(SAMPLE_TERMS[3]!)).toEqual({
      id: 'united-nations',
      en: 'United Nations',
      category: 'organisation',
      form: '国際連合',
      reading: 'こくさいれんごう',
    });
    expect(listItemOf(SAMPLE_TERMS[6]!)).toEqual({ id: 'putin', en: 'Vladimir Putin', category: 'person', form: 'プーチン' });
  });
});

describe('term finding on the reference article (bundled glossary)', () => {
  const finder = createTermFinder(bundledGlossary());
  const found = finder.find(PARAGRAPHS);
  const terms = tallyPageTerms(PARAGRAPHS, found);
  const byId = new Map(terms.map((t) => [t.id, t]));

  test('every occurrence points at a form of its term', () => {
    const glossary = new Map(bundledGlossary().map((t) => [t.id, t]));
    PARAGRAPHS.forEach((text, i) => {
      for (const o of found.occurrences[i]!) {
        const forms = glossary.get(o.termId)!.forms.map((f) => formKey(f.text));
        expect(forms).toContain(formKey(text.slice(o.start, o.end)));
      }
    });
  });

  test('the terms the panel must list, with the counts the text has', () => {
    expect(byId.get('sanctions')).toMatchObject({ form: '制裁', reading: 'せいさい', en: expect.stringMatching(/sanction/i) });
    expect(byId.get('united-nations')).toMatchObject({ form: '国連', reading: 'こくれん', count: countOf(ARTICLE, '国連') });
    expect(byId.get('nato')).toMatchObject({ form: 'NATO', count: countOf(ARTICLE, 'NATO') });
    expect(byId.get('annexation-of-crimea')).toMatchObject({ form: 'クリミア併合', reading: 'クリミアへいごう' });
    expect(byId.get('xi-jinping')).toMatchObject({ form: '習近平', reading: 'しゅうきんぺい', count: countOf(ARTICLE, '習近平') });
  });

  test('a term written two ways is counted once under the form the page uses most', () => {
    const us = byId.get('united-states')!;
    const beikoku = countOf(ARTICLE, '米国');
    const amerika = countOf(ARTICLE, 'アメリカ');
    expect(beikoku).toBeGreaterThan(0);
    expect(amerika).toBeGreaterThan(0);
    expect(us.count).toBe(beikoku + amerika);
    expect(us.form).toBe(beikoku >= amerika ? '米国' : 'アメリカ');
  });

  test('terms are described once each, only those found', () => {
    expect(new Set(found.terms.map((t) => t.id)).size).toBe(found.terms.length);
    expect(found.terms.map((t) => t.id).sort()).toEqual(terms.map((t) => t.id).sort());
  });
});
