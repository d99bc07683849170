/**
 * The content script in Firefox: the same page-side code as Chrome's loader runs
 * (`content/content-main.ts`: furigana, the hover popup, the glossary), bundled whole into the
 * one classic script the manifest lists, with no `import()`.
 *
 * Why not the loader (`content/index.ts`): in Firefox (153 ESR), a content script's `import()`
 * still in flight when its document navigates away stalls the next document for good: its
 * DOMContentLoaded comes, its load event never does and no content script runs in it (about one
 * navigation in 25 from a fresh tab here, also from a page navigated right after it was parsed;
 * never without the import). The page would show a loading spinner forever. Chrome does not do
 * this (tested the same way, 120 navigations).
 *
 * What the loader is for, a slow machine's one long compile of a large classic script: Firefox
 * compiles a content script asynchronously before injecting it (`ChromeUtils.compileScript`, off
 * the main thread where it can) and keeps it compiled for the process's next pages. Not measured
 * under a CPU slowdown in Firefox (the 4× bench drives Chrome).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from './content/content-main';
import { keepEarlyEvents } from './content/early-events';

export default defineContentScript({
  matches: ['<all_urls>'],
  include: ['firefox'],
  allFrames: true,
  // The same pages and frames as the loader's (`content/index.ts`): keep the two in step. They
  // cannot share one object: WXT 0.20 rewrites these options as written and fails on a spread.
  // As the loader: frames without a URL of their own (about:blank written by script, srcdoc,
  // blob:, data:) are the page's too.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main() {
    await startContent(keepEarlyEvents(window));
  },
});
