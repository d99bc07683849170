/** The page the review's toolbar popup and glossary panel are about: the reference article's terms, as the content script tallies them. */
import { listItemOf, type PageTerm } from '../../core/glossary/page-terms';
import { bundledGlossary } from '../../dict/glossary/glossary';

/** Terms of the reference article and how often it names them (bundled glossary ids). */
const COUNTS: [string, number][] = [
  ['russia', 24],
  ['china', 6],
  ['sanctions', 3],
  ['nato', 4],
  ['vladimir-putin', 2],
  ['xi-jinping', 2],
  ['annexation-of-crimea', 1],
  ['united-nations', 1],
  ['energy-security', 1],
];

const terms = new Map(bundledGlossary().map((t) => [t.id, t]));

export const PAGE_FIXTURE: { host: string; terms: PageTerm[] } = {
  host: 'news.example.jp',
  terms: COUNTS.flatMap(([id, count], firstSeen) => {
    const term = terms.get(id);
    return term ? [{ ...listItemOf(term), count, firstSeen }] : [];
  }),
};
