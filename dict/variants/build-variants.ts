/**
 * Builds the table of variant kanji folded for lookup (髙 → 高, 陷 → 陥, 𠮟 → 叱, 國 → 国) from
 * kept sources as Debian packages them:
 *
 *     npm run dict:build-variants [-- KANJIDIC2.xml.gz Unihan_Variants.txt.bz2 edict lex_3_1.csv]
 *
 * - KANJIDIC2 by the EDRDG (`kanjidic-xml`, /usr/share/edict/kanjidic2.xml.gz, CC BY-SA 3.0):
 *   each character's <variant> fields (JIS X 0208/0212/0213 codes resolved through the file's own
 *   <cp_value>s, or a UCS code), and its <grade> (jouyou 1–8, jinmeiyou 9–10). Not its <freq>:
 *   KANJIDIC2's licence forbids commercial use of the frequency numbers (dict/kanji/LICENSE).
 * - EDICT by the EDRDG (`edict`, /usr/share/edict/edict, EUC-JP, CC BY-SA 3.0): how many of its
 *   headwords each character is written in, which says which form the dictionary itself uses.
 * - Unihan by Unicode, Inc. (`unicode-data`, /usr/share/unicode/Unihan_Variants.txt.bz2, Unicode
 *   licence): kZVariant (the same character, another glyph) and kSemanticVariant (interchangeable)
 *   pairs; kSpoofingVariant pairs only from a character KANJIDIC2 does not list at all (𠮷 → 吉);
 *   kTraditionalVariant and kSimplifiedVariant pairs only from a character outside JIS X 0208, and
 *   only where Japanese writes a word both ways:
 * - UniDic by the UniDic Consortium (`unidic-mecab`, /usr/share/mecab/dic/unidic/lex_3_1.csv,
 *   BSD-3-Clause): a written form whose lemma (語彙素) has the other character in the same place
 *   (噓 → 嘘: UniDic's 噓 is the word 嘘, and Unihan pairs them only as traditional and simplified).
 *
 * A pair folds a character to a variant that is better to look up: one in JIS X 0208 (IPADIC and
 * EDICT hold nothing else) for one outside it (𠮟 → 叱, 髙 → 高), else a commoner one by
 * KANJIDIC2's grade (jouyou, then jinmeiyou, then neither), then by the number of EDICT headwords
 * written with it (陷 → 陥: the form the dictionary writes its words in). The target must have a
 * grade, or be in EDICT's headwords when the variant is outside JIS X 0208 (which the dictionaries
 * cannot hold); a jouyou kanji in JIS X 0208 is never folded away. A character
 * with several targets keeps the commonest. Chains are followed to their end. Writes
 * `core/text/kanji-variants-table.ts` (generated; the pure core cannot read files).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseKanjidic2 } from '../kanji/kanjidic2-parser';
import { csvFields, UNIDIC_LEXICON } from '../readings/unidic-lexicon';
import { variantFolds, type Kanji } from './variant-folds';

const KANJIDIC2 = process.argv[2] ?? '/usr/share/edict/kanjidic2.xml.gz';
const UNIHAN = process.argv[3] ?? '/usr/share/unicode/Unihan_Variants.txt.bz2';
const EDICT = process.argv[4] ?? '/usr/share/edict/edict';
const UNIDIC = process.argv[5] ?? UNIDIC_LEXICON;
const OUTPUT = fileURLToPath(new URL('../../core/text/kanji-variants-table.ts', import.meta.url));

/** KANJIDIC2 read once, by the kanji file's parser (which resolves the variant codes). */
function readKanjidic(xml: string, headwords: ReadonlyMap<string, number>): { kanji: Map<string, Kanji>; version: string } {
  const { header, entries, jis208 } = parseKanjidic2(xml);
  const kanji = new Map<string, Kanji>();
  for (const e of entries) {
    kanji.set(e.literal, {
      literal: e.literal,
      jis208: jis208.has(e.literal),
      grade: e.grade,
      headwords: headwords.get(e.literal) ?? 0,
      variants: e.variants,
    });
  }
  return { kanji, version: header.databaseVersion ?? '?' };
}

function fromUcs(code: string): string {
  return String.fromCodePoint(parseInt(code, 16));
}

/** How many EDICT headwords (the spellings before each line's reading) each character is written in. */
function edictHeadwordCounts(path: string): Map<string, number> {
  const text = new TextDecoder('euc-jp').decode(readFileSync(path));
  const counts = new Map<string, number>();
  for (const line of text.split('\n').slice(1)) {
    const headword = line.slice(0, line.search(/[ /]/));
    for (const c of new Set(headword)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

const xml = gunzipSync(readFileSync(KANJIDIC2)).toString('utf8');
const { kanji, version } = readKanjidic(xml, edictHeadwordCounts(EDICT));
const pairs: [string, string][] = [];
for (const k of kanji.values()) {
  for (const other of k.variants) pairs.push([k.literal, other], [other, k.literal]);
}
/**
 * Character pairs UniDic writes one word with: a written form and its lemma (語彙素, the 12th
 * field) of the same length that differ in that place, as "written" + "lemma" strings.
 */
function unidicWrittenPairs(path: string): Set<string> {
  const pairs = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const fields = csvFields(line);
    const written = [...(fields[0] ?? '')];
    const lemma = [...(fields[11] ?? '')];
    if (written.length !== lemma.length) continue;
    written.forEach((c, i) => c !== lemma[i] && pairs.add(c + lemma[i]));
  }
  return pairs;
}

const unidicPairs = unidicWrittenPairs(UNIDIC);
const unihan = execFileSync('bzcat', [UNIHAN], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
for (const line of unihan.split('\n')) {
  const [source, field, values] = line.split('\t');
  if (!source || !values || !/^k(ZVariant|SemanticVariant|SpoofingVariant|TraditionalVariant|SimplifiedVariant)$/.test(field!)) continue;
  const a = fromUcs(source.slice(2));
  for (const v of values.split(' ')) {
    const b = fromUcs(v.replace(/<.*$/, '').slice(2));
    if (a === b) continue;
    if (field === 'kTraditionalVariant' || field === 'kSimplifiedVariant') {
      // Only from a character the dictionaries cannot hold: 栗 (くり) is no 慄, whatever UniDic's lemmas say.
      if (unidicPairs.has(a + b) && !kanji.get(a)?.jis208) pairs.push([a, b]);
      if (unidicPairs.has(b + a) && !kanji.get(b)?.jis208) pairs.push([b, a]);
    } else if (field === 'kSpoofingVariant') {
      if (!kanji.has(a)) pairs.push([a, b]);
      if (!kanji.has(b)) pairs.push([b, a]);
    } else pairs.push([a, b]);
  }
}

const resolved = variantFolds(kanji, pairs);
const body = resolved.join('');
writeFileSync(
  OUTPUT,
  `/**
 * Variant kanji folded for lookup, as pairs of code points (variant, then the common form it
 * folds to), concatenated. GENERATED by dict/variants/build-variants.ts (npm run
 * dict:build-variants) from KANJIDIC2 ${version} (EDRDG, CC BY-SA 3.0), Unihan's variant
 * data (Unicode, Inc., Unicode licence) and UniDic 3.1.1's lemmas (the UniDic Consortium,
 * BSD-3-Clause); see dict/variants/LICENSE. Do not edit by hand.
 */
export const KANJI_VARIANT_PAIRS = ${JSON.stringify(body)};
`,
);
console.log(`${resolved.length} variant kanji; KANJIDIC2 ${version}`);
