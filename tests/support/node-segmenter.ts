import type { Segmenter } from '../../core/segmenter/kuromoji-tokenizer';
import { loadNodeSegmenter, readKuromojiFile } from '../../dict/node-kuromoji';

export { readKuromojiFile };

let shared: Promise<Segmenter> | undefined;

/** One segmenter for all the tests of a worker: loading IPADIC takes about half a second. */
export function nodeSegmenter(): Promise<Segmenter> {
  shared ??= loadNodeSegmenter();
  return shared;
}
