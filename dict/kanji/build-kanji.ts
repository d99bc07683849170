/**
 * Builds the bundled kanji file from KANJIDIC2 (EDRDG) as Debian packages it.
 *
 *     npm run dict:build-kanji [-- /path/to/kanjidic2.xml.gz [out.tsv.gz]]
 *
 * Reads /usr/share/edict/kanjidic2.xml.gz (`apt-get install kanjidic-xml`), keeps per kanji its
 * English meanings, on, kun and name readings, stroke count, grade, JLPT level, classical radical
 * and variants (as literals; not the frequency rank, see LICENSE), and writes them one kanji a line (format:
 * core/kanji/kanji-file.ts), sorted by literal, gzip-compressed, so that the extension builds
 * without the Debian package. Rerun it after updating the package and update LICENSE's version
 * line with what it prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { formatKanjiLine, kanjiFileHeader } from '../../core/kanji/kanji-file';
import { debianPackageVersion } from '../debian-source';
import { parseKanjidic2 } from './kanjidic2-parser';

const DEFAULT_SOURCE = '/usr/share/edict/kanjidic2.xml.gz';
const DEFAULT_OUTPUT = fileURLToPath(new URL('./kanji.tsv.gz', import.meta.url));

function main(): void {
  const [source = DEFAULT_SOURCE, output = DEFAULT_OUTPUT] = process.argv.slice(2);
  let raw: Buffer;
  try {
    raw = readFileSync(source);
  } catch {
    console.error(`Cannot read ${source}. Install Debian's KANJIDIC2 first: apt-get install kanjidic-xml`);
    process.exit(1);
  }
  const xml = (source.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const { header, entries, unresolvedVariants } = parseKanjidic2(xml);
  const sorted = [...entries].sort((a, b) => (a.literal < b.literal ? -1 : a.literal > b.literal ? 1 : 0));
  const text = [kanjiFileHeader(), ...sorted.map(formatKanjiLine)].join('\n') + '\n';
  writeFileSync(output, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  const variants = entries.reduce((n, e) => n + e.variants.length, 0);
  console.log(
    `${entries.length} kanji written to ${output} (${variants} variants resolved, ${unresolvedVariants.length} codes naming no kanji of the file)`,
  );
  console.log(
    `KANJIDIC2 file_version ${header.fileVersion}, database_version ${header.databaseVersion}, created ${header.dateOfCreation}; Debian package kanjidic-xml ${debianPackageVersion('kanjidic-xml')}`,
  );
}

main();
