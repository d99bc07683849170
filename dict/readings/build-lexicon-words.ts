/**
 * Builds the lexicon of words UniDic reads one way that EDICT does not list
 * (dict/readings/lexicon-words.tsv.gz, shipped as readings/lexicon-words.tsv.gz):
 *
 *     npx tsx dict/readings/build-lexicon-words.ts [UniDic lex.csv] [JumanDIC directory]
 *
 * A row "written form<TAB>reading" (hiragana), sorted in UTF-16 order for core/text/sorted-lines.ts,
 * for every written form of UniDic (Debian `unidic-mecab` 3.1.1, lex_3_1.csv, the UniDic
 * Consortium, BSD-3-Clause; see dict/readings/LICENSE) that
 * - holds no kanji numeral that the numbers pass reads as a count there: counts, dates and ranks
 *   are the numbers pass's (四月一日 しがつついたち, not the surname わたぬき; 九段 of a rank
 *   きゅうだん, not the place くだん; 三千人 さんぜんにん; 十一 a number read by place). A numeral
 *   before a character that is no counter there (八|瀬 やせ, 二|癖 ふたくせ, 二|口 ふたくち) is
 *   not a count, and the numbers pass lets the word be read whole (`readNumberAndCounter` is
 *   asked at each number token of the form as kuromoji cuts it: a row is kept only where it
 *   reads none);
 * - is two characters or more, every one a kanji (or 々 ヶ): words kuromoji's IPADIC cuts into
 *   pieces or does not know, which the reading layer then reads piece by piece (善光|寺 よしみつじ,
 *   速|筋 はやすじ, 二荒|山|神社); or a noun of UniDic's that opens with a kanji, has two kanji or
 *   more and kana too (遊び駒, 着せ替え), with no kanji numeral, where the layer's reading differs
 *   from UniDic's only in the voicing of one kana: UniDic decides the sequential voicing (rendaku)
 *   of the compound's second element (遊び|駒 あそびごま, 着せ|替え きせかえ), where kuromoji's
 *   reading of the piece or a context row decides otherwise. Forms with kana read another way
 *   (開か あか, 多い たい) broke more than they fixed, and are not kept;
 * - has one reading over all of UniDic's entries for it (a form UniDic reads two ways, a name
 *   such as 慶光 or a word such as 上手, is left to context);
 * - is not a word of EDICT (the project's dict/edict/edict.yomu.gz): the layer asks EDICT first,
 *   and its readings stay the ones used where it has the word;
 * - is not one token kuromoji knows whole (the agreed-readings table, build-agreed-readings.ts,
 *   covers those), and is read otherwise by the reading layer, with EDICT, the names and
 *   KANJIDIC2 and without this file, standing alone or in one of a noun's usual places in a
 *   sentence (`CONTEXTS`: before する, を, の, が; kuromoji may cut a form otherwise there): a row
 *   the layer already reads right in all of them is not kept.
 * Then JumanDIC's forms (Debian `mecab-jumandic`, the JUMAN analyser's dictionary, BSD-3-Clause;
 * dict/readings/jumandic-lexicon.ts; its Wikipedia-derived entries name places, works and people:
 * 鴨緑江 おうりょくこう, 西遊記 さいゆうき) of two kanji or more that it reads one way, where UniDic lacks
 * the form or reads it several ways with JumanDIC's reading its likeliest, under the same tests
 * (no EDICT word, no one IPADIC token, no count, read otherwise by the layer alone or in a place).
 * The layer uses a row where a run of tokens is written exactly as its form (the dictionary-words
 * pass: core/furigana/dictionary-words.ts), after the glossary, numbers and names.
 * Measured before it shipped (KWDLC train halves a / b, dev; chunks wrong, then with the file):
 * README, "Reading accuracy". Only the rows are kept, no other data of UniDic. Prints the count.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isAllJapanese, isAllKanji, isKanjiCodePoint, isVoicingOf, toHiragana } from '../../core/text/kana';
import { readingSegments } from '../../core/furigana/reading-layer';
import { predictedPieces } from '../../core/furigana/reading-metric';
import { loadNodeSegmenter } from '../node-kuromoji';
import { loadReadingContext } from '../node-reading-context';
import { lowestCost, readUnidic, UNIDIC_LEXICON } from './unidic-lexicon';
import { JUMANDIC_DIRECTORY, readJumandic, type JumandicEntry } from './jumandic-lexicon';
import { readKanjiReadings, readsKanjiByKanji } from './kanji-by-kanji';
import { readNumberAndCounter } from '../../core/furigana/number-words';
import { isNumberToken } from '../../core/furigana/reading-word';
import type { Token } from '../../core/segmenter/token';

const UNIDIC = process.argv[2] ?? UNIDIC_LEXICON;
const JUMANDIC = process.argv[3] ?? JUMANDIC_DIRECTORY;
/** Kanji numerals: a form with one is left to the numbers pass (四月一日 is April 1st before it is the surname わたぬき). */
const NUMERAL = /[〇零一二三四五六七八九十百千万億兆壱弐参拾]/;
/** Usual places of a noun in a sentence, where the layer's reading of a form is checked besides the form alone. */
const CONTEXTS: readonly (readonly [string, string])[] = [
  ['', 'する。'],
  ['', 'を見た。'],
  ['この', 'の話。'],
  ['', 'が多い。'],
];
const NAMES = fileURLToPath(new URL('../names/names.tsv.gz', import.meta.url));
const OUTPUT = fileURLToPath(new URL('./lexicon-words.tsv.gz', import.meta.url));

