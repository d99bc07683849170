/**
 * The checksum a paged file's directory keeps of each of its parts: CRC-32 (IEEE 802.3, the one
 * zip and gzip use), computed by the `crc-32` package (SheetJS, Apache-2.0). A part damaged in
 * place with its structure whole (bytes overwritten, not cut short) reads as well-formed; its
 * checksum tells it from the part the directory was written with.
 */
import CRC32 from 'crc-32';

/** CRC-32 of `bytes`, as an unsigned 32-bit integer. */
export function partChecksum(bytes: Uint8Array): number {
  return CRC32.buf(bytes) >>> 0;
}
