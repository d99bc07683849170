/**
 * Builds the table of readings two sources agree on against IPADIC (core/furigana/rules/agreed-readings-table.ts):
 *
 *     npx tsx dict/readings/build-agreed-readings.ts [UniDic lex.csv] [JumanDIC directory]
 *
 * For every entry of IPADIC as kuromoji ships it (node_modules/kuromoji/dict/tid_pos.dat.gz:
 * written form, part of speech, reading) whose written form has a kanji and two characters or
 * more, a row is written of one of two kinds, asked in this order:
 * - `only`: UniDic (Debian `unidic-mecab` 3.1.1, lex_3_1.csv, the UniDic Consortium,
 *   BSD-3-Clause / LGPL-2.1 / GPL-2+; used under BSD-3-Clause) reads the written form one way
 *   only, over all its entries, and differently from IPADIC; EDICT (the project's
 *   dict/edict/edict.yomu.gz, EDRDG, CC BY-SA 3.0) lists UniDic's reading of the word (for a verb
 *   or adjective, of its dictionary form) and not IPADIC's (東端 ひがしばた → とうたん).
 * - `common`: not a suffix nor a proper noun (a suffix's voiced reading and a name's own reading
 *   are not the dictionary's word's); EDICT marks readings of the word common, its first is UniDic's
 *   likeliest reading (lowest word cost) for the same part of speech, and IPADIC's reading is not
 *   among EDICT's common ones (緑色 りょくしょく → みどりいろ).
 * - `nihon`: not a proper noun (a company's or a place's にっぽん is its own); IPADIC reads 日本 in
 *   the word にっぽん, EDICT lists the same reading with にほん and marks only readings other than
 *   IPADIC's common (日本人 にっぽんじん → にほんじん, 日本一): the glossary's 日本 is にほん too. UniDic
 *   is not asked: it has no entry for these compounds (日本|人 are two of its short units).
 * - `juman`: not a suffix and does not conjugate; JumanDIC (Debian `mecab-jumandic`, the JUMAN
 *   analyser's dictionary, BSD-3-Clause; dict/readings/jumandic-lexicon.ts) reads the written form
 *   one way only over all its entries, UniDic's likeliest reading for the part of speech is the same,
 *   IPADIC's differs, and EDICT, where it has the word, lists the reading (大連 たいれん → だいれん,
 *   香美 かがみ → かみ; a common noun only where EDICT does not read it as IPADIC does: 五月 stays
 *   ごがつ). Asked after the two kinds above.
 * For a conjugated form, "EDICT lists IPADIC's reading" means one of its readings of the
 * dictionary form starts with IPADIC's reading of the stem.
 * Measured on KWDLC before it was built (scripts/eval-agreement.ts, variant shipped+common-vs-own):
 * train half a +16 −0 chunks, half b +20 −2, dev +2 −0, the homograph sets unchanged; laxer
 * variants (UniDic's lowest-cost reading alone, EDICT's first reading, a lone kanji, suffixes and
 * proper nouns in the second kind) broke more than they fixed or lost dev (README, "Reading accuracy").
 * Only the rows are kept, no other data of either source. Prints the row count of each kind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { openDictionaryFile } from '../../core/dictionary/dictionary-file';
import { dictionaryReadingSource } from '../../core/furigana/dictionary-readings';
import { hasKanji, toHiragana } from '../../core/text/kana';
import { JUMANDIC_DIRECTORY, readJumandic, type JumandicEntry } from './jumandic-lexicon';
import { conjugates, listsOwn, lowestCost, readUnidic, sameClass, UNIDIC_LEXICON, type UnidicEntry } from './unidic-lexicon';

const UNIDIC = process.argv[2] ?? UNIDIC_LEXICON;
const JUMANDIC = process.argv[3] ?? JUMANDIC_DIRECTORY;
const IPADIC = fileURLToPath(new URL('../../node_modules/kuromoji/dict/tid_pos.dat.gz', import.meta.url));
const EDICT = fileURLToPath(new URL('../edict/edict.yomu.gz', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../core/furigana/rules/agreed-readings-table.ts', import.meta.url));

/** IPADIC's entries as kuromoji stores them: `surface,pos,pos1,pos2,pos3,cType,cForm,base,reading,pron`. */
function readIpadic(file: string): string[][] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\0')
    .map((s) => s.split(','))
    .filter((f) => f.length === 10 && f[0] && hasKanji(f[0]));
}

