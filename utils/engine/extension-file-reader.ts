/**
 * Reads the engine's bundled data files from the extension package: fetch of our own
 * extension URL (never the network) and the browser's native gzip decompression, streamed
 * into a single ArrayBuffer.
 */
import { browser } from 'wxt/browser';
import type { ShardedDictionaryFiles } from '../../core/dictionary/dictionary-loader';
import { shardFileName } from '../../core/dictionary/entry-shards';

export async function readPackagedGzip(path: string): Promise<ArrayBuffer> {
  const url = browser.runtime.getURL(path as '/');
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${path} is missing from the extension (${response.status})`);
  const inflated = response.body.pipeThrough(new DecompressionStream('gzip'));
  try {
    return await new Response(inflated).arrayBuffer();
  } catch {
    // The browser only says "Failed to fetch" when the gzip stream is bad: say which file.
    throw new Error(`${path.replace(/^\//, '')} is empty or damaged (it could not be decompressed)`);
  }
}

/** One of our own packaged files, whole. */
async function readPackagedFile(path: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  if (!response.ok) throw new Error(`${path.replace(/^\//, '')} is missing from the extension (${response.status})`);
  // Through a Blob: Chromium keeps the body out of this thread until it is whole
  // (Response.arrayBuffer took about twice as long for 22 MB, its chunks handled one by one here).
  return new Uint8Array(await (await response.blob()).arrayBuffer());
}

/**
 * EDICT as wxt.config.ts ships it (core/dictionary/entry-shards.ts): its index, then its entry
 * shards, each read when first needed.
 */
export const dictionaryFiles: ShardedDictionaryFiles = {
  readIndex: () => readPackagedFile('/edict/index.yomu'),
  readShard: (k) => readPackagedFile(`/edict/${shardFileName(k)}`),
};

/** The people's names file (dict/names/names.tsv.gz), shipped gzip-compressed in `names/` by wxt.config.ts. */
export async function readNamesFile(): Promise<string> {
  return new TextDecoder().decode(await readPackagedGzip('/names/names.tsv.gz'));
}

/** The kanji file (dict/kanji/kanji.tsv.gz, KANJIDIC2), shipped gzip-compressed in `kanji/` by wxt.config.ts. */
export async function readKanjiFile(): Promise<string> {
  return new TextDecoder().decode(await readPackagedGzip('/kanji/kanji.tsv.gz'));
}

/** ENAMDICT's names for the popup's name card (dict/names/name-cards.tsv.gz), shipped gzip-compressed in `names/`. */
export async function readNameCardsFile(): Promise<string> {
  return new TextDecoder().decode(await readPackagedGzip('/names/name-cards.tsv.gz'));
}
