/**
 * Reads the engine's bundled data files from the extension package: fetch of our own
 * extension URL (never the network) and the browser's native gzip decompression, streamed
 * into a single ArrayBuffer.
 */
import { browser } from 'wxt/browser';

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

/** The EDICT dictionary file, shipped inflated in `edict/` of the build by wxt.config.ts. */
export async function readDictionaryFile(): Promise<Uint8Array> {
  const url = browser.runtime.getURL('/edict/edict.yomu' as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`/edict/edict.yomu is missing from the extension (${response.status})`);
  // Through a Blob: Chromium keeps the 22 MB body out of the page's thread until it is whole
  // (Response.arrayBuffer took about twice as long, its chunks handled one by one on this thread).
  return new Uint8Array(await (await response.blob()).arrayBuffer());
}

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
