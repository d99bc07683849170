/**
 * The bundled kanji file (dict/kanji/kanji.tsv.gz, KANJIDIC2) as a lookup by literal. The engine
 * hands it the file's text (read like the names file); this module only parses.
 */
import type { KanjiEntry } from './kanji-entry';
import { parseKanjiLine } from './kanji-file';

export interface KanjiSource {
  /** The entry for one kanji (a single code point), if KANJIDIC2 has it. */
  get: (literal: string) => KanjiEntry | undefined;
  /** The entries for each kanji of `text` that KANJIDIC2 has, in order, each once. */
  entriesOf: (text: string) => KanjiEntry[];
  /** How many kanji the file holds. */
  size: number;
}

/**
 * Parses the kanji file's text (about 13,000 lines; a few milliseconds).
 * @throws Error when a line is malformed (the engine then goes on without kanji details).
 */
export function kanjiSource(text: string): KanjiSource {
  const byLiteral = new Map<string, KanjiEntry>();
  for (const line of text.split('\n')) {
    const entry = parseKanjiLine(line);
    if (entry) byLiteral.set(entry.literal, entry);
  }
  return {
    get: (literal) => byLiteral.get(literal),
    entriesOf(text) {
      const seen = new Set<string>();
      const found: KanjiEntry[] = [];
      for (const ch of text) {
        const entry = byLiteral.get(ch);
        if (entry && !seen.has(ch)) {
          seen.add(ch);
          found.push(entry);
        }
      }
      return found;
    },
    size: byLiteral.size,
  };
}
