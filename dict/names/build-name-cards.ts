/**
 * Builds the names file the hover popup's name card reads, from ENAMDICT (EDRDG) as Debian
 * packages it:
 *
 *     npm run dict:build-name-cards [-- /path/to/enamdict [out.tsv.gz]]
 *
 * Keeps every ENAMDICT entry of a known kind — family and given names, full names, places,
 * stations, organisations, companies, products, works — written with at least one kanji, and
 * drops the unclassified ones (tag u). One entry a line, "surface<TAB>reading<TAB>kinds<TAB>english",
 * sorted by surface (UTF-16 order) for the search by halving (core/names/name-cards.ts; the
 * extension's build cuts it into pages by surface, core/names/name-card-pages.ts); the
 * English is kept for organisations, companies, products and works (読売新聞: "Yomiuri Shimbun
 * (Japanese newspaper)"), left empty for people and places (ENAMDICT gives only their romaji).
 * gzip-compressed and committed, so that the extension builds without the Debian package.
 *
 * Names written in kana with an iteration mark (いすゞ, みすゞ, すゞ子) are kept too: no analyser
 * knows them as one word (ENAMDICT gives no reading for a kana name: it is the name, the mark
 * repeated).
 *
 * The readings of one written name are ordered by how common they are, most first (the card
 * shows the first few; ENAMDICT's own order is the kana order, 高橋 かかはし, ぐぴ … たかはし):
 * 1. how many of ENAMDICT's full names of people (h: 高橋一生 たかはしいっせい) begin or end with
 *    the name read that way;
 * 2. whether KANJIDIC2's readings of its kanji (on, kun, nanori, with the sound changes of
 *    compounds, core/kanji/used-readings.ts) make the reading;
 * 3. how many kinds ENAMDICT gives the entry (たかはし p,s,f before たかば p).
 * A reading of a person's name (kinds s, g, m, f only) that no full name uses and KANJIDIC2's
 * readings do not make is dropped when the same written name has a reading that one of them
 * supports: 高橋 ぐぴ, かかはし, たかはさ; 渡辺 まりな (typos and stray entries). A name whose
 * readings are all unsupported (小鳥遊 たかなし) keeps them.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { debianPackageVersion, readDebianEucJp } from '../debian-source';
import { NAME_KINDS } from '../../core/names/name-cards';
import { hasKanji, isAllKana, toHiragana } from '../../core/text/kana';
import { foldForLookup } from '../../core/text/lookup-folding';
import { kanjiSource } from '../../core/kanji/kanji-source';
import { usedReadings } from '../../core/kanji/used-readings';
import type { KanjiEntry } from '../../core/kanji/kanji-entry';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const DEFAULT_SOURCE = '/usr/share/edict/enamdict';
const DEFAULT_OUTPUT = fileURLToPath(new URL('./name-cards.tsv.gz', import.meta.url));
const LINE = /^(\S+)(?: \[([^\]\s]+)\])? \/\(([a-z,]+)\) ([^/]*)\//;
const KANJI_FILE = fileURLToPath(new URL('../kanji/kanji.tsv.gz', import.meta.url));
/** Whether the name is written in kana with an iteration mark (いすゞ). */
function isMarkedKana(surface: string): boolean {
  return isAllKana(surface) && /[ゝゞヽヾ]/.test(surface);
}
/** Kinds of people's names, whose stray readings are dropped (places and the rest keep every reading). */
const PERSON_KINDS = new Set(['s', 'g', 'm', 'f']);

interface CardEntry {
  surface: string;
  reading: string;
  kinds: string[];
  english: string;
}

/**
 * How many full names of people (ENAMDICT's h entries) begin or end with each written name read
 * a given way: key "surface\treading".
 */
function fullNameUses(fullNames: readonly [string, string][], readingsOf: ReadonlyMap<string, Set<string>>): Map<string, number> {
  const uses = new Map<string, number>();
  const count = (surface: string, reading: string) => uses.set(`${surface}\t${reading}`, (uses.get(`${surface}\t${reading}`) ?? 0) + 1);
  for (const [surface, reading] of fullNames) {
    // Each split into a family and a given name that ENAMDICT lists with readings making the whole.
    for (let cut = 1; cut < surface.length; cut++) {
      const head = surface.slice(0, cut);
      const tail = surface.slice(cut);
      const tailReadings = readingsOf.get(tail);
      if (!tailReadings) continue;
      for (const r of readingsOf.get(head) ?? []) {
        if (!reading.startsWith(r) || !tailReadings.has(reading.slice(r.length))) continue;
        count(head, r);
        count(tail, reading.slice(r.length));
      }
    }
  }
  return uses;
}

