/**
 * As soon as a page's document is parsed (before its images and the main content script), a
 * page with Japanese text asks the engine to load the dictionary and kuromoji, so that the
 * reader's first hover finds them loaded or loading (issue 14). Top frames only; the title and
 * the first few thousand characters of the body decide. DOM reading only, nothing inserted.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hasJapanese } from '../core/text/kana';
import { askEngine } from '../utils/engine/engine-client';
import { markOnce } from '../utils/engine/start-marks';

/** How much of the body's text is looked at. */
const SAMPLE_CHARS = 4000;

/**
 * The first `max` characters of an element's text, in document order. Unlike `textContent`, a
 * long page's whole text is not built into one string to read its start.
 */
function leadingText(root: Element | null, max: number): string {
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) text += (node as Text).data;
  return text.slice(0, max);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_end',
  main() {
    markOnce('warmup-script');
    if (hasJapanese(document.title) || hasJapanese(leadingText(document.body, SAMPLE_CHARS))) void askEngine({ type: 'yomu:prepare' });
  },
});
