/**
 * Search over the whole glossary, as a reader types: Japanese in kanji or kana (katakana and
 * hiragana alike, by form or by reading), English names, Latin acronyms, romaji written loosely
 * (shukinpei, shuukinpei and shūkinpei all find 習近平), and, when nothing else matches, words
 * of the explanations.
 *
 * Ranking: by where the query matched, then how. Fields weigh, from most to least: a form (main
 * form or alias, Latin acronyms included), a reading (kana, or romaji typed for it), the English
 * name, the explanation. Within a field an exact match beats a prefix, a prefix beats a word
 * inside (English: "secondary sanctions" for "sanction"), and that beats any other substring.
 * Each result says why it matched (`GlossaryMatch`), with where in the matched text, so that a
 * list can show or highlight it. The index is built once; a query is a scan of short keys.
 */
import { toRomaji } from 'wanakana';
import { hasJapanese, toHiragana } from '../text/kana';
import { formKey, type GlossaryTerm } from './glossary-term';

/** Which part of a term the query matched, from the heaviest to the lightest. */
export type GlossaryMatchField = 'form' | 'reading' | 'english' | 'explanation';

/** How it matched: the whole text, its start, the start of a word inside it, or elsewhere inside. */
export type GlossaryMatchKind = 'exact' | 'prefix' | 'word' | 'substring';

/** Why a term is in the results. */
export interface GlossaryMatch {
  field: GlossaryMatchField;
  kind: GlossaryMatchKind;
  /**
   * The text that matched, as the glossary writes it: a form's text, a reading in hiragana
   * (or the kana form itself, for romaji typed for a kana form), the English name, or the
   * explanation.
   */
  text: string;
  /** Where the query is in `text`: [start, end) in UTF-16 code units. */
  start: number;
  end: number;
  /** Index in the term's `forms` of the form (or the form whose reading) matched. */
  formIndex?: number;
  /** True when the query was romaji matched against the reading (no kana typed). */
  romaji: boolean;
}

export interface GlossarySearchResult<T> {
  term: T;
  /**
   * Rank: field weight × 10 + kind weight (form 4, reading 3, English 2, explanation 1;
   * exact 4, prefix 3, word 2, substring 1), so 44 is an exact form and 11 a substring of an
   * explanation. 0 for every term of an empty query.
   */
  score: number;
  /** Why it matched; absent for an empty query. */
  match?: GlossaryMatch;
}

export interface GlossarySearch<T> {
  /** Terms matching the query, best first; every term, in glossary order, for an empty query. */
  search(query: string, limit?: number): T[];
  /** The same with rank and reason. */
  searchScored(query: string, limit?: number): GlossarySearchResult<T>[];
}

const FIELD_WEIGHT: Record<GlossaryMatchField, number> = { form: 4, reading: 3, english: 2, explanation: 1 };
const KIND_WEIGHT: Record<GlossaryMatchKind, number> = { exact: 4, prefix: 3, word: 2, substring: 1 };
/** Shorter queries than these are not looked for in romaji readings / explanations (too noisy). */
const MIN_ROMAJI = 2;
const MIN_EXPLANATION = 3;

/** Japanese folded for comparison: NFKC, width and case folded (formKey), katakana to hiragana. */
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

/** A folded key with, for each of its code units, the span of the original text it came from. */
interface FoldedText {
  key: string;
  /** starts[i], ends[i]: [start, end) in the original text of key[i]. */
  starts: number[];
  ends: number[];
}

/**
 * English folded for comparison: NFKD with accents dropped, lower case, every run of other
 * characters than a–z and 0–9 one space, trimmed; keeps where each key unit came from.
 */
