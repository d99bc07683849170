/**
 * kuromoji's target map (IPADIC's tid_map.dat: for each surface the trie knows, the token info
 * ids of its entries) read in place. kuromoji's own loader turns the file into one JavaScript
 * array per surface, pushed one id at a time (about 300,000 arrays: some 30 MB of heap in the
 * engine's worker and a third of a second of its set-up, most of it garbage collection); this
 * keeps the file's 4 MB as they are (a view of its bytes), with an index of 1.6 MB, and answers kuromoji's
 * `target_map[trie_id]` with a view of the file's ids.
 *
 * The file (kuromoji's TokenInfoDictionary.targetMapToBuffer): little-endian int32s, the number
 * of surfaces, then per surface its trie id, the number of its ids and the ids. Zeros after the
 * last surface (padding) are ignored.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readInts(file: Uint8Array, count: number): Int32Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const ints = new Int32Array(count);
  for (let i = 0; i < count; i++) ints[i] = view.getInt32(i * 4, true);
  return ints;
}

/** What kuromoji's ViterbiBuilder reads: `map[trie_id]`, a list of token info ids with `length`, or undefined. */
export type TargetMap = Readonly<Record<number, ArrayLike<number> | undefined>>;

/**
 * The target map of `file` (tid_map.dat's bytes), as kuromoji reads it.
 * @throws Error when the file ends inside a surface's record.
 */
export function targetMapOf(file: Uint8Array): TargetMap {
  const intCount = file.byteLength >> 2;
  // The file's ints as they are where the platform is little-endian and they are aligned (a view,
  // no copy); else read one by one.
  const ints =
    LITTLE_ENDIAN && file.byteOffset % 4 === 0 ? new Int32Array(file.buffer, file.byteOffset, intCount) : readInts(file, intCount);
  const surfaces = ints[0] ?? 0;
  // Where each trie id's record starts in `ints` (its count, then its ids); 0 where there is none.
  let maxId = 0;
  for (let k = 0, at = 1; k < surfaces; k++) {
    if (at + 1 >= intCount) throw new Error('tid_map.dat ends inside a record');
    maxId = Math.max(maxId, ints[at]!);
    at += 2 + ints[at + 1]!;
  }
  const starts = new Int32Array(maxId + 1);
  for (let k = 0, at = 1; k < surfaces; k++) {
    const count = ints[at + 1]!;
    if (at + 2 + count > intCount) throw new Error('tid_map.dat ends inside a record');
    starts[ints[at]!] = at + 1;
    at += 2 + count;
  }
  const idsOf = (trieId: number): Int32Array | undefined => {
    const at = trieId >= 0 && trieId <= maxId ? starts[trieId]! : 0;
    return at === 0 ? undefined : ints.subarray(at + 1, at + 1 + ints[at]!);
  };
  return new Proxy({} as TargetMap, {
    get: (_target, key) => (typeof key === 'string' ? idsOf(Number(key)) : undefined),
  });
}
