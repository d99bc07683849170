/**
 * The binary layout the paged files share (EDICT's pages, core/dictionary/paged-index.ts; the
 * name cards' pages, core/names/name-card-pages.ts): an 8-byte ASCII magic, little-endian u32
 * header values, then sections (u8, u16 or u32 arrays), each starting on a 4-byte boundary, so
 * that a reader takes them as typed-array views of the file's bytes, copying nothing (the bytes
 * are copied once when the file itself does not start on a 4-byte boundary).
 */

/** Rounds `n` (bytes) up to a multiple of 4. */
export function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Whether `bytes` start with the ASCII `magic`. */
export function hasMagic(bytes: Uint8Array, magic: string): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

/** Whether this platform stores numbers little-endian, as the files do (views need it). */
export function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

/**
 * Writes `magic`, the u32 `header` values and `sections`, each section at a 4-byte boundary.
 * With `total`, the file's length in bytes is written after the header values.
 */
export function writeSections(
  magic: string,
  header: number[],
  sections: (Uint8Array | Uint16Array | Uint32Array)[],
  total = false,
): Uint8Array {
  let at = 8 + 4 * (header.length + (total ? 1 : 0));
  const starts = sections.map((s) => {
    const start = at;
    at = align4(at + s.byteLength);
    return start;
  });
  const out = new Uint8Array(at);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(magic), 0);
  [...header, ...(total ? [at] : [])].forEach((v, i) => view.setUint32(8 + 4 * i, v, true));
  sections.forEach((s, i) => {
    const start = starts[i]!;
    if (s instanceof Uint8Array) out.set(s, start);
    else if (s instanceof Uint16Array) s.forEach((v, j) => view.setUint16(start + 2 * j, v, true));
    else s.forEach((v, j) => view.setUint32(start + 4 * j, v, true));
  });
  return out;
}

/**
 * Sequential reads of a file written by `writeSections`, from byte `at` (8: just after the
 * magic). Every read past the end throws what `fail` makes of "it is truncated (…)".
 */
export class SectionReader {
  private readonly bytes0: Uint8Array;
  private readonly view: DataView;
  constructor(
    input: Uint8Array,
    public at: number,
    private readonly fail: (detail: string) => Error,
  ) {
    this.bytes0 = input.byteOffset % 4 === 0 ? input : input.slice();
    this.view = new DataView(this.bytes0.buffer, this.bytes0.byteOffset, this.bytes0.byteLength);
  }
  private need(n: number): void {
    if (this.at + n > this.bytes0.length) throw this.fail(`it is truncated (${this.bytes0.length} bytes of at least ${this.at + n})`);
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }
  u32s(n: number): number[] {
    return Array.from({ length: n }, () => this.u32());
  }
  /** A view of the next `n` u32 values. */
  u32Array(n: number): Uint32Array {
    this.need(4 * n);
    const out = new Uint32Array(this.bytes0.buffer, this.bytes0.byteOffset + this.at, n);
    this.at += 4 * n;
    return out;
  }
  /** A view of the next `n` u16 values (the section padded to 4 bytes). */
  u16Array(n: number): Uint16Array {
    this.need(2 * n);
    const out = new Uint16Array(this.bytes0.buffer, this.bytes0.byteOffset + this.at, n);
    this.at = align4(this.at + 2 * n);
    return out;
  }
  /** A view of the next `n` bytes (the section padded to 4 bytes). */
  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes0.subarray(this.at, this.at + n);
    this.at = align4(this.at + n);
    return out;
  }
  /** Throws unless every byte has been read. */
  end(): void {
    if (this.at !== this.bytes0.length) throw this.fail(`its length (${this.bytes0.length} bytes) does not match its header`);
  }
}

/**
 * Checks that `offsets` start at 0, never fall (or, `strictly`, always rise while `end` > 0) and
 * end at `end`; returns what is wrong in words, or undefined.
 */
export function risingProblem(offsets: Uint32Array, end: number, strictly: boolean): string | undefined {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== end) return 'does not cover its data';
  for (let i = 1; i < offsets.length; i++) {
    if (offsets[i]! < offsets[i - 1]! || (strictly && offsets[i] === offsets[i - 1] && end > 0)) return `runs backwards at ${i}`;
  }
  return undefined;
}