/**
 * Kind `nihon`: the reading with にほん for IPADIC's にっぽん in a word that is not a proper noun nor
 * conjugates, where EDICT lists it and marks it common and IPADIC's reading not (日本人 → にほんじん).
 */
function nihonReading(
  surface: string,
  pos: string,
  pos1: string,
  own: string,
  edict: { readings: (w: string) => readonly string[] | undefined; commonCount: (w: string) => number },
): string | undefined {
  if (!surface.includes('日本') || !own.includes('にっぽん') || pos1 === '固有名詞' || conjugates(pos)) return undefined;
  const listed = edict.readings(surface) ?? [];
  const common = listed.slice(0, edict.commonCount(surface));
  const reading = own.replace('にっぽん', 'にほん');
  return common.includes(reading) && !common.includes(own) ? reading : undefined;
}

/**
 * Kind `common`: not a suffix nor a proper noun; EDICT's first reading of `word` (the dictionary
 * form) is UniDic's likeliest for the part of speech, EDICT marks readings common and IPADIC's
 * reading `own` is not among them (緑色 りょくしょく → みどりいろ). The agreed reading, or undefined.
 */
function commonReading(
  surface: string,
  pos: string,
  pos1: string,
  own: string,
  entries: readonly UnidicEntry[],
  word: string,
  listed: readonly string[],
  edict: { commonCount: (w: string) => number },
): string | undefined {
  if (pos1 === '接尾' || pos1 === '固有名詞') return undefined;
  const likeliest = lowestCost(entries.filter((e) => sameClass(pos, pos1, e)));
  const common = edict.commonCount(word);
  if (!likeliest || likeliest.kana === own || !common || listed[0] !== likeliest.kanaBase) return undefined;
  if (listsOwn(surface, pos, own, listed.slice(0, common))) return undefined;
  return likeliest.kana;
}

/**
 * Kind `juman`: a word that does not conjugate and is no suffix (a suffix's voiced reading is the
 * compound's), which JumanDIC reads one way only over all its entries, the same as UniDic's
 * likeliest reading for the part of speech, and differently from IPADIC; EDICT, where it has the
 * word, lists that reading, and for a common noun does not list IPADIC's (a homograph's reading
 * goes by its sense: 五月 ごがつ, not さつき) (大連 たいれん → だいれん, 鳥栖 とりす → とす). The
 * agreed reading, or undefined.
 */
function jumanReading(
  surface: string,
  pos: string,
  pos1: string,
  own: string,
  entries: readonly UnidicEntry[],
  listed: readonly string[],
  jumandic: ReadonlyMap<string, readonly JumandicEntry[]>,
): string | undefined {
  if (conjugates(pos) || pos1 === '接尾') return undefined;
  // A common word that EDICT also reads as IPADIC does is a homograph read by its sense (五月
  // ごがつ, 大勢 たいせい, 黄泉 よみ, 泥水 どろみず): IPADIC's stands. A tester found JumanDIC's one
  // reading wrong for such words in a news text of his own, where KWDLC had no case.
  if (pos1 !== '固有名詞' && listed.includes(own)) return undefined;
  const readings = new Set(jumandic.get(surface)?.map((e) => e.reading));
  if (readings.size !== 1) return undefined;
  const likeliest = lowestCost(entries.filter((e) => sameClass(pos, pos1, e)))?.kana;
  if (!likeliest || likeliest === own || !readings.has(likeliest)) return undefined;
  return listed.length && !listed.includes(likeliest) ? undefined : likeliest;
}

