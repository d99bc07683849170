/** Starts hover explanations in this frame, asking the engine for each new word. */
import type { Settings } from '../../../core/settings/settings';
import { askEngine } from '../../../utils/engine/engine-client';
import { HoverPopup } from './hover-popup';

export function startHoverPopup(doc: Document, settings: () => Settings): HoverPopup {
  const popup = new HoverPopup(doc, {
    settings,
    async lookup(text, offset, readings) {
      const response = await askEngine({ type: 'yomu:lookup', text, offset, ...(readings ? { readings: [...readings] } : {}) });
      if (!response.ok) throw new Error(response.error);
      return response.word;
    },
    async words(text, readings) {
      const response = await askEngine({ type: 'yomu:words', text, ...(readings ? { readings: [...readings] } : {}) });
      if (!response.ok) throw new Error(response.error);
      return response.words;
    },
    onError: (message) => console.warn(`[Yomu] ${message}`),
  });
  popup.start();
  return popup;
}
