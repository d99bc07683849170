/**
 * People's names as a source of readings for the reading layer (`ReadingContext.nameReadings`):
 * the names file built by dict/names/build-names.ts from ENAMDICT, one name a line,
 * "surface<TAB>reading,reading…", sorted by surface. The text is kept as it is and searched by
 * halving, so that some 190,000 names cost little memory and no start-up work beyond one pass
 * to find the line starts.
 */

export interface NameReadingSource {
  /** Readings of the name written exactly `surface` (hiragana, preferred first), if it is one. */
  readings: (surface: string) => readonly string[] | undefined;
  /** How many names the file holds. */
  size: number;
}

export function nameReadingSource(text: string): NameReadingSource {
  const starts: number[] = [];
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const next = end < 0 ? text.length : end + 1;
    if (text.indexOf('\t', at) > at && text.indexOf('\t', at) < next) starts.push(at);
    at = next;
  }
  const lineStarts = Int32Array.from(starts);

  function surfaceAt(k: number): string {
    const at = lineStarts[k]!;
    return text.slice(at, text.indexOf('\t', at));
  }

  return {
    size: lineStarts.length,
    readings(surface) {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const key = surfaceAt(mid);
        if (key === surface) {
          const at = lineStarts[mid]! + key.length + 1;
          const end = text.indexOf('\n', at);
          return text.slice(at, end < 0 ? text.length : end).split(',').filter(Boolean);
        }
        if (key < surface) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
}
