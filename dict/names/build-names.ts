/**
 * Builds the bundled names file from ENAMDICT (EDRDG's dictionary of Japanese proper names) as
 * Debian packages it.
 *
 *     npm run dict:build-names [-- /path/to/enamdict [out.tsv.gz [unidic-lex.csv]]]
 *
 * Reads /usr/share/edict/enamdict (EUC-JP; `apt-get install enamdict`) and keeps only what the
 * reading layer needs: people's names (surnames, given names) written in two to four kanji that
 * kuromoji (IPADIC) does not know as one word, splits into two or more tokens, and reads, token
 * by token, in a way ENAMDICT does not list (了平 りょう|たいら for りょうへい), family names among
 * them marked "s", and family names of two to four kanji that kuromoji takes as one word (垂水,
 * 根本), marked "s" with kuromoji's reading (for where kuromoji cuts them in context: 吉|高氏), and places (X市,
 * X町, X村, X区, X郡) that ENAMDICT reads one way only and kuromoji otherwise (浦添市), or whose 町 is
 * まち (浪江町), with that reading, marked "p"; and names of one to four kanji kuromoji reads as one
 * word tagged a person's name, where ENAMDICT's full names of people show another reading to be
 * the usual one (智子 ともこ, not kuromoji's さとこ), marked "u" ("su" for a family name), that
 * reading first and kuromoji's after it; and full names of people (三橋美智也, 菅義偉) that the layer,
 * with all of the above, would read otherwise, with ENAMDICT's reading. Readings are ordered by how often full names use them,
 * then by UniDic's word cost for the name read so (Debian `unidic-mecab`; ENAMDICT gives no frequency),
 * then male/female given names first, then given names, surnames, unclassified names. The output, one entry a line
 * ("surface<TAB>reading,reading…", with "<TAB>flags" for marked ones, readings then possibly
 * empty), is gzip-compressed and committed, so that the
 * extension builds without the Debian package; rerun this after updating the package, and update
 * LICENSE's version line with what it prints.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isAllKana, isAllKanji, toHiragana } from '../../core/text/kana';
import { readingSegments, type ReadingContext } from '../../core/furigana/reading-layer';
import { createReadingContext } from '../../core/furigana/reading-context';
import { nameReadingSource } from '../../core/furigana/name-readings';
import type { Token } from '../../core/segmenter/token';
import { loadNodeSegmenter } from '../node-kuromoji';
import { debianPackageVersion, readDebianEucJp } from '../debian-source';
import { readUnidic, UNIDIC_LEXICON } from '../readings/unidic-lexicon';

const DEFAULT_SOURCE = '/usr/share/edict/enamdict';
const DEFAULT_OUTPUT = fileURLToPath(new URL('./names.tsv.gz', import.meta.url));

/** ENAMDICT's tags for people's names, in the order their readings are preferred. */
const PERSON_TAGS: Record<string, number> = { m: 0, f: 0, g: 1, s: 2, u: 3 };
/** Readings kept per name (the layer shows the first and offers the others). */
const MAX_READINGS = 4;
/** People's names: two to four kanji. */
const isNameSurface = (surface: string) => kanjiOfLength(surface, 2, 4);
/** Places: two to five kanji (ヶ as in 関ヶ原) and 市, 町, 村, 区 or 郡; one kanji and a suffix is too often a plain word (当町, 両町, 旧市). */
const isPlaceSurface = (surface: string) => '市町村区郡'.includes(surface.slice(-1)) && kanjiOfLength(surface.slice(0, -1), 2, 5);
/** Full names of people read whole: three to eight kanji (family and given name). */
const isFullNameSurface = (surface: string) => kanjiOfLength(surface, 3, 8);
/** Written names of one to four kanji, for counting how full names read them. */
const isPieceSurface = (surface: string) => kanjiOfLength(surface, 1, 4);
const LINE = /^(\S+) \[([^\]\s]+)\] \/\(([a-z,]+)\)/;

/** Whether `surface` is `min` to `max` kanji (as `core/text/kana` counts them: 々 〆 ヶ, every plane). */
function kanjiOfLength(surface: string, min: number, max: number): boolean {
  const length = [...surface].length;
  return length >= min && length <= max && isAllKanji(surface);
}

/**
 * An ENAMDICT line with a reading: its written form, the reading in hiragana (ENAMDICT writes some
 * in katakana or mixed: 朴槿恵 パククネ) and its tags; undefined for other lines.
 */
function parseLine(line: string): RegExpExecArray | undefined {
  const m = LINE.exec(line);
  if (!m || !isAllKana(m[2]!)) return undefined;
  m[2] = toHiragana(m[2]!);
  return m;
}
/** A reading used in this many full names at least, and half as often again as kuromoji's, is the usual one. */
const USUAL_MIN_COUNT = 3;
const USUAL_RATIO = 1.5;

/**
 * How often each reading of a written name is used in ENAMDICT's full names of people ("h": 山田智子
 * やまだともこ), where the full name splits one way only into a family name and a given name that
 * ENAMDICT lists with those readings. The counts say which reading of 智子 is usual (ともこ 41,
 * さとこ 4), which ENAMDICT's own entries for 智子 do not.
 */
