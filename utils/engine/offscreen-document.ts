/**
 * Chrome: the engine lives in an offscreen document, which stays alive while the service
 * worker comes and goes. This makes sure there is exactly one, and forwards requests to it.
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_TARGET, type ForwardedEngineRequest } from './engine-messages';
import { markOnce } from './start-marks';

const OFFSCREEN_PATH = '/offscreen.html';
/** Settles once the document exists; shared by every request that arrives meanwhile. */
let ready: Promise<void> | undefined;

async function hasOffscreenDocument(): Promise<boolean> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  return contexts.length > 0;
}

async function createOffscreenDocument(): Promise<void> {
  if (await hasOffscreenDocument()) return;
  markOnce('offscreen-create');
  try {
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Runs the Japanese morphological analyser once for all tabs.',
    });
    markOnce('offscreen-created');
  } catch (err) {
    // Created meanwhile (by a service worker that has since restarted, say): that is what we want.
    if (!(await hasOffscreenDocument())) throw err;
  }
}

export function ensureOffscreenDocument(): Promise<void> {
  ready ??= createOffscreenDocument().catch((err: unknown) => {
    ready = undefined;
    throw err;
  });
  return ready;
}

export async function forwardToOffscreen(request: unknown): Promise<unknown> {
  const message: ForwardedEngineRequest = { target: OFFSCREEN_TARGET, request };
  await ensureOffscreenDocument();
  try {
    return await browser.runtime.sendMessage(message);
  } catch (err) {
    // The document went away (closed by the browser, crashed): make a new one and ask once more.
    ready = undefined;
    await ensureOffscreenDocument();
    return browser.runtime.sendMessage(message);
  }
}
