/**
 * The bundled dictionary's file format ("Yomu EDICT", version 1): the whole dictionary with its
 * lookup index already built, so that loading it is a matter of checking the layout and taking
 * typed-array views of the bytes; no object per entry is made until a lookup decodes one.
 *
 * Layout (all integers little-endian u32; every section starts on a 4-byte boundary):
 *
 *     0   magic "YOMUEDCT"
 *     8   format version (1)
 *     12  metadata byte length        (UTF-8 JSON: DictionaryMetadata)
 *     16  entry count E
 *     20  entry text byte length
 *     24  key count K
 *     28  key suffix length in UTF-16 code units (stored)
 *     32  key text length in UTF-16 code units (all keys, written out)
 *     36  posting count P
 *     40  total file length in bytes
 *     44  metadata, padded to 4
 *         entry lengths    u32[E]       byte length of each entry's record in entry text
 *         key shapes       u32[K]       per key: code units shared with the previous key << 16
 *                                       | length of the rest (its suffix)
 *         posting counts   u32[K]       number of postings of each key
 *         postings         u32[P]       per key, best-ranked first: zigzag(entry id − previous
 *                                       posting's entry id) << 4 | posting flags
 *         key suffixes     u16[...]     the keys, sorted by UTF-16 code units, each without the
 *                                       prefix it shares with the previous one; padded to 4
 *         entry text       u8[...]      the records (see entry-record.ts), UTF-8
 *
 * Lengths and deltas rather than offsets and ids keep the gzip-compressed file small (most of
 * their bytes are zero); loading turns them back into offsets and ids in one pass each.
 * Keys are every headword and every reading, folded by `normalizeKey`. A key's postings name the
 * entries that hold it, ranked once by the builder: common forms first, then regular spellings
 * before irregular ones, then kanji spellings and kana words before kana readings of words
 * usually written in kanji, then file order.
 */
import type { DictionaryMetadata } from './dictionary-entry';
import { DictionaryError } from './dictionary-error';
import { normalizeKey } from './dictionary-key';
import { encodeEntryRecord, type EntryContent } from './entry-record';

export const FORMAT_MAGIC = 'YOMUEDCT';
export const FORMAT_VERSION = 1;
const HEADER_BYTES = 44;

/** Posting flag: the key is a reading of the entry (else one of its headwords). */
export const POSTING_READING = 1;
/** Posting flag: that headword or reading carries EDICT's common mark (P). */
export const POSTING_COMMON = 2;
/** Posting flag: that form is irregular, out-dated, rare or search-only (iK, ik, io, oK, ok, rK, rk, sK, sk). */
export const POSTING_IRREGULAR = 4;
/** Posting flag: the key is a reading and the word is usually written in kana (no headword, kana-only reading, or uk). */
export const POSTING_KANA_WRITTEN = 8;
const POSTING_FLAG_BITS = 4;

const IRREGULAR_TAGS = new Set(['iK', 'ik', 'io', 'oK', 'ok', 'rK', 'rk', 'sK', 'sk']);

/** The decoded layout: views into the file's bytes for the text, rebuilt offset and posting arrays. */
export interface DictionaryData {
  metadata: DictionaryMetadata;
  entryCount: number;
  keyCount: number;
  /** Byte offsets of each record in entryText (E + 1 values). */
  entryOffsets: Uint32Array;
  entryText: Uint8Array;
  /** Code-unit offsets of each key in keyText (K + 1 values). */
  keyOffsets: Uint32Array;
  keyText: Uint16Array;
  /** Index of each key's first posting (K + 1 values). */
  postingOffsets: Uint32Array;
  /** entry id << 4 | posting flags. */
  postings: Uint32Array;
}

/** Entry id of a posting. */
export function postingEntry(posting: number): number {
  return posting >>> POSTING_FLAG_BITS;
}