async function main(): Promise<void> {
  const unidic = readUnidic(UNIDIC);
  const segmenter = await loadNodeSegmenter();
  const context = await loadReadingContext({ lexicon: false }); // the layer as it reads without this file
  const rows: string[] = [];
  /** The layer's reading of text's characters at..at+length (its kanji pieces' readings joined with the kana between). */
  const readIn = (text: string, at: number, length: number): string => {
    const tokens = segmenter.tokenize(text);
    let out = '';
    let pos = 0;
    for (const [piece, r] of predictedPieces(text, tokens, readingSegments(text, tokens, context))) {
      const end = pos + piece.length;
      if (pos >= at && end <= at + length) out += r;
      else if (pos < at + length && end > at) return '';
      pos = end;
    }
    return toHiragana(out);
  };
  /** The layer's reading of a form standing alone, as kuromoji cuts it into `tokens`. */
  const ownReading = (surface: string, tokens: readonly Token[]): string =>
    toHiragana(
      predictedPieces(surface, tokens, readingSegments(surface, tokens, context))
        .map(([, r]) => r)
        .join(''),
    );
  /** Whether the layer reads an all-kanji form as `reading` standing alone and in each of a noun's usual places. */
  const readAlike = (surface: string, tokens: readonly Token[], reading: string): boolean =>
    ownReading(surface, tokens) === reading &&
    CONTEXTS.every((c) => readIn(c[0] + surface + c[1]!, c[0]!.length, surface.length) === reading);
  for (const [surface, entries] of unidic) {
    const allKanji = isAllKanji(surface);
    if (surface.length < 2 || !(allKanji || withKana(surface))) continue;
    const readings = new Set(entries.map((e) => e.kana));
    if (readings.size !== 1) continue;
    if (!allKanji && !entries.some((e) => e.pos1 === '名詞')) continue;
    const [reading] = readings as Set<string>;
    if (!reading || context.dictionaryReadings?.(surface)?.length) continue;
    const tokens = segmenter.tokenize(surface);
    if (tokens.length === 1 && tokens[0]!.known) continue;
    if (NUMERAL.test(surface) && (!allKanji || readsCount(tokens))) continue;
    if (allKanji ? readAlike(surface, tokens, reading) : !differsByVoicing(ownReading(surface, tokens), reading)) continue;
    rows.push(`${surface}\t${reading}`);
  }
  const fromUnidic = rows.length;
  const jumandic = readJumandic(JUMANDIC);
  const kanjiReadings = readKanjiReadings();
  for (const [surface, entries] of jumandic) {
    // A name before 氏 is mostly "Mr" (増山氏 ますやまし), seldom the clan (うじ).
    if (surface.length < 2 || !isAllKanji(surface) || surface.endsWith('氏')) continue;
    // A two-kanji title from Wikipedia alone is often a name's part or two words in running text (李永|洙).
    if (surface.length === 2 && entries.every((e) => e.file === 'Wikipedia')) continue;
    const readings = new Set(entries.map((e) => e.reading));
    if (readings.size !== 1) continue;
    const [reading] = readings as Set<string>;
    const theirs = unidic.get(surface);
    // UniDic's one reading was weighed above; where it reads the form several ways, its likeliest must be JumanDIC's.
    if (theirs && (new Set(theirs.map((e) => e.kana)).size === 1 || lowestCost(theirs)!.kana !== reading)) continue;
    if (!reading || context.dictionaryReadings?.(surface)?.length) continue;
    // Some of its Wikipedia readings are garbled (または, a title before a name): kept only where read kanji by kanji.
    if (!readsKanjiByKanji(surface, reading, kanjiReadings)) continue;
    const tokens = segmenter.tokenize(surface);
    if (tokens.length === 1 && tokens[0]!.known) continue;
    if (NUMERAL.test(surface) && readsCount(tokens)) continue;
    if (readAlike(surface, tokens, reading)) continue;
    rows.push(`${surface}\t${reading}`);
  }
  const fromJumandic = rows.length - fromUnidic;
  const kept = new Set(rows.map((r) => r.slice(0, r.indexOf('\t'))));
  rows.push(
    ...townRows(
      jumandic,
      (surface, tokens, reading) => {
        if (kept.has(surface) || context.dictionaryReadings?.(surface)?.length) return false;
        if (tokens.length === 1 && tokens[0]!.known) return false;
        return !readAlike(surface, tokens, reading);
      },
      segmenter,
    ),
  );
  rows.sort();
  writeFileSync(OUTPUT, gzipSync(Buffer.from(rows.join('\n') + '\n', 'utf8'), { level: 9 }));
  console.log(
    `${rows.length} rows (UniDic ${fromUnidic}, JumanDIC ${fromJumandic}, towns and villages ${rows.length - fromUnidic - fromJumandic}) → ${OUTPUT}`,
  );
}

