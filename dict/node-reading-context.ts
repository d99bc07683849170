/**
 * The knowledge sources the engine passes to the reading layer (glossary, EDICT, names, KANJIDIC2,
 * the lexicon words), loaded in Node from the project's files: for the evaluation and benchmark
 * scripts and the builders that measure the layer. Flags on the command line leave a source out
 * (`--no-glossary`, `--no-dictionary`, `--no-names`, `--no-kanji`, `--no-lexicon`).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { ReadingContext } from '../core/furigana/reading-layer';
import { openDictionaryFile } from '../core/dictionary/dictionary-file';
import { createReadingContext, type ReadingKnowledge } from '../core/furigana/reading-context';
import { bundledGlossary } from './glossary/glossary';
import { nameReadingSource } from '../core/furigana/name-readings';
import { kanjiSource } from '../core/kanji/kanji-source';
import { lexiconWordSource } from '../core/furigana/lexicon-words';

const EDICT_FILE = fileURLToPath(new URL('./edict/edict.yomu.gz', import.meta.url));
const NAMES_FILE = fileURLToPath(new URL('./names/names.tsv.gz', import.meta.url));
const KANJI_FILE = fileURLToPath(new URL('./kanji/kanji.tsv.gz', import.meta.url));
const LEXICON_FILE = fileURLToPath(new URL('./readings/lexicon-words.tsv.gz', import.meta.url));

/**
 * The knowledge sources the engine passes to the reading layer, loaded in Node. `lexicon: false`
 * leaves out the lexicon words (their builder measures the layer without them), as `--no-lexicon` does.
 */
export async function loadReadingContext({ lexicon = true }: { lexicon?: boolean } = {}): Promise<ReadingContext> {
  const knowledge: ReadingKnowledge = {};
  if (!process.argv.includes('--no-glossary')) knowledge.glossary = bundledGlossary();
  if (!process.argv.includes('--no-dictionary')) {
    if (existsSync(EDICT_FILE)) knowledge.dictionary = await openDictionaryFile(new Uint8Array(await readFile(EDICT_FILE)));
    else console.warn(`note: ${EDICT_FILE} is not built; reading without EDICT`);
  }
  if (!process.argv.includes('--no-names')) {
    if (existsSync(NAMES_FILE)) knowledge.names = nameReadingSource(gunzipSync(await readFile(NAMES_FILE)).toString('utf8'));
    else console.warn(`note: ${NAMES_FILE} is not built; reading without names`);
  }
  if (!process.argv.includes('--no-kanji') && existsSync(KANJI_FILE))
    knowledge.kanji = kanjiSource(gunzipSync(await readFile(KANJI_FILE)).toString('utf8'));
  if (lexicon && !process.argv.includes('--no-lexicon') && existsSync(LEXICON_FILE))
    knowledge.lexicon = lexiconWordSource(new Uint8Array(gunzipSync(await readFile(LEXICON_FILE))));
  return createReadingContext(knowledge);
}
