/**
 * Opening the bundled dictionary file as it is shipped (gzip-compressed). Decompression uses the
 * standard `DecompressionStream`, which browsers (extension pages, offscreen documents) and Node
 * (18 and later) both provide, so one path serves the engine and the tests.
 */
import { DictionaryError } from './dictionary-error';
import { loadDictionary, type Dictionary } from './packed-dictionary';

/**
 * Decompresses a gzip-compressed dictionary file; other bytes are returned as they are. A damaged
 * or truncated gzip stream throws a `DictionaryError`.
 */
export async function inflateDictionaryFile(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  if (bytes.length < 18) throw damaged('the compressed data is truncated');
  // gzip's trailer states the decompressed size (modulo 2^32): allocate the result once.
  const size = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(0, true);
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  let out = new Uint8Array(size);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > out.length) {
        const grown = new Uint8Array(Math.max(out.length * 2, length + value.length));
        grown.set(out.subarray(0, length));
        out = grown;
      }
      out.set(value, length);
      length += value.length;
    }
  } catch (err) {
    throw damaged(`the compressed data cannot be read (${err instanceof Error ? err.message : String(err)})`);
  }
  return length === out.length ? out : out.slice(0, length);
}

/**
 * Opens the dictionary from the bytes of its file, compressed or not. `undefined` or `null`
 * (the file could not be read) and every kind of damage throw a `DictionaryError` whose message
 * the popup can show.
 */
export async function openDictionaryFile(bytes: Uint8Array | undefined | null): Promise<Dictionary> {
  if (!bytes) return loadDictionary(bytes);
  return loadDictionary(await inflateDictionaryFile(bytes));
}

function damaged(detail: string): DictionaryError {
  return new DictionaryError('corrupt', `The Japanese–English dictionary file is damaged: ${detail}. Reinstall or update the extension.`);
}