function usageCounts(
  fullNames: readonly [string, string][],
  readingsOf: ReadonlyMap<string, Set<string>>,
): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const [surface, reading] of fullNames) {
    const found: [string, string, string, string][] = [];
    for (let cut = 1; cut < surface.length; cut++) {
      const family = surface.slice(0, cut);
      const given = surface.slice(cut);
      const givenReadings = readingsOf.get(given);
      if (!givenReadings) continue;
      for (const familyReading of readingsOf.get(family) ?? []) {
        if (reading.startsWith(familyReading) && givenReadings.has(reading.slice(familyReading.length))) {
          found.push([family, familyReading, given, reading.slice(familyReading.length)]);
        }
      }
    }
    if (found.length !== 1) continue;
    const [family, familyReading, given, givenReading] = found[0]!;
    for (const [name, r] of [
      [family, familyReading],
      [given, givenReading],
    ] as const) {
      const byReading = counts.get(name) ?? new Map<string, number>();
      byReading.set(r, (byReading.get(r) ?? 0) + 1);
      counts.set(name, byReading);
    }
  }
  return counts;
}

/** The whole reading the reading layer (with no knowledge sources) gives a text: ruby where it puts ruby, the text's kana elsewhere. */
function layerReading(text: string, tokens: Token[], context: ReadingContext = {}): string {
  let reading = '';
  let at = 0;
  for (const segment of readingSegments(text, tokens, context)) {
    reading += toHiragana(text.slice(at, segment.start)) + segment.reading;
    at = segment.end;
  }
  return reading + toHiragana(text.slice(at));
}

