import { describe, expect, test } from 'vitest';
import { nextOccurrenceIndex } from '../../../../entrypoints/content/glossary/term-reveal';

describe('nextOccurrenceIndex', () => {
  test('first: the first occurrence at or below the top of the viewport', () => {
    expect(nextOccurrenceIndex([-500, -20, 40, 900], undefined)).toBe(2);
    expect(nextOccurrenceIndex([100, 900], undefined)).toBe(0);
  });

  test('all above the viewport: the first one', () => {
    expect(nextOccurrenceIndex([-900, -300], undefined)).toBe(0);
  });

  test('then the next one, wrapping round at the end', () => {
    expect(nextOccurrenceIndex([-500, 40, 900], 1)).toBe(2);
    expect(nextOccurrenceIndex([-500, 40, 900], 2)).toBe(0);
  });

  test('no occurrence: -1', () => {
    expect(nextOccurrenceIndex([], undefined)).toBe(-1);
    expect(nextOccurrenceIndex([], 3)).toBe(-1);
  });
});
