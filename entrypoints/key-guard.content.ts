/**
 * The key guard (`content/key-guard.ts`), added as each document starts, before the page's own
 * scripts: our popup's Esc is then stopped before every key listener of the page. The same pages
 * and frames as the content script's (`content/index.ts`, `content-firefox.content.ts`); nothing
 * else runs here.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installKeyGuard } from './content/key-guard';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_start',
  main() {
    installKeyGuard(window);
  },
});
