/**
 * Search over the whole glossary, as a reader types: Japanese in kanji or kana (katakana and
 * hiragana alike, by form or by reading), English names, Latin acronyms, and romaji written
 * loosely (shukinpei, shuukinpei and shūkinpei all find 習近平). The index is built once; a
 * query is a scan of a few hundred short keys.
 */
import { toRomaji } from 'wanakana';
import { hasJapanese, toHiragana } from '../text/kana';
import { formKey, type GlossaryTerm } from './glossary-term';

/** How well a term matched; higher is better. */
const EXACT = 400;
const PREFIX = 300;
const WORD_PREFIX = 250;
const INSIDE = 150;
const IN_EXPLANATION = 50;


export interface GlossarySearchResult<T> {
  term: T;
  score: number;
}

export interface GlossarySearch<T> {
  /** Terms matching the query, best first; every term, in glossary order, for an empty query. */
  search(query: string, limit?: number): T[];
  /** The same with scores (tests, ranking). */
  searchScored(query: string, limit?: number): GlossarySearchResult<T>[];
}

/** Japanese folded for comparison: width and case folded (formKey), katakana to hiragana. */
export function japaneseKey(text: string): string {
  return toHiragana(formKey(text.normalize('NFKC')));
}

/**
 * Romaji folded for comparison: lower case, without accents, spaces, hyphens or apostrophes,
 * long vowels written once (ou, oo, uu, ā...), and m before b/p/m read as n (shimbun/shinbun).
 */
export function romajiKey(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ou/g, 'o')
    .replace(/([aeiou])\1+/g, '$1')
    .replace(/m(?=[bpm])/g, 'n');
}

/** English folded for comparison: lower case, accents off, punctuation to spaces. */
function englishKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface IndexedTerm<T> {
  term: T;
  position: number;
  /** Forms and readings, folded (japaneseKey). */
  japanese: string[];
  /** English name and Latin forms, folded (englishKey). */
  english: string[];
  /** Readings and kana forms in romaji (romajiKey). */
  romaji: string[];
  explanation: string;
}

function scoreKey(key: string, query: string, words: boolean): number {
  if (!key || !query) return 0;
  if (key === query) return EXACT;
  if (key.startsWith(query)) return PREFIX;
  const at = key.indexOf(query);
  if (at < 0) return 0;
  if (words && key[at - 1] === ' ') return WORD_PREFIX;
  return INSIDE;
}

function best(keys: readonly string[], query: string, words = false): number {
  let score = 0;
  for (const key of keys) score = Math.max(score, scoreKey(key, query, words));
  return score;
}

type SearchableTerm = Pick<GlossaryTerm, 'id' | 'en' | 'forms'> & { explanation?: string };

export function createGlossarySearch<T extends SearchableTerm>(terms: readonly T[]): GlossarySearch<T> {
  const index: IndexedTerm<T>[] = terms.map((term, position) => {
    const japanese = new Set<string>();
    const english = new Set<string>([englishKey(term.en)]);
    const romaji = new Set<string>();
    for (const form of term.forms) {
      if (hasJapanese(form.text)) japanese.add(japaneseKey(form.text));
      else english.add(englishKey(form.text));
      const kana = form.reading ?? (hasJapanese(form.text) ? japaneseKey(form.text) : undefined);
      if (form.reading) japanese.add(japaneseKey(form.reading));
      if (kana) romaji.add(romajiKey(toRomaji(kana)));
    }
    return {
      term,
      position,
      japanese: [...japanese],
      english: [...english],
      romaji: [...romaji].filter((r) => r.length > 0),
      explanation: englishKey(term.explanation ?? ''),
    };
  });

  function score(entry: IndexedTerm<T>, query: string): number {
    if (hasJapanese(query)) return best(entry.japanese, japaneseKey(query));
    const en = englishKey(query);
    const ro = romajiKey(query);
    let s = Math.max(best(entry.english, en, true), ro.length >= 2 ? best(entry.romaji, ro) - 1 : 0);
    if (s === 0 && en.length >= 3 && entry.explanation.includes(en)) s = IN_EXPLANATION;
    return s;
  }

  function searchScored(query: string, limit = Infinity): GlossarySearchResult<T>[] {
    const q = query.trim();
    if (!q) return index.slice(0, limit).map((e) => ({ term: e.term, score: 0 }));
    const hits: { entry: IndexedTerm<T>; score: number }[] = [];
    for (const entry of index) {
      const s = score(entry, q);
      if (s > 0) hits.push({ entry, score: s });
    }
    hits.sort((a, b) => b.score - a.score || a.entry.position - b.entry.position);
    return hits.slice(0, limit).map((h) => ({ term: h.entry.term, score: h.score }));
  }

  return {
    searchScored,
    search: (query, limit) => searchScored(query, limit).map((r) => r.term),
  };
}