/** The entries of one written name ordered and sifted as the file's header says. */
function ordered(entries: CardEntry[], uses: ReadonlyMap<string, number>, made: (e: CardEntry) => boolean): CardEntry[] {
  const scored = entries.map((e, i) => ({ e, i, used: uses.get(`${e.surface}\t${e.reading}`) ?? 0, made: made(e) }));
  const anySupported = scored.some((x) => x.used > 0 || x.made);
  return scored
    .filter((x) => !anySupported || x.used > 0 || x.made || !x.e.kinds.every((k) => PERSON_KINDS.has(k)))
    .sort((a, b) => b.used - a.used || Number(b.made) - Number(a.made) || b.e.kinds.length - a.e.kinds.length || a.i - b.i)
    .map((x) => x.e);
}
/** Kinds whose English is a name worth showing (not a romanisation). */
const ENGLISH_KINDS = new Set(['o', 'c', 'pr', 'wk']);
const MAX_SURFACE = 16;

function main(): void {
  const [source = DEFAULT_SOURCE, output = DEFAULT_OUTPUT] = process.argv.slice(2);
  const text = readDebianEucJp(source, 'enamdict', 'ENAMDICT');
  const kanji = kanjiSource(gunzipSync(readFileSync(KANJI_FILE)).toString('utf8'));
  // Names take their kanji's nanori too (高 たか, 橋 はし; 一生 いっせい).
  const withNanori = (literal: string): KanjiEntry | undefined => {
    const e = kanji.get(literal);
    return e && { ...e, kun: [...e.kun, ...e.nanori] };
  };
  const bySurface = new Map<string, CardEntry[]>();
  const readingsOf = new Map<string, Set<string>>();
  const fullNames: [string, string][] = [];
  let dropped = 0;
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, surface, written] = m as unknown as [string, string, string | undefined];
    // A reading is kana, ・ parting the words of a foreign name; a line with any other is left out.
    if (written !== undefined && !isAllKana(written.replaceAll('・', ''))) continue;
    // Every sense's kinds (いすゞ /(f) Isuzu/(c) Isuzu (Japanese automobile manufacturer)/); the English of the first that keeps it.
    const senses = [...line.slice(m.index + m[1]!.length).matchAll(/\/\(([a-z,]+)\) ([^/]*)/g)].map(
      (x) => [x[1]!.split(','), x[2]!] as const,
    );
    const tags = senses.flatMap(([t]) => t).join(',');
    const english = senses.find(([t]) => t.some((k) => ENGLISH_KINDS.has(k)))?.[1] ?? '';
    const marked = isMarkedKana(surface);
    if (surface.length > MAX_SURFACE || !(hasKanji(surface) || marked)) continue;
    const reading = written ?? (marked ? toHiragana(foldForLookup(surface).text) : undefined);
    if (!reading) continue;
    const kinds = [...new Set(tags.split(',').filter((t) => t in NAME_KINDS))];
    if (!kinds.length) continue;
    if (kinds.includes('h')) fullNames.push([surface, reading]);
    readingsOf.set(surface, (readingsOf.get(surface) ?? new Set()).add(reading));
    const keepEnglish = kinds.some((k) => ENGLISH_KINDS.has(k));
    const list = bySurface.get(surface) ?? [];
    list.push({ surface, reading, kinds, english: keepEnglish ? english.replace(/\t/g, ' ').trim() : '' });
    bySurface.set(surface, list);
  }
  const uses = fullNameUses(fullNames, readingsOf);
  const made = (e: CardEntry) => usedReadings(e.surface, e.reading, withNanori).length > 0;
  const surfaces = [...bySurface.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines: string[] = [];
  for (const surface of surfaces) {
    const all = bySurface.get(surface)!;
    const kept = ordered(all, uses, made);
    dropped += all.length - kept.length;
    for (const e of kept) lines.push([e.surface, e.reading, e.kinds.join(','), e.english].join('\t'));
  }
  writeFileSync(output, gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
  console.log(
    `${lines.length} names written to ${output} (${dropped} stray readings of people's names dropped); Debian package enamdict ${debianPackageVersion('enamdict')}`,
  );
}

main();
