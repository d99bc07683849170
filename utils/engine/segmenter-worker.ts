/**
 * The engine's kuromoji, in a dedicated Worker (started by the offscreen document on Chrome and
 * the background page on Firefox): its 65 MB of IPADIC are fetched and set up here, so the
 * engine's own thread stays free to answer hovers from the dictionary meanwhile. Loads at once;
 * answers `{ id, texts }` with `{ id, tokens }`, or `{ id, error }` when kuromoji could not load.
 */
import { loadSegmenter } from '../../core/segmenter/kuromoji-tokenizer';
import { tokenizeEach } from '../../core/segmenter/async-segmenter';
import { shippedName } from '../../core/segmenter/ipadic-files';
import type { SegmenterReply, SegmenterRequest } from './segmenter-messages';

/** The worker's global scope, as far as this file uses it (the DOM typings have no worker scope). */
interface WorkerScope {
  location: Location;
  onmessage: ((event: MessageEvent<SegmenterRequest>) => void) | null;
  postMessage(message: SegmenterReply): void;
}
const scope = self as unknown as WorkerScope;

/** One IPADIC file as shipped (inflated, see wxt.config.ts), from this extension's own origin. */
async function readShippedFile(name: string): Promise<ArrayBuffer> {
  const path = `kuromoji/${shippedName(name)}`;
  const response = await fetch(new URL(`/${path}`, scope.location.origin));
  if (!response.ok) throw new Error(`${path} is missing from the extension (${response.status})`);
  const buffer = await response.arrayBuffer();
  if (buffer.byteLength === 0) throw new Error(`${path} is empty or damaged`);
  return buffer;
}

const segmenter = loadSegmenter(readShippedFile);
segmenter.catch(() => undefined); // said to each request

scope.onmessage = async (event: MessageEvent<SegmenterRequest>) => {
  const { id, texts } = event.data;
  let reply: SegmenterReply;
  try {
    reply = { id, tokens: tokenizeEach(await segmenter, texts) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
