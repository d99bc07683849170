/**
 * Word search: where the dictionary is searched for the words of running text. From a token of
 * an analysed sentence (`searchWord`), the longest word the
 * dictionary knows there, across kuromoji's token boundaries (北大西洋|条約|機構 is one entry),
 * or the dictionary form of an inflected word (築か|れ → 築く, passive), with its entries ranked.
 *
 * Ranking, most important first: the matched form is common (EDICT's P); the match agrees with
 * kuromoji's analysis of the sentence (its dictionary form and its reading), and for a verb in
 * kana that kuromoji marks non-independent, the entry has an auxiliary sense; the entry's part of
 * speech fits the token's; the form is a regular spelling, and for a kana key, a word usually
 * written in kana; then the dictionary's order.
 */
import type { Token } from '../segmenter/token';
import { tokenEnd, touches } from '../segmenter/token-helpers';
import type { DictionaryEntry } from './dictionary-entry';
import type { Dictionary, KeyMatch } from './packed-dictionary';
import { conjugates, deinflectTokens, type DeinflectionCandidate, type InflectedSpan, type Inflection } from './deinflection';
import { isAllKana, toHiragana } from '../text/kana';
import { deinflectText, type TextDeinflection } from './text-deinflection';
import { normalizeKey } from './dictionary-key';
import type { SearchResult, EntryMatch } from './search-result';

export interface WordSearchOptions {
  /** How many entries to return at most (default 5). */
  maxEntries?: number;
  /** How many tokens a match may span at most (default 12). */
  maxTokens?: number;
}

/** How many entries of one key are decoded and ranked at most (a kana key like こう has dozens). */
const ENTRIES_PER_KEY = 32;

interface Candidate {
  match: EntryMatch;
  rank: number[];
}

/** Candidates for one span of tokens, from `index` to `endIndex` (exclusive). */
interface SpanMatch {
  endIndex: number;
  candidates: Candidate[];
}

/**
 * Looks up the word that starts at `tokens[tokenIndex]`. The longest span wins: a dictionary
 * key made of whole tokens, or an inflected word with its auxiliaries; when both cover the same
 * tokens their entries are ranked together. Undefined when the dictionary has nothing there
 * (punctuation, names it does not list): the caller still has the token's own reading.
 */
export function searchWord(
  dict: Dictionary,
  tokens: readonly Token[],
  tokenIndex: number,
  options: WordSearchOptions = {},
): SearchResult | undefined {
  const head = tokens[tokenIndex];
  if (!head) return undefined;
  const maxEntries = options.maxEntries ?? 5;
  const maxTokens = options.maxTokens ?? 12;

  // Three ways to match, the longest span wins and equal spans are ranked together.
  const spans = [
    surfaceMatch(dict, tokens, tokenIndex, maxTokens),
    inflectedMatch(dict, tokens, tokenIndex),
    compoundInflectedMatch(dict, tokens, tokenIndex, maxTokens),
  ].filter((s): s is SpanMatch => s !== undefined);
  if (spans.length === 0) return undefined;
  const endIndex = Math.max(...spans.map((s) => s.endIndex));
  const chosen: SpanMatch = { endIndex, candidates: spans.filter((s) => s.endIndex === endIndex).flatMap((s) => s.candidates) };

  const last = tokens[chosen.endIndex - 1]!;
  const start = head.start;
  const end = tokenEnd(last);
  const matches = rankAndTrim(chosen.candidates, maxEntries);
  return toResult(spanText(tokens, tokenIndex, chosen.endIndex), start, end, matches, tokenIndex, chosen.endIndex);
}

/** The longest span of plain text searched, in UTF-16 code units. */
const MAX_TEXT_SPAN = 16;

/**
 * Searches plain text, without kuromoji (10ten Japanese Reader's way): the longest start of
 * `text` at `start` that is a dictionary key, as written or once its inflection is undone
 * (`deinflectText`: 築かれました → 築く, passive, polite, past), the entry confirming the verb or
 * adjective class. Forms as written rank before undone ones of the same length; for text in
 * kana, words written in kana rank first (いた: 居る before 板, which only reads so). Undefined
 * when no start of the text is a word.
 */
