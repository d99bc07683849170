/**
 * Builds the table of readings two sources agree on against IPADIC (core/furigana/rules/agreed-readings-table.ts):
 *
 *     npx tsx dict/readings/build-agreed-readings.ts [UniDic lex.csv]
 *
 * For every entry of IPADIC as kuromoji ships it (node_modules/kuromoji/dict/tid_pos.dat.gz:
 * written form, part of speech, reading) whose written form has a kanji and two characters or
 * more, a row is written where
 * - UniDic (Debian `unidic-mecab` 3.1.1, /usr/share/mecab/dic/unidic/lex_3_1.csv, the UniDic
 *   Consortium, BSD-3-Clause / LGPL-2.1 / GPL-2+; used under BSD-3-Clause) reads that written form one way
 *   only, over all its entries (every part of speech and conjugation), and differently from IPADIC;
 * - EDICT (the project's dict/edict/edict.yomu.gz, EDRDG, CC BY-SA 3.0) lists UniDic's reading of
 *   the word (for a verb or adjective, of its dictionary form), and does not list IPADIC's (for a
 *   conjugated form: no reading of the dictionary form starts with IPADIC's reading of the stem).
 * Measured on KWDLC before it was built (scripts/eval-agreement.ts, variant form-unique+not-own2):
 * train half a +7 −0 chunks, half b +7 −0, dev and the homograph sets unchanged; laxer variants
 * (UniDic's lowest-cost reading, its one reading for the part of speech, EDICT's first reading, or
 * a lone kanji) broke more than they fixed or lost dev (README, "Reading accuracy").
 * Only the rows are kept, no other data of either source. Prints the row count.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { openDictionaryFile } from '../../core/dictionary/dictionary-file';
import { dictionaryReadingSource } from '../../core/furigana/dictionary-readings';
import { hasKanji, toHiragana } from '../../core/text/kana';

const UNIDIC = process.argv[2] ?? '/usr/share/mecab/dic/unidic/lex_3_1.csv';
const IPADIC = fileURLToPath(new URL('../../node_modules/kuromoji/dict/tid_pos.dat.gz', import.meta.url));
const EDICT = fileURLToPath(new URL('../edict/edict.yomu.gz', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../core/furigana/rules/agreed-readings-table.ts', import.meta.url));

/** A UniDic reading of a written form: of the form itself and of its lemma's written form (hiragana). */
interface UnidicReading {
  kana: string;
  kanaBase: string;
}

/** Splits one line of UniDic's lexicon CSV (a field in double quotes may hold commas). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      const end = line.indexOf('"', i + 1);
      out.push(line.slice(i + 1, end));
      i = end + 2;
      continue;
    }
    const end = line.indexOf(',', i);
    if (end < 0) {
      out.push(line.slice(i));
      break;
    }
    out.push(line.slice(i, end));
    i = end + 1;
  }
  return out;
}

/** UniDic's readings by written form (forms with a kanji only), in the lexicon's order. */
function readUnidic(file: string): Map<string, UnidicReading[]> {
  const bySurface = new Map<string, UnidicReading[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const surface = line.slice(0, line.indexOf(','));
    if (!surface || !hasKanji(surface)) continue;
    const f = csvFields(line);
    // surface, left id, right id, cost, then dicrc's features f[0]… from column 4: kana is f[20], kanaBase f[21].
    const reading = { kana: toHiragana(f[24]!), kanaBase: toHiragana(f[25]!) };
    const list = bySurface.get(surface);
    if (list) list.push(reading);
    else bySurface.set(surface, [reading]);
  }
  return bySurface;
}

/** IPADIC's entries as kuromoji stores them: `surface,pos,pos1,pos2,pos3,cType,cForm,base,reading,pron`. */
function readIpadic(file: string): string[][] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\0')
    .map((s) => s.split(','))
    .filter((f) => f.length === 10 && f[0] && hasKanji(f[0]));
}

/** Whether a verb or adjective (its reading is of a conjugated form, EDICT's of the dictionary form). */
const conjugates = (pos: string) => pos === '動詞' || pos === '形容詞';

/** How many kana end the written form (the conjugated ending of 煽ら, 根付い). */
function kanaTail(surface: string): number {
  let tail = 0;
  while (tail < surface.length && !hasKanji(surface[surface.length - 1 - tail]!)) tail++;
  return tail;
}

async function main(): Promise<void> {
  const unidic = readUnidic(UNIDIC);
  const edict = dictionaryReadingSource(await openDictionaryFile(new Uint8Array(readFileSync(EDICT))));
  const rows = new Set<string>();
  for (const [surface, pos, pos1, , , , , base, reading] of readIpadic(IPADIC)) {
    if ([...surface!].length < 2 || !reading || reading === '*') continue;
    const own = toHiragana(reading);
    const readings = unidic.get(surface!);
    if (!readings || new Set(readings.map((r) => r.kana)).size !== 1) continue;
    const agreed = readings[0]!;
    if (agreed.kana === own) continue;
    const listed = edict.readings(conjugates(pos!) ? base! : surface!) ?? [];
    if (!listed.includes(agreed.kanaBase)) continue;
    const stem = conjugates(pos!) ? own.slice(0, own.length - kanaTail(surface!)) : own;
    if (conjugates(pos!) ? listed.some((r) => r.startsWith(stem)) : listed.includes(own)) continue;
    rows.add([surface, `${pos},${pos1}`, own, agreed.kana].join('\t'));
  }
  const sorted = [...rows].sort();
  writeFileSync(
    OUTPUT,
    `/**
 * Readings of IPADIC words where two other sources agree against IPADIC's: UniDic reads the
 * written form one way only and EDICT lists that reading and not IPADIC's. One row a line:
 * written form, IPADIC part of speech and its first subdivision, IPADIC's reading, the agreed reading
 * (hiragana). GENERATED by dict/readings/build-agreed-readings.ts from UniDic 3.1.1 (the UniDic
 * Consortium, BSD-3-Clause) and EDICT (EDRDG, CC BY-SA 3.0); see dict/readings/LICENSE. Do not
 * edit by hand.
 */
export const AGREED_READING_ROWS = \`
${sorted.join('\n')}
\`;
`,
  );
  console.log(`${sorted.length} rows → ${OUTPUT}`);
}

await main();
