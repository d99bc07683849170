/** The content script's and our pages' side of the engine: one typed call per request (the first of each kind sent and answered marked: start-marks.ts). */
import { browser } from 'wxt/browser';
import type { EngineRequest, EngineResponse } from '../../core/engine/engine-protocol';
import { markOnce } from './start-marks';

export async function askEngine<R extends EngineRequest>(request: R): Promise<EngineResponse<R>> {
  markOnce(`sent-${request.type}`);
  try {
    const response = (await browser.runtime.sendMessage(request)) as EngineResponse<R> | undefined;
    markOnce(`got-${request.type}`);
    return response ?? ({ ok: false, error: 'The reading engine did not answer.' } as EngineResponse<R>);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) } as EngineResponse<R>;
  }
}
