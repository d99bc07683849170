/**
 * The dictionary's index as the extension shipped it before the paged format (paged-index.ts)
 * ("Yomu EDICT expanded index", version 1; still opened, so that benches can compare older builds): the
 * same sections as the index part of a dictionary file (edict-format.ts), written out as the
 * searcher holds them, so that opening it takes typed-array views of the bytes and nothing else.
 * The packed file stores lengths and front-coded keys (small once gzip-compressed, in the
 * repository); expanding them into offsets and whole keys cost the engine's thread ~320 ms in a
 * fresh browser, before the first hover could be answered (issue 14). The build expands them
 * once instead; the store archive compresses the file anyway.
 *
 * Layout (integers little-endian u32; every section starts on a 4-byte boundary):
 *
 *     0   magic "YOMUEDIX"
 *     8   format version (1)
 *     12  metadata byte length        (UTF-8 JSON: DictionaryMetadata)
 *     16  entry count E
 *     20  entry text byte length      (of the entry shards together)
 *     24  key count K
 *     28  key text length in UTF-16 code units
 *     32  posting count P
 *     36  total file length in bytes
 *     40  metadata, padded to 4
 *         entry offsets    u32[E + 1]   byte offset of each entry's record in the entry text
 *         key offsets      u32[K + 1]   code-unit offset of each key in the key text
 *         posting offsets  u32[K + 1]   index of each key's first posting
 *         postings         u32[P]       entry id << 4 | posting flags (edict-format.ts)
 *         first keys       u32[65537]   per UTF-16 code unit c, the first key whose first unit is ≥ c
 *         key text         u16[...]     the keys, sorted by UTF-16 code units, written out; padded to 4
 */
import type { DictionaryMetadata } from './dictionary-entry';
import { DictionaryError } from './dictionary-error';
import { decodeMetadata, type DictionaryIndexData } from './edict-format';

export const EXPANDED_INDEX_MAGIC = 'YOMUEDIX';
const VERSION = 1;
const HEADER_BYTES = 40;
/** Entries of the first-key table: one per UTF-16 code unit, and one past the last. */
const FIRST_KEY_ENTRIES = 0x10001;

/** The index's sections, as the searcher (packed-dictionary.ts) uses them. */
export type ExpandedIndex = Omit<DictionaryIndexData, 'entryTextStart'> & {
  /** Per UTF-16 code unit c, the first key whose first code unit is not below c (65,537 values). */
  firstKey: Uint32Array;
};

/**
 * Where the keys starting with each UTF-16 code unit begin (keys are sorted by code units), so
 * that a search starts among the keys sharing the query's first character. An empty key sorts
 * before every unit.
 */
export function firstKeyTable(keyText: Uint16Array, keyOffsets: Uint32Array, keyCount: number): Uint32Array {
  const firstKey = new Uint32Array(FIRST_KEY_ENTRIES);
  let k = 0;
  for (let c = 0; c < FIRST_KEY_ENTRIES; c++) {
    while (k < keyCount && (keyOffsets[k + 1] === keyOffsets[k] || keyText[keyOffsets[k]!]! < c)) k++;
    firstKey[c] = k;
  }
  return firstKey;
}

