/**
 * The geopolitical glossary's schema: the shape of one curated term, and a validator that
 * checks data read from the bundled JSON (or anywhere else) against it, so that a bad entry is
 * named when the glossary is built or loaded rather than surfacing as an odd popup later.
 *
 * Rules the validator enforces, beyond the field types:
 * - `id` is lower-case ASCII words joined by hyphens (`nato`, `xi-jinping`) and unique.
 * - `forms[0]` is the main Japanese form (it holds kana or kanji); the other forms are aliases,
 *   Latin acronyms included (`NATO`, `G7`). Forms are written with half-width ASCII; the matcher
 *   also finds their full-width spelling in page text.
 * - A form has a `reading` exactly when its text holds kanji. The reading covers the whole form:
 *   hiragana for the kanji, and the form's katakana kept as katakana, never transliterated
 *   (ミサイル防衛 → ミサイルぼうえい; the prolonged-sound mark ー and the middle dot ・ are allowed).
 *   Its katakana, read left to right without ・, is exactly the form's. Forms without kanji
 *   (katakana, hiragana, Latin) carry no reading: their text already says how they are read.
 * - `abbreviation`, on a state (or region), is the one kanji that stands for it in headline
 *   compounds (米 in 日米, 訪米); no two terms share one. The matcher reads them by the rules of
 *   `headline-abbreviations.ts`.
 * - `asOf` is the date (YYYY-MM-DD) on which the term's statements about who holds an office were
 *   last checked; `office`, the office a person holds at that date, requires it. Every person
 *   term carries `asOf` (a test of the bundled glossary checks it).
 * - No form text (compared after width and case folding) belongs to two terms or appears twice.
 * - `related` lists ids of other terms in the glossary, without repeats or the term itself.
 */
import { hasJapanese, hasKanji, isAllFullWidthKana, isKatakanaCode } from '../text/kana';
import { halfWidthAsciiCode, toHalfWidthAscii } from '../text/full-width';

export type GlossaryCategory = 'person' | 'place' | 'organisation' | 'treaty' | 'security' | 'economy' | 'diplomacy' | 'event' | 'concept';

/** Every category, in the order a glossary list groups them. */
export const GLOSSARY_CATEGORIES: readonly GlossaryCategory[] = [
  'person',
  'place',
  'organisation',
  'treaty',
  'security',
  'economy',
  'diplomacy',
  'event',
  'concept',
];

/** One way a term is written in Japanese text. */
export interface GlossaryForm {
  text: string;
  /** Reading in hiragana; present exactly when `text` holds kanji. */
  reading?: string;
}

export interface GlossaryTerm {
  /** Stable identifier, lower-case ASCII words joined by hyphens. */
  id: string;
  /** English name. */
  en: string;
  category: GlossaryCategory;
  /** The main Japanese form first, then aliases. */
  forms: GlossaryForm[];
  /** One to three sentences for a reader of the news. */
  explanation: string;
  /** Ids of related terms. */
  related: string[];
  /** The one kanji standing for this state in headline compounds (米 for the United States). */
  abbreviation?: string;
  /** The office a person holds as of `asOf` (English, e.g. "President of Brazil"). */
  office?: string;
  /** YYYY-MM-DD: when the term's statements on office-holders were last checked. */
  asOf?: string;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_EXPLANATION_LENGTH = 600;
const TERM_KEYS = new Set(['id', 'en', 'category', 'forms', 'explanation', 'related', 'abbreviation', 'office', 'asOf']);
const FORM_KEYS = new Set(['text', 'reading']);

/**
 * The key under which a form is compared for duplicates and matched in text: full-width ASCII
 * folded to half-width and ASCII letters to lower case, one code unit for one code unit.
 */
export function formKey(text: string): string {
  // Most text (kanji, kana) needs no folding: hand it back without building a new string.
  let first = 0;
  while (first < text.length && !needsFolding(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    out += String.fromCharCode(lowerAsciiCode(halfWidthAsciiCode(text.charCodeAt(i))));
  }
  return out;
}

function needsFolding(code: number): boolean {
  return halfWidthAsciiCode(code) !== code || lowerAsciiCode(code) !== code;
}

/** An ASCII capital (A–Z) to lower case; any other code unit as it is. */
export function lowerAsciiCode(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function checkNonEmptyString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where} must be a string, got ${describe(value)}`);
  if (value.trim() === '') throw new Error(`${where} must not be empty`);
  if (value !== value.trim()) throw new Error(`${where} has leading or trailing spaces: ${JSON.stringify(value)}`);
  return value;
}

function checkForm(value: unknown, where: string): GlossaryForm {
  if (!isRecord(value)) throw new Error(`${where} must be an object with "text", got ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!FORM_KEYS.has(key)) throw new Error(`${where} has an unknown field "${key}"`);
  }
  const text = checkNonEmptyString(value.text, `${where}.text`);
  if (toHalfWidthAscii(text) !== text) {
    throw new Error(`${where}.text ${JSON.stringify(text)} holds full-width ASCII; write it half-width (the matcher folds width)`);
  }
  const form: GlossaryForm = { text };
  if (hasKanji(text)) {
    if (value.reading === undefined) throw new Error(`${where} (${text}) has kanji but no reading`);
    const reading = checkNonEmptyString(value.reading, `${where}.reading`);
    // Kana a font sets one em wide; ・ parts the words of a foreign name (ドナルド・トランプ).
    if (!isAllFullWidthKana(reading.replaceAll('・', ''))) {
      throw new Error(`${where}.reading ${JSON.stringify(reading)} of ${text} must be kana: hiragana, and the form's katakana`);
    }
    if (katakanaOf(reading) !== katakanaOf(text)) {
      throw new Error(
        `${where}.reading ${JSON.stringify(reading)} of ${text} must keep the form's katakana (${katakanaOf(text) || 'none'}) as katakana, and add none`,
      );
    }
    form.reading = reading;
  } else if (value.reading !== undefined) {
    throw new Error(`${where} (${text}) has no kanji, so it must not have a reading (got ${describe(value.reading)})`);
  }
  return form;
}