/** The two readings of a municipality's suffix: a town 町 まち or ちょう, a village 村 むら or そん. */
const MUNICIPALITY_SUFFIXES: Readonly<Record<string, readonly [string, string]>> = { 町: ['まち', 'ちょう'], 村: ['むら', 'そん'] };
/** How many of a prefecture's towns (or villages) the names file must read, and what share one way, for the rest to be read so. */
const PREFECTURE_EVIDENCE = { least: 5, share: 0.9 };

/**
 * Towns and villages JumanDIC knows (its notes "地名:日本:福島県:町") that the names file (ENAMDICT)
 * does not read: whether 町 is まち or ちょう, 村 むら or そん, is each municipality's own, and mostly
 * one way in a prefecture (福島県's towns まち: 浪江町 なみえまち; 北海道's ちょう). Counted over the
 * towns and villages both know, the prefecture decides where at least PREFECTURE_EVIDENCE.least are
 * read and PREFECTURE_EVIDENCE.share of them one way (大熊町 おおくままち). A name that is a
 * municipality of that kind in several prefectures is kept only where they agree. `wanted` says
 * whether a row is needed (no EDICT word, not one IPADIC token, read otherwise by the layer).
 * Prints each prefecture's counts. Rows "form<TAB>reading".
 */
function townRows(
  jumandic: ReadonlyMap<string, readonly JumandicEntry[]>,
  wanted: (surface: string, tokens: readonly Token[], reading: string) => boolean,
  segmenter: { tokenize: (text: string) => Token[] },
): string[] {
  const names = new Map<string, string[]>();
  for (const line of gunzipSync(readFileSync(NAMES)).toString('utf8').split('\n')) {
    const [form, readings, flags] = line.split('\t');
    if (form && readings && flags?.includes('p')) names.set(form, readings.split(','));
  }
  const counts = new Map<string, Map<string, number>>();
  const municipalities = (entries: readonly JumandicEntry[]) =>
    entries.filter((e) => e.municipality && MUNICIPALITY_SUFFIXES[e.municipality.kind]);
  for (const [base, entries] of jumandic) {
    for (const e of municipalities(entries)) {
      const { prefecture, kind } = e.municipality!;
      for (const reading of names.get(base + kind) ?? []) {
        const suffix = MUNICIPALITY_SUFFIXES[kind]!.find((s) => reading === e.reading + s);
        if (!suffix) continue;
        const key = `${prefecture}\t${kind}`;
        const byReading = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
        byReading.set(suffix, (byReading.get(suffix) ?? 0) + 1);
      }
    }
  }
  const decided = new Map<string, string>();
  for (const [key, byReading] of [...counts].sort()) {
    const total = [...byReading.values()].reduce((a, b) => a + b, 0);
    const [suffix, n] = [...byReading].sort((a, b) => b[1] - a[1])[0]!;
    const kept = total >= PREFECTURE_EVIDENCE.least && n / total >= PREFECTURE_EVIDENCE.share;
    if (kept) decided.set(key, suffix);
    console.log(`  ${key.replace('\t', ' ')}: ${[...byReading].map(([s, c]) => `${s} ${c}`).join(', ')}${kept ? ` → ${suffix}` : ''}`);
  }
  const rows: string[] = [];
  for (const [base, entries] of jumandic) {
    const byForm = new Map<string, Set<string | undefined>>();
    for (const e of municipalities(entries)) {
      const { prefecture, kind } = e.municipality!;
      const suffix = decided.get(`${prefecture}\t${kind}`);
      const set = byForm.get(base + kind) ?? byForm.set(base + kind, new Set()).get(base + kind)!;
      set.add(suffix && e.reading + suffix);
    }
    for (const [form, readings] of byForm) {
      if (readings.size !== 1 || names.has(form) || !isAllKanji(form)) continue;
      const [reading] = readings as Set<string | undefined>;
      if (reading && wanted(form, segmenter.tokenize(form), reading)) rows.push(`${form}\t${reading}`);
    }
  }
  return rows;
}