async function main(): Promise<void> {
  const [source = DEFAULT_SOURCE, output = DEFAULT_OUTPUT, unidicFile = UNIDIC_LEXICON] = process.argv.slice(2);
  const text = readDebianEucJp(source, 'enamdict', 'ENAMDICT');
  const created = /Created: (\d{4}-\d{2}-\d{2})/.exec(text.slice(0, 400))?.[1] ?? 'unknown';

  const byName = new Map<string, { reading: string; rank: number }[]>();
  const surnames = new Set<string>();
  /** ENAMDICT's readings of places (municipalities, wards, districts, neighbourhoods). */
  const placeReadings = new Map<string, Set<string>>();
  const pieceReadings = new Map<string, Set<string>>();
  const fullNames: [string, string][] = [];
  let lines = 0;
  for (const line of text.split('\n')) {
    lines++;
    const m = parseLine(line);
    if (m && m[3]!.split(',').includes('h') && m[1]!.length <= 8) fullNames.push([m[1]!, m[2]!]);
    if (m && isPieceSurface(m[1]!) && m[3]!.split(',').some((t) => t in PERSON_TAGS)) {
      pieceReadings.set(m[1]!, (pieceReadings.get(m[1]!) ?? new Set()).add(m[2]!));
    }
    if (m && isPlaceSurface(m[1]!) && m[3]!.split(',').includes('p')) {
      placeReadings.set(m[1]!, (placeReadings.get(m[1]!) ?? new Set()).add(m[2]!));
    }
    if (!m || !isNameSurface(m[1]!)) continue;
    const ranks = m[3]!
      .split(',')
      .map((t) => PERSON_TAGS[t])
      .filter((r): r is number => r !== undefined);
    if (!ranks.length) continue;
    if (m[3]!.split(',').includes('s')) surnames.add(m[1]!);
    const list = byName.get(m[1]!) ?? [];
    if (!list.some((x) => x.reading === m[2])) list.push({ reading: m[2]!, rank: Math.min(...ranks) });
    byName.set(m[1]!, list);
  }

  const usage = usageCounts(fullNames, pieceReadings);
  // ENAMDICT gives no frequency: where no full name tells, a name's readings go by UniDic's word
  // cost for that person's name read so (新納 にいろ 4372 before しんのう 7253), unknown last.
  const unidic = readUnidic(unidicFile);
  const nameCost = (surface: string, reading: string) => {
    let cost = Number.POSITIVE_INFINITY;
    for (const e of unidic.get(surface) ?? [])
      if (e.pos2 === '固有名詞' && e.pos3 === '人名' && e.kana === reading) cost = Math.min(cost, e.cost);
    return cost;
  };
  const used = (surface: string, reading: string) => usage.get(surface)?.get(reading) ?? 0;

  const segmenter = await loadNodeSegmenter();
  const entries = new Map<string, { readings: string[]; flags: string }>();
  let familyNames = 0;
  // Names kuromoji reads as one word tagged a person's name, where full names show another
  // reading to be the usual one (智子 サトコ, usually ともこ; 裕 ヒロシ, usually ゆたか): marked "u",
  // the usual reading first and kuromoji's after it.
  let usual = 0;
  for (const [surface, byReading] of usage) {
    const tokens = segmenter.tokenize(surface);
    // A name written with a kanji numeral (一 はじめ) is read as a name only after a family name.
    if (tokens.length !== 1 || (tokens[0]!.pos2 !== '人名' && tokens[0]!.pos1 !== '数')) continue;
    const own = toHiragana(tokens[0]!.reading);
    const [best, count] = [...byReading].sort((a, b) => b[1] - a[1])[0]!;
    if (best === own || count < USUAL_MIN_COUNT || count < USUAL_RATIO * used(surface, own)) continue;
    // ず for づ (会津 あいず) is the old spelling of the same sound, not another reading.
    if (best.replace(/ぢ/g, 'じ').replace(/づ/g, 'ず') === own.replace(/ぢ/g, 'じ').replace(/づ/g, 'ず')) continue;
    entries.set(surface, { readings: [best, own], flags: surnames.has(surface) ? 'su' : 'u' });
    usual++;
  }
  for (const surface of byName.keys()) {
    if (entries.has(surface)) continue;
    const tokens = segmenter.tokenize(surface);
    if (tokens.length < 2) {
      // kuromoji knows the word and reads it so; a family name it takes as one word, often a
      // common one (垂水, 根本), is marked so that its 家 reads け (垂水家), with kuromoji's reading
      // for where kuromoji cuts it in context (吉|高氏: core/furigana/family-name-cuts.ts).
      if (surnames.has(surface)) {
        const own = tokens[0] ? toHiragana(tokens[0].reading) : '';
        entries.set(surface, { readings: own ? [own] : [], flags: 's' });
        familyNames++;
      }
      continue;
    }
    // The readings full names use most first, then by kind of name (given names before surnames).
    const readings = byName
      .get(surface)!
      .sort(
        (a, b) =>
          used(surface, b.reading) - used(surface, a.reading) ||
          nameCost(surface, a.reading) - nameCost(surface, b.reading) ||
          a.rank - b.rank,
      )
      .map((x) => x.reading);
    const kuromoji = tokens.map((t) => toHiragana(t.reading)).join('');
    if (readings.includes(kuromoji)) continue; // kuromoji's split already reads it as a name
    entries.set(surface, { readings: readings.slice(0, MAX_READINGS), flags: surnames.has(surface) ? 's' : '' });
  }
  const nameLines = entries.size - familyNames - usual;
  // Places ENAMDICT reads one way only that the reading layer would read otherwise: kuromoji's
  // reading (浦添市 うらそえし, 葛尾村 かつらおむら) or the ちょう its rule gives a town's 町 (浪江町 まち).
  let places = 0;
  for (const [surface, readings] of placeReadings) {
    if (readings.size !== 1 || entries.has(surface)) continue;
    const [reading] = readings as Set<string> & { size: 1 };
    // Only where the reading layer itself (kuromoji and its rules, 町 ちょう among them) reads it otherwise.
    if (layerReading(surface, segmenter.tokenize(surface)) === reading) continue;
    entries.set(surface, { readings: [reading!], flags: 'p' });
    places++;
  }
  const serialise = () =>
    [...entries.keys()]
      .sort()
      .map((surface) => {
        const { readings, flags } = entries.get(surface)!;
        return flags ? `${surface}\t${readings.join(',')}\t${flags}` : `${surface}\t${readings.join(',')}`;
      })
      .join('\n') + '\n';
  // Full names of people (三橋美智也 みはしみちや, 大川隆法) that the layer, with all of the above,
  // would still read otherwise: read whole, as ENAMDICT does.
  const withNames = createReadingContext({ names: nameReadingSource(serialise()) });
  const fullNameReadings = new Map<string, string[]>();
  for (const [surface, reading] of fullNames) {
    if (!isFullNameSurface(surface)) continue;
    const list = fullNameReadings.get(surface) ?? [];
    if (!list.includes(reading)) list.push(reading);
    fullNameReadings.set(surface, list);
  }
  let people = 0;
  for (const [surface, readings] of fullNameReadings) {
    if (entries.has(surface)) continue;
    const tokens = segmenter.tokenize(surface);
    if (tokens.length < 2 || readings.includes(layerReading(surface, tokens, withNames))) continue;
    entries.set(surface, { readings: readings.slice(0, MAX_READINGS), flags: '' });
    people++;
  }
  const body = serialise();
  // level 9 and no file name or time in the gzip header: the same input gives the same file.
  const gz = gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
  writeFileSync(output, gz);
  const version = source === DEFAULT_SOURCE ? debianPackageVersion('enamdict') : 'unknown';
  console.log(`ENAMDICT created ${created}, Debian package enamdict ${version} (${source})`);
  console.log(
    `${lines} lines → ${byName.size} people's names of 2–4 kanji → ${nameLines} kuromoji splits and misreads, ${familyNames} family names kuromoji reads as one word; ${usual} names whose usual reading (in ${fullNames.length} full names) is not kuromoji's; ${people} full names the layer would misread; ${places} places read one way that the layer would read otherwise`,
  );
  console.log(`wrote ${output}: ${Buffer.byteLength(body)} bytes uncompressed, ${gz.length} bytes gzip`);
}

await main();
