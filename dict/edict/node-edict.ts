/**
 * The bundled EDICT dictionary, loaded in Node (tests, benchmarks, evaluation scripts) from the
 * committed file, the same bytes the extension ships.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadDictionary, type Dictionary } from '../../core/dictionary/packed-dictionary';

/** Path of the committed dictionary file (gzip-compressed Yomu EDICT format). */
export const EDICT_FILE = fileURLToPath(new URL('./edict.yomu.gz', import.meta.url));

/** Reads and decompresses the committed file (Node's zlib: quicker here than DecompressionStream). */
export function readBundledEdictBytes(): Uint8Array {
  return gunzipSync(readFileSync(EDICT_FILE)); // a Buffer is a Uint8Array: no copy
}

let shared: Dictionary | undefined;

/** The bundled dictionary, loaded once per process. */
export function bundledEdict(): Dictionary {
  shared ??= loadDictionary(readBundledEdictBytes());
  return shared;
}
