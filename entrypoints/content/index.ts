/**
 * The content script: decides whether this page shows furigana (the reader's default, the
 * site's exception, the tab's keyboard toggle) and applies it live. DOM work only; the language
 * work is the engine's.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { furiganaEnabledFor, type Settings } from '../../core/settings/settings';
import { askEngine } from '../../utils/engine/engine-client';
import { SHEET_ARTICLE_MESSAGE, TAB_INFO_MESSAGE, TOGGLE_TAB_MESSAGE, type TabInfo } from '../../utils/tab-messages';
import { pageSnapshot } from './page-snapshot';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import { loadKnownWords, watchKnownWords } from '../../utils/study-store';
import { encodeKnownWords } from '../../core/study/known-words-filter';
import { FuriganaAnnotator, type SegmentTexts } from './furigana-annotator';
import { yieldToPage } from './annotation-scheduler';
import { readingFormatter } from './reading-format';
import { startHoverPopup } from './hover/start-hover';
import { startGlossaryFeature } from './glossary/glossary-feature';

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
    // Start-up is paced like the rest (issue 12, slow machines): the script's evaluation, the
    // extension API's first use (storage), the hover and the glossary each run in a task of
    // their own, so that none of them holds the page's main thread for long.
    await yieldToPage();
    let settings: Settings = (await loadSettings()).settings;
    /** The reader's known words ("lemma<TAB>reading"): the engine leaves them without furigana. */
    let known: string[] = encodeKnownWords((await loadKnownWords()).items);
    /** Set by the keyboard command: this tab only, until reload. */
    let tabOverride: boolean | undefined;
    /** The engine's last word on why furigana failed here, for the toolbar popup to show. */
    let problem: string | undefined;
    const annotator = createAnnotator(settings);
    await yieldToPage();
    startHoverPopup(document, () => settings);
    await yieldToPage();
    const glossary = startGlossaryFeature(document, settings, async (texts) => {
      const response = await askEngine({ type: 'yomu:find-terms', texts });
      if (!response.ok) throw new Error(response.error);
      return response;
    });

    /** Asks the engine for segments with the reader's settings `s` and the known words of now. */
    function segmenter(s: Settings): SegmentTexts {
      const knownNow = known;
      return async (texts, breaks) => {
        const response = await askEngine({
          type: 'yomu:annotate',
          texts,
          breaks,
          level: s.furiganaLevel,
          ...(knownNow.length ? { known: knownNow } : {}),
        });
        if (!response.ok) throw new Error(response.error);
        return response.segments;
      };
    }

    function createAnnotator(s: Settings): FuriganaAnnotator {
      return new FuriganaAnnotator(document, {
        format: readingFormatter(s.readingScript),
        rubySize: s.rubySize,
        segment: segmenter(s),
        onError: (message) => {
          problem = message;
          console.warn(`[Yomu] ${message}`);
        },
      });
    }

    function wanted(): boolean {
      return tabOverride ?? furiganaEnabledFor(settings, location.hostname);
    }

    function apply(): void {
      problem = undefined;
      if (wanted()) void annotator.enable();
      else annotator.disable();
    }

    watchSettings(({ settings: next }) => {
      const before = settings;
      settings = next;
      glossary.applySettings(next);
      // Changed in place, never by turning furigana off and on: the page's lines would jump, the
      // browser's scroll anchoring scroll the page, and the hover popup the reader is using close.
      if (next.readingScript !== before.readingScript || next.rubySize !== before.rubySize) {
        annotator.restyle({ format: readingFormatter(next.readingScript), rubySize: next.rubySize });
      }
      if (next.furiganaLevel !== before.furiganaLevel) void annotator.resegment(segmenter(next));
      apply();
    });

    // Known words changed (the popup, the word list page, another tab): the blocks are segmented
    // again in place, the readings drawn and the room for them kept until the new ones are drawn,
    // so the page's lines do not move under the reader (nor the popup they are using close).
    watchKnownWords((read) => {
      const next = encodeKnownWords(read.items);
      if (next.length === known.length && next.every((k, i) => k === known[i])) return;
      known = next;
      void annotator.resegment(segmenter(settings));
    });

    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      const type = (message as { type?: unknown } | undefined)?.type;
      if (type === TOGGLE_TAB_MESSAGE) {
        tabOverride = !wanted();
        apply();
      } else if (type === SHEET_ARTICLE_MESSAGE && window === window.top) {
        sendResponse(pageSnapshot(document));
      } else if (type === TAB_INFO_MESSAGE && window === window.top) {
        const info: TabInfo = { host: location.hostname, furigana: annotator.enabled, ...(problem ? { problem } : {}) };
        sendResponse(info);
      }
      return false;
    });

    apply();
  },
});
