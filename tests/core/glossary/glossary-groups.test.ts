import { describe, expect, test } from 'vitest';
import { GLOSSARY_CATEGORIES, validateGlossary, type GlossaryCategory } from '../../../core/glossary/glossary-term';
import { CATEGORY_LABELS, GLOSSARY_GROUPS, groupByCategory, groupOfCategory } from '../../../core/glossary/glossary-groups';
import { SAMPLE_TERMS } from './sample-glossary';

describe('glossary groups', () => {
  test('the sample terms the glossary tests use are valid glossary data', () => {
    expect(validateGlossary(SAMPLE_TERMS)).toHaveLength(SAMPLE_TERMS.length);
  });

  test('every category belongs to exactly one group, and has a label', () => {
    for (const category of GLOSSARY_CATEGORIES) {
      expect(
        GLOSSARY_GROUPS.filter((g) => g.categories.includes(category)),
        category,
      ).toHaveLength(1);
      expect(CATEGORY_LABELS[category]).toBeTruthy();
    }
  });

  test('the seven headings of the issue, in order', () => {
    expect(GLOSSARY_GROUPS.map((g) => g.id)).toEqual(['people', 'places', 'organisations', 'treaties', 'security', 'economy', 'concepts']);
    expect(groupOfCategory('diplomacy').id).toBe('treaties');
    expect(groupOfCategory('event').id).toBe('concepts');
  });

  test('an unknown category is an error, not a silent drop', () => {
    expect(() => groupOfCategory('weather' as GlossaryCategory)).toThrow(/weather/);
  });

  test('grouping keeps group order, drops empty groups, keeps item order within a group', () => {
    const grouped = groupByCategory(SAMPLE_TERMS);
    expect(grouped.map((g) => g.group.id)).toEqual(['people', 'places', 'organisations', 'treaties', 'economy', 'concepts']);
    expect(grouped[0]!.items.map((t) => t.id)).toEqual(['xi-jinping', 'putin']);
    expect(grouped.find((g) => g.group.id === 'treaties')!.items.map((t) => t.id)).toEqual(['joint-statement']);
    expect(grouped.flatMap((g) => g.items)).toHaveLength(SAMPLE_TERMS.length);
  });

  test('a comparator orders items within each group', () => {
    const counted = SAMPLE_TERMS.map((t, i) => ({ ...t, count: i }));
    const grouped = groupByCategory(counted, (a, b) => b.count - a.count);
    expect(grouped[0]!.items.map((t) => t.id)).toEqual(['putin', 'xi-jinping']);
  });
});
