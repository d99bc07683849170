/**
 * Builds the bundled names file from ENAMDICT (EDRDG's dictionary of Japanese proper names) as
 * Debian packages it.
 *
 *     npm run dict:build-names [-- /path/to/enamdict [out.tsv.gz]]
 *
 * Reads /usr/share/edict/enamdict (EUC-JP; `apt-get install enamdict`) and keeps only what the
 * reading layer needs: people's names (surnames, given names) written in two to four kanji that
 * kuromoji (IPADIC) does not know as one word, splits into two or more tokens, and reads, token
 * by token, in a way ENAMDICT does not list (了平 りょう|たいら for りょうへい), and family names
 * of two to four kanji that kuromoji takes as one word (垂水, 根本), marked "s", and places (X市,
 * X町, X村, X区, X郡) that ENAMDICT reads one way only and kuromoji otherwise (浦添市), or whose 町 is
 * まち (浪江町), with that reading, marked "p". Readings are ordered male/female given
 * names first, then given names, surnames, unclassified names. The output, one entry a line
 * ("surface<TAB>reading,reading…", with "<TAB>flags" for marked ones, readings then possibly
 * empty), is gzip-compressed and committed, so that the
 * extension builds without the Debian package; rerun this after updating the package, and update
 * LICENSE's version line with what it prints.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { toHiragana } from '../../core/text/kana';
import { readingSegments } from '../../core/furigana/reading-layer';
import type { Token } from '../../core/segmenter/token';
import { loadNodeSegmenter } from '../../scripts/node-kuromoji';
import { debianPackageVersion, readDebianEucJp } from '../debian-source';

const DEFAULT_SOURCE = '/usr/share/edict/enamdict';
const DEFAULT_OUTPUT = fileURLToPath(new URL('./names.tsv.gz', import.meta.url));

/** ENAMDICT's tags for people's names, in the order their readings are preferred. */
const PERSON_TAGS: Record<string, number> = { m: 0, f: 0, g: 1, s: 2, u: 3 };
/** Readings kept per name (the layer shows the first and offers the others). */
const MAX_READINGS = 4;
const NAME_SURFACE = /^[\u4e00-\u9fff\u3005]{2,4}$/;
/** Places: two to five kanji (ヶ as in 関ヶ原) and 市, 町, 村, 区 or 郡; one kanji and a suffix is too often a plain word (当町, 両町, 旧市). */
const PLACE_SURFACE = /^[\u4e00-\u9fff\u3005\u30f6]{2,5}[市町村区郡]$/;
const LINE = /^(\S+) \[([\u3041-\u309f\u30fc]+)\] \/\(([a-z,]+)\)/;

/** The whole reading the reading layer (with no knowledge sources) gives a text: ruby where it puts ruby, the text's kana elsewhere. */
function layerReading(text: string, tokens: Token[]): string {
  let reading = '';
  let at = 0;
  for (const segment of readingSegments(text, tokens)) {
    reading += toHiragana(text.slice(at, segment.start)) + segment.reading;
    at = segment.end;
  }
  return reading + toHiragana(text.slice(at));
}

async function main(): Promise<void> {
  const [source = DEFAULT_SOURCE, output = DEFAULT_OUTPUT] = process.argv.slice(2);
  const text = readDebianEucJp(source, 'enamdict', 'ENAMDICT');
  const created = /Created: (\d{4}-\d{2}-\d{2})/.exec(text.slice(0, 400))?.[1] ?? 'unknown';

  const byName = new Map<string, { reading: string; rank: number }[]>();
  const surnames = new Set<string>();
  /** ENAMDICT's readings of places (municipalities, wards, districts, neighbourhoods). */
  const placeReadings = new Map<string, Set<string>>();
  let lines = 0;
  for (const line of text.split('\n')) {
    lines++;
    const m = LINE.exec(line);
    if (m && PLACE_SURFACE.test(m[1]!) && m[3]!.split(',').includes('p')) {
      placeReadings.set(m[1]!, (placeReadings.get(m[1]!) ?? new Set()).add(m[2]!));
    }
    if (!m || !NAME_SURFACE.test(m[1]!)) continue;
    const ranks = m[3]!.split(',').map((t) => PERSON_TAGS[t]).filter((r): r is number => r !== undefined);
    if (!ranks.length) continue;
    if (m[3]!.split(',').includes('s')) surnames.add(m[1]!);
    const list = byName.get(m[1]!) ?? [];
    if (!list.some((x) => x.reading === m[2])) list.push({ reading: m[2]!, rank: Math.min(...ranks) });
    byName.set(m[1]!, list);
  }

  const segmenter = await loadNodeSegmenter();
  const entries = new Map<string, { readings: string[]; flags: string }>();
  let familyNames = 0;
  for (const surface of byName.keys()) {
    const tokens = segmenter.tokenize(surface);
    if (tokens.length < 2) {
      // kuromoji knows the word and keeps its own reading; a family name it takes as one word,
      // often a common one (垂水, 根本), is marked so that its 家 reads け (垂水家).
      if (surnames.has(surface)) {
        entries.set(surface, { readings: [], flags: 's' });
        familyNames++;
      }
      continue;
    }
    const readings = byName.get(surface)!.sort((a, b) => a.rank - b.rank).map((x) => x.reading);
    const kuromoji = tokens.map((t) => toHiragana(t.reading)).join('');
    if (readings.includes(kuromoji)) continue; // kuromoji's split already reads it as a name
    entries.set(surface, { readings: readings.slice(0, MAX_READINGS), flags: '' });
  }
  const nameLines = entries.size - familyNames;
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
  const out = [...entries.keys()].sort().map((surface) => {
    const { readings, flags } = entries.get(surface)!;
    return flags ? `${surface}\t${readings.join(',')}\t${flags}` : `${surface}\t${readings.join(',')}`;
  });
  const body = out.join('\n') + '\n';
  // level 9 and no file name or time in the gzip header: the same input gives the same file.
  const gz = gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
  writeFileSync(output, gz);
  const version = source === DEFAULT_SOURCE ? debianPackageVersion('enamdict') : 'unknown';
  console.log(`ENAMDICT created ${created}, Debian package enamdict ${version} (${source})`);
  console.log(`${lines} lines → ${byName.size} people's names of 2–4 kanji → ${nameLines} kuromoji splits and misreads, ${familyNames} family names kuromoji reads as one word; ${places} places read one way that the layer would read otherwise`);
  console.log(`wrote ${output}: ${Buffer.byteLength(body)} bytes uncompressed, ${gz.length} bytes gzip`);
}

await main();