/** Writes entries and metadata as a dictionary file (uncompressed). Entry ids are positions in `entries`. */
export function encodeDictionaryFile(entries: readonly EntryContent[], metadata: DictionaryMetadata): Uint8Array {
  const utf8 = new TextEncoder();
  const records = entries.map((e) => utf8.encode(encodeEntryRecord(e)));
  const entryTextBytes = records.reduce((n, r) => n + r.length, 0);

  const postingsByKey = new Map<string, { posting: number; rank: number }[]>();
  const add = (form: string, entryId: number, flags: number) => {
    const key = normalizeKey(form);
    let list = postingsByKey.get(key);
    if (!list) postingsByKey.set(key, (list = []));
    const existing = list.find((p) => postingEntry(p.posting) === entryId);
    // A string that is both a headword and a reading of one entry: keep the better posting.
    const rank = postingRank(flags);
    if (existing) {
      if (rank < existing.rank) Object.assign(existing, { posting: entryId * 16 + flags, rank });
      return;
    }
    list.push({ posting: entryId * 16 + flags, rank });
  };
  entries.forEach((entry, id) => {
    if (id >= 2 ** 28) throw new Error('too many entries for the format');
    for (const h of entry.headwords) {
      add(h.text, id, (h.common ? POSTING_COMMON : 0) | (h.tags.some((t) => IRREGULAR_TAGS.has(t)) ? POSTING_IRREGULAR : 0));
    }
    const usuallyKana = entry.headwords.length === 0 || (entry.senses[0]?.tags.includes('uk') ?? false);
    for (const r of entry.readings) {
      const kanaWritten = usuallyKana || (r.appliesTo !== undefined && r.appliesTo.length === 0);
      add(
        r.text,
        id,
        POSTING_READING |
          (r.common ? POSTING_COMMON : 0) |
          (r.tags.some((t) => IRREGULAR_TAGS.has(t)) ? POSTING_IRREGULAR : 0) |
          (kanaWritten ? POSTING_KANA_WRITTEN : 0),
      );
    }
  });
  const keys = [...postingsByKey.keys()].sort();
  const keyTextUnits = keys.reduce((n, k) => n + k.length, 0);
  const shared = keys.map((k, i) => (i === 0 ? 0 : commonPrefixLength(keys[i - 1]!, k)));
  const keySuffixUnits = keyTextUnits - shared.reduce((n, x) => n + x, 0);
  const postingCount = [...postingsByKey.values()].reduce((n, l) => n + l.length, 0);
  const metadataBytes = utf8.encode(JSON.stringify(metadata));

  const metadataStart = HEADER_BYTES;
  const entryLengthsStart = align4(metadataStart + metadataBytes.length);
  const keyShapesStart = entryLengthsStart + 4 * entries.length;
  const postingCountsStart = keyShapesStart + 4 * keys.length;
  const postingsStart = postingCountsStart + 4 * keys.length;
  const keyTextStart = postingsStart + 4 * postingCount;
  const entryTextStart = align4(keyTextStart + 2 * keySuffixUnits);
  const total = entryTextStart + entryTextBytes;

  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(utf8.encode(FORMAT_MAGIC), 0);
  [
    FORMAT_VERSION,
    metadataBytes.length,
    entries.length,
    entryTextBytes,
    keys.length,
    keySuffixUnits,
    keyTextUnits,
    postingCount,
    total,
  ].forEach((value, i) => view.setUint32(8 + 4 * i, value, true));
  bytes.set(metadataBytes, metadataStart);

  let at = 0;
  records.forEach((record, i) => {
    view.setUint32(entryLengthsStart + 4 * i, record.length, true);
    bytes.set(record, entryTextStart + at);
    at += record.length;
  });

  let unit = 0;
  let posting = 0;
  let previousEntry = 0;
  keys.forEach((key, i) => {
    const prefix = shared[i]!;
    if (key.length > 0xffff) throw new Error(`key too long: ${key.slice(0, 20)}…`);
    view.setUint32(keyShapesStart + 4 * i, prefix * 0x10000 + (key.length - prefix), true);
    for (let c = prefix; c < key.length; c++) view.setUint16(keyTextStart + 2 * unit++, key.charCodeAt(c), true);
    const list = postingsByKey.get(key)!;
    view.setUint32(postingCountsStart + 4 * i, list.length, true);
    list.sort((a, b) => a.rank - b.rank || a.posting - b.posting);
    for (const p of list) {
      const entry = postingEntry(p.posting);
      const delta = entry - previousEntry;
      const zigzag = delta >= 0 ? 2 * delta : -2 * delta - 1;
      view.setUint32(postingsStart + 4 * posting++, zigzag * 16 + (p.posting & 15), true);
      previousEntry = entry;
    }
  });
  return bytes;
}

