/**
 * The engine told where the pointer is while the content script's modules load (issue 14): on the
 * first pointer move over Japanese text, the text around the pointed character is sent with
 * `yomu:prepare`, and a fresh engine reads the dictionary's parts a lookup there needs before the
 * hover, still loading, asks (traced cold hovers: two rounds of reads, about 35 ms of the engine's
 * answer, median of 10). The pointed place is the caret's (`caretRangeFromPoint`), cheaper than
 * the hover's hit test and close enough to read the same parts. Part of the loader: kept small.
 */
import { hasJapanese } from '../../core/text/kana';
import { lookupWindow } from '../../core/lookup/lookup-window';
import { askEngine } from '../../utils/engine/engine-client';

/** How much text around the pointed character is sent (UTF-16 code units): the words a lookup there reads. */
const WINDOW_CHARS = 64;

/**
 * Listens to `win`'s pointer moves until the first over Japanese text, which is sent to the engine
 * (`yomu:prepare` with `at`). Returns a stop function (listening ends; a request sent stays sent).
 */
export function prepareAtPointer(win: Window): () => void {
  const doc = win.document;
  const stop = () => win.removeEventListener('mousemove', onMove, true);
  function onMove(e: MouseEvent): void {
    const range = doc.caretRangeFromPoint?.(e.clientX, e.clientY);
    const node = range?.startContainer;
    if (!node || node.nodeType !== Node.TEXT_NODE) return;
    const data = (node as Text).data;
    const offset = range.startOffset;
    if (offset >= data.length || !hasJapanese(data.slice(offset, offset + 1))) return;
    stop();
    const at = lookupWindow(data, offset, WINDOW_CHARS);
    void askEngine({ type: 'yomu:prepare', at: { text: at.text, offset: at.offset } });
  }
  win.addEventListener('mousemove', onMove, { capture: true, passive: true });
  return stop;
}
