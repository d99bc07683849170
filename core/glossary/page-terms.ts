/**
 * The glossary terms of one page: what the engine answers for the page's texts (where each
 * term occurs, and the few facts about each term a list needs), and the tally a list shows,
 * one line per term with how it is written on the page and how often it occurs.
 */
import { formKey, type GlossaryCategory, type GlossaryForm, type GlossaryTerm } from './glossary-term';

/** One place a term occurs: [start, end) in UTF-16 offsets of the text it was found in. */
export interface TermSpan {
  termId: string;
  start: number;
  end: number;
}

/** What a list needs to know about a term (the explanation stays in the engine). */
export interface GlossaryTermSummary {
  id: string;
  en: string;
  category: GlossaryCategory;
  /** Main form first, then aliases, as in the glossary. */
  forms: GlossaryForm[];
}

/** The engine's answer for a list of texts: occurrences per text, and every term found once. */
export interface FoundTerms {
  occurrences: TermSpan[][];
  terms: GlossaryTermSummary[];
}

export function summarizeTerm(term: Pick<GlossaryTerm, 'id' | 'en' | 'category' | 'forms'>): GlossaryTermSummary {
  return { id: term.id, en: term.en, category: term.category, forms: term.forms.map((f) => ({ ...f })) };
}

/** One line of a glossary list (page terms in the popup and panel, search results). */
export interface GlossaryListItem {
  id: string;
  en: string;
  category: GlossaryCategory;
  /** The form shown as the line's headline: as the page writes it, else the main form. */
  form: string;
  /** The headline's reading in hiragana, when it holds kanji. */
  reading?: string;
  /** The glossary's main form, when the headline is an alias (国連 → 国際連合). */
  mainForm?: string;
  /** Occurrences on the page (page terms only). */
  count?: number;
}

/** A line for a term as the glossary writes it (search results): its main form. */
export function listItemOf(term: GlossaryTermSummary): GlossaryListItem {
  const main = term.forms[0]!;
  return { id: term.id, en: term.en, category: term.category, form: main.text, ...(main.reading ? { reading: main.reading } : {}) };
}

/** A page term: its list line, with a count that is always there. */
export interface PageTerm extends GlossaryListItem {
  count: number;
  /** Order of first appearance on the page (0 for the first term met). */
  firstSeen: number;
}

/**
 * Tallies the engine's answer over the texts it was given: one PageTerm per term found, in
 * order of first appearance, headed by the form the page uses most (NATO rather than
 * 北大西洋条約機構 when the page writes NATO).
 */
export function tallyPageTerms(texts: readonly string[], found: FoundTerms): PageTerm[] {
  const byId = new Map(found.terms.map((t) => [t.id, t]));
  const tallies = new Map<string, { term: GlossaryTermSummary; count: number; forms: Map<number, number>; firstSeen: number }>();
  texts.forEach((text, i) => {
    for (const occurrence of found.occurrences[i] ?? []) {
      const term = byId.get(occurrence.termId);
      if (!term) continue;
      let tally = tallies.get(term.id);
      if (!tally) tallies.set(term.id, (tally = { term, count: 0, forms: new Map(), firstSeen: tallies.size }));
      tally.count++;
      const written = formKey(text.slice(occurrence.start, occurrence.end));
      const formIndex = term.forms.findIndex((f) => formKey(f.text) === written);
      tally.forms.set(formIndex, (tally.forms.get(formIndex) ?? 0) + 1);
    }
  });
  const result: PageTerm[] = [];
  for (const { term, count, forms, firstSeen } of tallies.values()) {
    // The most used form; Map order breaks ties by first use. -1 (a spelling we cannot tie to
    // a form) falls back to the main form.
    let bestIndex = -1;
    let bestCount = 0;
    for (const [index, n] of forms) {
      if (index >= 0 && n > bestCount) {
        bestIndex = index;
        bestCount = n;
      }
    }
    const form = term.forms[Math.max(0, bestIndex)]!;
    const main = term.forms[0]!;
    result.push({
      id: term.id,
      en: term.en,
      category: term.category,
      form: form.text,
      ...(form.reading ? { reading: form.reading } : {}),
      ...(form !== main ? { mainForm: main.text } : {}),
      count,
      firstSeen,
    });
  }
  return result;
}

/** Page terms in list order within a group: most frequent first, then as they appear. */
export function byCountThenAppearance(a: PageTerm, b: PageTerm): number {
  return b.count - a.count || a.firstSeen - b.firstSeen;
}