function foldEnglish(text: string): FoldedText {
  let key = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = String.fromCodePoint(cp)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    for (const ch of folded) {
      const out = /[a-z0-9]/.test(ch) ? ch : ' ';
      if (out === ' ' && (key === '' || key.endsWith(' '))) continue;
      key += out;
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  if (key.endsWith(' ')) {
    key = key.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { key, starts, ends };
}

/** English folded for comparison: the key of foldEnglish, built in one pass over the string. */
export function englishKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Japanese folded with its spans: one code point at a time, which gives japaneseKey's result
 * for the glossary's own texts (callers check that it does).
 */
function foldJapanese(text: string): FoldedText {
  let key = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = japaneseKey(String.fromCodePoint(cp));
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    key += folded;
    i += width;
  }
  return { key, starts, ends };
}

/** A searchable text, folded; where each key unit came from is worked out only for results. */
interface Key {
  key: string;
  /** The original text the key was folded from. */
  text: string;
  fold: 'english' | 'japanese';
  formIndex?: number;
}

interface RomajiKey {
  key: string;
  /** The kana it spells (a reading, or a kana form). */
  kana: string;
  formIndex: number;
}

interface IndexedTerm<T> {
  term: T;
  position: number;
  /** Forms holding Japanese, folded (japaneseKey). */
  japaneseForms: Key[];
  /** Latin forms (NATO, G7), folded as English. */
  latinForms: Key[];
  /** Readings, folded (japaneseKey). */
  readings: Key[];
  /** Readings and kana forms in romaji (romajiKey). */
  romaji: RomajiKey[];
  english: Key;
  explanation?: Key;
}

/** A match found on a folded key, resolved to a GlossaryMatch only if it is among the results. */
interface Candidate {
  field: GlossaryMatchField;
  kind: GlossaryMatchKind;
  score: number;
  /** Breaks ties within a score, higher first: how much of the text the query covers, or how often an explanation says it. */
  closeness: number;
  source: Key | RomajiKey;
  /** Where the query is in the folded key, and its folded length (romaji: the romaji query). */
  at: number;
  length: number;
}

function englishKeyOf(text: string, formIndex?: number): Key {
  return { key: englishKey(text), text, fold: 'english', ...(formIndex !== undefined ? { formIndex } : {}) };
}

function japaneseKeyOf(text: string, formIndex: number): Key {
  return { key: japaneseKey(text), text, fold: 'japanese', formIndex };
}

function kindAt(key: string, at: number, queryLength: number, words: boolean): GlossaryMatchKind {
  if (at === 0) return queryLength === key.length ? 'exact' : 'prefix';
  return words && key[at - 1] === ' ' ? 'word' : 'substring';
}

/** Where `query` best matches `key` (a start, else a word start, else the first place), or -1. */
function bestIndex(key: string, query: string, words: boolean): number {
  const first = key.indexOf(query);
  if (first <= 0 || !words) return first;
  for (let at = first; at >= 0; at = key.indexOf(query, at + 1)) if (key[at - 1] === ' ') return at;
  return first;
}

function matchKey(source: Key, query: string, field: GlossaryMatchField, words: boolean): Candidate | undefined {
  const { key } = source;
  if (!query || !key) return undefined;
  const at = bestIndex(key, query, words);
  if (at < 0) return undefined;
  const kind = kindAt(key, at, query.length, words);
  let closeness = query.length / key.length;
  if (field === 'explanation') {
    let count = 0;
    for (let i = key.indexOf(query); i >= 0; i = key.indexOf(query, i + query.length)) count++;
    closeness = count - at / (key.length + 1);
  }
  return { field, kind, score: FIELD_WEIGHT[field] * 10 + KIND_WEIGHT[kind], closeness, source, at, length: query.length };
}

/** The shortest start of `kana` whose romaji holds the romaji query: where to stop a highlight. */
function romajiEnd(kana: string, query: string): number {
  for (let end = 1; end < kana.length; end++) {
    if (romajiKey(toRomaji(kana.slice(0, end))).length >= query.length) return end;
  }
  return kana.length;
}

function matchRomaji(source: RomajiKey, query: string): Candidate | undefined {
  if (!source.key.startsWith(query)) return undefined; // inside a reading, romaji is mostly noise
  const kind: GlossaryMatchKind = source.key.length === query.length ? 'exact' : 'prefix';
  return {
    field: 'reading',
    kind,
    score: FIELD_WEIGHT.reading * 10 + KIND_WEIGHT[kind],
    closeness: query.length / source.key.length,
    source,
    at: 0,
    length: query.length,
  };
}

function isRomaji(source: Key | RomajiKey): source is RomajiKey {
  return 'kana' in source;
}

/** The reason a reader sees: the candidate's place mapped back to the original text. */
function resolve(found: Candidate): GlossaryMatch {
  const { source, field, kind, at, length } = found;
  if (isRomaji(source)) {
    const end = kind === 'exact' ? source.kana.length : romajiEnd(source.kana, source.key.slice(0, length));
    return { field, kind, text: source.kana, start: 0, end, formIndex: source.formIndex, romaji: true };
  }
  const folded = source.fold === 'english' ? foldEnglish(source.text) : foldJapanese(source.text);
  // Folding one character at a time gives the whole text's key for glossary text; where it
  // does not (compositions across characters), the whole text stands for the match.
  const mapped = folded.key === source.key;
  return {
    field,
    kind,
    text: source.text,
    start: mapped ? folded.starts[at]! : 0,
    end: mapped ? folded.ends[at + length - 1]! : source.text.length,
    romaji: false,
    ...(source.formIndex !== undefined ? { formIndex: source.formIndex } : {}),
  };
}

function better(a: Candidate | undefined, b: Candidate | undefined): Candidate | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score || (b.score === a.score && b.closeness > a.closeness) ? b : a;
}

