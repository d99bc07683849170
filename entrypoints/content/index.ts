/**
 * The content script, as the manifest lists it: a loader. What it runs on the page
 * (`content-main.ts`: furigana, the hover popup, the glossary) is imported as ES modules built
 * apart (scripts/content-modules.ts), so that the browser compiles and starts them in pieces,
 * each in a task of its own, instead of compiling one large script in one long task before the
 * page can respond (issue 12, slow machines). The modules run in this script's isolated world.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import type { startContent } from './content-main';
import { CONTENT_MAIN_MODULE, CONTENT_MAIN_WHOLE_MODULE, START_HOVER_MODULE } from './content-modules-path';
import { keepEarlyEvents } from './early-events';
import { markOnce } from '../../utils/engine/start-marks';
import { readStoredSettings } from '../../utils/settings-key';

/** Loads of the modules tried before giving up (the last after 1.6 s). */
const LOAD_ATTEMPTS = 3;

export default defineContentScript({
  matches: ['<all_urls>'],
  // Firefox lists the same code whole instead (`../content-firefox.content.ts` says why).
  exclude: ['firefox'],
  allFrames: true,
  // Frames without a URL of their own (about:blank written by script, srcdoc, blob:, data:)
  // are the page's too: the script runs there with its parent's permission, furigana and the
  // hover popup work inside them.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main() {
    markOnce('content-loader');
    // The reader may point and press keys while the modules load: kept from now on.
    const early = keepEarlyEvents(window);
    // The reader's settings (the hover's trigger) are asked for now, beside the modules' load:
    // storage's round trip (30–100 ms in a fresh browser) was the hover's wait after the modules
    // had loaded (issue 14). A failed read is content-main's to meet (defaults, the problem said).
    const storedSettings = readStoredSettings();
    storedSettings.catch(() => undefined);
    const urlOf = browser.runtime.getURL as (path: string) => string;
    const url = urlOf(`/${CONTENT_MAIN_MODULE}`);
    // The hover's module, which content-main imports by this same URL (one module instance),
    // fetched and compiled beside content-main rather than after it. Its failure is content-main's to meet.
    import(/* @vite-ignore */ urlOf(`/${START_HOVER_MODULE}`)).catch(() => undefined);
    let start: typeof startContent | undefined;
    let failure: unknown;
    // A page that rewrites a frame's document (document.open()) cancels the loads the frame had
    // started, our modules' among them, and the browser remembers each failed module by its URL:
    // a failed load is tried again a little later with the code in one module (no chunks), under
    // a URL of its own.
    for (let attempt = 0; attempt < LOAD_ATTEMPTS && !start; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * 4 ** attempt));
      try {
        const module = (await import(
          /* @vite-ignore */ attempt ? `${urlOf(`/${CONTENT_MAIN_WHOLE_MODULE}`)}?attempt=${attempt}` : url
        )) as {
          startContent: typeof startContent;
        };
        start = module.startContent;
      } catch (error) {
        failure = error;
      }
    }
    if (!start) {
      // The page is left as it is; the reason is said where a developer looks.
      console.warn(`[Yomu] Could not load ${url}: ${String(failure)}`);
      early.stop();
      return;
    }
    markOnce('content-modules-loaded');
    await start(early, storedSettings);
  },
});
