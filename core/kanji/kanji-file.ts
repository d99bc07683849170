/**
 * The bundled kanji file (dict/kanji/kanji.tsv.gz, built by dict/kanji/build-kanji.ts from
 * KANJIDIC2): its format, written by the builder and read here. One kanji a line, ten
 * tab-separated columns, lines sorted by literal (UTF-16 order), lines starting with "#" are
 * comments (the first one names the columns):
 *
 *     literal  meanings  on  kun  nanori  strokes  grade  jlpt  radical  variants
 *
 * - meanings: English meanings joined by "|" (KANJIDIC2's `<meaning>` without `m_lang`);
 * - on, kun, nanori: readings joined by ","; on in katakana, kun in hiragana with the okurigana
 *   after a "." and affix positions marked "-" as KANJIDIC2 writes them (さば.く, -つ.ぐ);
 * - strokes, grade (1–6 kyōiku, 8 other jōyō, 9–10 jinmeiyō), jlpt (old levels 4–1), radical
 *   (classical, 1–214): decimal numbers, empty when KANJIDIC2 has none (KANJIDIC2's frequency
 *   ranks are not carried: their author allows no commercial use, see dict/kanji/LICENSE);
 * - variants: the literals of the kanji KANJIDIC2 names as variants (its jis208/jis212/jis213/ucs
 *   codes resolved to characters), joined by ",".
 */
import type { KanjiEntry } from './kanji-entry';

export const KANJI_FILE_COLUMNS = [
  'literal',
  'meanings',
  'on',
  'kun',
  'nanori',
  'strokes',
  'grade',
  'jlpt',
  'radical',
  'variants',
] as const;

const MEANING_SEPARATOR = '|';
const LIST_SEPARATOR = ',';

/** The kanji file's first line, naming the columns. */
export function kanjiFileHeader(): string {
  return `#${KANJI_FILE_COLUMNS.join('\t')}`;
}

/**
 * One entry as one line of the file (no newline).
 * @throws Error when a value holds a separator (tab, newline, or its column's joiner), which the format cannot carry.
 */
export function formatKanjiLine(entry: KanjiEntry): string {
  const list = (values: readonly string[], separator: string, column: string) => {
    for (const v of values) {
      if (/[\t\n]/.test(v) || v.includes(separator) || v === '') {
        throw new Error(`${entry.literal}: the ${column} value ${JSON.stringify(v)} cannot be written`);
      }
    }
    return values.join(separator);
  };
  const num = (n: number | undefined) => (n === undefined ? '' : String(n));
  return [
    entry.literal,
    list(entry.meanings, MEANING_SEPARATOR, 'meanings'),
    list(entry.on, LIST_SEPARATOR, 'on'),
    list(entry.kun, LIST_SEPARATOR, 'kun'),
    list(entry.nanori, LIST_SEPARATOR, 'nanori'),
    num(entry.strokes),
    num(entry.grade),
    num(entry.jlpt),
    num(entry.radical),
    list(entry.variants, LIST_SEPARATOR, 'variants'),
  ].join('\t');
}

/**
 * Reads one line of the file.
 * @returns the entry, or undefined for a comment or empty line.
 * @throws Error for a line without ten columns or with a malformed number.
 */
export function parseKanjiLine(line: string): KanjiEntry | undefined {
  if (line === '' || line.startsWith('#')) return undefined;
  const cols = line.split('\t');
  if (cols.length !== KANJI_FILE_COLUMNS.length) {
    throw new Error(`a kanji line has ${cols.length} columns, not ${KANJI_FILE_COLUMNS.length}: ${line.slice(0, 40)}`);
  }
  const [literal, meanings, on, kun, nanori, strokes, grade, jlpt, radical, variants] = cols as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const list = (s: string, separator: string) => (s === '' ? [] : s.split(separator));
  const num = (s: string, column: string): number | undefined => {
    if (s === '') return undefined;
    if (!/^\d+$/.test(s)) throw new Error(`${literal}: ${column} is not a number: ${s}`);
    return Number(s);
  };
  const entry: KanjiEntry = {
    literal,
    meanings: list(meanings, MEANING_SEPARATOR),
    on: list(on, LIST_SEPARATOR),
    kun: list(kun, LIST_SEPARATOR),
    nanori: list(nanori, LIST_SEPARATOR),
    variants: list(variants, LIST_SEPARATOR),
  };
  const numbers = { strokes, grade, jlpt, radical } as const;
  for (const [key, value] of Object.entries(numbers) as [keyof typeof numbers, string][]) {
    const n = num(value, key);
    if (n !== undefined) entry[key] = n;
  }
  return entry;
}