export function searchText(dict: Dictionary, text: string, start = 0, options: WordSearchOptions = {}): SearchResult | undefined {
  const longest = Math.min(MAX_TEXT_SPAN, text.length - start);
  for (let length = longest; length >= 1; length--) {
    const matched = text.slice(start, start + length);
    const inKana = isAllKana(matched);
    const candidates: Candidate[] = [];
    let order = 0;
    for (const d of deinflectText(matched)) {
      if (!dict.hasKey(d.form)) continue;
      const found = keyCandidates(dict, d.form, (entry, m) => {
        const readings = formReadings(entry, d.form, m.isReading).map((formReading) => ({
          formReading,
          textReading: d.inflections.length ? inflectedReading(d.form, formReading, matched, '', m.isReading) : formReading,
        }));
        const textReadings = readings.map((r) => r.textReading).filter((r) => r !== '');
        const match = makeMatch(
          entry,
          d.form,
          m,
          readings[0]!.formReading,
          textReadings.length ? textReadings : [''],
          suruForm(d),
          d.inflections,
        );
        // Text in kana is first a word written in kana (いた: 居る, usually kana), then one written
        // in kanji that only reads so (板), whatever was undone to reach it.
        const inflected = d.inflections.length ? 1 : 0;
        const rank = inKana
          ? [m.common ? 0 : 1, postingRank(m), inflected, order++]
          : [m.common ? 0 : 1, inflected, postingRank(m), order++];
        return { match, rank, fits: !d.partsOfSpeech || hasPartOfSpeech(entry, d.partsOfSpeech) };
      });
      candidates.push(...found.filter((c) => c.fits));
    }
    if (candidates.length > 0) return toResult(matched, start, start + length, rankAndTrim(candidates, options.maxEntries ?? 5));
  }
  return undefined;
}

/** The dictionary form to show: a noun's する verb (制裁 → 制裁する) when the text was one. */
function suruForm(d: TextDeinflection): string {
  return d.partsOfSpeech?.length === 1 && d.partsOfSpeech[0] === 'vs' ? d.form + 'する' : d.form;
}

function toResult(text: string, start: number, end: number, matches: EntryMatch[], tokenStart?: number, tokenEnd?: number): SearchResult {
  const best = matches[0]!;
  // The matches' readings (only common words' when the best is common, so that a rare word
  // does not make a plain one look uncertain), then the other readings the best entry allows.
  const readings = [...new Set([...matches.filter((m) => m.common || !best.common).map((m) => m.textReading), ...best.textReadings])];
  const result: SearchResult = { text, start, end, reading: best.textReading, readings, inflections: best.inflections, matches };
  if (tokenStart !== undefined) {
    result.tokenStart = tokenStart;
    result.tokenEnd = tokenEnd;
  }
  if (best.dictionaryForm !== text) result.dictionaryForm = best.dictionaryForm;
  return result;
}

/**
 * The longest key made of whole tokens from `index`, with its entries as candidates. A span of
 * several tokens may not end on a verb or adjective that is not in its dictionary form: in
 * 行っ|て|き|まし|た, the interjection 行ってき is not what the sentence says.
 */
function surfaceMatch(dict: Dictionary, tokens: readonly Token[], index: number, maxTokens: number): SpanMatch | undefined {
  let text = '';
  const boundaries = new Map<number, number>(); // text length → token end index
  for (let j = index; j < tokens.length && j - index < maxTokens; j++) {
    const t = tokens[j]!;
    if (j > index && !adjacent(tokens, j)) break;
    text += t.surface;
    if (!dict.hasPrefix(text)) break;
    if (j === index || !conjugates(t) || t.surface === t.basicForm) boundaries.set(text.length, j + 1);
  }
  const lengths = dict.prefixMatchLengths(text);
  for (let k = lengths.length - 1; k >= 0; k--) {
    const endIndex = boundaries.get(lengths[k]!) ?? 0;
    const found = endIndex > 0 ? surfaceCandidates(dict, tokens, index, endIndex) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Whether tokens from..to-1 hold a particle or an auxiliary, as kuromoji tags them. */
function holdsFunctionWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === '助詞' || tokens[k]!.pos === '助動詞') return true;
  return false;
}

/** Whether `key`, in kana, is only a reading of words written in kanji (はいる: 入る; not かもしれない, usually kana). */
function kanjiWordReadOnly(dict: Dictionary, key: string): boolean {
  return isAllKana(key) && dict.matches(key).every((m) => m.isReading && !m.kanaWritten);
}

