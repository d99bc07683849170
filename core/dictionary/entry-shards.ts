/**
 * The dictionary as the extension shipped it before the paged format (paged-index.ts, which reuses
 * these shard bounds): its index (every section but the entry text) in one
 * file, and its entry text cut at entry boundaries into shards of about ENTRY_SHARD_BYTES. The
 * first hover needs the index and the few shards its entries are in, not the whole 24 MB file;
 * the other shards load after it. Where the cuts fall follows from the index
 * alone, so the index says which shard holds an entry and nothing else describes the shards.
 */
import { decodeDictionaryFile } from './edict-format';

/**
 * About how many bytes of entry text a shard holds (it ends at the first entry boundary past it).
 * A first hover from the dictionary alone reads the shards its entries are in (制裁 at the
 * article's start: 4 of them): 128 KB each rather than 512 KB cut that read 4× (issue 14; reading
 * an extension file ran at 5–10 MB/s on a busy 2-core machine), for 115 files instead of 29.
 */
export const ENTRY_SHARD_BYTES = 128 * 1024;

/**
 * The first entry id of each shard, then the entry count: shard k holds entries
 * `bounds[k]` to `bounds[k + 1]` (exclusive). `entryOffsets`: byte offsets of each record in the
 * entry text (entry count + 1 values, as the index gives them).
 */
export function shardBounds(entryOffsets: Uint32Array, shardBytes = ENTRY_SHARD_BYTES): number[] {
  const entryCount = entryOffsets.length - 1;
  const bounds = [0];
  let start = 0;
  for (let id = 0; id < entryCount; id++) {
    if (entryOffsets[id + 1]! - start >= shardBytes && id + 1 < entryCount) {
      bounds.push(id + 1);
      start = entryOffsets[id + 1]!;
    }
  }
  bounds.push(entryCount);
  return bounds;
}

/**
 * Splits a whole dictionary file (uncompressed) into its index and its entry shards, for
 * shipping. `shardBytes` must be the one the shards are opened with (see openShardedDictionary).
 */
export function splitDictionaryFile(bytes: Uint8Array, shardBytes = ENTRY_SHARD_BYTES): { index: Uint8Array; shards: Uint8Array[] } {
  const data = decodeDictionaryFile(bytes);
  const entryTextStart = bytes.length - data.entryText.length;
  const bounds = shardBounds(data.entryOffsets, shardBytes);
  const shards: Uint8Array[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    shards.push(data.entryText.subarray(data.entryOffsets[bounds[k]!]!, data.entryOffsets[bounds[k + 1]!]!));
  }
  return { index: bytes.subarray(0, entryTextStart), shards };
}

/** The name of shard k in the extension's `edict/` folder. */
export function shardFileName(k: number): string {
  return `entries-${String(k).padStart(3, '0')}.bin`;
}
