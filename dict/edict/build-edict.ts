/**
 * Builds the bundled dictionary file from EDICT as Debian packages it.
 *
 *     npm run dict:build [-- /path/to/edict [out.yomu.gz]]
 *
 * Reads /usr/share/edict/edict (EUC-JP; `apt-get install edict`), merges its lines into words,
 * and writes dict/edict/edict.yomu.gz (the format of core/dictionary/edict-format.ts, gzip). The
 * output is committed, so that the extension builds without the Debian package; rerun this after
 * updating the package, and update LICENSE's version line with what it prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { normalizeKey } from '../../core/dictionary/dictionary-key';
import { encodeDictionaryFile } from '../../core/dictionary/edict-format';
import { edictMetadata, parseEdict, supplementLines } from './edict-source';
import { debianPackageVersion, readDebianEucJp } from '../debian-source';

const DEFAULT_SOURCE = '/usr/share/edict/edict';
const DEFAULT_OUTPUT = fileURLToPath(new URL('./edict.yomu.gz', import.meta.url));
/** Words EDICT cannot or does not hold, in its own line format, each with its evidence (see the file). */
const SUPPLEMENT = fileURLToPath(new URL('./supplement.edict', import.meta.url));

function main(): void {
  const [source = DEFAULT_SOURCE, output = DEFAULT_OUTPUT] = process.argv.slice(2);
  const text = readDebianEucJp(source, 'edict', 'EDICT');
  const supplement = supplementLines(readFileSync(SUPPLEMENT, 'utf8'));
  const parsed = parseEdict([text.replace(/\n+$/, ''), ...supplement].join('\n'));
  const version = source === DEFAULT_SOURCE ? debianPackageVersion('edict') : 'unknown';
  const origin = `Debian package edict ${version} (${source})`;
  // Entries in the order of their main form: a key's postings then mostly point near the
  // previous key's, and the delta-coded postings compress well. (Ties keep EDICT's order.)
  const mainForm = (e: (typeof parsed.entries)[number]) => normalizeKey(e.headwords[0]?.text ?? e.readings[0]!.text);
  const entries = parsed.entries
    .map((entry, i) => ({ entry, key: mainForm(entry), i }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map((x) => x.entry);
  const bytes = encodeDictionaryFile(entries, edictMetadata(parsed.created, origin));
  // level 9 and no file name or time in the gzip header: the same input gives the same file.
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(output, gz);
  console.log(`EDICT created ${parsed.created}, ${origin}`);
  console.log(`${supplement.length} line(s) from ${SUPPLEMENT}`);
  console.log(`${parsed.lineCount} lines → ${parsed.entries.length} entries; skipped ${parsed.skipped.length} line(s)`);
  for (const s of parsed.skipped) console.log(`  skipped line ${s.line}: ${s.text}`);
  console.log(`wrote ${output}: ${bytes.length} bytes uncompressed, ${gz.length} bytes gzip`);
}

main();
