/**
 * Which way a pair of variant kanji folds for lookup (dict/variants/build-variants.ts), from facts
 * that may be redistributed: whether JIS X 0208 has the character (IPADIC and EDICT are written in
 * nothing else), its KANJIDIC2 grade (jouyou 1–8, jinmeiyou 9–10) and how many EDICT headwords are
 * written with it (the form the dictionary itself uses). Never KANJIDIC2's frequency ranks: its
 * licence forbids commercial use of those numbers (dict/kanji/LICENSE).
 */

export interface Kanji {
  literal: string;
  /** Whether JIS X 0208 has it: the character set IPADIC and EDICT are written in. */
  jis208: boolean;
  grade?: number;
  /** How many EDICT headwords are written with it. */
  headwords: number;
  /** The kanji KANJIDIC2 names as its variants, resolved by dict/kanji's parser. */
  variants: readonly string[];
}

/**
 * Lower is better to look up: in JIS X 0208 (what the dictionaries are written in) first, then
 * jouyou (grades 1–8) before jinmeiyou (9, 10) before neither, then written in more EDICT headwords.
 */
export function commonness(k: Kanji | undefined): number {
  if (!k) return 1_000_000_000;
  const set = k.jis208 ? 0 : 400_000_000;
  const grade = k.grade === undefined ? 200_000_000 : k.grade <= 8 ? 0 : 100_000_000;
  return set + grade + Math.max(0, 1_000_000 - k.headwords);
}

/**
 * Whether `to` is worth folding `from` into: a jouyou or jinmeiyou kanji, or — for a character
 * outside JIS X 0208, which neither IPADIC nor EDICT can hold — one EDICT writes headwords with.
 */
function isCommon(to: Kanji | undefined, from: Kanji | undefined): boolean {
  if (to === undefined) return false;
  return to.grade !== undefined || (to.jis208 && !from?.jis208 && to.headwords > 0);
}

/**
 * Each character folded to its commonest variant, when that one is common (isCommon) and commoner;
 * a jouyou kanji in JIS X 0208 is never folded away; chains followed to their end.
 * @returns "variant" + "target" strings, sorted by variant.
 */
export function variantFolds(kanji: ReadonlyMap<string, Kanji>, pairs: readonly (readonly [string, string])[]): string[] {
  const target = new Map<string, string>();
  for (const [from, to] of pairs) {
    const f = kanji.get(from);
    const t = kanji.get(to);
    if (!isCommon(t, f) || commonness(t) >= commonness(f)) continue;
    if (f?.jis208 && f.grade !== undefined && f.grade <= 8) continue;
    const known = target.get(from);
    if (known === undefined || commonness(t) < commonness(kanji.get(known))) target.set(from, to);
  }
  return [...target.keys()].sort().map((from) => {
    let to = target.get(from)!;
    for (let hops = 0; target.has(to) && hops < 4; hops++) to = target.get(to)!;
    return from + to;
  });
}