type SearchableTerm = Pick<GlossaryTerm, 'id' | 'en' | 'forms'> & { explanation?: string };

function indexTerm<T extends SearchableTerm>(term: T, position: number): IndexedTerm<T> {
  const entry: IndexedTerm<T> = {
    term,
    position,
    japaneseForms: [],
    latinForms: [],
    readings: [],
    romaji: [],
    english: englishKeyOf(term.en),
    ...(term.explanation ? { explanation: englishKeyOf(term.explanation) } : {}),
  };
  term.forms.forEach((form, formIndex) => {
    const japanese = hasJapanese(form.text);
    if (japanese) entry.japaneseForms.push(japaneseKeyOf(form.text, formIndex));
    else entry.latinForms.push(englishKeyOf(form.text, formIndex));
    if (form.reading) entry.readings.push(japaneseKeyOf(form.reading, formIndex));
    const kana = form.reading ?? (japanese ? form.text : undefined);
    if (kana) {
      const key = romajiKey(toRomaji(japaneseKey(kana)));
      if (key) entry.romaji.push({ key, kana, formIndex });
    }
  });
  return entry;
}

/**
 * Builds the search over `terms` (any objects with id, en, forms and optionally explanation).
 * Throws nothing; a query that folds to nothing (punctuation only) matches nothing.
 */
export function createGlossarySearch<T extends SearchableTerm>(terms: readonly T[]): GlossarySearch<T> {
  const index = terms.map(indexTerm);

  function best(entry: IndexedTerm<T>, query: string): Candidate | undefined {
    let found: Candidate | undefined;
    if (hasJapanese(query)) {
      const q = japaneseKey(query);
      for (const key of entry.japaneseForms) found = better(found, matchKey(key, q, 'form', false));
      for (const key of entry.readings) found = better(found, matchKey(key, q, 'reading', false));
      return found;
    }
    const en = englishKey(query);
    const ro = romajiKey(query);
    for (const key of entry.latinForms) found = better(found, matchKey(key, en, 'form', true));
    if (ro.length >= MIN_ROMAJI) for (const key of entry.romaji) found = better(found, matchRomaji(key, ro));
    found = better(found, matchKey(entry.english, en, 'english', true));
    if (!found && entry.explanation && en.length >= MIN_EXPLANATION) found = matchKey(entry.explanation, en, 'explanation', true);
    return found;
  }

  function searchScored(query: string, limit = Infinity): GlossarySearchResult<T>[] {
    const q = query.trim();
    if (!q) return index.slice(0, limit).map((e) => ({ term: e.term, score: 0 }));
    const hits: { entry: IndexedTerm<T>; found: Candidate }[] = [];
    for (const entry of index) {
      const found = best(entry, q);
      if (found) hits.push({ entry, found });
    }
    hits.sort((a, b) => b.found.score - a.found.score || b.found.closeness - a.found.closeness || a.entry.position - b.entry.position);
    return hits.slice(0, limit).map((h) => ({ term: h.entry.term, score: h.found.score, match: resolve(h.found) }));
  }

  return {
    searchScored,
    search: (query, limit) => searchScored(query, limit).map((r) => r.term),
  };
}
