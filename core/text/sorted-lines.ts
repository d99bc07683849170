/**
 * A text file of lines sorted by their first column (the text before the first tab), searched in
 * place in its UTF-8 bytes: by halving over byte offsets, each probe stepping back to the start of
 * its line, as the Unix `look` command does. Nothing is decoded or indexed when the file is opened
 * (a 16 MB file is usable the moment its bytes are in); a search reads about 25 lines' first columns
 * and decodes only the lines it returns.
 *
 * The lines must be sorted in UTF-16 code-unit order (JavaScript's default string order, as the
 * build scripts sort them); the first column is compared in that order, decoded from UTF-8 on the
 * fly. Empty lines are skipped.
 */

const NEWLINE = 10;
const TAB = 9;

export interface SortedLines {
  /**
   * Every line whose first column is exactly `key`, whole (without its newline), in file order; [] when none.
   * `from` and `to` (optional) are byte offsets of line starts (or the file's end) that bound where `key`
   * goes, as a caller's own index of the file knows them: every line before `from` sorts before `key`, the
   * line at `to` does not. The search then halves only that stretch.
   */
  linesOf(key: string, from?: number, to?: number): string[];
  /**
   * How long a start of `text` (in UTF-16 code units) is also the start of some line's first
   * column: 0 when no first column starts with `text`'s first unit. One search: in sorted order the
   * first columns sharing the longest start with `text` are the two on either side of where `text`
   * would go. `from` and `to` bound where `text` goes, as for `linesOf`.
   */
  sharedStart(text: string, from?: number, to?: number): number;
  /** How many non-empty lines the file holds (counted on first use). */
  readonly size: number;
}

/** Opens `file` (UTF-8 bytes, or text, which is encoded once) for searching; the bytes are kept, not copied. */
export function sortedLines(file: Uint8Array | string): SortedLines {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const decoder = new TextDecoder();
  let count: number | undefined;

  /** The start of the line holding byte `at`. */
  function lineStart(at: number): number {
    while (at > 0 && bytes[at - 1] !== NEWLINE) at--;
    return at;
  }

  /** The byte after line `start`'s newline (or the file's end). */
  function nextLine(start: number): number {
    const end = bytes.indexOf(NEWLINE, start);
    return end < 0 ? bytes.length : end + 1;
  }

  // A cursor over one line's first column, decoding UTF-8 to UTF-16 code units on the fly.
  let cursor = 0; // the byte the next unit starts at
  let pendingLow = -1; // the low surrogate of a four-byte character, given next

  /** The next UTF-16 code unit of the first column at the cursor, or -1 at its end (tab, newline, the file's end). */
  function nextUnit(): number {
    if (pendingLow >= 0) {
      const low = pendingLow;
      pendingLow = -1;
      return low;
    }
    const b0 = cursor < bytes.length ? bytes[cursor]! : NEWLINE;
    if (b0 === TAB || b0 === NEWLINE) return -1;
    if (b0 < 0x80) {
      cursor += 1;
      return b0;
    }
    if (b0 < 0xe0) {
      cursor += 2;
      return ((b0 & 0x1f) << 6) | (bytes[cursor - 1]! & 0x3f);
    }
    if (b0 < 0xf0) {
      cursor += 3;
      return ((b0 & 0x0f) << 12) | ((bytes[cursor - 2]! & 0x3f) << 6) | (bytes[cursor - 1]! & 0x3f);
    }
    const cp = ((b0 & 0x07) << 18) | ((bytes[cursor + 1]! & 0x3f) << 12) | ((bytes[cursor + 2]! & 0x3f) << 6) | (bytes[cursor + 3]! & 0x3f);
    cursor += 4;
    pendingLow = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    return 0xd800 + ((cp - 0x10000) >> 10);
  }

  /**
   * How the first column of the line at `start` compares with `key` in UTF-16 order: negative
   * when it sorts before, 0 when equal, positive after.
   */
  function compareAt(start: number, key: string): number {
    cursor = start;
    pendingLow = -1;
    for (let i = 0; ; i++) {
      const unit = nextUnit();
      if (unit < 0) return i === key.length ? 0 : -1;
      if (i === key.length) return 1;
      const d = unit - key.charCodeAt(i);
      if (d !== 0) return d;
    }
  }

  /** How many code units of `key`, from its start, the first column of the line at `start` begins with. */
  function sharedUnits(start: number, key: string): number {
    cursor = start;
    pendingLow = -1;
    let i = 0;
    while (i < key.length && nextUnit() === key.charCodeAt(i)) i++;
    return i;
  }

  /** The start of the non-empty line before the line at `start`, or -1 when there is none. */
  function previousLine(start: number): number {
    let at = start - 1; // the newline ending the line before
    while (at > 0) {
      const begin = lineStart(at);
      if (begin < at) return begin; // a line with text before its newline
      at = begin - 1;
    }
    return -1;
  }

  /**
   * The start of the first non-empty line whose first column does not sort before `key` (or the
   * file's end), searched between line starts `lo` and `hi` that bound it (the whole file by default).
   */
  function firstNotBefore(key: string, lo = 0, hi = bytes.length): number {
    // Every non-empty line starting before lo sorts before key; the line at hi (if any) does not.
    while (lo < hi) {
      const start = Math.max(lo, lineStart((lo + hi) >>> 1));
      const empty = start >= bytes.length || bytes[start] === NEWLINE;
      if (!empty && compareAt(start, key) >= 0) hi = start;
      else lo = nextLine(start);
    }
    return lo;
  }

  return {
    linesOf(key, from, to) {
      const found: string[] = [];
      for (let start = firstNotBefore(key, from, to); start < bytes.length;) {
        if (bytes[start] === NEWLINE) {
          start++;
          continue;
        }
        if (compareAt(start, key) !== 0) break;
        const next = nextLine(start);
        found.push(decoder.decode(bytes.subarray(start, bytes[next - 1] === NEWLINE ? next - 1 : next)));
        start = next;
      }
      return found;
    },
    sharedStart(text, from, to) {
      if (!text) return 0;
      let start = firstNotBefore(text, from, to);
      while (start < bytes.length && bytes[start] === NEWLINE) start++;
      const after = start < bytes.length ? sharedUnits(start, text) : 0;
      const before = previousLine(start);
      return Math.max(after, before < 0 ? 0 : sharedUnits(before, text));
    },
    get size() {
      if (count === undefined) {
        count = 0;
        for (let start = 0; start < bytes.length;) {
          const next = nextLine(start);
          if (next - start > 1 || (next === bytes.length && next > start && bytes[start] !== NEWLINE)) count++;
          start = next;
        }
      }
      return count;
    },
  };
}
