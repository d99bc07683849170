/**
 * kuromoji's IPADIC buffers as the extension ships them: inflated (the store archive compresses
 * them anyway, and inflating 18 MB of gzip with DecompressionStream took the engine's thread
 * 1–2 s at start-up) and without the zero padding kuromoji's builder leaves after the data
 * (its byte buffers grow by doubling and are written whole: tid_pos.dat is 40 MiB for 34 MiB of
 * data, unk.dat 10 MiB for 398 bytes; 100 MB in all for 65 MB of data).
 *
 * Only files kuromoji reads as records at offsets the data itself names, or reads to their end,
 * are trimmed (token info, features, target maps, the unknown-word definitions). The trie
 * (base, check), the connection costs and the character maps are tables indexed by state, id
 * or code point: their zeros are data, and they are shipped whole.
 */

/** The IPADIC files (shipped names, see ipadic-files.ts) whose trailing zeros are padding. */
export const TRIMMABLE_FILES: ReadonlySet<string> = new Set([
  'tid.dat',
  'tid_pos.dat',
  'tid_map.dat',
  'unk.dat',
  'unk_pos.dat',
  'unk_map.dat',
  'unk_invoke.dat',
]);

/**
 * Zeros kept after the last non-zero byte, rounded up to this many bytes. A record may end in
 * zero bytes (a string's terminator, a cost or offset of 0); records are tens of bytes, so 4 KiB
 * of zeros after the last non-zero byte keeps every byte any record can span.
 */
export const TRIM_MARGIN = 4096;

/**
 * `bytes` without the zero padding after its data: the last non-zero byte, then zeros up to the
 * next multiple of TRIM_MARGIN and one TRIM_MARGIN more (never longer than `bytes`). Returns a
 * view of `bytes`, not a copy.
 */
export function trimZeroPadding(bytes: Uint8Array): Uint8Array {
  let last = bytes.length - 1;
  while (last >= 0 && bytes[last] === 0) last--;
  const keep = (Math.floor((last + 1 + TRIM_MARGIN - 1) / TRIM_MARGIN) + 1) * TRIM_MARGIN;
  return bytes.subarray(0, Math.min(bytes.length, keep));
}
