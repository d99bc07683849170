/**
 * Which page of a file cut by key range holds a key: the pages' first keys, written out one after
 * another as UTF-16 code units (`firstKeyText`, page p's from `firstKeyOffsets[p]` to
 * `firstKeyOffsets[p + 1]`), keys sorted in UTF-16 code-unit order (JavaScript's string order).
 * Shared by EDICT's pages (core/dictionary/paged-index.ts) and the name cards' pages
 * (core/names/name-card-pages.ts); nothing is decoded into strings.
 */

export interface FirstKeys {
  /** Offsets of each page's first key in `firstKeyText` (page count + 1 values). */
  firstKeyOffsets: Uint32Array;
  /** Each page's first key, written out. */
  firstKeyText: Uint16Array;
}

/** Compares `query` with page p's first key in UTF-16 order: negative when it sorts before, 0 when equal, positive after. */
export function compareFirstKey(query: string, keys: FirstKeys, p: number): number {
  const start = keys.firstKeyOffsets[p]!;
  const end = keys.firstKeyOffsets[p + 1]!;
  const n = Math.min(query.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = query.charCodeAt(i) - keys.firstKeyText[start + i]!;
    if (d !== 0) return d;
  }
  return query.length - (end - start);
}

/** The last page whose first key does not sort after `query` (page 0 when every one does); -1 when there are no pages. */
export function pageOfKey(query: string, keys: FirstKeys): number {
  let lo = 0;
  let hi = keys.firstKeyOffsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (compareFirstKey(query, keys, mid) >= 0) lo = mid;
    else hi = mid - 1;
  }
  return hi < 0 ? -1 : lo;
}

/** The first keys of sorted `keys` cut into pages starting at `pageStarts` (indexes into `keys`), written out as `FirstKeys` sections. */
export function firstKeysOf(pageStarts: readonly number[], keyAt: (k: number) => ArrayLike<number>): FirstKeys {
  const units: number[] = [];
  const offsets = [0];
  for (const k of pageStarts) {
    const key = keyAt(k);
    for (let i = 0; i < key.length; i++) units.push(key[i]!);
    offsets.push(units.length);
  }
  return { firstKeyOffsets: Uint32Array.from(offsets), firstKeyText: Uint16Array.from(units) };
}