/**
 * The entries of the key tokens index..endIndex-1 make, as candidates; undefined when none fits.
 * Kana over several tokens, one of them a particle or an auxiliary, is no word written in kanji
 * that reads so: 彼|は|い|た is not 排他 はいた, と|の not 殿. Kana expressions written so stand
 * (に|つい|て, かも|しれ|ない: EDICT's usually-kana forms, and forms only written in kana), and so
 * do words in kana kuromoji cut without a particle (どう|ぶつ 動物, でき|ごと 出来事).
 */
function surfaceCandidates(dict: Dictionary, tokens: readonly Token[], index: number, endIndex: number): SpanMatch | undefined {
  const key = spanText(tokens, index, endIndex);
  const readOnly =
    endIndex - index > 1 && isAllKana(key) && holdsFunctionWord(tokens, index, endIndex)
      ? new Set(
          dict
            .matches(key)
            .filter((m) => m.isReading && !m.kanaWritten)
            .map((m) => m.entryId),
        )
      : undefined;
  const kuromojiReading = spanReading(tokens, index, endIndex);
  const single = endIndex === index + 1;
  const head = tokens[index]!;
  const candidates = keyCandidates(dict, key, (entry, m, order) => {
    const readings = formReadings(entry, key, m.isReading);
    const reading = readings.find((r) => r === kuromojiReading) ?? readings[0]!;
    const match = makeMatch(entry, key, m, reading, [reading, ...readings], key, []);
    const formAgrees = !single || key === head.basicForm || head.basicForm === head.surface;
    const readingAgrees = kuromojiReading !== '' && reading === kuromojiReading;
    const posFits = !single || partOfSpeechFits(head, entry);
    return {
      match,
      rank: [
        m.common ? 0 : 1,
        auxiliaryRank(head, key, entry),
        (formAgrees ? 0 : 1) + (readingAgrees ? 0 : 1),
        posFits ? 0 : 1,
        postingRank(m),
        order,
      ],
    };
  }).filter((c) => !readOnly?.has(c.match.entry.id));
  return candidates.length > 0 ? { endIndex, candidates } : undefined;
}

/** The inflected word from `index` (verb or adjective with its auxiliaries), with its dictionary forms' entries. */
function inflectedMatch(dict: Dictionary, tokens: readonly Token[], index: number): SpanMatch | undefined {
  return inflectedCandidates(dict, tokens, index, deinflectTokens(tokens, index), true);
}

/**
 * A compound whose last part is inflected: tokens from `index`, then a verb or adjective in its
 * dictionary form, make a key (行っ|て|き|まし|た: 行って + くる = 行ってくる; polite, past). Not a
 * key in kana across a particle that only reads a word written in kanji (彼|は|い|た: はいる is 入る).
 */
function compoundInflectedMatch(dict: Dictionary, tokens: readonly Token[], index: number, maxTokens: number): SpanMatch | undefined {
  let text = '';
  let found: SpanMatch | undefined;
  for (let j = index; j < tokens.length && j - index < maxTokens; j++) {
    const t = tokens[j]!;
    if (j > index && !adjacent(tokens, j)) break;
    if (
      j > index &&
      conjugates(t) &&
      t.surface !== t.basicForm &&
      dict.hasKey(text + t.basicForm) &&
      !(holdsFunctionWord(tokens, index, j) && kanjiWordReadOnly(dict, text + t.basicForm))
    ) {
      const span = deinflectTokens(tokens, j);
      const kuromojis = span?.candidates.filter((c) => c.fromKuromoji && !c.fallback) ?? [];
      if (span && kuromojis.length > 0) {
        const prefix = text;
        const compound: InflectedSpan = {
          startIndex: index,
          endIndex: span.endIndex,
          candidates: kuromojis.map((c) => ({ ...c, form: prefix + c.form, dictionaryForm: prefix + c.dictionaryForm })),
        };
        found = inflectedCandidates(dict, tokens, index, compound, false) ?? found;
      }
    }
    text += t.surface;
    if (!dict.hasPrefix(text)) break;
  }
  return found;
}

/**
 * Entries for the dictionary forms of an inflected span, as candidates. An entry must have a
 * part of speech that conjugates like the word (a verb for a verb); when `lenient`, kuromoji's
 * own dictionary form of a single word is kept even if EDICT classes it otherwise.
 */
