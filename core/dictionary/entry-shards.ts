/**
 * Where the paged dictionary (paged-index.ts) cuts its entry text into shards: at entry
 * boundaries, each shard about a given size, so that a search needs the few shards its entries
 * are in, not the whole entry text. Where the cuts fall follows from the entries' offsets alone.
 */

/**
 * The first entry id of each shard, then the entry count: shard k holds entries
 * `bounds[k]` to `bounds[k + 1]` (exclusive). `entryOffsets`: byte offsets of each record in the
 * entry text (entry count + 1 values); `shardBytes`: about how many bytes of entry text a shard
 * holds (it ends at the first entry boundary past it).
 */
export function shardBounds(entryOffsets: Uint32Array, shardBytes: number): number[] {
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

/** The name of shard k in the extension's `edict/` folder. */
export function shardFileName(k: number): string {
  return `entries-${String(k).padStart(3, '0')}.bin`;
}
