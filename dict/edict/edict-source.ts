/**
 * Reads EDICT's text format (the original one-line-per-pair EDICT that Debian ships) into the
 * entries the Yomu dictionary file holds.
 *
 * An EDICT line is one spelling–reading pair of a word:
 *
 *     築く [きずく] /(v5k,vt) (1) to build/to construct/to erect/(v5k,vt) (2) to amass (e.g. fortune)/(P)/
 *     ゲート /(n) (1) gate (for entry, boarding, etc.)/(n) (2) (comp) gate/(n) (3) logic element/(P)/
 *
 * Leading "(iK)", "(ok)"… label the pair's spelling or reading; each sense starts with its parts
 * of speech and a number "(1)" when there are several; "(P)" marks a common pair. The lines of
 * one word carry the same senses, so lines with the same senses that share a spelling or a
 * reading are merged back into one entry (行く [いく] and 行く [ゆく]; 締め切り and 〆切 [しめきり]).
 */
import type { DictionaryMetadata, Headword, Reading, Sense } from '../../core/dictionary/dictionary-entry';
import { isHeadwordTag, isPartOfSpeech, isReadingTag, isSenseLabel } from '../../core/dictionary/edict-tags';
import type { EntryContent } from '../../core/dictionary/entry-record';

/** One EDICT line, parsed. */
export interface EdictLine {
  /** The kanji spelling; undefined for a kana-only line. */
  headword?: string;
  reading: string;
  headwordTags: string[];
  readingTags: string[];
  common: boolean;
  senses: Sense[];
  /** The senses as EDICT wrote them, without the pair's own labels and (P): lines of one word share it. */
  body: string;
}

export interface EdictSource {
  entries: EntryContent[];
  /** What the header line says: the file's creation date (YYYY-MM-DD). */
  created: string;
  /** Lines that could not be read, with their line numbers (1-based). */
  skipped: { line: number; text: string }[];
  lineCount: number;
}

const LINE = /^(\S+) (?:\[([^\]\s]+)\] )?\/(.*)\/$/;
const LEADING_GROUP = /^\(([^()]*)\) ?/;

/** Parses one EDICT line; undefined when it is not an entry line. */
export function parseEdictLine(text: string): EdictLine | undefined {
  const m = LINE.exec(text);
  if (!m) return undefined;
  const [, first, bracketed, rawBody] = m as unknown as [string, string, string | undefined, string];
  const headword = bracketed === undefined ? undefined : first;
  const reading = bracketed ?? first;
  const fragments = rawBody.split('/');
  let common = false;
  if (fragments[fragments.length - 1] === '(P)') {
    common = true;
    fragments.pop();
  }
  // The pair's own labels stand before the first sense: (iK) (n) …
  const headwordTags: string[] = [];
  const readingTags: string[] = [];
  let firstFragment = fragments[0] ?? '';
  for (let g = LEADING_GROUP.exec(firstFragment); g; g = LEADING_GROUP.exec(firstFragment)) {
    const codes = g[1]!.split(',');
    if (!codes.every((c) => isHeadwordTag(c) || isReadingTag(c))) break;
    for (const c of codes) (isHeadwordTag(c) && headword !== undefined ? headwordTags : readingTags).push(c);
    firstFragment = firstFragment.slice(g[0].length);
  }
  fragments[0] = firstFragment;

  const senses: Sense[] = [];
  let previousPos: string[] = [];
  fragments.forEach((fragment, index) => {
    let rest = fragment;
    let pos: string[] | undefined;
    let numbered = false;
    const tags: string[] = [];
    for (let g = LEADING_GROUP.exec(rest); g; g = LEADING_GROUP.exec(rest)) {
      const inner = g[1]!;
      const codes = inner.split(',');
      if (/^\d+$/.test(inner) && !numbered) numbered = true;
      else if (pos === undefined && !numbered && tags.length === 0 && codes.every(isPartOfSpeech)) pos = codes;
      else if (codes.every(isSenseLabel)) tags.push(...codes);
      else break;
      rest = rest.slice(g[0].length);
    }
    const startsSense = index === 0 || numbered || pos !== undefined;
    const current = senses[senses.length - 1];
    if (!startsSense && current) {
      // A further gloss of the current sense: keep it whole, parentheses included.
      if (fragment.trim() !== '') current.glosses.push(fragment.trim());
      return;
    }
    const partsOfSpeech = pos ?? previousPos;
    previousPos = partsOfSpeech;
    const gloss = rest.trim();
    senses.push({ partsOfSpeech, tags, glosses: gloss === '' ? [] : [gloss] });
  });
  const kept = senses.filter((s) => s.glosses.length > 0);
  if (kept.length === 0) return undefined;
  return { headword, reading, headwordTags, readingTags, common, senses: kept, body: fragments.join('/') };
}

/**
 * The word lines of the supplement file (dict/edict/supplement.edict, UTF-8): EDICT's line format,
 * `#` comment lines giving each word's evidence, blank lines ignored. Throws, naming the line,
 * when a word line does not parse as EDICT or has no comment line above it.
 */
