import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { loadSegmenter, type Segmenter } from '../../core/segmenter/kuromoji-tokenizer';

const DICT_DIR = fileURLToPath(new URL('../../node_modules/kuromoji/dict/', import.meta.url));

/** Reads kuromoji's IPADIC from node_modules, as the engine reads it from the extension. */
export async function readKuromojiFile(name: string): Promise<ArrayBuffer> {
  const bytes = gunzipSync(await readFile(DICT_DIR + name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

let shared: Promise<Segmenter> | undefined;

/** One segmenter for all the tests of a worker: loading IPADIC takes about a second. */
export function nodeSegmenter(): Promise<Segmenter> {
  shared ??= loadSegmenter(readKuromojiFile);
  return shared;
}
