/**
 * IPADIC's token features (kuromoji's tid_pos.dat) in a compact form, read by kuromoji in place
 * through a thin adapter.
 *
 * kuromoji keeps, for each of IPADIC's 392,126 token infos, one NUL-terminated UTF-8 string
 * `surface,pos,pos1,pos2,pos3,conjugationType,conjugationForm,basicForm,reading,pronunciation`
 * (36 MB), found by the int32 at byte 6 of the token info's record in tid.dat, and decodes it
 * with `pos_buffer.getString(offset)` when a token is made. Most of it repeats: the six
 * part-of-speech and conjugation fields take only 667 distinct values, the basic form is the
 * surface in 64 % of entries, the pronunciation is the reading in 81 %, and readings are
 * katakana (three UTF-8 bytes a character).
 *
 * The compact file (about 11 MB): a header, then one record per feature string. tid.dat is
 * rewritten to point at the records (`compactFeatures`), and `compactFeatureReader` answers
 * kuromoji's `getString(offset)` with the very string the original file held there.
 *
 * Layout (all offsets are bytes from the start of the file):
 *   header:  MAGIC (4 bytes), template count (uint32 LE), the templates (UTF-8, each NUL-ended):
 *            the distinct `pos,pos1,pos2,pos3,conjugationType,conjugationForm` runs;
 *   record:  template index (LEB128 varint), then four fields, each ended by a NUL byte:
 *            surface      UTF-8;
 *            basic form   SAME (one byte) when it equals the surface, else UTF-8;
 *            reading      KANA then one byte per character (U+30A0 + byte) when all of it is
 *                         katakana U+30A1–U+30FE, else UTF-8;
 *            pronunciation SAME when it equals the reading, else coded as the reading is.
 *   A string that is not ten comma-separated fields is kept whole: template index RAW, then its
 *   UTF-8 and a NUL.
 * SAME and KANA are bytes that never occur in UTF-8 (0xFE, 0xFF), so no field is mistaken for one.
 */

