/**
 * ENAMDICT's proper names for the hover popup's name card: the file built by
 * dict/names/build-name-cards.ts, one entry a line, "surface<TAB>reading<TAB>kinds<TAB>english",
 * sorted by surface. The file's bytes are kept as they are and searched by halving (about 570,000
 * lines: no per-line objects, nothing decoded until found).
 */
import { sortedLines } from '../text/sorted-lines';

/** ENAMDICT's kinds of names, in words for the reader. */
export const NAME_KINDS: Record<string, string> = {
  s: 'family name',
  g: 'given name',
  m: 'male given name',
  f: 'female given name',
  h: 'full name',
  p: 'place',
  st: 'station',
  o: 'organisation',
  c: 'company',
  pr: 'product',
  wk: 'work',
};

/** One name entry as the card shows it (plain data: it crosses the message bus). */
export interface NameCardInfo {
  surface: string;
  reading: string;
  /** Kinds in words: "family name", "organisation"… */
  kinds: string[];
  /** English, for organisations, companies, products and works; '' otherwise. */
  english: string;
}

export interface NameCardSource {
  /** The entries for exactly `surface`, in the file's order. */
  lookup: (surface: string) => NameCardInfo[];
  /** The longest name that `text` starts with (at most `maxLength` characters), with its entries. */
  longestAt: (text: string, maxLength?: number) => NameCardInfo[];
  readonly size: number;
}

/**
 * The name cards of `file` (UTF-8 bytes as read from the package, or text), searched in place
 * (core/text/sorted-lines.ts): opening it costs nothing, so the engine's thread never stops to
 * read 16 MB of names.
 */
export function nameCardSource(file: Uint8Array | string): NameCardSource {
  const lines = sortedLines(file);

  const lookup = (surface: string): NameCardInfo[] => lines.linesOf(surface).map((line) => nameCardOfLine(surface, line));

  return {
    lookup,
    longestAt: (t, maxLength) => longestNameAt(lookup, t, maxLength),
    get size() {
      return lines.size;
    },
  };
}

/** The entry of one line of the file ("surface<TAB>reading<TAB>kinds<TAB>english"), whose surface is `surface`. */
export function nameCardOfLine(surface: string, line: string): NameCardInfo {
  const [, reading = '', kinds = '', english = ''] = line.split('\t');
  return { surface, reading, kinds: kinds.split(',').map((t) => NAME_KINDS[t] ?? t), english };
}

/**
 * The names of the longest start of `text` (at most `maxLength` characters) that `lookup` knows,
 * or [] when none: 読売新聞社は… → 読売新聞社's entries.
 */
export function longestNameAt(lookup: (surface: string) => NameCardInfo[], text: string, maxLength = 16): NameCardInfo[] {
  for (let n = Math.min(maxLength, text.length); n >= 1; n--) {
    const found = lookup(text.slice(0, n));
    if (found.length) return found;
  }
  return [];
}

/**
 * Runs `f` (lookups of the use's names) and gives its result with why the first page of name
 * cards its lookups needed could not be read (`unreadable`, a sentence for the reader naming the
 * page; absent when every page they needed was read).
 */
export type NotingUnreadable = <T>(f: () => T) => { result: T; unreadable?: string };
