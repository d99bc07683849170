/**
 * ENAMDICT's proper names for the hover popup's name card: the file built by
 * dict/names/build-name-cards.ts, one entry a line, "surface<TAB>reading<TAB>kinds<TAB>english",
 * sorted by surface. The text is kept as it is and searched by halving (about 400,000 lines:
 * no per-line objects).
 */

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
  size: number;
}

export function nameCardSource(text: string): NameCardSource {
  const starts: number[] = [];
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    if (next - at > 1) starts.push(at);
    at = next;
  }
  const lineStarts = Int32Array.from(starts);

  function compareAt(k: number, surface: string): number {
    const at = lineStarts[k]!;
    for (let i = 0; ; i++) {
      const c = text.charCodeAt(at + i);
      const ended = c === 9;
      if (i === surface.length) return ended ? 0 : 1;
      if (ended) return -1;
      const d = c - surface.charCodeAt(i);
      if (d !== 0) return d;
    }
  }

  function lookup(surface: string): NameCardInfo[] {
    let lo = 0;
    let hi = lineStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareAt(mid, surface) < 0) lo = mid + 1;
      else hi = mid;
    }
    const found: NameCardInfo[] = [];
    for (let k = lo; k < lineStarts.length && compareAt(k, surface) === 0; k++) {
      const at = lineStarts[k]!;
      const end = text.indexOf('\n', at);
      const [, reading = '', kinds = '', english = ''] = text.slice(at, end < 0 ? undefined : end).split('\t');
      found.push({ surface, reading, kinds: kinds.split(',').map((t) => NAME_KINDS[t] ?? t), english });
    }
    return found;
  }

  return {
    lookup,
    longestAt: (t, maxLength) => longestNameAt(lookup, t, maxLength),
    size: lineStarts.length,
  };
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