/** The first four bytes of a compact features file: 0xFF never starts a UTF-8 string, so kuromoji's own file cannot. */
const MAGIC = [0xff, 0x59, 0x43, 0x46]; // 0xFF 'Y' 'C' 'F'
const SAME = 0xfe;
const KANA = 0xff;
const KANA_BASE = 0x30a0;
/** The template index of a record kept whole. */
const RAW = 0;
/** Fields of a feature string: surface, six part-of-speech/conjugation fields, basic form, reading, pronunciation. */
const FIELD_COUNT = 10;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Whether `bytes` is a compact features file (else kuromoji's own tid_pos.dat). */
export function isCompactFeatures(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** Grows by doubling; `bytes()` is a copy of what was written. */
class ByteWriter {
  private buffer = new Uint8Array(1 << 20);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
  byte(b: number): void {
    this.room(1);
    this.buffer[this.length++] = b;
  }
  all(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }
  varint(n: number): void {
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    this.byte(n);
  }
  uint32(n: number): void {
    for (let i = 0; i < 4; i++) this.byte((n >>> (8 * i)) & 0xff);
  }
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

const COMMA = 0x2c;

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

/**
 * Writes the UTF-8 bytes `from`..`to` of `bytes` as a reading field: KANA and one byte a
 * character when all are katakana U+30A1–U+30FE (UTF-8 E3 82 A1 … E3 83 BE), else as they are.
 */
function writeReading(out: ByteWriter, bytes: Uint8Array, from: number, to: number): void {
  let packable = to > from && (to - from) % 3 === 0;
  for (let i = from; packable && i < to; i += 3) {
    const code = bytes[i] === 0xe3 ? ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f) | 0x3000 : 0;
    packable = code > KANA_BASE && code < 0x30ff && (bytes[i + 1]! & 0xc0) === 0x80 && (bytes[i + 2]! & 0xc0) === 0x80;
  }
  if (packable) {
    out.byte(KANA);
    for (let i = from; i < to; i += 3) out.byte((((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f) | 0x3000) - KANA_BASE);
  } else out.all(bytes.subarray(from, to));
  out.byte(0);
}

/**
 * kuromoji's token info file and feature file made compact.
 * @param tokenInfo tid.dat's bytes: 10-byte records (left id, right id, cost: int16 LE; feature offset: int32 LE)
 *   up to its end or to a record of zeros (padding).
 * @param features tid_pos.dat's bytes: NUL-ended UTF-8 strings.
 * @returns `tokenInfo` with each record's feature offset rewritten to its compact record (a copy,
 *   the same length) and the compact features file. Records pointing at the same offset share one.
 * @throws Error when a record points outside `features`.
 */
export function compactFeatures(tokenInfo: Uint8Array, features: Uint8Array): { tokenInfo: Uint8Array; features: Uint8Array } {
  const info = tokenInfo.slice();
  const view = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const templates = new Map<string, number>();
  const records = new ByteWriter();
  const recordAt = new Map<number, number>();
  const pointers: number[] = []; // tid.dat offset, record offset, …
  const commas: number[] = [];
  for (let at = 0; at + 10 <= info.length; at += 10) {
    const offset = view.getInt32(at + 6, true);
    if (offset === 0 && at > 0 && view.getInt16(at, true) === 0 && view.getInt16(at + 2, true) === 0 && view.getInt16(at + 4, true) === 0)
      break;
    if (offset < 0 || offset >= features.length) throw new Error(`tid.dat record at ${at} points outside tid_pos.dat (${offset})`);
    let record = recordAt.get(offset);
    if (record === undefined) {
      record = records.length;
      recordAt.set(offset, record);
      commas.length = 0;
      let end = offset;
      for (; end < features.length && features[end] !== 0; end++) if (features[end] === COMMA) commas.push(end);
      if (commas.length !== FIELD_COUNT - 1) {
        records.varint(RAW);
        records.all(features.subarray(offset, end));
        records.byte(0);
      } else {
        // Field k runs from starts[k] to ends[k].
        const starts = [offset, ...commas.map((c) => c + 1)];
        const ends = [...commas, end];
        const template = decoder.decode(features.subarray(starts[1], ends[6]));
        let index = templates.get(template);
        if (index === undefined) templates.set(template, (index = templates.size + 1));
        records.varint(index);
        records.all(features.subarray(starts[0], ends[0]));
        records.byte(0);
        if (sameBytes(features, starts[7]!, ends[7]!, starts[0]!, ends[0]!)) records.byte(SAME);
        else records.all(features.subarray(starts[7], ends[7]));
        records.byte(0);
        writeReading(records, features, starts[8]!, ends[8]!);
        if (sameBytes(features, starts[9]!, ends[9]!, starts[8]!, ends[8]!)) {
          records.byte(SAME);
          records.byte(0);
        } else writeReading(records, features, starts[9]!, ends[9]!);
      }
    }
    pointers.push(at, record);
  }
  const header = new ByteWriter();
  for (const b of MAGIC) header.byte(b);
  header.uint32(templates.size);
  for (const template of templates.keys()) {
    header.all(encoder.encode(template));
    header.byte(0);
  }
  const start = header.length;
  for (let k = 0; k < pointers.length; k += 2) view.setInt32(pointers[k]! + 6, start + pointers[k + 1]!, true);
  header.all(records.bytes());
  return { tokenInfo: info, features: header.bytes() };
}

/** What kuromoji's TokenInfoDictionary reads its features through (its `pos_buffer`). */
export interface FeatureReader {
  /** The feature string whose record starts at `offset`. */
  getString(offset: number): string;
}

/**
 * Reads a compact features file in place (a view of `file`, nothing copied): kuromoji's
 * `pos_buffer`, answering `getString(offset)` for the offsets compactFeatures wrote into tid.dat.
 * Only the templates (667 short strings) are decoded when opened.
 * @throws Error when `file` is not a compact features file or its header is cut short.
 */
export function compactFeatureReader(file: Uint8Array): FeatureReader {
  if (!isCompactFeatures(file)) throw new Error('not a compact features file');
  const count = (file[4]! | (file[5]! << 8) | (file[6]! << 16) | (file[7]! << 24)) >>> 0;
  const templates: string[] = [''];
  let at = 8;
  const nulAfter = (from: number): number => {
    let end = from;
    while (end < file.length && file[end] !== 0) end++;
    if (end >= file.length) throw new Error('compact features file is cut short');
    return end;
  };
  for (let k = 0; k < count; k++) {
    const end = nulAfter(at);
    templates.push(decoder.decode(file.subarray(at, end)));
    at = end + 1;
  }
  let cursor = 0;
  const utf8Field = (): string => {
    const end = nulAfter(cursor);
    const text = decoder.decode(file.subarray(cursor, end));
    cursor = end + 1;
    return text;
  };
  const readingField = (): string => {
    if (file[cursor] !== KANA) return utf8Field();
    const end = nulAfter(cursor + 1);
    let text = '';
    for (let i = cursor + 1; i < end; i++) text += String.fromCharCode(KANA_BASE + file[i]!);
    cursor = end + 1;
    return text;
  };
  const isSame = (): boolean => {
    if (file[cursor] !== SAME || file[cursor + 1] !== 0) return false;
    cursor += 2;
    return true;
  };
  return {
    getString(offset: number): string {
      cursor = offset;
      let index = 0;
      for (let shift = 0; ; shift += 7) {
        const b = file[cursor++]!;
        index |= (b & 0x7f) << shift;
        if (b < 0x80) break;
      }
      if (index === RAW) return utf8Field();
      const surface = utf8Field();
      const basicForm = isSame() ? surface : utf8Field();
      const reading = readingField();
      const pronunciation = isSame() ? reading : readingField();
      return `${surface},${templates[index]},${basicForm},${reading},${pronunciation}`;
    },
  };
}
