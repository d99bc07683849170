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
 * - Where no form matches, the one-kanji abbreviations of states (a term's `abbreviation`: 米, 中,
 *   露) are found in headline compounds by the rules of `headline-abbreviations.ts`: 日米首脳会談
 *   finds 日 (Japan) and 米 (the US) before 首脳会談; 訪中 finds 中 (China). Each abbreviation is an
 *   occurrence of its own, one character long, whose `form` is the abbreviation.
 */
import { isKanjiCodePoint, isKatakanaCode } from '../text/kana';
import { formKey, lowerAsciiCode, type GlossaryTerm } from './glossary-term';
import { halfWidthAsciiCode } from '../text/full-width';
import { ABBREVIATION_PREFIXES, ORDINARY_WORDS, type OrdinaryWordRule } from './headline-abbreviations';

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
  return lowerAsciiCode(halfWidthAsciiCode(text.charCodeAt(i)));
}

/** ASCII letter or digit (after folding, so lower case only). */
function isWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

const PREFIXES = new Map(ABBREVIATION_PREFIXES.map((p) => [p.prefix.charCodeAt(0), p.notAfter]));
const ORDINARY = new Map<string, OrdinaryWordRule>(ORDINARY_WORDS.map((w) => [w.text, w.rule]));

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
        kanaStart: shortKana && isKatakanaCode(first),
        kanaEnd: shortKana && isKatakanaCode(last),
      };
      longestForm = Math.max(longestForm, key.length);
    }
  }

  /** The state term of each one-kanji abbreviation, by its code unit. */
  const abbreviations = new Map<number, FormEntry>();
  for (const term of terms) {
    if (term.abbreviation === undefined || term.abbreviation.length !== 1) continue;
    const code = term.abbreviation.charCodeAt(0);
    abbreviations.set(code, {
      termId: term.id,
      form: term.abbreviation,
      length: 1,
      wordStart: false,
      wordEnd: false,
      kanaStart: false,
      kanaEnd: false,
    });
  }

  function boundariesHold(text: string, start: number, entry: FormEntry): boolean {
    if (entry.wordStart && isWord(foldedAt(text, start - 1))) return false;
    if (entry.kanaStart && isKatakanaCode(foldedAt(text, start - 1))) return false;
    const after = start + entry.length;
    if (entry.wordEnd && isWord(foldedAt(text, after))) return false;
    if (entry.kanaEnd && isKatakanaCode(foldedAt(text, after))) return false;
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

  /** The abbreviation at `i` when no form starts there, else undefined. */
  function abbreviationAt(text: string, i: number): FormEntry | undefined {
    const entry = abbreviations.get(text.charCodeAt(i));
    return entry && !(root.has(foldedAt(text, i)) && longestAt(text, i)) ? entry : undefined;
  }

  /**
   * The abbreviations found from `i`, where no form matches, by the headline rules: after a prefix
   * (訪米) the one state; a run of two or more different ones not preceded by a kanji (日米韓),
   * unless it is an ordinary word (日中 as daytime). Calls `found` for each; returns where to go on.
   */
  function abbreviationsFrom(text: string, i: number, found: (o: TermOccurrence) => void): number {
    const code = text.charCodeAt(i);
    const first = abbreviations.get(code);
    if (first === undefined) {
      const notAfter = PREFIXES.get(code);
      if (notAfter === undefined) return i + 1;
      const after = abbreviationAt(text, i + 1);
      if (!after || (i > 0 && notAfter.includes(text.charAt(i - 1)))) return i + 1;
      found(occurrence(after, i + 1));
      return i + 2;
    }
    if (i > 0 && isKanjiCodePoint(text.charCodeAt(i - 1))) return i + 1;
    let end = i + 1;
    while (end < text.length) {
      const entry = abbreviationAt(text, end);
      if (!entry || text.lastIndexOf(entry.form, end - 1) >= i) break;
      end++;
    }
    if (end - i < 2) return i + 1;
    const word = text.slice(i, end);
    for (const [ordinary, rule] of ORDINARY) {
      if (!word.includes(ordinary)) continue;
      if (rule === 'never') return i + 1;
      if (rule === 'compound' && word === ordinary && !isKanjiCodePoint(text.charCodeAt(end))) return i + 1;
    }
    for (let k = i; k < end; k++) found(occurrence(abbreviations.get(text.charCodeAt(k))!, k));
    return end;
  }

  /** Calls `found` for each occurrence from `from` on, left to right, until one starts at or after `until`. */
  function scan(text: string, from: number, until: number, found: (o: TermOccurrence) => void): void {
    let i = from;
    while (i < text.length && i < until) {
      const entry = root.has(foldedAt(text, i)) ? longestAt(text, i) : undefined;
      if (entry) {
        found(occurrence(entry, i));
        i += entry.length;
      } else {
        i = abbreviations.size > 0 ? abbreviationsFrom(text, i, found) : i + 1;
      }
    }
  }

  function findAll(text: string): TermOccurrence[] {
    const found: TermOccurrence[] = [];
    scan(text, 0, text.length, (o) => found.push(o));
    return found;
  }

  /** How far back an abbreviation's context is read: to the start of the run of kanji it stands in. */
  const ABBREVIATION_CONTEXT = 32;

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
    if (best || !abbreviations.has(text.charCodeAt(offset))) return best;
    // An abbreviation counts only where a scan finds it: scan from the start of its run of kanji.
    let from = offset;
    while (from > 0 && offset - from < ABBREVIATION_CONTEXT && isKanjiCodePoint(text.charCodeAt(from - 1))) from--;
    scan(text, from, offset + 1, (o) => {
      if (o.start === offset && o.end === offset + 1) best = o;
    });
    return best;
  }

  function countTerms(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { termId } of findAll(text)) counts.set(termId, (counts.get(termId) ?? 0) + 1);
    return counts;
  }

  return { findAll, matchAt, countTerms };
}