function inflectedCandidates(
  dict: Dictionary,
  tokens: readonly Token[],
  index: number,
  span: InflectedSpan | undefined,
  lenient: boolean,
): SpanMatch | undefined {
  if (!span) return undefined;
  const text = spanText(tokens, index, span.endIndex);
  const kuromojiReading = spanReading(tokens, index, span.endIndex);
  const candidates: Candidate[] = [];
  let order = 0;
  const tryCandidate = (c: DeinflectionCandidate) => {
    let found = keyCandidates(dict, c.form, (entry, m) => {
      const readings = formReadings(entry, c.form, m.isReading).map((formReading) => ({
        formReading,
        textReading: inflectedReading(c.form, formReading, text, kuromojiReading, m.isReading),
      }));
      const reading = readings.find((r) => r.textReading === kuromojiReading) ?? readings[0]!;
      const textReadings = [reading.textReading, ...readings.map((r) => r.textReading)];
      const match = makeMatch(entry, c.form, m, reading.formReading, textReadings, c.dictionaryForm, c.inflections);
      const readingAgrees = kuromojiReading !== '' && reading.textReading === kuromojiReading;
      const analysed = (c.fromKuromoji ? 0 : 1) + (readingAgrees ? 0 : 1);
      // Where kuromoji's form is no surer than another (span.undecided), a word written in kana
      // comes first, as searchText ranks text in kana (おります: 居る おる, usually kana, before
      // 下りる, which only reads so).
      const auxiliary = auxiliaryRank(tokens[index]!, c.form, entry);
      const rank = span.undecided
        ? [m.common ? 0 : 1, auxiliary, postingRank(m), analysed, order++]
        : [m.common ? 0 : 1, auxiliary, analysed, postingRank(m), order++];
      return { match, rank, fits: !c.requiredPartsOfSpeech || hasPartOfSpeech(entry, c.requiredPartsOfSpeech) };
    });
    const fitting = found.filter((f) => f.fits);
    if (fitting.length > 0 || !(lenient && c.fromKuromoji)) found = fitting;
    candidates.push(...found);
  };
  for (const c of span.candidates) if (!c.fallback) tryCandidate(c);
  if (candidates.length === 0) for (const c of span.candidates) if (c.fallback) tryCandidate(c);
  return candidates.length > 0 ? { endIndex: span.endIndex, candidates } : undefined;
}

/** Decodes the best-ranked entries of a key and makes a candidate of each. */
function keyCandidates<T extends Candidate>(
  dict: Dictionary,
  key: string,
  make: (entry: DictionaryEntry, match: KeyMatch, order: number) => T,
): T[] {
  return dict
    .matches(key)
    .slice(0, ENTRIES_PER_KEY)
    .map((m, order) => make(dict.entry(m.entryId), m, order));
}

function makeMatch(
  entry: DictionaryEntry,
  form: string,
  m: KeyMatch,
  formReading: string,
  textReadings: string[],
  dictionaryForm: string,
  inflections: Inflection[],
): EntryMatch {
  const original = originalForm(entry, form, m.isReading);
  return {
    entry,
    form: original,
    formIsReading: m.isReading,
    formReading,
    textReading: textReadings[0]!,
    textReadings: [...new Set(textReadings)],
    dictionaryForm: dictionaryForm === form ? original : dictionaryForm,
    inflections,
    common: m.common,
  };
}

