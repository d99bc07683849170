/**
 * The glossary in a page, wired together: term collection, underlines, the panel and its
 * shortcut, and the toolbar popup's requests (terms of the page, go to a term, open the
 * panel). Underlines work in every frame; the panel, its shortcut and the popup's requests
 * belong to the top frame.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../../core/settings/settings';
import { matchesShortcut, parseShortcut, type KeyboardShortcut } from '../../../core/settings/keyboard-shortcut';
import {
  GLOSSARY_PANEL_MESSAGE,
  GLOSSARY_TERMS_MESSAGE,
  REVEAL_TERM_MESSAGE,
  type GlossaryPanelReply,
  type GlossaryTermsReply,
  type RevealTermReply,
} from '../../../utils/tab-messages';
import { PageTermCollector, type FindTerms } from './page-term-collector';
import { GlossaryHighlights } from './glossary-highlights';
import { NearViewport } from './near-viewport';
import { TermRevealer } from './term-reveal';
import { GlossaryPanelHost } from './glossary-panel-host';

export interface GlossaryFeature {
  applySettings(settings: Settings): void;
  openPanel(): void;
  closePanel(): void;
  /**
   * Handles a key pressed before the feature started (the loader keeps them): the panel's
   * shortcut opens or closes it, as if the feature had heard it.
   */
  replayKeyDown(event: KeyboardEvent): void;
  /** Scrolls to the term's next occurrence and flashes it; false when the page has none. */
  revealTerm(termId: string): Promise<boolean>;
  dispose(): void;
}

function shortcutOf(text: string): KeyboardShortcut | undefined {
  const parsed = parseShortcut(text);
  return 'shortcut' in parsed ? parsed.shortcut : undefined;
}

export function startGlossaryFeature(doc: Document, initial: Settings, findTerms: FindTerms): GlossaryFeature {
  const win = doc.defaultView!;
  const isTop = win === win.top;
  let settings = initial;
  let shortcut = shortcutOf(settings.glossaryPanelShortcut);
  const highlights = new GlossaryHighlights(doc);
  const revealer = new TermRevealer(win);
  const collector = new PageTermCollector(doc, { findTerms, onChange: render });
  // Only the blocks near the screen are underlined (a long page's every term re-validated each
  // frame makes long tasks); scrolling brings the others in.
  const near = new NearViewport(doc, () => render());
  const panel = new GlossaryPanelHost(doc, { onSelect: (id) => void revealTerm(id), onClose: closePanel });

  function viewProps() {
    return {
      terms: collector.terms,
      ...(collector.error ? { error: `Yomu could not read this page's terms: ${collector.error}` } : {}),
      theme: settings.theme,
      shortcut: settings.glossaryPanelShortcut,
    };
  }

  function render(): void {
    near.track(settings.glossaryUnderlines ? collector.blockElements() : []);
    highlights.setUnderlines(settings.glossaryUnderlines ? collector.ranges(undefined, (el) => near.has(el)) : []);
    if (panel.isOpen) panel.update(viewProps());
  }

  /** Watch the page while something shows its terms: underlines or the panel. */
  function syncWatching(): void {
    if (settings.glossaryUnderlines || panel.isOpen) {
      if (!collector.watching) void collector.watch();
    } else {
      collector.unwatch();
    }
    render();
  }

  function openPanel(): void {
    panel.open(viewProps());
    syncWatching();
  }

  function closePanel(): void {
    panel.close();
    syncWatching();
  }

  async function revealTerm(termId: string): Promise<boolean> {
    await collector.ensureFresh();
    const range = revealer.reveal(termId, collector.ranges(termId));
    if (!range) return false;
    highlights.flash(range);
    return true;
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (shortcut && !event.repeat && matchesShortcut(event, shortcut)) {
      event.preventDefault();
      event.stopPropagation();
      if (panel.isOpen) closePanel();
      else openPanel();
    } else if (event.key === 'Escape' && panel.isOpen) {
      closePanel();
    }
  }

  function onMessage(message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): boolean {
    const m = message as { type?: unknown; termId?: unknown; open?: unknown } | undefined;
    switch (m?.type) {
      case GLOSSARY_TERMS_MESSAGE:
        void collector.ensureFresh().then(() => {
          const reply: GlossaryTermsReply = {
            terms: collector.terms ?? [],
            panelOpen: panel.isOpen,
            ...(collector.error ? { error: collector.error } : {}),
          };
          sendResponse(reply);
        });
        return true;
      case REVEAL_TERM_MESSAGE:
        if (typeof m.termId !== 'string') return false;
        void revealTerm(m.termId).then((found) => sendResponse({ found } satisfies RevealTermReply));
        return true;
      case GLOSSARY_PANEL_MESSAGE:
        if (m.open === true) openPanel();
        else if (m.open === false) closePanel();
        sendResponse({ panelOpen: panel.isOpen } satisfies GlossaryPanelReply);
        return false;
      default:
        return false;
    }
  }

  if (isTop) {
    win.addEventListener('keydown', onKeyDown, true);
    browser.runtime.onMessage.addListener(onMessage);
  }
  syncWatching();

  return {
    applySettings(next) {
      settings = next;
      shortcut = shortcutOf(settings.glossaryPanelShortcut);
      syncWatching();
    },
    openPanel,
    closePanel,
    replayKeyDown(event) {
      if (isTop) onKeyDown(event);
    },
    revealTerm,
    dispose() {
      win.removeEventListener('keydown', onKeyDown, true);
      if (isTop) browser.runtime.onMessage.removeListener(onMessage);
      panel.close();
      collector.dispose();
      near.track([]);
      highlights.dispose();
    },
  };
}
