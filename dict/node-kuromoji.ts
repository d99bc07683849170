/**
 * kuromoji's IPADIC read from node_modules, for everything that runs in Node (tests, the
 * evaluation and benchmark scripts, the dictionary builders): the same loader the engine uses in
 * the extension, with the file system and zlib in place of fetch. `loadNodeSegmenter` reads the
 * files as the extension ships them (core/segmenter/shipped-ipadic.ts: trimmed, features compact),
 * made once per process; `readKuromojiFile` gives the package's own files.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { loadSegmenter, type Segmenter } from '../core/segmenter/kuromoji-tokenizer';
import { shippedIpadic } from '../core/segmenter/shipped-ipadic';
import { shippedName } from '../core/segmenter/ipadic-files';

const DICT_DIR = fileURLToPath(new URL('../node_modules/kuromoji/dict/', import.meta.url));

export async function readKuromojiFile(name: string): Promise<ArrayBuffer> {
  const bytes = gunzipSync(await readFile(DICT_DIR + name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

let shipped: Map<string, Uint8Array> | undefined;

/** One of the files as the extension ships them, by the package's name (`base.dat.gz`). */
export async function readShippedKuromojiFile(name: string): Promise<ArrayBuffer> {
  shipped ??= shippedIpadic((file) => gunzipSync(readFileSync(DICT_DIR + file)));
  const bytes = shipped.get(shippedName(name));
  if (!bytes) throw new Error(`${name} is not one of IPADIC's files`);
  // A copy of exactly its bytes (a Buffer's slice() would share, and its .buffer reach past them).
  return new Uint8Array(bytes).buffer;
}

export function loadNodeSegmenter(): Promise<Segmenter> {
  return loadSegmenter(readShippedKuromojiFile);
}
