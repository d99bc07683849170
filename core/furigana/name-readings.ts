/**
 * People's names as a source of readings for the reading layer (`ReadingContext.nameReadings`):
 * the names file built by dict/names/build-names.ts from ENAMDICT, one name a line,
 * "surface<TAB>reading,reading…", sorted by surface. The file's bytes are kept as they are and
 * searched by halving (core/text/sorted-lines.ts), so that some 190,000 names cost their bytes
 * and no start-up work.
 */
import { sortedLines } from '../text/sorted-lines';

export interface NameReadingSource {
  /** Readings of the person's name written exactly `surface` (hiragana, preferred first), if it is one. */
  readings: (surface: string) => readonly string[] | undefined;
  /**
   * Whether `surface` is a family name (ENAMDICT's), one kuromoji reads as one word (垂水, 根本: its
   * reading is kuromoji's) or one it cuts and misreads (新納): a third column with "s".
   */
  isSurname: (surface: string) => boolean;
  /**
   * The usual reading of a name kuromoji reads as one word another way (智子 ともこ, where
   * kuromoji says さとこ), if full names show one: a third column with "u".
   */
  usualReading: (surface: string) => string | undefined;
  /** The reading of the place written exactly `surface` (浦添市 うらそえし), if it is one: a third column "p". */
  placeReading: (surface: string) => string | undefined;
  /** How many names the file holds. */
  readonly size: number;
}

export function nameReadingSource(file: Uint8Array | string): NameReadingSource {
  const lines = sortedLines(file);

  /** The columns after the surface of `surface`'s line: readings, and flags ('' when none). */
  function columns(surface: string): [string, string] | undefined {
    const line = lines.linesOf(surface)[0];
    if (line === undefined) return undefined;
    const [, readings = '', flags = ''] = line.split('\t');
    return [readings, flags];
  }

  return {
    get size() {
      return lines.size;
    },
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