/** The katakana letters (and ー) of a text, in order: what a reading must keep of its form. */
function katakanaOf(text: string): string {
  // ー after hiragana belongs to the hiragana (ぱーとなー); count it only after katakana.
  let out = '';
  let inKatakana = false;
  for (const ch of text) {
    const katakana: boolean = isKatakanaCode(ch.charCodeAt(0)) && (ch !== 'ー' || inKatakana);
    if (ch === '・') continue;
    if (katakana) out += ch;
    inKatakana = katakana;
  }
  return out;
}

function checkDate(value: unknown, where: string): string {
  const date = checkNonEmptyString(value, where);
  const match = ISO_DATE.exec(date);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > 31)
    throw new Error(`${where} must be a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return date;
}

function checkTerm(value: unknown, index: number): GlossaryTerm {
  if (!isRecord(value)) throw new Error(`glossary term #${index} must be an object, got ${describe(value)}`);
  const rawId = value.id;
  if (typeof rawId !== 'string' || !ID_PATTERN.test(rawId)) {
    throw new Error(`glossary term #${index}: id must be lower-case ASCII words joined by hyphens, got ${describe(rawId)}`);
  }
  const where = `glossary term "${rawId}"`;
  for (const key of Object.keys(value)) {
    if (!TERM_KEYS.has(key)) throw new Error(`${where} has an unknown field "${key}"`);
  }
  const en = checkNonEmptyString(value.en, `${where}: en`);
  const category = value.category;
  if (typeof category !== 'string' || !(GLOSSARY_CATEGORIES as readonly string[]).includes(category)) {
    throw new Error(`${where}: category must be one of ${GLOSSARY_CATEGORIES.join(', ')}, got ${describe(category)}`);
  }
  if (!Array.isArray(value.forms) || value.forms.length === 0) {
    throw new Error(`${where}: forms must be a non-empty array, got ${describe(value.forms)}`);
  }
  const forms = value.forms.map((form, i) => checkForm(form, `${where}: forms[${i}]`));
  const main = forms[0]!.text;
  if (!hasJapanese(main)) {
    throw new Error(`${where}: forms[0] (${main}) must be the main Japanese form, in kana or kanji`);
  }
  const explanation = checkNonEmptyString(value.explanation, `${where}: explanation`);
  if (explanation.length > MAX_EXPLANATION_LENGTH) {
    throw new Error(`${where}: explanation is ${explanation.length} characters; keep it under ${MAX_EXPLANATION_LENGTH}`);
  }
  if (!Array.isArray(value.related)) throw new Error(`${where}: related must be an array of ids, got ${describe(value.related)}`);
  const related: string[] = [];
  for (const [i, id] of value.related.entries()) {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw new Error(`${where}: related[${i}] is not an id: ${describe(id)}`);
    if (id === rawId) throw new Error(`${where}: related lists the term itself`);
    if (related.includes(id)) throw new Error(`${where}: related lists "${id}" twice`);
    related.push(id);
  }
  const term: GlossaryTerm = { id: rawId, en, category: category as GlossaryCategory, forms, explanation, related };
  if (value.abbreviation !== undefined) {
    const abbreviation = checkNonEmptyString(value.abbreviation, `${where}: abbreviation`);
    if ([...abbreviation].length !== 1 || !hasKanji(abbreviation)) {
      throw new Error(`${where}: abbreviation must be one kanji, got ${JSON.stringify(abbreviation)}`);
    }
    term.abbreviation = abbreviation;
  }
  if (value.office !== undefined) term.office = checkNonEmptyString(value.office, `${where}: office`);
  if (value.asOf !== undefined) term.asOf = checkDate(value.asOf, `${where}: asOf`);
  if (term.office !== undefined && term.asOf === undefined) throw new Error(`${where}: office "${term.office}" needs an asOf date`);
  return term;
}