/** Sorts candidates by rank, keeps each entry once (its best candidate), and the first `max`. */
function rankAndTrim(candidates: Candidate[], max: number): EntryMatch[] {
  const sorted = [...candidates].sort((a, b) => compareRanks(a.rank, b.rank));
  const seen = new Set<number>();
  const out: EntryMatch[] = [];
  for (const c of sorted) {
    if (seen.has(c.match.entry.id)) continue;
    seen.add(c.match.entry.id);
    out.push(c.match);
    if (out.length >= max) break;
  }
  return out;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * 1 for an entry with no auxiliary sense where the word in kana is one kuromoji marks
 * non-independent (非自立: the みる of やってみる, the おく of 書いておく), else 0. Such a verb is the
 * auxiliary: 見る (aux-v: to try) before 看る (to look after), which EDICT lists first and as common.
 */
function auxiliaryRank(head: Token, form: string, entry: DictionaryEntry): number {
  if (head.pos1 !== '非自立' || (head.pos !== '動詞' && head.pos !== '形容詞') || !isAllKana(form)) return 0;
  return hasPartOfSpeech(entry, AUXILIARY_PARTS_OF_SPEECH) ? 0 : 1;
}

const AUXILIARY_PARTS_OF_SPEECH = ['aux-v', 'aux-adj'];

function postingRank(m: KeyMatch): number {
  return (m.irregular ? 2 : 0) + (m.isReading && !m.kanaWritten ? 1 : 0);
}

/** The entry's spelling of a key as EDICT writes it (ＮＡＴＯ for NATO), or the key itself. */
function originalForm(entry: DictionaryEntry, key: string, isReading: boolean): string {
  const normalized = normalizeKey(key);
  const forms = isReading ? entry.readings : entry.headwords;
  return forms.find((f) => normalizeKey(f.text) === normalized)?.text ?? key;
}

/**
 * The readings (hiragana) an entry gives `form`, usual first, leaving out irregular, out-dated
 * and search-only ones when it has others; for a kana form, the form itself.
 */
function formReadings(entry: DictionaryEntry, form: string, isReading: boolean): string[] {
  if (isReading) return [toHiragana(form)];
  const headword = originalForm(entry, form, false);
  let applicable = entry.readings.filter((r) => !r.appliesTo || r.appliesTo.includes(headword));
  if (applicable.length === 0) applicable = entry.readings;
  const regular = applicable.filter((r) => !r.tags.some((t) => UNUSUAL_READING_TAGS.has(t)));
  return (regular.length > 0 ? regular : applicable).map((r) => toHiragana(r.text));
}

const UNUSUAL_READING_TAGS = new Set(['ik', 'ok', 'rk', 'sk']);

/**
 * The reading of inflected text under a dictionary form and its reading: the form's kanji stem
 * reads as the dictionary says, the rest of the text as written (築く/きずく: 築かれ → きずかれ).
 */
function inflectedReading(form: string, formReading: string, text: string, kuromojiReading: string, formIsKana: boolean): string {
  if (formIsKana || isAllKana(text)) return toHiragana(text);
  let stem = form.length;
  let readingStem = formReading.length;
  while (stem > 0 && readingStem > 0 && toHiragana(form[stem - 1]!) === formReading[readingStem - 1]) {
    stem--;
    readingStem--;
  }
  const kanjiStem = form.slice(0, stem);
  if (kanjiStem !== '' && text.startsWith(kanjiStem)) {
    return formReading.slice(0, readingStem) + toHiragana(text.slice(kanjiStem.length));
  }
  return kuromojiReading;
}

function adjacent(tokens: readonly Token[], j: number): boolean {
  return touches(tokens[j - 1]!, tokens[j]!);
}

function spanText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) text += tokens[i]!.surface;
  return text;
}

/** kuromoji's reading of tokens [from, to) in hiragana; '' when it does not know one of them. */
function spanReading(tokens: readonly Token[], from: number, to: number): string {
  let reading = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.reading !== '') reading += t.reading;
    else if (isAllKana(t.surface)) reading += t.surface;
    else return '';
  }
  return toHiragana(reading);
}

function hasPartOfSpeech(entry: DictionaryEntry, codes: readonly string[]): boolean {
  return entry.senses.some((s) => s.partsOfSpeech.some((p) => codes.includes(p)));
}

/** Whether an entry's parts of speech suit kuromoji's for the token (IPADIC → EDICT). */
function partOfSpeechFits(token: Token, entry: DictionaryEntry): boolean {
  const fits = IPADIC_TO_EDICT[token.pos];
  if (!fits) return true;
  return entry.senses.some((s) => s.partsOfSpeech.some(fits));
}

const IPADIC_TO_EDICT: Record<string, (code: string) => boolean> = {
  名詞: (p) => p === 'n' || p.startsWith('n-') || ['pn', 'num', 'ctr', 'suf', 'pref', 'adj-na', 'adj-no', 'vs', 'exp'].includes(p),
  動詞: (p) => p.startsWith('v') || p === 'aux-v',
  形容詞: (p) => p === 'adj-i' || p === 'adj-ix' || p === 'aux-adj',
  副詞: (p) => p === 'adv' || p === 'adv-to' || p === 'n-adv',
  助詞: (p) => p === 'prt' || p === 'conj',
  接続詞: (p) => p === 'conj',
  感動詞: (p) => p === 'int',
  連体詞: (p) => p === 'adj-pn',
  助動詞: (p) => p.startsWith('aux') || p === 'cop' || p === 'cop-da',
  接頭詞: (p) => p === 'pref' || p === 'n-pref',
};