/** A form of two kanji or more that opens with a kanji and has kana too (首吊り, 遊び駒, 着せ替え). */
function withKana(surface: string): boolean {
  if (!isKanjiCodePoint(surface.codePointAt(0)!)) return false;
  let kanji = 0;
  for (const c of surface) if (isKanjiCodePoint(c.codePointAt(0)!)) kanji++;
  return kanji >= 2 && isAllJapanese(surface);
}

/** Whether two readings of the same length differ in one kana only, one the other voiced (こま, ごま). */
function differsByVoicing(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (at >= 0) return false;
    at = k;
  }
  return at >= 0 && (isVoicingOf(a[at]!, b[at]!) || isVoicingOf(b[at]!, a[at]!));
}

/**
 * Whether the numbers pass reads a count, a date or a number read by place somewhere in the
 * form as kuromoji cuts it (四|月|一|日, 九|段, 十|一), or a numeral kuromoji leaves inside a
 * token of another kind (a name 一二三): such forms stay the numbers pass's, or are not tried.
 */
function readsCount(tokens: readonly Token[]): boolean {
  let numbers = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!isNumberToken(token)) continue;
    numbers += token.surface.length;
    if (k + 1 === tokens.length || isNumberToken(tokens[k + 1]!) || readNumberAndCounter(tokens, k, [])) return true;
  }
  const all = tokens.map((t) => t.surface).join('');
  return [...all].filter((c) => NUMERAL.test(c)).length !== numbers;
}

await main();
