/**
 * What the content script does on a page, loaded by `index.ts` as ES modules in pieces (issue 12,
 * slow machines): decides whether this page shows furigana (the reader's default, the site's
 * exception, the tab's keyboard toggle) and applies it live, then starts the hover popup and the
 * glossary, each module compiled and run in a task of its own. DOM work only; the language work is
 * the engine's.
 */
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
import type { GlossaryFeature } from './glossary/glossary-feature';
import type { EarlyEvents } from './early-events';
import { markOnce } from '../../utils/engine/start-marks';

/**
 * Runs the page's features; resolves once they have started. `early`: the pointer moves and keys
 * the loader kept while this module loaded, handed to the hover and the glossary (and stopped)
 * once they have started. `storedSettings`: the settings' raw stored value, when the loader
 * started its read (`readStoredSettings`); read here when absent.
 */
export async function startContent(early: EarlyEvents, storedSettings?: Promise<unknown>): Promise<void> {
  /** The reader's settings; a change seen before the first read wins over that read. */
  let settings: Settings | undefined;
  /** Whether the watch has seen a change (its settings are newer than any read). */
  let watched = false;
  /** The reader's known words ("lemma<TAB>reading"): the engine leaves them without furigana. */
  let known: string[] | undefined;
  /** Set by the keyboard command: this tab only, until reload. */
  let tabOverride: boolean | undefined;
  /** The engine's last word on why furigana failed here, for the toolbar popup to show. */
  let problem: string | undefined;
  let annotator: FuriganaAnnotator | undefined = undefined;
  let glossary: GlossaryFeature | undefined = undefined;

  // Changes are watched before anything is read or awaited: a change made while this script
  // loads its modules (the reader turning furigana on as the page opens) is never missed.
  watchSettings(({ settings: next }) => {
    const before = settings;
    settings = next;
    watched = true;
    if (!annotator) return; // not started yet: it starts with these
    glossary?.applySettings(next);
    // Changed in place, never by turning furigana off and on: the page's lines would jump, the
    // browser's scroll anchoring scroll the page, and the hover popup the reader is using close.
    if (before && (next.readingScript !== before.readingScript || next.rubySize !== before.rubySize)) {
      annotator.restyle({ format: readingFormatter(next.readingScript), rubySize: next.rubySize });
    }
    if (before && next.furiganaLevel !== before.furiganaLevel) void annotator.resegment(segmenter(next));
    apply();
  });

  // Known words changed (the popup, the word list page, another tab): the blocks are segmented
  // again in place, the readings drawn and the room for them kept until the new ones are drawn,
  // so the page's lines do not move under the reader (nor the popup they are using close).
  watchKnownWords((read) => {
    const next = encodeKnownWords(read.items);
    if (known && next.length === known.length && next.every((k, i) => k === known![i])) return;
    known = next;
    if (annotator && settings) void annotator.resegment(segmenter(settings));
  });

  // The hover's module is asked for now (the loader started its fetch), run once the settings
  // are in: a reader pointing at a word as the page opens waits for one round trip, not three.
  const hoverModule = import('./hover/start-hover');
  hoverModule.catch(() => undefined); // said below, where it is awaited
  // The settings are asked for now too (the loader asked for them already), and the known words:
  // the storage's round trips (about 0.1 s in a fresh browser on a busy machine) run while the
  // page has its turn, not after it.
  const settingsRead = loadSettings(storedSettings);
  // The loader's read began before the watch above: a change made between the two (the reader
  // turning furigana on as the page opens) is in neither. A read begun now, after the watch,
  // closes that gap: the hover starts on the loader's read, furigana on this one.
  const settingsSinceWatch = storedSettings ? loadSettings() : settingsRead;
  const knownRead = loadKnownWords();
  // Start-up is paced like the rest (issue 12, slow machines): furigana, the hover and the
  // glossary each run in a task of their own, so that none of them holds the page's main thread
  // for long.
  await yieldToPage();
  settings ??= (await settingsRead).settings;
  markOnce('content-settings-read');
  // The hover needs the settings only: it does not wait for the known words (furigana's), whose
  // read takes two round trips (issue 14, a reader pointing at a word as the page opens).
  const hoverStarted = startHover();
  hoverStarted.catch(() => undefined); // said below, where it is awaited
  const loadedKnown = await knownRead;
  known ??= encodeKnownWords(loadedKnown.items);
  const sinceWatch = (await settingsSinceWatch).settings;
  if (!watched) settings = sinceWatch;
  annotator = createAnnotator(settings);

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const type = (message as { type?: unknown } | undefined)?.type;
    if (type === TOGGLE_TAB_MESSAGE) {
      tabOverride = !wanted();
      apply();
    } else if (type === SHEET_ARTICLE_MESSAGE && window === window.top) {
      sendResponse(pageSnapshot(document));
    } else if (type === TAB_INFO_MESSAGE && window === window.top) {
      const info: TabInfo = { host: location.hostname, furigana: annotator?.enabled ?? false, ...(problem ? { problem } : {}) };
      sendResponse(info);
    }
    return false;
  });

  // Furigana first (the visible part first), then the hover and the glossary: modules of their
  // own, each fetched, compiled and started in a task of its own.
  apply();
  // A page that rewrites its own document (document.open()) removes our layer with the old
  // root: furigana starts again on the new one.
  let root = document.documentElement;
  new MutationObserver(() => {
    if (document.documentElement === root || !document.documentElement) return;
    root = document.documentElement;
    if (annotator?.enabled) {
      annotator.disable();
      apply();
    }
  }).observe(document, { childList: true });
  try {
    await hoverStarted;
    const { startGlossaryFeature } = await import('./glossary/glossary-feature');
    glossary = startGlossaryFeature(document, settings, async (texts) => {
      const response = await askEngine({ type: 'yomu:find-terms', texts });
      if (!response.ok) throw new Error(response.error);
      return response;
    });
    for (const event of early.events) if (event.type === 'keydown') glossary.replayKeyDown(event as KeyboardEvent);
  } catch (error) {
    // A load the page cancelled (a document being replaced): furigana goes on; the reason is
    // said where a developer looks, never as an error of the page's.
    console.warn(`[Yomu] The hover or the glossary could not start here: ${String(error)}`);
  } finally {
    early.stop();
  }

  /** Starts the hover popup once its module is in, with the pointer moves and keys kept until now. */
  async function startHover(): Promise<void> {
    const { startHoverPopup } = await hoverModule;
    const hover = startHoverPopup(document, () => settings!);
    // A frame too short for its popups draws them in the top page; the top draws its frames'.
    // A module of its own, fetched after the hover's: until it is in, a frame's popup is drawn
    // in the frame (a top that does not answer a frame's request leaves the popup to the frame,
    // which asks again when the pointer moves on the word a moment later).
    void import('./hover/frame-popup').then(
      ({ linkFramePopups }) => linkFramePopups(document, hover),
      () => undefined,
    );
    hover.replay(early.events);
    markOnce('content-hover-started');
  }

  /** Asks the engine for segments with the reader's settings `s` and the known words of now. */
  function segmenter(s: Settings): SegmentTexts {
    const knownNow = known ?? [];
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
    return tabOverride ?? furiganaEnabledFor(settings!, location.hostname);
  }

  function apply(): void {
    problem = undefined;
    if (!annotator) return;
    if (wanted()) void annotator.enable();
    else annotator.disable();
  }
}
