/**
 * People's names as a source of readings for the reading layer (`ReadingContext.nameReadings`):
 * the names file built by dict/names/build-names.ts from ENAMDICT, one name a line,
 * "surface<TAB>reading,reading…", sorted by surface. The text is kept as it is and searched by
 * halving, so that some 190,000 names cost little memory and no start-up work beyond one pass
 * to find the line starts.
 */

export interface NameReadingSource {
  /** Readings of the person's name written exactly `surface` (hiragana, preferred first), if it is one. */
  readings: (surface: string) => readonly string[] | undefined;
  /** Whether `surface` is a family name kuromoji reads as one word (垂水, 根本): a third column "s". */
  isSurname: (surface: string) => boolean;
  /**
   * The usual reading of a name kuromoji reads as one word another way (智子 ともこ, where
   * kuromoji says さとこ), if full names show one: a third column with "u".
   */
  usualReading: (surface: string) => string | undefined;
  /** The reading of the place written exactly `surface` (浦添市 うらそえし), if it is one: a third column "p". */
  placeReading: (surface: string) => string | undefined;
  /** How many names the file holds. */
  size: number;
}

export function nameReadingSource(text: string): NameReadingSource {
  const starts: number[] = [];
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    if (text.indexOf('\t', at) > at && text.indexOf('\t', at) < next) starts.push(at);
    at = next;
  }
  const lineStarts = Int32Array.from(starts);

  /**
   * How line k's surface compares with `surface` (negative: it sorts before), read in place: a
   * search through 200,000 lines makes no strings until it finds one.
   */
  function compareAt(k: number, surface: string): number {
    const at = lineStarts[k]!;
    for (let i = 0; ; i++) {
      const c = text.charCodeAt(at + i);
      const ended = c === 9; // the tab after the surface
      if (i === surface.length) return ended ? 0 : 1;
      if (ended) return -1;
      const d = c - surface.charCodeAt(i);
      if (d !== 0) return d;
    }
  }

  /** The columns after the surface of `surface`'s line: readings, and flags ('' when none). */
  function columns(surface: string): [string, string] | undefined {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = compareAt(mid, surface);
      if (order === 0) {
        const at = lineStarts[mid]! + surface.length + 1;
        const end = text.indexOf('\n', at);
        const [readings = '', flags = ''] = text.slice(at, end < 0 ? text.length : end).split('\t');
        return [readings, flags];
      }
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  return {
    size: lineStarts.length,
    readings(surface) {
      const found = columns(surface);
      if (!found || found[1].includes('p')) return undefined;
      const readings = found[0].split(',').filter(Boolean);
      return readings.length ? readings : undefined;
    },
    isSurname: (surface) => columns(surface)?.[1].includes('s') ?? false,
    usualReading(surface) {
      const found = columns(surface);
      return found?.[1].includes('u') ? found[0].split(',')[0] || undefined : undefined;
    },
    placeReading(surface) {
      const found = columns(surface);
      return found?.[1].includes('p') ? found[0].split(',')[0] || undefined : undefined;
    },
  };
}
