/**
 * The dictionary as the extension ships it, in pages ("Yomu EDICT paged files", version 2): a
 * small directory, the key index cut by key range into pages of about INDEX_PAGE_BYTES, and the
 * entry text cut into shards of about PAGED_SHARD_BYTES (at entry boundaries, entry-shards.ts), each a file of its own.
 * The first lookup reads the directory (a few KB), the page or two its keys fall in and the
 * shards its entries are in, not the whole 9.7 MB index (issue 14: reading it whole took 1.6–2.8 s
 * in a fresh browser on a busy machine); the rest loads afterwards. Each file is read as typed-array
 * views of its bytes (the store archive compresses them anyway).
 *
 * All integers little-endian u32; every section starts on a 4-byte boundary.
 *
 * Directory (`index.yomu`):
 *
 *     0   magic "YOMUEDPD"
 *     8   format version (2)
 *     12  metadata byte length        (UTF-8 JSON: DictionaryMetadata)
 *     16  entry count E
 *     20  key count K
 *     24  posting count P
 *     28  page count N
 *     32  shard count S
 *     36  first-key text length T     (UTF-16 code units)
 *     40  total file length in bytes
 *     44  metadata, padded to 4
 *         page keys        u32[N + 1]  first key (index among all keys, sorted) of each page, then K
 *         page postings    u32[N + 1]  first posting of each page, then P
 *         first keys       u32[N + 1]  code-unit offset of each page's first key in the first-key text
 *         shard entries    u32[S + 1]  first entry id of each shard, then E
 *         page checksums   u32[N]      CRC-32 of each page's file, whole (part-checksum.ts)
 *         shard checksums  u32[S]      CRC-32 of each shard's file, whole
 *         first-key text   u16[T]      each page's first key, written out; padded to 4
 *         seal             u32         CRC-32 of every byte of the directory before it
 *
 * Version 2 added the checksums: a part overwritten in place, its structure whole, is found
 * unreadable when it is read, as a part cut short or of another version is; a directory
 * overwritten in place fails the dictionary, as a damaged directory does.
 *
 * Page p (`keys-NNN.bin`), keys n = page keys[p + 1] − page keys[p], postings m likewise:
 *
 *     0   magic "YOMUEDKP"
 *     8   page number p
 *     12  key count n
 *     16  posting count m
 *     20  key text length t           (UTF-16 code units)
 *     24  key offsets      u32[n + 1]  code-unit offset of each key in the page's key text
 *         posting offsets  u32[n + 1]  index of each key's first posting in the page's postings
 *         postings         u32[m]      entry id << 4 | posting flags (edict-format.ts)
 *         key text         u16[t]      the page's keys, sorted by UTF-16 code units; padded to 4
 *
 * Shard k (`entries-NNN.bin`), entries n = shard entries[k + 1] − shard entries[k]:
 *
 *     0   magic "YOMUEDES"
 *     8   shard number k
 *     12  entry count n
 *     16  entry text length b         (bytes)
 *     20  entry offsets    u32[n + 1]  byte offset of each entry's record in the shard's entry text
 *         entry text       u8[b]       the records (entry-record.ts), UTF-8
 */
import type { DictionaryMetadata } from './dictionary-entry';
import { DictionaryError } from './dictionary-error';
import { decodeDictionaryFile, decodeMetadata } from './edict-format';
import { shardBounds, shardFileName } from './entry-shards';
import { firstKeysOf, type FirstKeys } from '../paging/page-directory';
import { hasMagic, isLittleEndian, risingProblem, SectionReader, writeSections } from '../paging/sectioned-file';
import { partChecksum, sealDirectory, sealIntact } from '../paging/part-checksum';

const DIRECTORY_MAGIC = 'YOMUEDPD';
const PAGE_MAGIC = 'YOMUEDKP';
const SHARD_MAGIC = 'YOMUEDES';
const VERSION = 2;
const DIRECTORY_HEADER = 44;
const PAGE_HEADER = 24;
const SHARD_HEADER = 20;

