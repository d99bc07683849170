/**
 * Builds the table of variant kanji folded for lookup (髙 → 高, 陷 → 陥, 𠮟 → 叱, 國 → 国) from
 * two kept sources as Debian packages them:
 *
 *     npm run dict:build-variants [-- KANJIDIC2.xml.gz Unihan_Variants.txt.bz2]
 *
 * - KANJIDIC2 by the EDRDG (`kanjidic-xml`, /usr/share/edict/kanjidic2.xml.gz, CC BY-SA 3.0):
 *   each character's <variant> fields (JIS X 0208/0212/0213 codes resolved through the file's own
 *   <cp_value>s, or a UCS code), and its <grade> and <freq>, which say how common it is.
 * - Unihan by Unicode, Inc. (`unicode-data`, /usr/share/unicode/Unihan_Variants.txt.bz2, Unicode
 *   licence): kZVariant (the same character, another glyph) and kSemanticVariant (interchangeable)
 *   pairs; kSpoofingVariant pairs only from a character KANJIDIC2 does not list at all (𠮷 → 吉).
 *
 * A pair folds a character to a variant that is better to look up: one in JIS X 0208 (IPADIC and
 * EDICT hold nothing else) for one outside it (𠮟 → 叱, 髙 → 高), else a commoner one by
 * KANJIDIC2's grade (jouyou, then jinmeiyou) and frequency rank (陷 → 陥). The target must have a
 * grade or a frequency rank; a jouyou kanji in JIS X 0208 is never folded away. A character
 * with several targets keeps the commonest. Chains are followed to their end. Writes
 * `core/text/kanji-variants-table.ts` (generated; the pure core cannot read files).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseKanjidic2 } from '../kanji/kanjidic2-parser';

const KANJIDIC2 = process.argv[2] ?? '/usr/share/edict/kanjidic2.xml.gz';
const UNIHAN = process.argv[3] ?? '/usr/share/unicode/Unihan_Variants.txt.bz2';
const OUTPUT = fileURLToPath(new URL('../../core/text/kanji-variants-table.ts', import.meta.url));

interface Kanji {
  literal: string;
  /** Whether JIS X 0208 has it: the character set IPADIC and EDICT are written in. */
  jis208: boolean;
  grade?: number;
  freq?: number;
  /** The kanji KANJIDIC2 names as its variants, resolved by dict/kanji's parser. */
  variants: readonly string[];
}

/** KANJIDIC2 read once, by the kanji file's parser (which resolves the variant codes). */
function readKanjidic(xml: string): { kanji: Map<string, Kanji>; version: string } {
  const { header, entries, jis208, frequency } = parseKanjidic2(xml);
  const kanji = new Map<string, Kanji>();
  for (const e of entries) {
    kanji.set(e.literal, {
      literal: e.literal,
      jis208: jis208.has(e.literal),
      grade: e.grade,
      freq: frequency.get(e.literal),
      variants: e.variants,
    });
  }
  return { kanji, version: header.databaseVersion ?? '?' };
}

function fromUcs(code: string): string {
  return String.fromCodePoint(parseInt(code, 16));
}

/**
 * Lower is better to look up: in JIS X 0208 (what the dictionaries are written in) first, then
 * jouyou (grades 1–8) before jinmeiyou (9, 10), then by frequency rank.
 */
function commonness(k: Kanji | undefined): number {
  if (!k) return 1_000_000;
  const set = k.jis208 ? 0 : 500_000;
  if (k.grade !== undefined) return set + (k.grade <= 8 ? (k.freq ?? 2600) : 5000 + (k.freq ?? 2600));
  return set + (k.freq !== undefined ? 10_000 + k.freq : 50_000);
}

function isCommon(k: Kanji | undefined): boolean {
  return k !== undefined && (k.grade !== undefined || k.freq !== undefined);
}

const xml = gunzipSync(readFileSync(KANJIDIC2)).toString('utf8');
const { kanji, version } = readKanjidic(xml);
const pairs: [string, string][] = [];
for (const k of kanji.values()) {
  for (const other of k.variants) pairs.push([k.literal, other], [other, k.literal]);
}
const unihan = execFileSync('bzcat', [UNIHAN], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
for (const line of unihan.split('\n')) {
  const [source, field, values] = line.split('\t');
  if (!source || !values || !/^k(ZVariant|SemanticVariant|SpoofingVariant)$/.test(field!)) continue;
  const a = fromUcs(source.slice(2));
  for (const v of values.split(' ')) {
    const b = fromUcs(v.replace(/<.*$/, '').slice(2));
    if (a === b) continue;
    if (field === 'kSpoofingVariant') {
      if (!kanji.has(a)) pairs.push([a, b]);
      if (!kanji.has(b)) pairs.push([b, a]);
    } else pairs.push([a, b]);
  }
}

// Each character folds to its commonest variant, when that one is common and commoner.
const target = new Map<string, string>();
for (const [from, to] of pairs) {
  const f = kanji.get(from);
  const t = kanji.get(to);
  if (!isCommon(t) || commonness(t) >= commonness(f)) continue;
  if (f?.jis208 && f.grade !== undefined && f.grade <= 8) continue; // a jouyou kanji the dictionaries have is never folded away
  const known = target.get(from);
  if (known === undefined || commonness(t) < commonness(kanji.get(known))) target.set(from, to);
}
const resolved = [...target.keys()].sort().map((from) => {
  let to = target.get(from)!;
  for (let hops = 0; target.has(to) && hops < 4; hops++) to = target.get(to)!;
  return from + to;
});
const body = resolved.join('');
writeFileSync(
  OUTPUT,
  `/**
 * Variant kanji folded for lookup, as pairs of code points (variant, then the common form it
 * folds to), concatenated. GENERATED by dict/variants/build-variants.ts (npm run
 * dict:build-variants) from KANJIDIC2 ${version} (EDRDG, CC BY-SA 3.0) and Unihan's variant
 * data (Unicode, Inc., Unicode licence); see dict/variants/LICENSE. Do not edit by hand.
 */
export const KANJI_VARIANT_PAIRS = ${JSON.stringify(body)};
`,
);
console.log(`${resolved.length} variant kanji; KANJIDIC2 ${version}`);
