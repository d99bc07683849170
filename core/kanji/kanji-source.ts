/**
 * The bundled kanji file (dict/kanji/kanji.tsv.gz, KANJIDIC2) as a lookup by literal. The engine
 * hands it the file's text (read like the names file); this module only parses.
 */
import type { KanjiEntry } from './kanji-entry';
import { KANJI_FILE_COLUMNS, parseKanjiLine } from './kanji-file';

export interface KanjiSource {
  /** The entry for one kanji (a single code point), if KANJIDIC2 has it. */
  get: (literal: string) => KanjiEntry | undefined;
  /** The entries for each kanji of `text` that KANJIDIC2 has, in order, each once. */
  entriesOf: (text: string) => KanjiEntry[];
  /** How many kanji the file holds. */
  size: number;
}

/**
 * Opens the kanji file's text (about 13,000 lines): each line is filed under its literal and
 * checked for its column count now, and parsed the first time it is asked for, so that opening
 * the file costs the engine's thread a few milliseconds, not the parse of every line.
 * @throws Error when a line has the wrong number of columns (the engine then goes on without kanji details).
 */
export function kanjiSource(text: string): KanjiSource {
  const lines = new Map<string, string>();
  const parsed = new Map<string, KanjiEntry | undefined>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    let tabs = 0;
    for (let at = line.indexOf('\t'); at >= 0; at = line.indexOf('\t', at + 1)) tabs++;
    if (tabs !== KANJI_FILE_COLUMNS.length - 1) parseKanjiLine(line); // throws, saying what is wrong
    lines.set(line.slice(0, line.indexOf('\t')), line);
  }
  function get(literal: string): KanjiEntry | undefined {
    if (!parsed.has(literal)) {
      const line = lines.get(literal);
      parsed.set(literal, line === undefined ? undefined : parseKanjiLine(line));
    }
    return parsed.get(literal);
  }
  return {
    get,
    entriesOf(text) {
      const seen = new Set<string>();
      const found: KanjiEntry[] = [];
      for (const ch of text) {
        const entry = get(ch);
        if (entry && !seen.has(ch)) {
          seen.add(ch);
          found.push(entry);
        }
      }
      return found;
    },
    size: lines.size,
  };
}
