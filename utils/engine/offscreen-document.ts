/**
 * Chrome: the engine lives in an offscreen document, which stays alive while the service
 * worker comes and goes. This makes sure there is exactly one, and forwards requests to it.
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_TARGET, type ForwardedEngineRequest } from './engine-messages';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

async function hasOffscreenDocument(): Promise<boolean> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  return contexts.length > 0;
}

export async function ensureOffscreenDocument(): Promise<void> {
  if (await hasOffscreenDocument()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Runs the Japanese morphological analyser once for all tabs.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

export async function forwardToOffscreen(request: unknown): Promise<unknown> {
  await ensureOffscreenDocument();
  const message: ForwardedEngineRequest = { target: OFFSCREEN_TARGET, request };
  return browser.runtime.sendMessage(message);
}
