/**
 * kuromoji's double-array trie (IPADIC's base.dat and check.dat: int32 LE, one slot a state)
 * without the free slots after its last state. The builder grows both arrays by doubling and
 * ships them whole: 2,097,152 slots each, of which the states end at 1,355,499 (5.9 MB of the
 * 16 MB are free slots).
 *
 * A slot is a state when its check (its parent's index) is ≥ 0; free slots hold negative links
 * of the builder's free list. The `doublearray` library answers a slot past its arrays' end as
 * a free one (getCheck: −index − 1, getBase: −index + 1), and a transition is taken only when the
 * child's check equals its parent (≥ 0): a free slot past the end and a free slot in the array
 * lead nowhere alike, so the trimmed trie walks exactly as the whole one.
 */

/** Slots kept after the last state, as the builder's own shrink keeps one free node past it. */
const KEPT_AFTER_LAST_STATE = 2;

/**
 * `base` and `check` (the files' bytes) cut after the last state plus KEPT_AFTER_LAST_STATE slots,
 * as views of the same bytes (nothing copied), both the same length.
 * @throws Error when the two files differ in length or are not whole int32s.
 */
export function trimTrie(base: Uint8Array, check: Uint8Array): { base: Uint8Array; check: Uint8Array } {
  if (base.length !== check.length || check.length % 4 !== 0) throw new Error('base.dat and check.dat must be int32 arrays of one length');
  const view = new DataView(check.buffer, check.byteOffset, check.byteLength);
  let last = check.length / 4 - 1;
  while (last >= 0 && view.getInt32(last * 4, true) < 0) last--;
  const slots = Math.min(check.length / 4, last + 1 + KEPT_AFTER_LAST_STATE);
  return { base: base.subarray(0, slots * 4), check: check.subarray(0, slots * 4) };
}
