/**
 * kuromoji's IPADIC as the extension ships it, made from the npm package's files by the build
 * (wxt.config.ts) and by everything that runs in Node (dict/node-kuromoji.ts), so that tests and
 * evaluations read the very bytes the extension reads:
 *   - inflated, and without the zero padding of kuromoji's buffers (ipadic-trim.ts);
 *   - tid_pos.dat's feature strings in their compact form, tid.dat pointing at it
 *     (compact-features.ts: 36 MB → about 11 MB, the same strings);
 *   - the trie (base.dat, check.dat) without the free slots after its last state (trie-trim.ts:
 *     16 MB → 10.8 MB, the same walks).
 */
import { DICTIONARY_FILES, shippedName } from './ipadic-files';
import { TRIMMABLE_FILES, trimZeroPadding } from './ipadic-trim';
import { compactFeatures } from './compact-features';
import { trimTrie } from './trie-trim';

/**
 * The shipped files, by shipped name (`base.dat`...), from `readInflated(name)`: a file of the
 * package by its package name (`base.dat.gz`), inflated.
 * @throws Error when tid.dat points outside tid_pos.dat (compactFeatures) or base.dat and check.dat differ in length (trimTrie).
 */
export function shippedIpadic(readInflated: (name: string) => Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of DICTIONARY_FILES) {
    const shipped = shippedName(name);
    const inflated = readInflated(name);
    files.set(shipped, TRIMMABLE_FILES.has(shipped) ? trimZeroPadding(inflated) : inflated);
  }
  const compact = compactFeatures(files.get('tid.dat')!, files.get('tid_pos.dat')!);
  files.set('tid.dat', compact.tokenInfo);
  files.set('tid_pos.dat', compact.features);
  const trie = trimTrie(files.get('base.dat')!, files.get('check.dat')!);
  files.set('base.dat', trie.base);
  files.set('check.dat', trie.check);
  return files;
}
