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

/**
 * Seals a directory written with a last section of one u32 (`writeSections`, its placeholder 0):
 * writes into it the CRC-32 of every byte before it. Returns `directory`.
 */
export function sealDirectory(directory: Uint8Array): Uint8Array {
  new DataView(directory.buffer, directory.byteOffset, directory.byteLength).setUint32(
    directory.length - 4,
    partChecksum(directory.subarray(0, directory.length - 4)),
    true,
  );
  return directory;
}

/** Whether a directory sealed by `sealDirectory` holds the bytes it was sealed with. */
export function sealIntact(directory: Uint8Array): boolean {
  if (directory.length < 4) return false;
  const sealed = new DataView(directory.buffer, directory.byteOffset, directory.byteLength).getUint32(directory.length - 4, true);
  return partChecksum(directory.subarray(0, directory.length - 4)) === sealed;
}
