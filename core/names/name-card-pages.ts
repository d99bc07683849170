/**
 * The name cards' file (dict/names/name-cards.tsv.gz: "surface<TAB>reading<TAB>kinds<TAB>english"
 * lines sorted by surface, core/names/name-cards.ts) as the extension ships it, in pages ("Yomu
 * name card pages", version 2): a small directory and the lines cut by key range into pages of
 * about NAME_CARD_PAGE_BYTES, each a file of its own, the lines kept as UTF-8 and searched in
 * place (core/text/sorted-lines.ts). A name card costs the page its surface falls in, not the
 * whole 15.6 MB (issue 14: read whole, the engine kept all of it). The lines of one surface are
 * never cut apart: a page ends only where the surface changes.
 *
 * Layout (core/paging/sectioned-file.ts: u32 little-endian, sections on 4-byte boundaries).
 *
 * Directory (`names/cards.yomu`):
 *
 *     0   magic "YOMUNCPD"
 *     8   format version (2)
 *     12  line count L
 *     16  page count N
 *     20  first-key text length T     (UTF-16 code units)
 *     24  total file length in bytes
 *     28  page lines       u32[N + 1]  first line (index among all lines) of each page, then L
 *         first keys       u32[N + 1]  code-unit offset of each page's first surface in the first-key text
 *         page checksums   u32[N]      CRC-32 of each page's file, whole (core/paging/part-checksum.ts)
 *         first-key text   u16[T]      each page's first surface, written out; padded to 4
 *         seal             u32         CRC-32 of every byte of the directory before it
 *
 * Version 2 added the checksums: a page overwritten in place, its structure whole, is found
 * damaged when it is read; the directory overwritten in place, when it is opened.
 *
 * Page p (`names/cards-NNN.bin`), lines n = page lines[p + 1] − page lines[p]:
 *
 *     0   magic "YOMUNCPG"
 *     8   page number p
 *     12  line count n
 *     16  byte length b
 *     20  lines            u8[b]       the page's lines, UTF-8, each ending in a newline
 */
import { firstKeysOf, type FirstKeys } from '../paging/page-directory';
import { hasMagic, isLittleEndian, risingProblem, SectionReader, writeSections } from '../paging/sectioned-file';
import { partChecksum, sealDirectory, sealIntact } from '../paging/part-checksum';

const DIRECTORY_MAGIC = 'YOMUNCPD';
const PAGE_MAGIC = 'YOMUNCPG';
const VERSION = 2;
const PAGE_HEADER = 20;
const NEWLINE = 10;
const TAB = 9;

/**
 * About how many bytes of lines a page holds (it ends at the first new surface past it). Every
 * character of a text can start a name, so a page of news touches pages all over the kanji: the
 * reference article's every start (names up to 16 characters) falls in 100 of 125 pages of 128 KB
 * (12.5 MB), 203 of 498 pages of 32 KB (6.3 MB), 268 of 995 pages of 16 KB (4.2 MB); 32 KB
 * halves what such a page keeps, for four times the files of 128 KB pages.
 */
export const NAME_CARD_PAGE_BYTES = 32 * 1024;

/** The directory: where each page's lines start and each page's first surface. */
export interface NameCardDirectory extends FirstKeys {
  lineCount: number;
  /** First line of each page, then the line count (page count + 1 values). */
  pageLines: Uint32Array;
  /** CRC-32 of each page's file (core/paging/part-checksum.ts). */
  pageChecksums: Uint32Array;
}

/** The name of name-card page p in the extension's `names/` folder. */
export function nameCardPageFileName(p: number): string {
  return `cards-${String(p).padStart(3, '0')}.bin`;
}

/** Where the directory is in the extension's `names/` folder. */
export const NAME_CARD_DIRECTORY_FILE = 'cards.yomu';
/** The directory's file as its errors name it. */
const DIRECTORY = `names/${NAME_CARD_DIRECTORY_FILE}`;

/**
 * Cuts the name cards' file (its UTF-8 bytes, lines sorted by surface) into the directory and its
 * pages. `pageBytes`: about how large a page is. Empty lines are dropped.
 */
