/**
 * As soon as a page's document is parsed (before its images and the main content script), a
 * page with Japanese text asks the engine to load the dictionary and kuromoji, so that the
 * reader's first hover finds them loaded or loading (issue 14). Top frames only; the title and
 * the first few thousand characters of the body decide. DOM reading only, nothing inserted.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hasJapanese } from '../core/text/kana';
import { askEngine } from '../utils/engine/engine-client';

/** How much of the body's text is looked at. */
const SAMPLE_CHARS = 4000;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  main() {
    const sample = `${document.title} ${(document.body?.textContent ?? '').slice(0, SAMPLE_CHARS)}`;
    if (hasJapanese(sample)) void askEngine({ type: 'yomu:prepare' });
  },
});
