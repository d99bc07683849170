/**
 * The bundled kanji file (dict/kanji/kanji.tsv.gz, KANJIDIC2) as a lookup by literal, searched in
 * place: the file's lines are sorted by literal (kanji-file.ts), so a literal is found by halving
 * over the UTF-8 bytes (core/text/sorted-lines.ts) and only the lines asked for are decoded and
 * parsed. Opening it costs nothing but a look at its first line: splitting and filing its 13,000
 * lines took the engine's thread ~250 ms in a fresh browser, around the first hover (issue 14).
 */
import type { KanjiEntry } from './kanji-entry';
import { kanjiFileHeader, parseKanjiLine } from './kanji-file';
import { sortedLines } from '../text/sorted-lines';

export interface KanjiSource {
  /**
   * The entry for one kanji (a single code point), if KANJIDIC2 has it.
   * @throws Error when its line is malformed (wrong column count, a bad number), saying what is wrong.
   */
  get: (literal: string) => KanjiEntry | undefined;
  /** The entries for each kanji of `text` that KANJIDIC2 has, in order, each once. Throws as `get` does. */
  entriesOf: (text: string) => KanjiEntry[];
  /** How many kanji the file holds (counted on first use). */
  readonly size: number;
}

const HASH = 0x23;
const NEWLINE = 0x0a;

/**
 * Opens the kanji file: its UTF-8 bytes (kept, not copied) or its text, lines sorted by literal
 * in UTF-16 order as dict/kanji/build-kanji.ts writes them. A file that starts with a comment
 * must start with this format's header.
 * @throws Error when the header names other columns (a file of another format).
 */
export function kanjiSource(file: Uint8Array | string): KanjiSource {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  if (bytes[0] === HASH) {
    const end = bytes.indexOf(NEWLINE);
    const header = new TextDecoder().decode(bytes.subarray(0, end < 0 ? bytes.length : end)).replace(/\r$/, '');
    if (header !== kanjiFileHeader()) throw new Error(`the kanji file's header names other columns: ${header.slice(0, 80)}`);
  }
  const lines = sortedLines(bytes);
  const parsed = new Map<string, KanjiEntry | undefined>();
  let count: number | undefined;
  function get(literal: string): KanjiEntry | undefined {
    if (!parsed.has(literal)) {
      const line = lines.linesOf(literal)[0];
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
    get size() {
      if (count === undefined) {
        count = 0;
        for (let start = 0; start < bytes.length;) {
          const end = bytes.indexOf(NEWLINE, start);
          const next = end < 0 ? bytes.length : end + 1;
          if (bytes[start] !== NEWLINE && bytes[start] !== HASH && next > start) count++;
          start = next;
        }
      }
      return count;
    },
  };
}
