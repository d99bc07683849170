/**
 * Runs the reading-rule tables (schema in `rules/reading-rule.ts`): the rows of a token's lemma
 * are tried in order, and the first whose word and neighbour tests all hold gives the reading.
 * Rows are compiled once into closures and indexed by lemma, so a token without rows costs one
 * map lookup.
 */
import type { Token } from '../segmenter/token';
import { hasKanji, isAllHiragana, isAllKatakana, toHiragana, voiceFirst } from '../text/kana';
import { CLAUSE_TESTS } from './rules/clause-tests';
import type { NeighbourTest, ReadingRuleRow, TokenTest } from './rules/reading-rule';
import { isNoun, isSymbolOrNone, touches } from '../segmenter/token-helpers';

/** A reading a row gives a token, the others it considered, and the row's id. */
export interface RuledReading {
  reading: string;
  alternatives?: string[];
  rule?: string;
  /** The row reads the word before the dictionary pass joins it with what follows (`ReadingRuleRow.beforeDictionary`). */
  beforeDictionary?: true;
}

/** What the engine knows beyond kuromoji that a row may ask (family names, for 垂水家 け). */
export interface RuleKnowledge {
  isSurname?: (surface: string) => boolean;
}

type Check = (tokens: readonly Token[], i: number, knowledge: RuleKnowledge) => boolean;
type TokenCheck = (t: Token, knowledge: RuleKnowledge) => boolean;

/** A word in katakana, either width; ・ parts the words of a foreign name (ドナルド・トランプ). */
const isKatakanaWord = (surface: string) => isAllKatakana(surface.replaceAll('・', ''));

function compileTest(test: TokenTest, lists: Readonly<Record<string, readonly string[]>>): TokenCheck {
  const checks: TokenCheck[] = [];
  // One value is compared as it is; several are looked up in a set.
  const among = (values: readonly string[] | undefined, field: (t: Token) => string) => {
    if (!values) return;
    if (values.length === 1) {
      const value = values[0]!;
      checks.push((t) => field(t) === value);
      return;
    }
    const set = new Set(values);
    checks.push((t) => set.has(field(t)));
  };
  among(test.surface, (t) => t.surface);
  among(test.lemma, (t) => t.basicForm);
  if (test.list !== undefined) {
    const list = lists[test.list];
    if (!list) throw new Error(`reading rules: no word list ${test.list}`);
    among(list, (t) => t.surface);
  }
  among(test.pos, (t) => t.pos);
  among(test.pos1, (t) => t.pos1);
  among(test.pos2, (t) => t.pos2);
  const { form, firstSound, startsWith, script } = test;
  if (form !== undefined) checks.push((t) => t.conjugationForm.startsWith(form));
  if (test.noun !== undefined) checks.push((t) => (isNoun(t) && t.pos1 !== '数') === test.noun);
  if (test.properOrForeign !== undefined)
    checks.push((t) => ((t.pos === '名詞' && t.pos1 === '固有名詞') || isKatakanaWord(t.surface)) === test.properOrForeign);
  if (script === 'katakana') checks.push((t) => isKatakanaWord(t.surface));
  if (script === 'hiragana') checks.push((t) => isAllHiragana(t.surface));
  if (script === 'kanji') checks.push((t) => hasKanji(t.surface));
  if (firstSound !== undefined) checks.push((t) => firstSound.includes(toHiragana(t.surface)[0] ?? ' '));
  if (startsWith) checks.push((t) => startsWith.some((s) => t.surface.startsWith(s)));
  const { endsWith } = test;
  if (endsWith) checks.push((t) => endsWith.some((s) => t.surface.endsWith(s)));
  if (test.surname !== undefined) checks.push((t, k) => !!k.isSurname?.(t.surface) === test.surname);
  if (test.any) {
    const options = test.any.map((o) => compileTest(o, lists));
    checks.push((t, k) => {
      for (const o of options) if (o(t, k)) return true;
      return false;
    });
  }
  if (test.not) {
    const inner = compileTest(test.not, lists);
    checks.push((t, k) => !inner(t, k));
  }
  return allOfToken(checks);
}

/**
 * All of `checks` together, tried in order: a loop, not `every` with a closure made on each call
 * (the rows are asked about most tokens of every text).
 */
function allOfToken(checks: readonly TokenCheck[]): TokenCheck {
  if (checks.length === 1) return checks[0]!;
  return (t, k) => {
    for (const c of checks) if (!c(t, k)) return false;
    return true;
  };
}

/** All of a row's `checks` together, tried in order. */
function allOf(checks: readonly Check[]): Check {
  if (checks.length === 1) return checks[0]!;
  return (tokens, i, k) => {
    for (const c of checks) if (!c(tokens, i, k)) return false;
    return true;
  };
}

/** A neighbour's test at `offset` from the word; `touches` compares it with its neighbour toward the word. */
function compileNeighbour(offset: number, test: NeighbourTest, lists: Readonly<Record<string, readonly string[]>>): Check {
  if (test === 'none') return (tokens, i) => isSymbolOrNone(tokens[i + offset]);
  const check = compileTest(test, lists);
  const wanted = test.touches;
  return (tokens, i, knowledge) => {
    const t = tokens[i + offset];
    if (!t || !check(t, knowledge)) return false;
    if (wanted === undefined) return true;
    const inner = tokens[offset < 0 ? i + offset + 1 : i + offset - 1]!;
    return (offset < 0 ? touches(t, inner) : touches(inner, t)) === wanted;
  };
}