async function main(): Promise<void> {
  const unidic = readUnidic(UNIDIC);
  const edict = dictionaryReadingSource(await openDictionaryFile(new Uint8Array(readFileSync(EDICT))));
  const rows = new Map<string, string>();
  const kinds = { only: 0, common: 0, juman: 0, nihon: 0 };
  const jumandic = readJumandic(JUMANDIC);
  for (const [surface, pos, pos1, , , , , base, reading] of readIpadic(IPADIC)) {
    if ([...surface!].length < 2 || !reading || reading === '*') continue;
    const own = toHiragana(reading);
    const nihon = nihonReading(surface!, pos!, pos1!, own, edict);
    if (nihon) {
      rows.set([surface, `${pos},${pos1}`, own].join('\t'), `${nihon}\tnihon`);
      kinds.nihon++;
      continue;
    }
    const entries = unidic.get(surface!);
    if (!entries) continue;
    const key = [surface, `${pos},${pos1}`, own].join('\t');
    if (rows.has(key)) continue;
    const word = conjugates(pos!) ? base! : surface!;
    const listed = edict.readings(word) ?? [];
    if (!listed.length) {
      const agreed = jumanReading(surface!, pos!, pos1!, own, entries, listed, jumandic);
      if (agreed) {
        rows.set(key, `${agreed}\tjuman`);
        kinds.juman++;
      }
      continue;
    }
    // Kind `only`: UniDic's one reading, which EDICT lists, against IPADIC's, which it does not.
    const only = new Set(entries.map((e) => e.kana)).size === 1 ? entries[0]! : undefined;
    if (only && only.kana !== own && listed.includes(only.kanaBase) && !listsOwn(surface!, pos!, own, listed)) {
      rows.set(key, `${only.kana}\tonly`);
      kinds.only++;
      continue;
    }
    // Kind `common`: EDICT's first common reading is UniDic's likeliest, IPADIC's is not common.
    const common = commonReading(surface!, pos!, pos1!, own, entries, word, listed, edict);
    if (common) {
      rows.set(key, `${common}\tcommon`);
      kinds.common++;
      continue;
    }
    const agreed = jumanReading(surface!, pos!, pos1!, own, entries, listed, jumandic);
    if (agreed) {
      rows.set(key, `${agreed}\tjuman`);
      kinds.juman++;
    }
  }
  const sorted = [...rows].map(([key, value]) => `${key}\t${value}`).sort();
  writeFileSync(
    OUTPUT,
    `/**
 * Readings of IPADIC words where two other sources agree against IPADIC's. One row a line:
 * written form, IPADIC part of speech and its first subdivision, IPADIC's reading, the agreed
 * reading (hiragana), and the kind of agreement: \`only\` (UniDic reads the form one way only and
 * EDICT lists that reading and not IPADIC's), \`common\` (EDICT's first common reading is
 * UniDic's likeliest for the part of speech; IPADIC's is not common in EDICT), \`juman\` (JumanDIC's
 * one reading is UniDic's likeliest; EDICT, where it has the word, lists it) or \`nihon\` (IPADIC's
 * にっぽん where EDICT marks the にほん reading common and IPADIC's not). GENERATED by
 * dict/readings/build-agreed-readings.ts from UniDic 3.1.1 (the UniDic Consortium, BSD-3-Clause),
 * JumanDIC (Debian mecab-jumandic, BSD-3-Clause) and EDICT (EDRDG, CC BY-SA 3.0); see
 * dict/readings/LICENSE. Do not edit by hand.
 */
export const AGREED_READING_ROWS = \`
${sorted.join('\n')}
\`;
`,
  );
  console.log(`${sorted.length} rows (only ${kinds.only}, common ${kinds.common}, juman ${kinds.juman}, nihon ${kinds.nihon}) → ${OUTPUT}`);
}

await main();
