import { describe, expect, it } from 'vitest';
import { glossaryReadingSource } from '../../../core/furigana/glossary-readings';
import type { GlossaryTerm } from '../../../core/glossary/glossary-term';

const terms: GlossaryTerm[] = [
  {
    id: 'xi-jinping',
    en: 'Xi Jinping',
    category: 'person',
    forms: [
      { text: '習近平', reading: 'しゅうきんぺい' },
      { text: '習主席', reading: 'しゅうしゅせき' },
    ],
    explanation: 'Leader of China.',
    related: [],
  },
  {
    id: 'nato',
    en: 'NATO',
    category: 'organisation',
    forms: [{ text: '北大西洋条約機構', reading: 'きたたいせいようじょうやくきこう' }, { text: 'NATO' }],
    explanation: 'An alliance.',
    related: [],
  },
];

describe('glossaryReadingSource', () => {
  const { readings, hasPrefix } = glossaryReadingSource(terms);

  it('gives the reading of every kanji form', () => {
    expect(readings('習近平')).toEqual(['しゅうきんぺい']);
    expect(readings('習主席')).toEqual(['しゅうしゅせき']);
    expect(readings('北大西洋条約機構')).toEqual(['きたたいせいようじょうやくきこう']);
  });

  it('gives nothing for forms without reading or text that is no form', () => {
    expect(readings('NATO')).toBeUndefined();
    expect(readings('習')).toBeUndefined();
  });

  it('tells whether some form starts with a prefix', () => {
    expect(hasPrefix('習')).toBe(true);
    expect(hasPrefix('習近')).toBe(true);
    expect(hasPrefix('近平')).toBe(false);
  });
});
