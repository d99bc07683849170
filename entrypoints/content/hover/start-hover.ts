/** Starts hover explanations in this frame, asking the engine for each new word. */
import type { Settings } from '../../../core/settings/settings';
import { askEngine } from '../../../utils/engine/engine-client';
import { HoverPopup } from './hover-popup';
import { createPopupStudy, type WordSource } from './popup-study';

/** `source`: where words saved here come from (default: this document's title and URL). */
export function startHoverPopup(doc: Document, settings: () => Settings, source?: () => WordSource): HoverPopup {
  const popup = new HoverPopup(doc, {
    settings,
    async lookup(text, offset, readings) {
      const response = await askEngine({ type: 'yomu:lookup', text, offset, ...(readings ? { readings: [...readings] } : {}) });
      if (!response.ok) throw new Error(response.error);
      return response.word;
    },
    async words(text, readings, withNames) {
      const response = await askEngine({
        type: 'yomu:words',
        text,
        ...(readings ? { readings: [...readings] } : {}),
        ...(withNames ? { withNames: true as const } : {}),
      });
      if (!response.ok) throw new Error(response.error);
      return response.words;
    },
    onError: (message) => console.warn(`[Yomu] ${message}`),
    study: createPopupStudy(doc, source),
  });
  popup.start();
  // document.open() (a frame the page writes into after our script ran) erases every listener
  // of the document and its window: listen again when the document's root is replaced (adding
  // a listener that is still there does nothing).
  new MutationObserver(() => popup.start()).observe(doc, { childList: true });
  return popup;
}