/**
 * About how many bytes of index a page holds (it ends at the first key past it), and of entry
 * text a shard holds. A first hover from the dictionary alone reads the pages of every place a
 * word may start and the shards of the entries found (制裁 in the article: 5 pages and 6–9
 * shards, in two rounds of reads at once: gathered-loads.ts). At 128 KB that was 1.6 MB, read at
 * the 5–10 MB/s an extension file is read at in a fresh browser on a busy 2-core machine; at
 * 64 KB it is 0.8 MB, for ~135 pages and ~225 shards. 32 KB read 0.47 MB, but its ~720 files
 * made the whole background load (furigana's reading layer waits for it) 1–2 s slower: each file
 * costs a fetch of its own (fresh browser, load 7–13, 2026-11-30).
 */
export const INDEX_PAGE_BYTES = 64 * 1024;
/** About how many bytes of entry text a shard of the paged format holds (see INDEX_PAGE_BYTES). */
export const PAGED_SHARD_BYTES = 64 * 1024;

/** The directory: what is in each page and shard, and each page's first key (`FirstKeys`). */
export interface PagedDirectory extends FirstKeys {
  metadata: DictionaryMetadata;
  entryCount: number;
  keyCount: number;
  postingCount: number;
  /** First key of each page, then the key count (page count + 1 values). */
  pageKeys: Uint32Array;
  /** First posting of each page, then the posting count. */
  pagePostings: Uint32Array;
  /** First entry id of each shard, then the entry count (shard count + 1 values). */
  shardEntries: Uint32Array;
  /** CRC-32 of each page's file (part-checksum.ts). */
  pageChecksums: Uint32Array;
  /** CRC-32 of each shard's file. */
  shardChecksums: Uint32Array;
}

/** One page of keys; offsets are the page's own (key `pageKeys[p] + i` is the page's key i). */
export interface KeyPage {
  keyOffsets: Uint32Array;
  postingOffsets: Uint32Array;
  postings: Uint32Array;
  keyText: Uint16Array;
}

/** One shard of entries: entry `shardEntries[k] + i`'s record is `entryText[entryOffsets[i] .. entryOffsets[i + 1]]`. */
export interface EntryShard {
  entryOffsets: Uint32Array;
  entryText: Uint8Array;
}

/** The name of index page p in the extension's `edict/` folder. */
export function pageFileName(p: number): string {
  return `keys-${String(p).padStart(3, '0')}.bin`;
}

/** The extension's folder that holds the paged dictionary's directory, pages and shards (wxt.config.ts ships them there). */
export const DICTIONARY_FOLDER = 'edict';

/** Index page p's path in the extension, as a reader and the messages name it: `edict/keys-002.bin`. */
export function pagePath(p: number): string {
  return `${DICTIONARY_FOLDER}/${pageFileName(p)}`;
}

/** Entry shard k's path in the extension, as a reader and the messages name it: `edict/entries-002.bin`. */
export function shardPath(k: number): string {
  return `${DICTIONARY_FOLDER}/${shardFileName(k)}`;
}

/** Whether `bytes` start as a paged dictionary's directory. */
export function isPagedDirectory(bytes: Uint8Array): boolean {
  return hasMagic(bytes, DIRECTORY_MAGIC);
}

/**
 * Writes a whole dictionary file (uncompressed, edict-format.ts) as the directory, its index
 * pages and its entry shards. `pageBytes`, `shardBytes`: about how large a page or shard is.
 * Throws a `DictionaryError` when the file is damaged.
 */
