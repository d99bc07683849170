/**
 * Builds the names file the hover popup's name card reads, from ENAMDICT (EDRDG) as Debian
 * packages it:
 *
 *     npm run dict:build-name-cards [-- /path/to/enamdict [out.tsv.gz]]
 *
 * Keeps every ENAMDICT entry of a known kind — family and given names, full names, places,
 * stations, organisations, companies, products, works — written with at least one kanji, and
 * drops the unclassified ones (tag u). One entry a line, "surface<TAB>reading<TAB>kinds<TAB>english",
 * sorted by surface (UTF-16 order) for the search by halving (core/names/name-cards.ts); the
 * English is kept for organisations, companies, products and works (読売新聞: "Yomiuri Shimbun
 * (Japanese newspaper)"), left empty for people and places (ENAMDICT gives only their romaji).
 * gzip-compressed and committed, so that the extension builds without the Debian package.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { debianPackageVersion, readDebianEucJp } from '../debian-source';
import { NAME_KINDS } from '../../core/names/name-cards';
import { hasKanji } from '../../core/text/kana';

const DEFAULT_SOURCE = '/usr/share/edict/enamdict';
const DEFAULT_OUTPUT = fileURLToPath(new URL('./name-cards.tsv.gz', import.meta.url));
const LINE = /^(\S+) \[([\u3041-\u309f\u30a1-\u30fc]+)\] \/\(([a-z,]+)\) ([^/]*)\//;
/** Kinds whose English is a name worth showing (not a romanisation). */
const ENGLISH_KINDS = new Set(['o', 'c', 'pr', 'wk']);
const MAX_SURFACE = 16;

function main(): void {
  const [source = DEFAULT_SOURCE, output = DEFAULT_OUTPUT] = process.argv.slice(2);
  const text = readDebianEucJp(source, 'enamdict', 'ENAMDICT');
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, surface, reading, tags, english] = m as unknown as [string, string, string, string, string];
    if (surface.length > MAX_SURFACE || !hasKanji(surface)) continue;
    const kinds = tags.split(',').filter((t) => t in NAME_KINDS);
    if (!kinds.length) continue;
    const keepEnglish = kinds.some((k) => ENGLISH_KINDS.has(k));
    lines.push([surface, reading, kinds.join(','), keepEnglish ? english.replace(/\t/g, ' ').trim() : ''].join('\t'));
  }
  lines.sort((a, b) => {
    const sa = a.slice(0, a.indexOf('\t'));
    const sb = b.slice(0, b.indexOf('\t'));
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  });
  writeFileSync(output, gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
  console.log(`${lines.length} names written to ${output}; Debian package enamdict ${debianPackageVersion('enamdict')}`);
}

main();
