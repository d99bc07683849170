/**
 * The engine's side of its kuromoji worker (segmenter-worker.ts): starts the worker and asks it
 * for tokens. Settles once kuromoji has loaded there (the first answer), or rejects with the
 * worker's reason; a failed load ends the worker, and the next call starts a new one.
 */
import type { AsyncSegmenter } from '../../core/segmenter/async-segmenter';
import type { Token } from '../../core/segmenter/token';
import type { SegmenterReply, SegmenterRequest } from './segmenter-messages';
import { markOnce } from './start-marks';

export function startWorkerSegmenter(): Promise<AsyncSegmenter> {
  markOnce('kuromoji-start');
  const worker = new Worker(new URL('./segmenter-worker.ts', import.meta.url), { type: 'module', name: 'yomu-kuromoji' });
  const waiting = new Map<number, { resolve: (t: (Token[] | null)[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  const ask = (texts: readonly string[]) =>
    new Promise<(Token[] | null)[]>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, texts } satisfies SegmenterRequest);
    });
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<SegmenterReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (!('error' in reply)) return w.resolve(reply.tokens);
    w.reject(new Error(reply.error));
    failAll(new Error(reply.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(`the worker stopped (${event.message || 'no reason given'})`));
  };
  const segmenter: AsyncSegmenter = { tokenizeAll: ask };
  // The empty request is answered once kuromoji is in: the engine's "loaded".
  return ask([]).then(() => segmenter);
}
