/**
 * The glossary as the hover lookup asks it: the longest term that covers a place in a text
 * (the glossary's own matcher, with its rules for Latin and katakana boundaries), and terms by
 * id for the card's related terms.
 */
import type { GlossaryTerm } from '../glossary/glossary-term';
import { createTermMatcher } from '../glossary/term-matcher';

export interface GlossaryHit {
  term: GlossaryTerm;
  /** The occurrence [start, end) in the text. */
  start: number;
  end: number;
}

export interface GlossaryFinder {
  /** The longest term occurrence that covers `offset`. */
  termAt(text: string, offset: number): GlossaryHit | undefined;
  byId(id: string): GlossaryTerm | undefined;
}

export function createGlossaryFinder(terms: readonly GlossaryTerm[]): GlossaryFinder {
  const matcher = createTermMatcher(terms);
  const byId = new Map(terms.map((t) => [t.id, t]));
  return {
    termAt(text, offset) {
      const found = matcher.matchAt(text, offset);
      const term = found && byId.get(found.termId);
      return term ? { term, start: found.start, end: found.end } : undefined;
    },
    byId: (id) => byId.get(id),
  };
}
