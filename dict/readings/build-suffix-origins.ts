/**
 * Builds the table of one-kanji last elements read by the origin of the word before them
 * (core/furigana/rules/suffix-origin-table.ts):
 *
 *     npx tsx dict/readings/build-suffix-origins.ts [UniDic lex.csv]
 *
 * Japanese tends to join a native word (和語) with an element's native reading (kun'yomi: 風呂場
 * ふろば, 憩い場 いこいば) and a Sino-Japanese word (漢語) with its Chinese reading (on'yomi:
 * 滑空場 かっくうじょう). How strongly depends on the element; the table measures it in UniDic
 * (Debian `unidic-mecab` 3.1.1, lex_3_1.csv, the UniDic Consortium, BSD-3-Clause; see
 * dict/readings/LICENSE) and KANJIDIC2 (the project's dict/kanji/kanji.tsv.gz, EDRDG, CC BY-SA 3.0):
 * - a head is a written form whose UniDic entries as a noun, verb, adjective or adjectival noun all
 *   have one word origin (語種, the lexicon's goshu field), 和 or 漢;
 * - a compound is a common noun of UniDic (not a proper noun) written as a head and one kanji X,
 *   whose reading starts with a reading of the head: the rest is X's reading in it;
 * - X's reading is on'yomi or kun'yomi by KANJIDIC2's readings of X (either voiced, or a closing
 *   つ く き ち doubled, っ);
 * - each origin's compounds (distinct written forms) are counted; where there are ten or more and
 *   four in five or more read X the origin's way (a native head, kun'yomi; a Sino-Japanese head,
 *   on'yomi), the row gives that way's most frequent reading of X, with the counts as evidence.
 * A row "X<TAB>native reading<TAB>kun count/compounds<TAB>Sino-Japanese reading<TAB>on count/compounds",
 * `-` where an origin decides nothing. Only these counts are kept, no other data of UniDic. Prints
 * the row count.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isKanjiCodePoint, toHiragana } from '../../core/text/kana';
import { kanjiSource } from '../../core/kanji/kanji-source';
import { readingKind } from '../../core/furigana/suffix-origins';
import { kanjiReadingsByKindSource } from '../../core/furigana/kanji-readings';
import { csvFields, UNIDIC_LEXICON } from './unidic-lexicon';

const UNIDIC = process.argv[2] ?? UNIDIC_LEXICON;
const KANJI = fileURLToPath(new URL('../kanji/kanji.tsv.gz', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../core/furigana/rules/suffix-origin-table.ts', import.meta.url));
/** Compounds an origin needs before its row says anything. */
const MIN_COMPOUNDS = 10;
/** The share of them that must read X the origin's way. */
const MIN_SHARE = 0.8;

interface Entry {
  pos: string;
  pos2: string;
  goshu: string;
  kana: string;
}

function readEntries(file: string): Map<string, Entry[]> {
  const bySurface = new Map<string, Entry[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    // surface, left id, right id, cost, then the features: pos f[4], pos2 f[5], goshu f[16], kana f[24].
    const f = csvFields(line);
    const entry: Entry = { pos: f[4]!, pos2: f[5]!, goshu: f[16]!, kana: toHiragana(f[24] ?? '') };
    const list = bySurface.get(f[0]!);
    if (list) list.push(entry);
    else bySurface.set(f[0]!, [entry]);
  }
  return bySurface;
}

const HEAD_POS = new Set(['名詞', '動詞', '形容詞', '形状詞']);

/** The one origin of a head's entries as a content word, 和 or 漢; undefined when they differ or are of another origin. */
function headOrigin(entries: readonly Entry[]): '和' | '漢' | undefined {
  let origin: string | undefined;
  for (const e of entries) {
    if (!HEAD_POS.has(e.pos)) continue;
    if (origin !== undefined && origin !== e.goshu) return undefined;
    origin = e.goshu;
  }
  return origin === '和' || origin === '漢' ? origin : undefined;
}

const entries = readEntries(UNIDIC);
const kanjiReadings = kanjiReadingsByKindSource(kanjiSource(gunzipSync(readFileSync(KANJI)).toString('utf8')));
/** element → origin → reading of the element → written forms of compounds. */
const tally = new Map<string, Map<'和' | '漢', Map<string, Set<string>>>>();
for (const [surface, list] of entries) {
  const chars = [...surface];
  if (chars.length < 3) continue;
  const element = chars[chars.length - 1]!;
  if (!isKanjiCodePoint(element.codePointAt(0)!)) continue;
  const heads = entries.get(chars.slice(0, -1).join(''));
  const origin = heads && headOrigin(heads);
  if (!origin) continue;
  for (const e of list) {
    if (e.pos !== '名詞' || e.pos2 !== '普通名詞') continue;
    const head = heads.find((h) => HEAD_POS.has(h.pos) && h.kana && e.kana.length > h.kana.length && e.kana.startsWith(h.kana));
    if (!head) continue;
    const reading = e.kana.slice(head.kana.length);
    let byOrigin = tally.get(element);
    if (!byOrigin) tally.set(element, (byOrigin = new Map()));
    let byReading = byOrigin.get(origin);
    if (!byReading) byOrigin.set(origin, (byReading = new Map()));
    let forms = byReading.get(reading);
    if (!forms) byReading.set(reading, (forms = new Set()));
    forms.add(surface);
  }
}

/** The reading an origin's compounds give the element, and its count over theirs; undefined below the thresholds. */
function decide(element: string, byReading: Map<string, Set<string>> | undefined, kind: 'on' | 'kun'): string | undefined {
  if (!byReading) return undefined;
  const readings = kanjiReadings(element);
  if (!readings) return undefined;
  let all = 0;
  let same = 0;
  let best: [string, number] | undefined;
  for (const [reading, forms] of byReading) {
    all += forms.size;
    if (readingKind(reading, readings.on, readings.kun) !== kind) continue;
    same += forms.size;
    if (!best || forms.size > best[1] || (forms.size === best[1] && reading < best[0])) best = [reading, forms.size];
  }
  return best && all >= MIN_COMPOUNDS && same / all >= MIN_SHARE ? `${best[0]}\t${same}/${all}` : undefined;
}

const rows: string[] = [];
for (const element of [...tally.keys()].sort()) {
  const byOrigin = tally.get(element)!;
  const native = decide(element, byOrigin.get('和'), 'kun');
  const sino = decide(element, byOrigin.get('漢'), 'on');
  if (native || sino) rows.push(`${element}\t${native ?? '-\t-'}\t${sino ?? '-\t-'}`);
}

writeFileSync(
  OUTPUT,
  `/**
 * One-kanji last elements of compounds read by the origin of the word before them. One row a line:
 * the element, its reading after a native word (kun'yomi) and the count of UniDic's compounds with
 * a native head that read it so over all of them, then its reading after a Sino-Japanese word
 * (on'yomi) and the same count; \`-\` where that origin decides nothing (under ten compounds, or
 * under four in five read that way). GENERATED by dict/readings/build-suffix-origins.ts from UniDic
 * 3.1.1 (the UniDic Consortium, BSD-3-Clause) and KANJIDIC2 (EDRDG, CC BY-SA 3.0); see
 * dict/readings/LICENSE. Do not edit by hand.
 */
export const SUFFIX_ORIGIN_ROWS = \`
${rows.join('\n')}
\`;
`,
);
console.log(`${rows.length} rows`);