export function encodeNameCardPages(file: Uint8Array, pageBytes = NAME_CARD_PAGE_BYTES): { directory: Uint8Array; pages: Uint8Array[] } {
  const decoder = new TextDecoder();
  const lines: Uint8Array[] = [];
  for (let start = 0; start < file.length;) {
    let end = file.indexOf(NEWLINE, start);
    if (end < 0) end = file.length;
    if (end > start) lines.push(file.subarray(start, end));
    start = end + 1;
  }
  const surfaceOf = (line: Uint8Array) => {
    const tab = line.indexOf(TAB);
    return decoder.decode(tab < 0 ? line : line.subarray(0, tab));
  };
  const pageLines = [0];
  let size = 0;
  let previous = '';
  lines.forEach((line, i) => {
    const surface = surfaceOf(line);
    if (i > 0 && size >= pageBytes && surface !== previous) {
      pageLines.push(i);
      size = 0;
    }
    size += line.length + 1;
    previous = surface;
  });
  pageLines.push(lines.length);
  const pageCount = lines.length ? pageLines.length - 1 : 0;
  const starts = pageLines.slice(0, pageCount);
  const pages = starts.map((a, p) => {
    const b = pageLines[p + 1]!;
    const bytes = new Uint8Array(lines.slice(a, b).reduce((n, l) => n + l.length + 1, 0));
    let at = 0;
    for (const line of lines.slice(a, b)) {
      bytes.set(line, at);
      bytes[at + line.length] = NEWLINE;
      at += line.length + 1;
    }
    return writeSections(PAGE_MAGIC, [p, b - a, bytes.length], [bytes]);
  });
  const firstKeys = firstKeysOf(starts, (k) => {
    const s = surfaceOf(lines[k]!);
    return Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
  });
  const directory = writeSections(
    DIRECTORY_MAGIC,
    [VERSION, lines.length, pageCount, firstKeys.firstKeyText.length],
    [
      Uint32Array.from(lines.length ? pageLines : [0]),
      firstKeys.firstKeyOffsets,
      Uint32Array.from(pages, partChecksum),
      firstKeys.firstKeyText,
      new Uint32Array(1),
    ],
    true,
  );
  return { directory: sealDirectory(directory), pages };
}

/** Reads the directory. Throws an Error naming what is wrong: missing, not a directory, another version, truncated, inconsistent. */
export function decodeNameCardDirectory(input: Uint8Array | undefined | null): NameCardDirectory {
  if (!input?.length) throw damaged(`${DIRECTORY} is missing or empty`);
  if (!hasMagic(input, DIRECTORY_MAGIC)) throw damaged(`${DIRECTORY}: its header is missing or damaged`);
  if (!isLittleEndian()) throw new Error('The name cards cannot be read on a big-endian platform.');
  const r = new SectionReader(input, 8, (detail) => damaged(`${DIRECTORY}: ${detail}`));
  const [version, lineCount, pageCount, firstKeyUnits, total] = r.u32s(5) as [number, number, number, number, number];
  if (version !== VERSION) throw damaged(`${DIRECTORY} has format version ${version}; this version of Yomu reads version ${VERSION}`);
  if (total !== input.length) throw damaged(`${DIRECTORY}: its length (${input.length} bytes) does not match its header (${total})`);
  const directory: NameCardDirectory = {
    lineCount,
    pageLines: r.u32Array(pageCount + 1),
    firstKeyOffsets: r.u32Array(pageCount + 1),
    pageChecksums: r.u32Array(pageCount),
    firstKeyText: r.u16Array(firstKeyUnits),
  };
  r.u32Array(1); // the seal
  r.end();
  if (!sealIntact(input)) throw damaged(`${DIRECTORY}: its bytes are not the ones it was written with (checksum)`);
  const problem = risingProblem(directory.pageLines, lineCount, true) ?? risingProblem(directory.firstKeyOffsets, firstKeyUnits, true);
  if (problem) throw damaged(`${DIRECTORY}: its index ${problem}`);
  return directory;
}

/**
 * Reads page p's lines (views of `input`), checked against the directory: its number, its line
 * count, its length, its first surface and its checksum. Throws an Error naming what is wrong.
 */
export function decodeNameCardPage(directory: NameCardDirectory, p: number, input: Uint8Array): Uint8Array {
  const fail = (detail: string) => damaged(`names/${nameCardPageFileName(p)}: ${detail}`);
  if (input.length < PAGE_HEADER || !hasMagic(input, PAGE_MAGIC)) throw fail('it is not a page of name cards');
  const r = new SectionReader(input, 8, fail);
  const [page, n, b] = r.u32s(3) as [number, number, number];
  const lines = directory.pageLines[p + 1]! - directory.pageLines[p]!;
  if (page !== p || n !== lines) throw fail(`it says page ${page} of ${n} lines where the directory says page ${p} of ${lines}`);
  const bytes = r.bytes(b);
  r.end();
  if (b > 0 && bytes[b - 1] !== NEWLINE) throw fail('its last line is cut');
  const tab = bytes.indexOf(TAB);
  const first = new TextDecoder().decode(bytes.subarray(0, tab < 0 ? bytes.indexOf(NEWLINE) : tab));
  const expected = directory.firstKeyText.subarray(directory.firstKeyOffsets[p], directory.firstKeyOffsets[p + 1]);
  if (first.length !== expected.length || [...expected].some((u, i) => u !== first.charCodeAt(i)))
    throw fail('its first name is not the directory’s');
  if (partChecksum(input) !== directory.pageChecksums[p])
    throw fail('its bytes are not the ones the directory was written with (checksum)');
  return bytes;
}

function damaged(detail: string): Error {
  return new Error(`The name cards file is damaged: ${detail}.`);
}