export function supplementLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const words: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    if (!parseEdictLine(line)) throw new Error(`supplement line ${i + 1} is not an EDICT line: ${line}`);
    if (!lines[i - 1]?.startsWith('#')) throw new Error(`supplement line ${i + 1} has no evidence comment above it: ${line}`);
    words.push(line);
  });
  return words;
}

/** Reads a whole EDICT file (already decoded from EUC-JP) into merged entries, in file order. */
export function parseEdict(text: string): EdictSource {
  const lines = text.split('\n');
  const header = lines[0] ?? '';
  const created = /Created: (\d{4}-\d{2}-\d{2})/.exec(header)?.[1];
  if (!created || !header.includes('EDICT')) throw new Error('not an EDICT file: the header line with its creation date is missing');

  const skipped: EdictSource['skipped'] = [];
  const groups = new Map<string, EdictLine[][]>(); // body → words (each a list of lines)
  const order: EdictLine[][] = [];
  let lineCount = 0;
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw === '') continue;
    lineCount++;
    const line = parseEdictLine(raw);
    if (!line) {
      skipped.push({ line: i + 1, text: raw });
      continue;
    }
    let words = groups.get(line.body);
    if (!words) groups.set(line.body, (words = []));
    const matching = words.filter((w) => w.some((l) => sharesForm(l, line)));
    if (matching.length === 0) {
      const word = [line];
      words.push(word);
      order.push(word);
    } else {
      // The line joins a word, and may join two words that were separate until now.
      const [target, ...others] = matching as [EdictLine[], ...EdictLine[][]];
      target.push(line);
      for (const other of others) {
        target.push(...other);
        other.length = 0;
        words.splice(words.indexOf(other), 1);
      }
    }
  }
  // Kana-only lines of one word share no form (ウインドシア, ウィンドシアー…): merge the kana-only
  // words of one body, and fold them into the body's kanji word when there is exactly one.
  for (const words of groups.values()) {
    if (words.length < 2) continue;
    const kanaOnly = words.filter((w) => w.every((l) => l.headword === undefined));
    const withKanji = words.filter((w) => w.some((l) => l.headword !== undefined));
    if (kanaOnly.length === 0 || (kanaOnly.length === 1 && withKanji.length !== 1)) continue;
    const target = withKanji.length === 1 ? withKanji[0]! : kanaOnly[0]!;
    for (const w of kanaOnly) {
      if (w === target) continue;
      target.push(...w);
      w.length = 0;
    }
  }
  const entries = order.filter((w) => w.length > 0).map(toEntry);
  return { entries, created, skipped, lineCount };
}

function sharesForm(a: EdictLine, b: EdictLine): boolean {
  return (a.headword !== undefined && a.headword === b.headword) || a.reading === b.reading;
}

function toEntry(lines: EdictLine[]): EntryContent {
  const headwords: Headword[] = [];
  const readings: Reading[] = [];
  const pairs = new Map<string, Set<string>>(); // reading → headwords it was paired with
  for (const line of lines) {
    if (line.headword !== undefined) {
      const h = headwords.find((x) => x.text === line.headword);
      if (h) {
        h.common ||= line.common;
        addAll(h.tags, line.headwordTags);
      } else headwords.push({ text: line.headword, common: line.common, tags: [...line.headwordTags] });
    }
    const r = readings.find((x) => x.text === line.reading);
    if (r) {
      r.common ||= line.common;
      addAll(r.tags, line.readingTags);
    } else readings.push({ text: line.reading, common: line.common, tags: [...line.readingTags] });
    let paired = pairs.get(line.reading);
    if (!paired) pairs.set(line.reading, (paired = new Set()));
    if (line.headword !== undefined) paired.add(line.headword);
  }
  // The usual forms first: common ones, then regular ones, then irregular or rare ones; ties
  // keep EDICT's order (which is alphabetical, not by use: 往く came before 行く).
  headwords.sort((a, b) => formRank(a) - formRank(b));
  readings.sort((a, b) => formRank(a) - formRank(b));
  if (headwords.length > 0) {
    for (const r of readings) {
      const paired = pairs.get(r.text)!;
      if (paired.size < headwords.length) r.appliesTo = headwords.filter((h) => paired.has(h.text)).map((h) => h.text);
    }
  }
  return { headwords, readings, senses: lines[0]!.senses, common: lines.some((l) => l.common) };
}

const UNUSUAL_FORM_TAGS = new Set(['iK', 'ik', 'io', 'oK', 'ok', 'rK', 'rk', 'sK', 'sk']);

function formRank(form: { common: boolean; tags: string[] }): number {
  if (form.tags.some((t) => UNUSUAL_FORM_TAGS.has(t))) return 2;
  return form.common ? 0 : 1;
}

function addAll(list: string[], more: readonly string[]): void {
  for (const x of more) if (!list.includes(x)) list.push(x);
}

/** The metadata the Yomu file carries for an EDICT built from Debian's package. */
export function edictMetadata(created: string, origin: string): DictionaryMetadata {
  return {
    source: 'EDICT',
    publisher: 'Electronic Dictionary Research and Development Group (EDRDG)',
    created,
    licence: 'CC BY-SA 3.0',
    origin,
  };
}
