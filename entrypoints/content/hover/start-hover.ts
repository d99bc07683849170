/** Starts hover explanations in this frame, asking the engine for each new word. */
import type { Settings } from '../../../core/settings/settings';
import { askEngine } from '../../../utils/engine/engine-client';
import { HoverPopup } from './hover-popup';
import { createPopupStudy } from './popup-study';

export function startHoverPopup(doc: Document, settings: () => Settings): HoverPopup {
  const popup = new HoverPopup(doc, {
    settings,
    async lookup(text, offset) {
      const response = await askEngine({ type: 'yomu:lookup', text, offset });
      if (!response.ok) throw new Error(response.error);
      return response.word;
    },
    async words(text) {
      const response = await askEngine({ type: 'yomu:words', text });
      if (!response.ok) throw new Error(response.error);
      return response.words;
    },
    onError: (message) => console.warn(`[Yomu] ${message}`),
    study: createPopupStudy(doc),
  });
  popup.start();
  return popup;
}
