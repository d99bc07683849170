/**
 * kuromoji's IPADIC read from node_modules, for everything that runs in Node (tests, the
 * evaluation and benchmark scripts, the dictionary builders): the same loader the engine uses in
 * the extension, with the file system and zlib in place of fetch and DecompressionStream.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { loadSegmenter, type Segmenter } from '../core/segmenter/kuromoji-tokenizer';

const DICT_DIR = fileURLToPath(new URL('../node_modules/kuromoji/dict/', import.meta.url));

export async function readKuromojiFile(name: string): Promise<ArrayBuffer> {
  const bytes = gunzipSync(await readFile(DICT_DIR + name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function loadNodeSegmenter(): Promise<Segmenter> {
  return loadSegmenter(readKuromojiFile);
}