export function encodePagedDictionary(
  file: Uint8Array,
  pageBytes = INDEX_PAGE_BYTES,
  shardBytes = PAGED_SHARD_BYTES,
): { directory: Uint8Array; pages: Uint8Array[]; shards: Uint8Array[] } {
  const data = decodeDictionaryFile(file);
  const { keyCount, keyOffsets, postingOffsets, postings, keyText, entryOffsets, entryText } = data;
  const pageKeys = [0];
  let size = 0;
  for (let k = 0; k < keyCount; k++) {
    size += 8 + 4 * (postingOffsets[k + 1]! - postingOffsets[k]!) + 2 * (keyOffsets[k + 1]! - keyOffsets[k]!);
    if (size >= pageBytes && k + 1 < keyCount) {
      pageKeys.push(k + 1);
      size = 0;
    }
  }
  pageKeys.push(keyCount);
  const pageCount = pageKeys.length - 1;
  const pages: Uint8Array[] = [];
  for (let p = 0; p < pageCount; p++) {
    const [a, b] = [pageKeys[p]!, pageKeys[p + 1]!];
    const [pa, pb] = [postingOffsets[a]!, postingOffsets[b]!];
    const [ta, tb] = [keyOffsets[a]!, keyOffsets[b]!];
    pages.push(
      writeSections(
        PAGE_MAGIC,
        [p, b - a, pb - pa, tb - ta],
        [
          keyOffsets.subarray(a, b + 1).map((o) => o - ta),
          postingOffsets.subarray(a, b + 1).map((o) => o - pa),
          postings.subarray(pa, pb),
          keyText.subarray(ta, tb),
        ],
      ),
    );
  }
  const { firstKeyOffsets, firstKeyText } = firstKeysOf(pageKeys.slice(0, pageCount), (k) =>
    keyText.subarray(keyOffsets[k]!, keyOffsets[k + 1]!),
  );
  const bounds = shardBounds(entryOffsets, shardBytes);
  const shards: Uint8Array[] = [];
  for (let s = 0; s + 1 < bounds.length; s++) {
    const [a, b] = [bounds[s]!, bounds[s + 1]!];
    const [ta, tb] = [entryOffsets[a]!, entryOffsets[b]!];
    shards.push(
      writeSections(SHARD_MAGIC, [s, b - a, tb - ta], [entryOffsets.subarray(a, b + 1).map((o) => o - ta), entryText.subarray(ta, tb)]),
    );
  }
  const metadata = new TextEncoder().encode(JSON.stringify(data.metadata satisfies DictionaryMetadata));
  const directory = writeSections(
    DIRECTORY_MAGIC,
    [VERSION, metadata.length, data.entryCount, keyCount, postings.length, pageCount, bounds.length - 1, firstKeyText.length],
    [
      metadata,
      Uint32Array.from(pageKeys),
      Uint32Array.from(pageKeys, (k) => postingOffsets[k]!),
      firstKeyOffsets,
      Uint32Array.from(bounds),
      Uint32Array.from(pages, partChecksum),
      Uint32Array.from(shards, partChecksum),
      firstKeyText,
      new Uint32Array(1),
    ],
    true,
  );
  return { directory: sealDirectory(directory), pages, shards };
}

/**
 * Reads the directory. Throws a `DictionaryError` naming what is wrong: missing, empty, not a
 * directory, a version this code does not read, truncated, or inconsistent.
 */
export function decodePagedDirectory(input: Uint8Array | undefined | null): PagedDirectory {
  if (!input) throw new DictionaryError('missing', 'The Japanese–English dictionary file is missing. Reinstall or update the extension.');
  if (input.length === 0)
    throw new DictionaryError('empty', 'The Japanese–English dictionary file is empty. Reinstall or update the extension.');
  if (input.length < DIRECTORY_HEADER || !isPagedDirectory(input)) {
    throw new DictionaryError(
      'corrupt',
      'The Japanese–English dictionary file is not a Yomu dictionary index (its header is missing or damaged).',
    );
  }
  if (!isLittleEndian()) {
    throw new DictionaryError('unsupported', 'The Japanese–English dictionary cannot be read on a big-endian platform.');
  }
  const r = new SectionReader(input, 8, corrupt);
  const version = r.u32();
  if (version !== VERSION) {
    throw new DictionaryError(
      'unsupported',
      `The Japanese–English dictionary index has format version ${version}; this version of Yomu reads version ${VERSION}.`,
    );
  }
  const [metadataBytes, entryCount, keyCount, postingCount, pageCount, shardCount, firstKeyUnits, total] = r.u32s(8) as Eight;
  if (total !== input.length) throw corrupt(`its length (${input.length} bytes) does not match its header (${total})`);
  const metadata = decodeMetadata(r.bytes(metadataBytes));
  const directory: PagedDirectory = {
    metadata,
    entryCount,
    keyCount,
    postingCount,
    pageKeys: r.u32Array(pageCount + 1),
    pagePostings: r.u32Array(pageCount + 1),
    firstKeyOffsets: r.u32Array(pageCount + 1),
    shardEntries: r.u32Array(shardCount + 1),
    pageChecksums: r.u32Array(pageCount),
    shardChecksums: r.u32Array(shardCount),
    firstKeyText: r.u16Array(firstKeyUnits),
  };
  r.u32Array(1); // the seal
  r.end();
  if (!sealIntact(input)) throw corrupt('its bytes are not the ones it was written with (checksum)');
  rises(directory.pageKeys, keyCount, 'page', true);
  rises(directory.pagePostings, postingCount, 'posting', false);
  rises(directory.firstKeyOffsets, firstKeyUnits, 'first-key', true);
  rises(directory.shardEntries, entryCount, 'shard', true);
  return directory;
}

