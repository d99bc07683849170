/**
 * Reads the engine's bundled data files from the extension package: fetched (our own extension
 * URL, never the network) and, for the gzip-compressed ones, inflated in a Worker of their own
 * (file-worker.ts), whose bytes are transferred to the engine. The engine's thread gets each file
 * whole and does no reading, inflating or decoding of its own: a hover asked meanwhile is answered
 * at once (issue 14).
 */
import type { PagedDictionaryFiles } from '../../core/dictionary/dictionary-loader';
import { DICTIONARY_FOLDER, pagePath, shardPath } from '../../core/dictionary/paged-index';
import { NAME_CARD_DIRECTORY_FILE, nameCardPageFileName } from '../../core/names/name-card-pages';
import type { PagedNameCardFiles } from '../../core/names/name-card-files';
import type { FileReply, FileRequest } from './file-messages';
import { markOnce } from './start-marks';

let worker: Worker | undefined;
let next = 0;
const waiting = new Map<number, { resolve: (bytes: ArrayBuffer) => void; reject: (err: Error) => void }>();

/**
 * How long the file worker stays with nothing to read before it is ended, in ms. The engine reads
 * its gzip-compressed files in a burst (the names file and the kanji file)
 * and then none; an idle worker would keep its heap (the inflate's chunks, its own isolate) for
 * the browser's life. A later read starts a new one.
 */
const IDLE_MS = 3000;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function endWhenIdle(): void {
  clearTimeout(idleTimer);
  if (waiting.size > 0) return;
  idleTimer = setTimeout(() => {
    if (waiting.size > 0 || !worker) return;
    worker.terminate();
    worker = undefined;
  }, IDLE_MS);
}

function fileWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./file-worker.ts', import.meta.url), { type: 'module', name: 'yomu-files' });
  started.onmessage = (event: MessageEvent<FileReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if ('error' in reply) w.reject(new Error(reply.error));
    else w.resolve(reply.bytes);
    endWhenIdle();
  };
  started.onerror = (event) => {
    event.preventDefault();
    // A worker that failed is replaced on the next read; the reads it held fail with the reason.
    const error = new Error(`the file reader stopped (${event.message || 'no reason given'})`);
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    started.terminate();
    if (worker === started) worker = undefined;
  };
  worker = started;
  return started;
}

/** One of our own packaged files, whole (inflated when `gzip`). */
export function readPackagedFile(path: string, gzip = false): Promise<Uint8Array> {
  markOnce(`file-asked ${path}`);
  return new Promise<ArrayBuffer>((resolve, reject) => {
    const id = next++;
    clearTimeout(idleTimer);
    waiting.set(id, { resolve, reject });
    fileWorker().postMessage({ id, path, gzip } satisfies FileRequest);
  }).then((bytes) => {
    markOnce(`file-read ${path}`);
    return new Uint8Array(bytes);
  });
}

/**
 * One of our own small packaged files (EDICT's directory, index pages and entry shards, ~128 KB
 * each), fetched on the engine's thread. A first hover reads several of them one after another
 * (each search that misses a page or shard waits for it and asks again); a trip through the file
 * worker added two thread hops to each, which on a busy machine cost more than reading the file.
 * Rejects with a message naming the file when it is missing.
 */
export async function readSmallPackagedFile(path: string): Promise<Uint8Array> {
  markOnce(`file-asked ${path}`);
  const name = path.replace(/^\//, '');
  let bytes: Uint8Array;
  try {
    // Firefox answers a packaged file that is not there with a response whose body then fails
    // ("The operation was aborted"), Chrome with a failed fetch: both are a missing file.
    const response = await fetch(new URL(`/${name}`, location.origin));
    if (!response.ok) throw new Error(String(response.status));
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    throw new Error(`${name} is missing from the extension`);
  }
  markOnce(`file-read ${path}`);
  return bytes;
}

const INDEX_PATH = `/${DICTIONARY_FOLDER}/index.yomu`;
let earlyIndex: Promise<Uint8Array> | undefined;

/**
 * Starts reading EDICT's index (its directory, a few KB) now, before the engine asks (the offscreen document does so while
 * the engine's own code loads, issue 14): the engine's first `dictionaryFiles.readIndex()` gets
 * this read (its bytes or its failure); later calls read the file again.
 */
export function readDictionaryIndexEarly(): void {
  earlyIndex ??= readSmallPackagedFile(INDEX_PATH);
  earlyIndex.catch(() => undefined); // met by the engine when it asks
}

/**
 * EDICT as wxt.config.ts ships it (core/dictionary/paged-index.ts): its directory, then its index
 * pages and entry shards, each read when first needed.
 */
export const dictionaryFiles: PagedDictionaryFiles = {
  readIndex: () => {
    const early = earlyIndex;
    earlyIndex = undefined;
    return early ?? readSmallPackagedFile(INDEX_PATH);
  },
  readPage: (p) => readSmallPackagedFile(`/${pagePath(p)}`),
  readShard: (k) => readSmallPackagedFile(`/${shardPath(k)}`),
};

/** The people's names file (dict/names/names.tsv.gz), shipped gzip-compressed in `names/` by wxt.config.ts: its UTF-8 bytes. */
export function readNamesFile(): Promise<Uint8Array> {
  return readPackagedFile('/names/names.tsv.gz', true);
}

/** The lexicon words (dict/readings/lexicon-words.tsv.gz, from UniDic), shipped gzip-compressed in `readings/` by wxt.config.ts: its UTF-8 bytes, searched in place. */
export function readLexiconFile(): Promise<Uint8Array> {
  return readPackagedFile('/readings/lexicon-words.tsv.gz', true);
}

/** The kanji file (dict/kanji/kanji.tsv.gz, KANJIDIC2), shipped gzip-compressed in `kanji/` by wxt.config.ts: its UTF-8 bytes, searched in place. */
export function readKanjiFile(): Promise<Uint8Array> {
  return readPackagedFile('/kanji/kanji.tsv.gz', true);
}

/**
 * ENAMDICT's names for the popup's name card (dict/names/name-cards.tsv.gz) as wxt.config.ts ships
 * them in `names/` (core/names/name-card-pages.ts): a directory, then pages of ~32 KB, each read
 * when a lookup first needs it, on the engine's thread as EDICT's are.
 */
export const nameCardFiles: PagedNameCardFiles = {
  readDirectory: () => readSmallPackagedFile(`/names/${NAME_CARD_DIRECTORY_FILE}`),
  readPage: (p) => readSmallPackagedFile(`/names/${nameCardPageFileName(p)}`),
};
