import { describe, expect, it } from 'vitest';
import { trimTrie } from '../../../core/segmenter/trie-trim';
import { readKuromojiFile, readShippedKuromojiFile } from '../../../dict/node-kuromoji';

const ints = (values: number[]) => new Uint8Array(new Int32Array(values).buffer);

describe('trimTrie', () => {
  it('cuts after the last state and two slots more, as views', () => {
    // States at 0–3 (check ≥ 0), free slots (negative links) after.
    const base = ints([1, 5, -2, 7, -3, -4, -5, -6]);
    const check = ints([0, 0, 1, 0, -5, -6, -7, -8]);
    const trimmed = trimTrie(base, check);
    expect(trimmed.check.length).toBe(6 * 4);
    expect(trimmed.base.length).toBe(6 * 4);
    expect(trimmed.check.buffer).toBe(check.buffer);
  });

  it('keeps a trie whose last slots are states whole, and refuses arrays of two lengths', () => {
    expect(trimTrie(ints([1, 2]), ints([0, 0])).check.length).toBe(8);
    expect(() => trimTrie(ints([1, 2]), ints([0]))).toThrow(/one length/);
  });
});

describe("IPADIC's trie as shipped", () => {
  it('keeps every slot before the cut and drops only free slots', async () => {
    const [base, check, shippedBase, shippedCheck] = await Promise.all(
      ['base.dat.gz', 'check.dat.gz']
        .flatMap((name) => [readKuromojiFile(name)])
        .concat(['base.dat.gz', 'check.dat.gz'].map((name) => readShippedKuromojiFile(name))),
    );
    const [b, c, sb, sc] = [base!, check!, shippedBase!, shippedCheck!].map((buffer) => new Int32Array(buffer));
    expect(sc!.length).toBeLessThan(c!.length * 0.7);
    expect(sb!.length).toBe(sc!.length);
    expect(Array.from(sc!)).toEqual(Array.from(c!.subarray(0, sc!.length)));
    expect(Array.from(sb!)).toEqual(Array.from(b!.subarray(0, sb!.length)));
    expect(c!.subarray(sc!.length).every((v) => v < 0)).toBe(true);
  });
});
