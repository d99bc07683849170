/**
 * Finds glossary terms in running text: every form of every term (main form and aliases),
 * longest match first, left to right, without overlaps. Pure and allocation-light, so that it
 * can run over a whole article on each change of the page.
 *
 * Matching rules:
 * - Forms are compared after folding full-width ASCII to half-width and ASCII letters to lower
 *   case, one UTF-16 code unit for one (so offsets in the result are offsets in the original
 *   text): NATO matches "nato" and "ＮＡＴＯ". Japanese text is compared exactly.
 * - Where a form begins or ends with an ASCII letter or digit, the neighbouring character in the
 *   text must not be one: NATO matches in "NATOの" and "(NATO)" but not in "SENATOR"; G7 not in "G77".
 * - Short katakana forms (up to four characters, such as インド, タイ, シリア) must not begin or
 *   end inside a longer katakana word: インド is not found in ウインドウ, nor タイ in ネクタイ, nor
 *   シリア in シリアル. Longer katakana forms match inside compounds (ガスパイプラインプロジェクト).
 * - When several forms match at one position the longest wins (北大西洋条約機構 over 北大西洋条約).
 */
import { formKey, type GlossaryTerm } from './glossary-term';

/** One occurrence of a glossary term in a text, as UTF-16 offsets [start, end). */
export interface TermOccurrence {
  termId: string;
  start: number;
  end: number;
  /** The glossary form that matched, as the glossary writes it (the text may differ in width or case). */
  form: string;
}

export interface TermMatcher {
  /** Every term occurrence in `text`: non-overlapping, longest match wins, left to right. */
  findAll(text: string): TermOccurrence[];
  /**
   * The longest occurrence that covers `offset` (starts at it or spans it); among equally long
   * ones, the one that starts first. Undefined when no term covers that offset.
   */
  matchAt(text: string, offset: number): TermOccurrence | undefined;
  /** How often each term occurs in `text` (as `findAll` counts), in order of first occurrence. */
  countTerms(text: string): Map<string, number>;
}

/** Katakana forms up to this length must stand apart from neighbouring katakana. */
const SHORT_KATAKANA_FORM = 4;

interface FormEntry {
  termId: string;
  form: string;
  length: number;
  /** The form's first character is an ASCII letter or digit: the text before it must not be. */
  wordStart: boolean;
  wordEnd: boolean;
  /** Short katakana form beginning (ending) with katakana: the text before (after) must not be katakana. */
  kanaStart: boolean;
  kanaEnd: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: FormEntry;
}

/** The code unit at `i` folded as `formKey` folds it, or -1 outside the text. */
function foldedAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return -1;
  let code = text.charCodeAt(i);
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000) code = 0x20;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return code;
}

/** ASCII letter or digit (after folding, so lower case only). */
function isWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/** A katakana letter or the prolonged-sound mark, full or half width (not the middle dot ・). */
function isKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || (code >= 0xff66 && code <= 0xff9f);
}

/** Matchers already built, by the term list they were built from (a matcher never changes). */
const built = new WeakMap<readonly GlossaryTerm[], TermMatcher>();

/**
 * The matcher for a term list. The engine asks for it from page-term finding and from hover
 * lookups; the same list gets the same matcher, built once.
 */
export function createTermMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  let matcher = built.get(terms);
  if (!matcher) {
    matcher = buildTermMatcher(terms);
    built.set(terms, matcher);
  }
  return matcher;
}

function buildTermMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  const root = new Map<number, TrieNode>();
  let longestForm = 0;

  for (const term of terms) {
    for (const { text } of term.forms) {
      const key = formKey(text);
      if (key.length === 0) continue;
      let level = root;
      let node: TrieNode | undefined;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        node = level.get(code);
        if (!node) {
          node = { next: new Map() };
          level.set(code, node);
        }
        level = node.next;
      }
      if (node!.entry) {
        throw new Error(`glossary form ${text} of "${term.id}" is already a form of "${node!.entry.termId}"`);
      }
      const first = key.charCodeAt(0);
      const last = key.charCodeAt(key.length - 1);
      const shortKana = key.length <= SHORT_KATAKANA_FORM;
      node!.entry = {
        termId: term.id,
        form: text,
        length: key.length,
        wordStart: isWord(first),
        wordEnd: isWord(last),
        kanaStart: shortKana && isKatakana(first),
        kanaEnd: shortKana && isKatakana(last),
      };
      longestForm = Math.max(longestForm, key.length);
    }
  }

  function boundariesHold(text: string, start: number, entry: FormEntry): boolean {
    if (entry.wordStart && isWord(foldedAt(text, start - 1))) return false;
    if (entry.kanaStart && isKatakana(foldedAt(text, start - 1))) return false;
    const after = start + entry.length;
    if (entry.wordEnd && isWord(foldedAt(text, after))) return false;
    if (entry.kanaEnd && isKatakana(foldedAt(text, after))) return false;
    return true;
  }

  /** Calls `found` for every form matching at `start`, shortest first. */
  function walk(text: string, start: number, found: (entry: FormEntry) => void): void {
    let level = root;
    for (let i = start; i < text.length; i++) {
      const node = level.get(foldedAt(text, i));
      if (!node) return;
      if (node.entry && boundariesHold(text, start, node.entry)) found(node.entry);
      level = node.next;
    }
  }

  function longestAt(text: string, start: number): FormEntry | undefined {
    let best: FormEntry | undefined;
    walk(text, start, (entry) => (best = entry));
    return best;
  }

  function occurrence(entry: FormEntry, start: number): TermOccurrence {
    return { termId: entry.termId, start, end: start + entry.length, form: entry.form };
  }

  function findAll(text: string): TermOccurrence[] {
    const found: TermOccurrence[] = [];
    let i = 0;
    while (i < text.length) {
      const entry = root.has(foldedAt(text, i)) ? longestAt(text, i) : undefined;
      if (entry) {
        found.push(occurrence(entry, i));
        i += entry.length;
      } else {
        i++;
      }
    }
    return found;
  }

  function matchAt(text: string, offset: number): TermOccurrence | undefined {
    if (!Number.isInteger(offset) || offset < 0 || offset >= text.length) return undefined;
    let best: TermOccurrence | undefined;
    for (let start = Math.max(0, offset - longestForm + 1); start <= offset; start++) {
      if (!root.has(foldedAt(text, start))) continue;
      walk(text, start, (entry) => {
        if (start + entry.length > offset && (!best || entry.length > best.end - best.start)) {
          best = occurrence(entry, start);
        }
      });
    }
    return best;
  }

  function countTerms(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { termId } of findAll(text)) counts.set(termId, (counts.get(termId) ?? 0) + 1);
    return counts;
  }

  return { findAll, matchAt, countTerms };
}