/** Whether `bytes` start as an expanded index (else, presumably, as a packed dictionary file). */
export function isExpandedIndex(bytes: Uint8Array): boolean {
  if (bytes.length < EXPANDED_INDEX_MAGIC.length) return false;
  for (let i = 0; i < EXPANDED_INDEX_MAGIC.length; i++) if (bytes[i] !== EXPANDED_INDEX_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Writes an index (decoded from a dictionary file by `decodeDictionaryIndex`) in the expanded layout. */
export function encodeExpandedIndex(index: DictionaryIndexData): Uint8Array {
  const metadata = new TextEncoder().encode(JSON.stringify(index.metadata satisfies DictionaryMetadata));
  const firstKey = firstKeyTable(index.keyText, index.keyOffsets, index.keyCount);
  const sections: Uint32Array[] = [index.entryOffsets, index.keyOffsets, index.postingOffsets, index.postings, firstKey];
  const metadataStart = HEADER_BYTES;
  let at = align4(metadataStart + metadata.length);
  const starts = sections.map((s) => {
    const start = at;
    at += 4 * s.length;
    return start;
  });
  const keyTextStart = at;
  const total = align4(keyTextStart + 2 * index.keyText.length);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(EXPANDED_INDEX_MAGIC), 0);
  [
    VERSION,
    metadata.length,
    index.entryCount,
    index.entryTextBytes,
    index.keyCount,
    index.keyText.length,
    index.postings.length,
    total,
  ].forEach((value, i) => view.setUint32(8 + 4 * i, value, true));
  bytes.set(metadata, metadataStart);
  sections.forEach((s, i) => s.forEach((value, j) => view.setUint32(starts[i]! + 4 * j, value, true)));
  index.keyText.forEach((unit, j) => view.setUint16(keyTextStart + 2 * j, unit, true));
  return bytes;
}

/**
 * Views of an expanded index's sections (the bytes are kept, not copied, unless they sit at an
 * offset that is not a multiple of 4). Checks the header, the sections' lengths and that each
 * offset table rises to its data's end; the values within are trusted (the build wrote them
 * from a checked file). Throws a `DictionaryError` naming what is wrong.
 */
export function decodeExpandedIndex(input: Uint8Array): ExpandedIndex {
  if (input.length === 0) {
    throw new DictionaryError('empty', 'The Japanese–English dictionary file is empty. Reinstall or update the extension.');
  }
  if (input.length < HEADER_BYTES || !isExpandedIndex(input)) {
    throw new DictionaryError(
      'corrupt',
      'The Japanese–English dictionary file is not a Yomu dictionary index (its header is missing or damaged).',
    );
  }
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
    throw new DictionaryError('unsupported', 'The Japanese–English dictionary cannot be read on a big-endian platform.');
  }
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [version, metadataBytes, entryCount, entryTextBytes, keyCount, keyTextUnits, postingCount, total] = Array.from(
    { length: 8 },
    (_, i) => view.getUint32(8 + 4 * i, true),
  ) as [number, number, number, number, number, number, number, number];
  if (version !== VERSION) {
    throw new DictionaryError(
      'unsupported',
      `The Japanese–English dictionary index has format version ${version}; this version of Yomu reads version ${VERSION}.`,
    );
  }
  const counts = [entryCount + 1, keyCount + 1, keyCount + 1, postingCount, FIRST_KEY_ENTRIES];
  let at = align4(HEADER_BYTES + metadataBytes);
  const starts = counts.map((n) => {
    const start = at;
    at += 4 * n;
    return start;
  });
  const expected = align4(at + 2 * keyTextUnits);
  if (total !== expected || bytes.length !== total) {
    throw corrupt(
      bytes.length < expected
        ? `it is truncated (${bytes.length} bytes of ${expected})`
        : `its length (${bytes.length} bytes) does not match its header`,
    );
  }
  const [entryOffsets, keyOffsets, postingOffsets, postings, firstKey] = counts.map(
    (n, i) => new Uint32Array(bytes.buffer, bytes.byteOffset + starts[i]!, n),
  ) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  rises(entryOffsets, entryTextBytes, 'entry');
  rises(keyOffsets, keyTextUnits, 'key');
  rises(postingOffsets, postingCount, 'posting');
  if (firstKey[FIRST_KEY_ENTRIES - 1] !== keyCount) throw corrupt('its table of first keys does not end at its last key');
  return {
    metadata: decodeMetadata(bytes.subarray(HEADER_BYTES, HEADER_BYTES + metadataBytes)),
    entryCount,
    keyCount,
    entryOffsets,
    keyOffsets,
    postingOffsets,
    postings,
    keyText: new Uint16Array(bytes.buffer, bytes.byteOffset + at, keyTextUnits),
    firstKey,
    entryTextBytes,
  };
}

/** Checks that `offsets` start at 0, never fall and end at `end`. */
function rises(offsets: Uint32Array, end: number, what: string): void {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== end) throw corrupt(`its ${what} index does not cover its data`);
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) throw corrupt(`its ${what} index runs backwards at ${i}`);
}

function corrupt(detail: string): DictionaryError {
  return new DictionaryError('corrupt', `The Japanese–English dictionary file is damaged: ${detail}. Reinstall or update the extension.`);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
