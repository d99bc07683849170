/**
 * Term finding for a page, as the engine does it: the matcher runs over each text the page
 * sends, and the answer carries where each term occurs plus, once, the few facts a list needs
 * about each term found (not the explanations: those stay in the engine and the pages).
 */
import type { GlossaryTerm } from './glossary-term';
import { createTermMatcher } from './term-matcher';
import { summarizeTerm, type FoundTerms, type GlossaryTermSummary, type TermSpan } from './page-terms';

export interface TermFinder {
  find(texts: readonly string[]): FoundTerms;
}

export function createTermFinder(terms: readonly GlossaryTerm[]): TermFinder {
  const matcher = createTermMatcher(terms);
  const summaries = new Map<string, GlossaryTermSummary>(terms.map((t) => [t.id, summarizeTerm(t)]));
  return {
    find(texts) {
      const found = new Set<string>();
      const occurrences = texts.map((text) =>
        matcher.findAll(text).map(({ termId, start, end }): TermSpan => {
          found.add(termId);
          return { termId, start, end };
        }),
      );
      const summaryList: GlossaryTermSummary[] = [];
      for (const id of found) {
        const summary = summaries.get(id);
        if (summary) summaryList.push(summary);
      }
      return { occurrences, terms: summaryList };
    },
  };
}