/** Reads index page p, checked against the directory. Throws a `DictionaryError` naming what is wrong. */
export function decodeKeyPage(directory: PagedDirectory, p: number, input: Uint8Array): KeyPage {
  const fail = (detail: string) => corrupt(`its index cannot be read (${pagePath(p)}: ${detail})`);
  if (!hasMagic(input, PAGE_MAGIC) || input.length < PAGE_HEADER) throw fail('not an index page');
  const r = new SectionReader(input, 8, fail);
  const [page, n, m, t] = r.u32s(4) as [number, number, number, number];
  const keys = directory.pageKeys[p + 1]! - directory.pageKeys[p]!;
  const postings = directory.pagePostings[p + 1]! - directory.pagePostings[p]!;
  if (page !== p || n !== keys || m !== postings)
    throw fail(`it says page ${page} of ${n} keys where the directory says page ${p} of ${keys}`);
  const out: KeyPage = {
    keyOffsets: r.u32Array(n + 1),
    postingOffsets: r.u32Array(n + 1),
    postings: r.u32Array(m),
    keyText: r.u16Array(t),
  };
  r.end();
  if (out.keyOffsets[0] !== 0 || out.keyOffsets[n] !== t || out.postingOffsets[0] !== 0 || out.postingOffsets[n] !== m) {
    throw fail('its offsets do not cover its data');
  }
  const first = directory.firstKeyText.subarray(directory.firstKeyOffsets[p], directory.firstKeyOffsets[p + 1]);
  const own = out.keyText.subarray(0, out.keyOffsets[1]);
  if (first.length !== own.length || first.some((u, i) => u !== own[i])) throw fail('its first key is not the directory’s');
  if (partChecksum(input) !== directory.pageChecksums[p]) throw fail(CHANGED);
  return out;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether `bytes` are valid UTF-8 (browsers have no check that does not decode). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Reads entry shard k, checked against the directory. Throws a `DictionaryError` naming what is wrong. */
export function decodeEntryShard(directory: PagedDirectory, k: number, input: Uint8Array): EntryShard {
  const fail = (detail: string) => corrupt(`its entries cannot be read (${shardPath(k)}: ${detail})`);
  if (!hasMagic(input, SHARD_MAGIC) || input.length < SHARD_HEADER) throw fail('not an entry shard');
  const r = new SectionReader(input, 8, fail);
  const [shard, n, b] = r.u32s(3) as [number, number, number];
  const entries = directory.shardEntries[k + 1]! - directory.shardEntries[k]!;
  if (shard !== k || n !== entries) throw fail(`it says shard ${shard} of ${n} entries where the directory says shard ${k} of ${entries}`);
  const entryOffsets = r.u32Array(n + 1);
  const entryText = r.bytes(b);
  if (r.at !== input.length) throw fail(`its length (${input.length} bytes) does not match its header`);
  if (entryOffsets[0] !== 0 || entryOffsets[n] !== b) throw fail('its offsets do not cover its data');
  // Damaged text of the right length (bytes overwritten in place) is found here, once per shard,
  // so that it costs only the words whose search reads this shard, not a whole block's search.
  if (!isUtf8(entryText)) throw fail('its text is not valid UTF-8');
  if (partChecksum(input) !== directory.shardChecksums[k]) throw fail(CHANGED);
  return { entryOffsets, entryText };
}

/** Why a well-formed part whose checksum is not the directory's is unreadable. */
const CHANGED = 'its bytes are not the ones the directory was written with (checksum)';

type Eight = [number, number, number, number, number, number, number, number];

/** Throws a `DictionaryError` unless `offsets` start at 0, never fall (or, `strictly`, always rise) and end at `end`. */
function rises(offsets: Uint32Array, end: number, what: string, strictly: boolean): void {
  const problem = risingProblem(offsets, end, strictly);
  if (problem) throw corrupt(`its ${what} directory ${problem}`);
}

function corrupt(detail: string): DictionaryError {
  return new DictionaryError('corrupt', `The Japanese–English dictionary file is damaged: ${detail}. Reinstall or update the extension.`);
}