interface CompiledRow {
  row: ReadingRuleRow;
  /** All the row's tests together. */
  holds: Check;
  /** The tests on the word itself (lemma aside): surface, part of speech, kuromoji's reading. */
  isAbout: Check;
}

/** The rows of a table compiled and indexed by lemma, in table order. */
export class RuleTable {
  private readonly byLemma = new Map<string, CompiledRow[]>();
  /**
   * The first code units of the rows' lemmas: most tokens' lemmas start with none (1,966 of
   * 24,417 tokens of KWDLC dev share one) and are told so without hashing the lemma for the map.
   */
  private readonly lemmaStarts = new Uint8Array(0x10000);
  /** The lemmas that have a row read before the dictionary pass (`ReadingRuleRow.beforeDictionary`). */
  private readonly beforeDictionaryLemmas = new Set<string>();

  /** Throws when a row names a word list the table does not have. */
  constructor(rows: readonly ReadingRuleRow[], lists: Readonly<Record<string, readonly string[]>>) {
    for (const row of rows) {
      const { word } = row;
      const checks: Check[] = [];
      const self = compileTest({ surface: word.surface, pos: word.pos, pos1: word.pos1, pos2: word.pos2 }, lists);
      checks.push((tokens, i, k) => self(tokens[i]!, k));
      if (word.reading !== undefined) checks.push((tokens, i) => toHiragana(tokens[i]!.reading) === word.reading);
      if (word.readingIsNot !== undefined) checks.push((tokens, i) => toHiragana(tokens[i]!.reading) !== word.readingIsNot);
      const at: [number, NeighbourTest | undefined][] = [
        [-2, row.prev2],
        [-1, row.prev],
        [1, row.next],
        [2, row.next2],
        [3, row.next3],
        [4, row.next4],
      ];
      const wordChecks = [...checks];
      for (const [offset, test] of at) if (test !== undefined) checks.push(compileNeighbour(offset, test, lists));
      if (row.clause) {
        const clause = CLAUSE_TESTS[row.clause];
        checks.push((tokens, i) => clause(tokens, i));
      }
      if (word.lemma !== '') this.lemmaStarts[word.lemma.charCodeAt(0)] = 1;
      if (row.beforeDictionary) this.beforeDictionaryLemmas.add(word.lemma);
      const list = this.byLemma.get(word.lemma) ?? [];
      list.push({ row, holds: allOf(checks), isAbout: allOf(wordChecks) });
      this.byLemma.set(word.lemma, list);
    }
  }

  /**
   * Whether some row is about token i as a word (its lemma, surface and part of speech; its
   * neighbours aside), even where the row then keeps kuromoji's reading: 頃 the suffix (4月頃) has
   * a row, この|頃's 頃 has none.
   */
  has(tokens: readonly Token[], i: number): boolean {
    const rows = this.rowsOf(tokens[i]!.basicForm);
    return !!rows && rows.some(({ isAbout }) => isAbout(tokens, i, {}));
  }

  /**
   * Whether the row that reads token i is one read before the dictionary pass joins it with what
   * follows (`beforeDictionary`); told from the lemma alone for most tokens, and from its first
   * code unit (no lemma hashed) for most of those.
   */
  readsBeforeDictionary(tokens: readonly Token[], i: number, knowledge: RuleKnowledge): boolean {
    const lemma = tokens[i]!.basicForm;
    if (lemma !== '' && this.lemmaStarts[lemma.charCodeAt(0)] !== 1) return false;
    return this.beforeDictionaryLemmas.has(lemma) && !!this.read(tokens, i, knowledge)?.beforeDictionary;
  }

  /** The first row whose tests all hold for token i (a `'keep'` row too), or undefined. */
  match(tokens: readonly Token[], i: number, knowledge: RuleKnowledge): ReadingRuleRow | undefined {
    const rows = this.rowsOf(tokens[i]!.basicForm);
    if (!rows) return undefined;
    for (const { row, holds } of rows) if (holds(tokens, i, knowledge)) return row;
    return undefined;
  }

  /** The rows about `lemma`, in table order; undefined when there are none. */
  private rowsOf(lemma: string): CompiledRow[] | undefined {
    return lemma === '' || this.lemmaStarts[lemma.charCodeAt(0)] === 1 ? this.byLemma.get(lemma) : undefined;
  }

  /** The reading the first matching row gives token i, or undefined to keep kuromoji's. */
  read(tokens: readonly Token[], i: number, knowledge: RuleKnowledge): RuledReading | undefined {
    const row = this.match(tokens, i, knowledge);
    if (row) {
      const { reading } = row;
      if (reading === 'keep') return undefined;
      const own = toHiragana(tokens[i]!.reading);
      let read: string;
      if (typeof reading === 'string') read = reading;
      else if ('voice' in reading) read = voiceFirst(own);
      // kuromoji already reading the right stem (こうむっ of 被害を被った) is the row's reading, decided
      // so that no later pass reads it otherwise; tested first, since the wrong stem may begin the
      // right one (と of とど: 留める).
      else if (own.startsWith(reading.stem[1])) read = own;
      else if (own.startsWith(reading.stem[0])) read = reading.stem[1] + own.slice(reading.stem[0].length);
      else return undefined;
      if (read === own && typeof reading === 'object' && 'voice' in reading) return undefined;
      const alternatives = [...(row.alternatives ?? []), ...(typeof reading === 'string' ? [] : [own])].filter((a) => a !== read);
      const ruled: RuledReading = alternatives.length ? { reading: read, alternatives, rule: row.id } : { reading: read, rule: row.id };
      if (row.beforeDictionary) ruled.beforeDictionary = true;
      return ruled;
    }
    return undefined;
  }
}