/**
 * Checks `data` against the glossary schema and returns it typed, or throws an Error whose
 * message names the offending term (by id, or by position when the id itself is bad) and field.
 */
export function validateGlossary(data: unknown): GlossaryTerm[] {
  if (!Array.isArray(data)) throw new Error(`the glossary must be an array of terms, got ${describe(data)}`);
  const terms = data.map((value, index) => checkTerm(value, index));

  const ids = new Set<string>();
  const formOwner = new Map<string, string>();
  const abbreviationOwner = new Map<string, string>();
  for (const term of terms) {
    if (ids.has(term.id)) throw new Error(`glossary term "${term.id}" is defined twice`);
    ids.add(term.id);
    if (term.abbreviation !== undefined) {
      const owner = abbreviationOwner.get(term.abbreviation);
      if (owner !== undefined) throw new Error(`glossary abbreviation ${term.abbreviation} is claimed by both "${owner}" and "${term.id}"`);
      abbreviationOwner.set(term.abbreviation, term.id);
    }
    for (const form of term.forms) {
      const key = formKey(form.text);
      const owner = formOwner.get(key);
      if (owner === term.id) throw new Error(`glossary term "${term.id}" lists the form ${form.text} twice`);
      if (owner !== undefined) {
        throw new Error(`glossary form ${form.text} is claimed by both "${owner}" and "${term.id}"`);
      }
      formOwner.set(key, term.id);
    }
  }
  for (const term of terms) {
    for (const id of term.related) {
      if (!ids.has(id)) throw new Error(`glossary term "${term.id}": related id "${id}" is not in the glossary`);
    }
  }
  return terms;
}

/**
 * The cheap check of a glossary that `validateGlossary` has already passed (the extension's
 * build validates the term files and ships the result): only the shape the code relies on (an
 * array of terms with an id, English name, known category, forms with text, explanation and
 * related ids), so that data damaged after the build still fails with a message naming the term
 * and field, not as an odd popup. Costs about a millisecond where the full validation costs
 * hundreds in a fresh browser.
 * @throws Error naming the bad term (by id, or by position) and field.
 */
export function checkValidatedGlossary(data: unknown): GlossaryTerm[] {
  if (!Array.isArray(data)) throw new Error(`the glossary must be an array of terms, got ${describe(data)}`);
  const categories = new Set<string>(GLOSSARY_CATEGORIES);
  data.forEach((value: unknown, index) => {
    if (!isRecord(value)) throw new Error(`glossary term #${index} must be an object, got ${describe(value)}`);
    const where = typeof value.id === 'string' ? `glossary term "${value.id}"` : `glossary term #${index}`;
    if (typeof value.id !== 'string' || value.id === '') throw new Error(`${where}: id must be a string, got ${describe(value.id)}`);
    for (const field of ['en', 'explanation'] as const) {
      if (typeof value[field] !== 'string') throw new Error(`${where}: ${field} must be a string, got ${describe(value[field])}`);
    }
    if (typeof value.category !== 'string' || !categories.has(value.category)) {
      throw new Error(`${where}: category must be one of ${GLOSSARY_CATEGORIES.join(', ')}, got ${describe(value.category)}`);
    }
    if (!Array.isArray(value.forms) || value.forms.length === 0) {
      throw new Error(`${where}: forms must be a non-empty array, got ${describe(value.forms)}`);
    }
    value.forms.forEach((form: unknown, i) => {
      if (!isRecord(form) || typeof form.text !== 'string' || (form.reading !== undefined && typeof form.reading !== 'string')) {
        throw new Error(`${where}: forms[${i}] must be an object with a "text" (and maybe a "reading") string, got ${describe(form)}`);
      }
    });
    if (!Array.isArray(value.related) || value.related.some((id) => typeof id !== 'string')) {
      throw new Error(`${where}: related must be an array of ids, got ${describe(value.related)}`);
    }
  });
  return data as GlossaryTerm[];
}