function postingRank(flags: number): number {
  return (
    (flags & POSTING_IRREGULAR ? 4 : 0) +
    (flags & POSTING_COMMON ? 0 : 2) +
    (flags & POSTING_READING && !(flags & POSTING_KANA_WRITTEN) ? 1 : 0)
  );
}

/** A dictionary file's sections but its entry text, with where that text lies in the file. */
type DictionaryLayout = Omit<DictionaryData, 'entryText'> & {
  /** Where the entry text starts in the file, in bytes. */
  entryTextStart: number;
  /** The entry text's length, in bytes. */
  entryTextBytes: number;
};

/**
 * Checks a dictionary file's layout and returns views of its sections. Throws a
 * `DictionaryError` naming what is wrong: empty, not a dictionary file, a version this code does
 * not read, truncated, or inconsistent.
 */
export function decodeDictionaryFile(input: Uint8Array): DictionaryData {
  const { bytes, index } = decodeLayout(input);
  const { entryTextStart, entryTextBytes, ...data } = index;
  return { ...data, entryText: bytes.subarray(entryTextStart, entryTextStart + entryTextBytes) };
}

function decodeLayout(input: Uint8Array): { bytes: Uint8Array; index: DictionaryLayout } {
  if (input.length === 0) {
    throw new DictionaryError('empty', 'The Japanese–English dictionary file is empty. Reinstall or update the extension.');
  }
  if (input.length >= 2 && input[0] === 0x1f && input[1] === 0x8b) {
    throw new DictionaryError('corrupt', 'The Japanese–English dictionary file is still gzip-compressed: decompress it before loading.');
  }
  if (input.length < HEADER_BYTES || !hasMagic(input)) {
    throw new DictionaryError(
      'corrupt',
      'The Japanese–English dictionary file is not a Yomu dictionary (its header is missing or damaged).',
    );
  }
  if (!isLittleEndianPlatform()) {
    throw new DictionaryError('unsupported', 'The Japanese–English dictionary cannot be read on a big-endian platform.');
  }
  // Typed-array views need 4-byte alignment: copy once if the bytes sit at an odd offset.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [version, metadataBytes, entryCount, entryTextBytes, keyCount, keySuffixUnits, keyTextUnits, postingCount, total] = Array.from(
    { length: 9 },
    (_, i) => view.getUint32(8 + 4 * i, true),
  ) as [number, number, number, number, number, number, number, number, number];
  if (version !== FORMAT_VERSION) {
    throw new DictionaryError(
      'unsupported',
      `The Japanese–English dictionary file has format version ${version}; this version of Yomu reads version ${FORMAT_VERSION}.`,
    );
  }
  const entryLengthsStart = align4(HEADER_BYTES + metadataBytes);
  const keyShapesStart = entryLengthsStart + 4 * entryCount;
  const postingCountsStart = keyShapesStart + 4 * keyCount;
  const postingsStart = postingCountsStart + 4 * keyCount;
  const keyTextStart = postingsStart + 4 * postingCount;
  const entryTextStart = align4(keyTextStart + 2 * keySuffixUnits);
  const expected = entryTextStart + entryTextBytes;
  if (total !== expected || bytes.length !== total) {
    throw corrupt(
      bytes.length < Math.max(total, expected)
        ? `it is truncated (${bytes.length} bytes of ${Math.max(total, expected)})`
        : `its length (${bytes.length} bytes) does not match its header`,
    );
  }
  const u32 = (start: number, count: number) => new Uint32Array(bytes.buffer, bytes.byteOffset + start, count);
  const metadata = decodeMetadata(bytes.subarray(HEADER_BYTES, HEADER_BYTES + metadataBytes));
  const entryOffsets = offsetsFromLengths(u32(entryLengthsStart, entryCount), entryTextBytes, 'entry', false);
  const { keyOffsets, keyText } = expandKeys(
    u32(keyShapesStart, keyCount),
    new Uint16Array(bytes.buffer, bytes.byteOffset + keyTextStart, keySuffixUnits),
    keyTextUnits,
  );
  const postingOffsets = offsetsFromLengths(u32(postingCountsStart, keyCount), postingCount, 'posting', true);
  const postings = new Uint32Array(postingCount);
  const stored = u32(postingsStart, postingCount);
  let entry = 0;
  for (let i = 0; i < postingCount; i++) {
    const value = stored[i]!;
    const zigzag = value >>> POSTING_FLAG_BITS;
    entry += zigzag & 1 ? -(zigzag + 1) / 2 : zigzag / 2;
    if (entry < 0 || entry >= entryCount) throw corrupt(`posting ${i} names a missing entry`);
    postings[i] = entry * 16 + (value & 15);
  }
  return {
    bytes,
    index: { metadata, entryCount, keyCount, entryOffsets, keyOffsets, postingOffsets, postings, keyText, entryTextStart, entryTextBytes },
  };
}

