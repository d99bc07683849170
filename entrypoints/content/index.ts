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
import { CONTENT_MAIN_MODULE } from './content-modules-path';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // Frames without a URL of their own (about:blank written by script, srcdoc, blob:, data:)
  // are the page's too: the script runs there with its parent's permission, furigana and the
  // hover popup work inside them.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main() {
    const url = (browser.runtime.getURL as (path: string) => string)(`/${CONTENT_MAIN_MODULE}`);
    let start: typeof startContent;
    try {
      ({ startContent: start } = (await import(/* @vite-ignore */ url)) as { startContent: typeof startContent });
    } catch (error) {
      // The page is left as it is; the reason is said where a developer looks.
      console.warn(`[Yomu] Could not load ${url}: ${String(error)}`);
      return;
    }
    await start();
  },
});
