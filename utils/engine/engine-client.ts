/**
 * The content script's and our pages' side of the engine: one typed call per request (the first
 * of each kind sent and answered marked: start-marks.ts).
 *
 * On Chrome the engine lives in the offscreen document, and a request is sent to it directly,
 * under the forwarding target it answers (engine-messages.ts): the service worker, which ignores
 * that target, is not a hop on the way. Under load that hop (the worker's own task, then its
 * message to the document) took 10–330 ms of a first hover in a fresh browser (2 cores,
 * 2026-11-30). Only when no document answers (not created yet, or closed by the browser) does
 * the request go to the service worker, which creates the document and forwards it. On Firefox
 * the engine is the background page itself: requests go there.
 */
import { browser } from 'wxt/browser';
import type { EngineRequest, EngineResponse } from '../../core/engine/engine-protocol';
import { OFFSCREEN_TARGET, type ForwardedEngineRequest } from './engine-messages';
import { markOnce } from './start-marks';

/** Whether requests are tried on the offscreen document first (Chrome). */
const TO_OFFSCREEN_FIRST = !import.meta.env.FIREFOX;

/** The offscreen document's answer to `request`, or undefined when no document took it. */
async function askOffscreenDocument(request: EngineRequest): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage({ target: OFFSCREEN_TARGET, request } satisfies ForwardedEngineRequest);
  } catch {
    return undefined; // no receiver: the service worker is asked instead
  }
}

export async function askEngine<R extends EngineRequest>(request: R): Promise<EngineResponse<R>> {
  markOnce(`sent-${request.type}`);
  try {
    const direct = TO_OFFSCREEN_FIRST ? ((await askOffscreenDocument(request)) as EngineResponse<R> | undefined) : undefined;
    const response = direct ?? ((await browser.runtime.sendMessage(request)) as EngineResponse<R> | undefined);
    markOnce(`got-${request.type}`);
    return response ?? ({ ok: false, error: 'The reading engine did not answer.' } as EngineResponse<R>);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) } as EngineResponse<R>;
  }
}