/** The metadata section's JSON, checked. Throws a `DictionaryError` when it cannot be read or lacks a field. */
export function decodeMetadata(bytes: Uint8Array): DictionaryMetadata {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw corrupt('its description cannot be read');
  }
  const fields = ['source', 'publisher', 'created', 'licence', 'origin'] as const;
  if (typeof parsed !== 'object' || parsed === null) throw corrupt('its description cannot be read');
  const record = parsed as Record<string, unknown>;
  for (const f of fields) if (typeof record[f] !== 'string') throw corrupt(`its description lacks "${f}"`);
  return Object.fromEntries(fields.map((f) => [f, record[f]])) as unknown as DictionaryMetadata;
}

/** Writes the front-coded keys out in full, with their offsets. */
function expandKeys(shapes: Uint32Array, suffixes: Uint16Array, units: number): { keyOffsets: Uint32Array; keyText: Uint16Array } {
  const keyOffsets = new Uint32Array(shapes.length + 1);
  const keyText = new Uint16Array(units);
  let at = 0;
  let read = 0;
  let previous = 0;
  for (let i = 0; i < shapes.length; i++) {
    const shape = shapes[i]!;
    const prefix = shape >>> 16;
    const suffix = shape & 0xffff;
    if (suffix === 0 || prefix > at - previous || at + prefix + suffix > units || read + suffix > suffixes.length) {
      throw corrupt(`its key ${i} is malformed`);
    }
    for (let c = 0; c < prefix; c++) keyText[at + c] = keyText[previous + c]!;
    for (let c = 0; c < suffix; c++) keyText[at + prefix + c] = suffixes[read + c]!;
    previous = at;
    at += prefix + suffix;
    read += suffix;
    keyOffsets[i + 1] = at;
  }
  if (at !== units || read !== suffixes.length) throw corrupt('its key index does not cover its data');
  return { keyOffsets, keyText };
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length, 0xffff);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Running sums of `lengths` (one more value than lengths), checked to end exactly at `end`. */
function offsetsFromLengths(lengths: Uint32Array, end: number, what: string, nonEmpty: boolean): Uint32Array {
  const offsets = new Uint32Array(lengths.length + 1);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const n = lengths[i]!;
    if (nonEmpty && n === 0) throw corrupt(`${what} ${i} is empty`);
    at += n;
    if (at > end) throw corrupt(`its ${what} index runs past its data`);
    offsets[i + 1] = at;
  }
  if (at !== end) throw corrupt(`its ${what} index does not cover its data`);
  return offsets;
}

function corrupt(detail: string): DictionaryError {
  return new DictionaryError('corrupt', `The Japanese–English dictionary file is damaged: ${detail}. Reinstall or update the extension.`);
}

function hasMagic(bytes: Uint8Array): boolean {
  for (let i = 0; i < FORMAT_MAGIC.length; i++) if (bytes[i] !== FORMAT_MAGIC.charCodeAt(i)) return false;
  return true;
}

function isLittleEndianPlatform(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
