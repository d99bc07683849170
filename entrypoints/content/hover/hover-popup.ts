/**
 * Hover explanations, wired together: follows the pointer (at most one hit test per animation
 * frame, the first one at once), skips while it stays on the current word, asks the engine for
 * the word at a new place (remembering recent answers), then highlights the word and shows the
 * popup beside it. Hides when the pointer leaves the word, on Escape and on a scroll that moves the word. Listens
 * passively and never cancels the page's events, but one: the Escape that closes the popup is
 * ours alone (the page's dialog or popover stays open; the next Escape, with no popup, is the page's).
 *
 * The page's top layer: a dialog or popover the page opens while the popup shows is followed
 * (PageTopLayer). A modal dialog hides the popup (the rest of the page, its word too, is now
 * inert under the dialog's backdrop, and the dialog asks for the reader's answer); a popover (or
 * our furigana layer raised for it) gets the popup raised above it again, its word still there to
 * read. The dialog or popover holding the word closed, the popup hides with its word.
 *
 * The popup lets the pointer through to the page (a word under it can be hovered) until the
 * pointer moves from the word, across the gap, into it: then it takes the pointer (its tabs and
 * buttons click) until the pointer leaves it, as 10ten's popup does once the mouse is on its way.
 */
import { wordAtOffset, type BlockWords } from '../../../core/lookup/block-words';
import type { WordInfo } from '../../../core/lookup/word-info';
import { lookupWindow } from '../../../core/lookup/lookup-window';
import type { Settings } from '../../../core/settings/settings';
import { withPageReading } from '../../../core/lookup/page-reading';
import { pageReadingOf, readingsIn, sourcePositionAt, type PageReading } from '../../../core/text/text-sequence';
import { BlockWordsCache } from './block-words-cache';
import { LookupCache } from './lookup-cache';
import { PopupHost } from './popup-host';
import { PageTopLayer, type TopLayerChange } from '../top-layer';
import { atEntry, boxOf, inBox, inGap, lineBoxesOf, type Box, type WritingMode } from './popup-position';
import { entryText, KANJI_VIEW_KEYS, POPUP_KEYS, popupCommandFor, type PopupCommand } from './popup-keys';
import { listenKeysFirst, stopKeyUpOf } from '../key-guard';
import { textAtPoint, type ScannedText, type TextAtPoint } from './text-at-point';
import { WordHighlight } from './word-highlight';
import { hasJapaneseText, WordPrefetcher } from './word-prefetch';
import { markOnce } from '../../../utils/engine/start-marks';
import type { KanjiCardInfo } from '../../../core/kanji/kanji-card';
import type { PopupStudy, WordPopupProps } from '../../../components/WordPopup';
import type { FramePopupContent, TopToFrame } from '../../../utils/frame-popup-messages';
import { FRAME_POPUP_HIDDEN } from '../../../utils/frame-popup-messages';
import type { FrameHover, TopPopupLink } from './frame-popup';

export interface HoverPopupOptions {
  settings: () => Settings;
  /** Asks the engine for the word at `offset` of `text` (`readings`: the page's own, in the text's offsets). */
  lookup: (text: string, offset: number, readings?: readonly PageReading[]) => Promise<WordInfo | null>;
  /** Asks the engine for every word of `text` (to answer later hovers in it at once); `withNames`: wait for the name cards. */
  words: (text: string, readings?: readonly PageReading[], withNames?: boolean) => Promise<BlockWords>;
  onError?: (message: string) => void;
  /** The study tools (save, known, kanji view); absent: the popup shows none. */
  study?: PopupStudyHooks;
}

/** What the popup's study tools need from the extension (storage, the engine). */
export interface PopupStudyHooks {
  isSaved: (lemma: string, reading: string) => boolean;
  isKnown: (lemma: string, reading: string) => boolean;
  /** Why the word list or the known words cannot be changed here (a newer Yomu wrote them), in words for the reader. */
  readOnly: () => { words?: string; known?: string };
  /** Saves (or, when saved, removes) the word shown; resolves once stored. */
  toggleSaved: (info: WordInfo, selected: number, block: { text: string; start: number; end: number }) => Promise<void>;
  toggleKnown: (info: WordInfo) => Promise<void>;
  kanji: (word: string, reading: string) => Promise<KanjiCardInfo[]>;
  /** Calls back when the saved or known words change (another tab, the word list page). */
  onChange: (callback: () => void) => void;
}

/** How long a frame waits before asking a top that did not answer again, while the pointer moves on the word (ms). */
const TOP_ASK_AGAIN_MS = 400;
/**
 * For how long after it first said it could not find this frame a top is asked again for the
 * same word (askTopAgain), in ms: twin frames are told apart by the pointer over them, which the
 * top may learn late under load; a frame it cannot see (inside a cross-origin frame) is not
 * asked for as long as the reader stays.
 */
const TOP_NOT_FOUND_WINDOW_MS = 4000;

/** How long an answer may take before the popup says it is on its way (ms): warm answers take a frame. */
const LOADING_NOTICE_MS = 250;

interface Shown {
  block: ScannedText;
  /** The word's span in the block's text. */
  start: number;
  end: number;
  info: WordInfo;
  selected: number;
  /** The word's box in client px when shown (scrolling hides the popup, so it stays true). */
  box: Box | null;
  notice?: string;
  /** The study view: words (default) or the word's kanji, and the kanji once looked up. */
  view?: 'words' | 'kanji';
  kanji?: KanjiCardInfo[] | string;
  kanjiIndex?: number;
  /** Shown while the answer for the pointed character is on its way (presentLoading). */
  loading?: true;
  /**
   * An answer asked from another character of the word, shown because the pointer moved into it
   * before its own answer came (経済政策 asked from 済, the pointer now on 政): the answer for the
   * pointer's own character, the lookup's or the block's words', replaces it (政策).
   */
  borrowed?: true;
}

interface Pointer {
  x: number;
  y: number;
  shift: boolean;
  alt: boolean;
}

export class HoverPopup implements FrameHover {
  private readonly host: PopupHost;
  private readonly highlight: WordHighlight;
  private readonly cache = new LookupCache();
  /** Lookups sent and not answered yet, by the same key as the cache. */
  private readonly inFlight = new Map<string, Promise<WordInfo | null>>();
  private readonly blockWords: BlockWordsCache;
  private readonly prefetcher: WordPrefetcher;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  /** Stop the key listeners (heard before the page's: key-guard.ts). */
  private stopKeys: (() => void)[] = [];
  private shown: Shown | undefined;
  private pointer: Pointer | undefined;
  /** Where this document's viewport lies on the screen, from the last pointer move heard (FrameHover.screenOrigin). */
  private screenSeen: { x: number; y: number } | undefined;
  /** A hit test ran in this animation frame; later moves wait for the next one. */
  private frameBusy = false;
  private moveWaiting = false;
  /** Number of the latest lookup sent; older answers are shown only if they still fit the pointer. */
  private sequence = 0;
  private latest: TextAtPoint | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The word closed with Escape: it stays closed while the pointer stays on it. */
  private dismissed: Shown | undefined;
  /** The pointer was last on the shown word or on its way from it to the popup. */
  private onTheWay = false;
  /**
   * Where the pointer rested when a scroll took the word from under it and closed the popup:
   * the mousemove the browser then sends itself at that same place (Firefox does, after the
   * layout moved under a still pointer) is no move of the reader's, and opens nothing.
   */
  private scrolledFrom: { x: number; y: number } | undefined;
  /** Where the pointer was at the last look (one a frame): how far it has moved since. */
  private lastLook: { x: number; y: number } | undefined;
  private readonly win: Window;
  private readonly pageTopLayer: PageTopLayer;
  /** In a frame: the top page, where a popup this frame is too short for is drawn (frame-popup.ts). */
  private top: TopPopupLink | undefined;
  /** The word whose popup is drawn in the top page, not here. */
  private inTop: Shown | undefined;
  /** The word drawn here because the top did not answer (FramePopupReply.unanswered) or did not find this frame, and when. */
  private unanswered: { shown: Shown; at: number } | undefined;
  /** When the top first said it could not find this frame for the word (askTopAgain). */
  private notFound: { shown: Shown; since: number } | undefined;
  /**
   * Number of the latest popup sent to the top (FramePopupShow.showing; a hide counts too): an
   * older refusal does not bring the popup back here, the top's notice that it hid an older one
   * does not take this one down.
   */
  private topSequence = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: HoverPopupOptions,
  ) {
    this.win = doc.defaultView!;
    this.pageTopLayer = new PageTopLayer(doc, this.onTopLayer, () => this.host.element);
    this.host = new PopupHost(doc, () => this.pageTopLayer.anyOpen());
    this.highlight = new WordHighlight(doc);
    this.blockWords = new BlockWordsCache(options.words);
    this.blockWords.onNames = (text, readings) => this.withNamesNow(text, readings);
    this.prefetcher = new WordPrefetcher(doc, this.blockWords);
    options.study?.onChange(() => {
      if (this.shown) this.redraw();
    });
  }

  start(): void {
    this.win.addEventListener('mousemove', this.onMove, { capture: true, passive: true });
    this.stopKeys = [listenKeysFirst(this.win, 'keydown', this.onKey)];
    this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.win.addEventListener('blur', this.onLeave);
    this.doc.documentElement.addEventListener('mouseleave', this.onOut, { passive: true });
    this.pageTopLayer.start();
    this.prefetcher.startAfterLoad();
  }

  stop(): void {
    this.win.removeEventListener('mousemove', this.onMove, { capture: true });
    for (const stop of this.stopKeys.splice(0)) stop();
    this.win.removeEventListener('scroll', this.onScroll, { capture: true });
    this.win.removeEventListener('blur', this.onLeave);
    this.doc.documentElement.removeEventListener('mouseleave', this.onOut);
    this.pageTopLayer.stop();
    this.hide();
    this.host.dispose();
    this.highlight.dispose();
  }

  private triggerHeld(p: Pointer): boolean {
    const trigger = this.options.settings().hoverTrigger;
    return trigger === 'none' || (trigger === 'shift' && p.shift) || (trigger === 'alt' && p.alt);
  }

  /**
   * Handles the pointer moves and keys that came before it started (kept by the content script
   * while its modules loaded), in their order: the pointer already resting on a word, a trigger
   * key already pressed.
   */
  replay(events: readonly Event[]): void {
    for (const e of events) {
      if (e.type === 'mousemove') this.onMove(e as MouseEvent);
      else if (e.type === 'keydown') this.onKey(e as KeyboardEvent);
    }
  }

  private readonly onMove = (e: MouseEvent): void => {
    if (!this.moved) {
      this.moved = true;
      markOnce('hover-first-move');
    }
    this.screenSeen = { x: e.screenX - e.clientX, y: e.screenY - e.clientY };
    const from = this.scrolledFrom;
    this.scrolledFrom = undefined;
    if (from && from.x === e.clientX && from.y === e.clientY) {
      this.scrolledFrom = from;
      return;
    }
    this.pointer = { x: e.clientX, y: e.clientY, shift: e.shiftKey, alt: e.altKey };
    // In the popup it took: the reader is using it (a button held there is a click on it).
    if (this.host.interactive && this.inPopup(this.pointer)) return;
    // A button held: the reader is selecting or dragging; stay out of the way.
    if (e.buttons !== 0) {
      this.hide();
      return;
    }
    if (this.frameBusy) {
      this.moveWaiting = true;
      return;
    }
    this.frameBusy = true;
    this.win.requestAnimationFrame(this.onFrame);
    this.track();
  };

  private readonly onFrame = (): void => {
    this.frameBusy = false;
    if (!this.moveWaiting) return;
    this.moveWaiting = false;
    this.frameBusy = true;
    this.win.requestAnimationFrame(this.onFrame);
    this.track();
  };

  private inPopup(p: Pointer): boolean {
    const box = this.host.box();
    return !!box && inBox(box, p.x, p.y);
  }

  /**
   * Whether the popup keeps the pointer: in it, having come from the word across the gap (it then
   * takes the pointer), or on the way there. Anywhere else the popup lets the pointer through
   * again, and a pointer passing over it fast reaches the words under it.
   */
  private keepsPointer(p: Pointer): boolean {
    const popup = this.shown && this.host.box();
    if (!popup) return false;
    // The way to the popup starts at what it was placed beside: the word, or one line of it.
    const word = this.host.besideBox() ?? this.shown!.box;
    if (inBox(popup, p.x, p.y)) {
      if (this.host.interactive) return true;
      if (this.onTheWay && word && this.lastLook && atEntry(word, popup, this.lastLook, p.x, p.y)) return (this.host.interactive = true);
      return false;
    }
    if (this.onTheWay && word && inGap(word, popup, p.x, p.y)) return true;
    this.host.interactive = false;
    return false;
  }

  /** Follows the pointer: into the popup, same word, another word, or none. */
  private track(): void {
    const p = this.pointer;
    if (!p) return;
    const kept = this.keepsPointer(p);
    this.lastLook = { x: p.x, y: p.y };
    if (kept) return;
    this.onTheWay = false;
    // Cheap checks first: is the pointer still on the word shown?
    const hit = textAtPoint(this.doc, p.x, p.y);
    this.latest = hit ?? undefined;
    if (!hit) {
      // The pointer left the word closed with Escape (for blank space): back on it, it opens again.
      this.dismissed = undefined;
      return this.hide();
    }
    const shown = this.shown;
    if (shown && this.covers(shown, hit) && this.sameWordAt(shown, hit)) {
      this.onTheWay = true;
      this.followLine(shown, p);
      this.askTopAgain(shown);
      return;
    }
    if (this.dismissed) {
      if (this.covers(this.dismissed, hit)) return;
      this.dismissed = undefined;
    }
    if (!this.triggerHeld(p)) return this.hide();
    // A block with no Japanese in it (an English page, a caption) is not ours to explain.
    if (!hasJapaneseText(hit.block.text)) return this.hide();
    this.lookUp(hit);
  }

  private covers(shown: Shown, hit: TextAtPoint): boolean {
    if (shown.block.element !== hit.block.element) return false;
    return hit.offset >= shown.start && hit.offset < shown.end && shown.block.text === hit.block.text;
  }

  /**
   * Whether the word the tab knows at the pointer is the one shown (a glossary phrase shown from
   * its first word, 核紛争 from 核, is left for the word under the pointer, 紛争). When the block's
   * words are not known yet: whether the pointer is on the character last asked about. A word
   * asked from one character can differ from the word at another inside it (経済政策 from 経,
   * 政策 from 政): kept on the strength of the first, the popup would show what it would not
   * show for the second, depending on the way the pointer came.
   */
  private sameWordAt(shown: Shown, hit: TextAtPoint): boolean {
    const window = lookupWindow(hit.block.text, hit.offset);
    const known = this.blockWords.get(window.text, readingsIn(hit.block.readings, window.base, window.text.length));
    if (!known) return this.lastAsked?.element === hit.block.element && this.lastAsked.offset === hit.offset;
    const word = wordAtOffset(known, window.offset);
    return !word || (window.base + word.start === shown.start && window.base + word.end === shown.end);
  }

  /** Whether a pointer move has been handled (its first is a milestone of the cold start: start-marks.ts). */
  private moved = false;

  /** The character the last lookup asked about (its block's element and its offset in the block's text). */
  private lastAsked: { element: Element; offset: number } | undefined;

  private lookUp(hit: TextAtPoint): void {
    markOnce('hover-word-found');
    this.lastAsked = { element: hit.block.element, offset: hit.offset };
    const window = lookupWindow(hit.block.text, hit.offset);
    const readings = readingsIn(hit.block.readings, window.base, window.text.length);
    // A block whose words the tab has: answered now, drawn in this frame.
    const known = this.blockWords.get(window.text, readings);
    if (known) {
      this.sequence++;
      this.present(hit.block, window.base, wordAtOffset(known, window.offset));
      return;
    }
    // The block's words on their way (fetched ahead when the page became idle, or asked by a
    // hover a moment ago) answer the hover when they come, unless a final answer is shown by then.
    // Once the engine's analyser is in, they are the answer as soon as a lookup's would be, and a
    // lookup would only queue a second analysis of the same text behind them: none is sent. Before,
    // the lookup is sent too (a cold engine answers it from the dictionary alone, sooner).
    const pending = this.blockWords.whenPending(window.text, readings);
    const warm = this.blockWords.engineWarm;
    const answerWhenIn = (mine: number) =>
      void pending!.then((words) => {
        const latest = this.latest;
        if (mine !== this.sequence || !latest || latest.block.element !== hit.block.element || latest.block.text !== hit.block.text) return;
        const shown = this.shown;
        // Final for the pointer's character only if it is the word there (the words now known
        // say): 経済政策 answered for 済 is not the word at 政 the pointer moved on to.
        const shownFinal =
          shown &&
          !shown.loading &&
          !shown.info.provisional &&
          !shown.borrowed &&
          this.covers(shown, latest) &&
          this.sameWordAt(shown, latest);
        // Failed words leave a warm hover to a lookup (no longer pending, lookUp asks for the word).
        if ((words || warm) && !shownFinal) this.lookUp(latest);
      });
    if (pending && warm) {
      answerWhenIn(++this.sequence);
      return;
    }
    // Otherwise ask for this word, then for the whole block for the next hovers (and the blocks
    // around). The block's words wait for kuromoji, which a cold engine starts loading only once
    // this word is answered from the dictionary (provisional), so that its set-up does not hold
    // up the first popup; the popup is then redrawn from the block's words. A warm engine is
    // asked for the block at once, after the word.
    const askBlock = () => {
      void this.blockWords.request(window.text, readings).then(() => this.refine(hit.block, window.base, window.text, readings));
      this.prefetcher.schedule(true);
    };
    const key = LookupCache.key(window.text, window.offset) + (readings ? JSON.stringify(readings) : '');
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      askBlock();
      this.sequence++;
      this.present(hit.block, window.base, cached);
      return;
    }
    const mine = ++this.sequence;
    if (pending) answerWhenIn(mine);
    // A pointer resting on a word moves on it: one question per place, not one per move.
    let asked = this.inFlight.get(key);
    if (!asked) {
      asked = this.options.lookup(window.text, window.offset, readings);
      this.inFlight.set(key, asked);
      const settled = () => this.inFlight.delete(key);
      asked.then(settled, settled);
      if (this.blockWords.engineWarm) askBlock();
    }
    // A slow answer (the dictionary still loading in a fresh browser) is not an empty popup:
    // after a beat, the popup says the dictionary is loading, over the pointed character.
    const loading = setTimeout(() => {
      if (mine === this.sequence && this.latest?.block.element === hit.block.element) this.presentLoading(hit);
    }, LOADING_NOTICE_MS);
    const answered = () => clearTimeout(loading);
    asked.then(answered, answered);
    asked.then(
      (info) => {
        askBlock();
        if (!info?.provisional) this.cache.set(key, info);
        const latest = this.latest;
        if (mine === this.sequence) {
          if (latest && latest.block.text === hit.block.text && latest.block.element === hit.block.element)
            this.present(latest.block, window.base, info);
          return;
        }
        // An older answer still helps if the pointer is now inside the word it describes.
        if (info && latest && latest.block.text === hit.block.text && latest.block.element === hit.block.element) {
          const o = latest.offset - window.base;
          if (o >= info.start && o < info.end && !(this.shown && this.covers(this.shown, latest)))
            this.present(latest.block, window.base, info, o !== window.offset);
        }
      },
      (err: unknown) => {
        askBlock();
        this.options.onError?.(err instanceof Error ? err.message : String(err));
      },
    );
  }

  /**
   * A block's words now carry their name cards: the word shown from that block, if it changed
   * (a name card added, or grown into a longer name), is drawn again from them.
   */
  private withNamesNow(text: string, readings: readonly PageReading[] | undefined): void {
    const shown = this.shown;
    const latest = this.latest;
    if (!shown || !latest || latest.block.element !== shown.block.element || latest.block.text !== shown.block.text) return;
    const window = lookupWindow(latest.block.text, latest.offset);
    if (window.text !== text) return;
    const known = this.blockWords.get(text, readings);
    const word = known && wordAtOffset(known, window.offset);
    if (!word) return;
    const same = window.base + word.start === shown.start && window.base + word.end === shown.end;
    if (same && (word.names?.length ?? 0) === (shown.info.names?.length ?? 0)) return;
    this.present(latest.block, window.base, word);
  }

  /** Redraws a provisional popup from the block's words, once the tab has them, if it still shows that block. */
  private refine(block: ScannedText, base: number, text: string, readings: readonly PageReading[] | undefined): void {
    const shown = this.shown;
    if (!shown?.info.provisional || shown.block.element !== block.element || shown.block.text !== block.text) return;
    const known = this.blockWords.get(text, readings);
    const latest = this.latest;
    if (!known || !latest || latest.block.element !== block.element) return;
    this.present(block, base, wordAtOffset(known, latest.offset - base));
  }

  private present(block: ScannedText, base: number, found: WordInfo | null, borrowed = false): void {
    if (!found) return this.hide();
    const start = base + found.start;
    const end = base + found.end;
    if (end > block.text.length || block.text.slice(start, end) !== found.surface) return this.hide();
    const info =
      block.readings.length > 0 ? withPageReading(found, pageReadingOf(block.sequence, start, end), this.leadReading(block, start)) : found;
    const range = block.rangeFor(start, end);
    const rects = block.rectsFor(start, end);
    // The same word drawn again (its answer refined, a late answer for it): the reader's place in
    // it stays, the entry chosen, the kanji view (X) and a copy's notice.
    const before = this.shown;
    const same =
      before &&
      !before.loading &&
      before.block.element === block.element &&
      before.block.text === block.text &&
      before.start === start &&
      before.end === end;
    const kept: Partial<Shown> = same
      ? {
          // The entry stepped to stays selected where a later answer orders the entries anew (the
          // dictionary's answer while kuromoji loads, then the analysed one); else the first.
          selected: sameEntryIndex(before.info, before.selected, info),
          ...(before.view ? { view: before.view } : {}),
          ...(before.kanji !== undefined && before.info.surface === info.surface ? { kanji: before.kanji } : {}),
          ...(before.kanjiIndex !== undefined ? { kanjiIndex: before.kanjiIndex } : {}),
          ...(before.notice ? { notice: before.notice } : {}),
        }
      : {};
    this.shown = { block, start, end, info, selected: 0, box: boxOf(rects), ...kept, ...(borrowed ? { borrowed: true as const } : {}) };
    // Shown for the word under the pointer: the way from it to the popup is open.
    this.onTheWay = true;
    if (range) this.highlight.show(range);
    else this.highlight.clear();
    this.showAt(rects, block);
  }

  /**
   * Shows that the answer is on its way: the pointed character and "Loading the dictionary…".
   * The sequence is left as it is, so that the answer, when it comes, replaces this popup.
   */
  private presentLoading(hit: TextAtPoint): void {
    const block = hit.block;
    const cp = block.text.codePointAt(hit.offset);
    if (cp === undefined) return;
    const start = hit.offset;
    const end = start + (cp > 0xffff ? 2 : 1);
    const surface = block.text.slice(start, end);
    const info: WordInfo = { start: 0, end: end - start, surface, reading: '', romaji: '', inflections: [], entries: [] };
    const rects = block.rectsFor(start, end);
    this.shown = { block, start, end, info, selected: 0, box: boxOf(rects), loading: true };
    this.highlight.clear();
    this.showAt(rects, block);
  }

  /**
   * Shows the popup for the word at `rects` of `block`, placed for the block's lines (rows or
   * columns). In a frame with no readable place for it (about one line tall), it is drawn in the
   * top page instead, where the top can (frame-popup.ts); else here, as a sliver. `again`: the
   * top is asked again for the sliver shown here (askTopAgain), which stays until the top has it.
   */
  private showAt(rects: ArrayLike<Box>, block: ScannedText, again = false): void {
    const settings = this.options.settings();
    const look = { theme: settings.theme, fontSize: settings.popupFontSize };
    const writing = wordWritingMode(block, this.shown?.block === block ? this.shown.start : 0);
    const pointer = this.pointer ? { x: this.pointer.x, y: this.pointer.y } : undefined;
    const here = () => this.host.show(this.props(), rects, look, writing, pointer, block.element);
    const readable = here();
    const top = this.top;
    const shown = this.shown;
    if (readable || !top || !shown) {
      if (this.inTop) {
        this.inTop = undefined;
        this.topSequence++;
        top?.hide();
      }
      return;
    }
    // Drawn in the top page: not here too (shown and hidden in one task, never painted).
    if (!again) this.host.hide();
    this.inTop = shown;
    const sent = ++this.topSequence;
    const word = Array.from(rects, (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    const frame = {
      url: this.win.location.href,
      width: this.win.innerWidth,
      height: this.win.innerHeight,
      ...(this.screenSeen ? { screenOrigin: this.screenSeen } : {}),
    };
    void top.show({ content: this.content(), word, writing, look, frame, showing: sent, ...(pointer ? { pointer } : {}) }).then((reply) => {
      const latest = sent === this.topSequence && this.shown === shown;
      if (reply.shown) {
        if (again && latest) this.host.hide();
        // Drawn after this frame had let it go (the two messages crossed in the background, the
        // hide first): the top shows a popup nothing here stands for, so it is told again.
        else if (!latest && !this.inTop) top.hide();
        return;
      }
      if (!latest) return;
      // The top could not find this frame (inside a cross-origin frame, or its frames being laid
      // out again as it looked): the sliver here, and the top asked again for a few seconds when
      // the pointer moves on the word (askTopAgain). One that did not answer (the page opening,
      // its frame popups not linked yet) is asked again for as long as it does not.
      this.inTop = undefined;
      const now = this.win.performance.now();
      if (!reply.unanswered && this.notFound?.shown !== shown) this.notFound = { shown, since: now };
      if (reply.unanswered || now - this.notFound!.since < TOP_NOT_FOUND_WINDOW_MS) this.unanswered = { shown, at: now };
      here();
    });
  }

  /** Draws the shown popup again with its current content (here, or in the top page). */
  private redraw(): void {
    if (this.inTop && this.inTop === this.shown) this.top?.update(this.content());
    else this.host.update(this.props());
  }

  /** The popup's content as data, for the top page (its study actions stay here). */
  private content(): FramePopupContent {
    const { study, keys, notice, loading, info, selected } = this.props();
    const content: FramePopupContent = { info, selected, keys: [...keys], ...(notice ? { notice } : {}), ...(loading ? { loading } : {}) };
    if (study) {
      const { onSave: _save, onKnown: _known, onView: _view, ...state } = study;
      content.study = state;
    }
    return content;
  }

  /** The popup's host in this document (the top page draws its frames' popups in it too). */
  get popupHost(): PopupHost {
    return this.host;
  }

  get screenOrigin(): { x: number; y: number } | undefined {
    return this.screenSeen;
  }

  /** In a frame: draws popups this frame is too short for in the top page, through `link`. */
  drawInTop(link: TopPopupLink): void {
    this.top = link;
  }

  /** What the top page says of the popup it draws for this frame: it hid it, or a key was pressed there. */
  fromTop(message: TopToFrame): void {
    const s = this.shown;
    if (!s || this.inTop !== s) return;
    if (message.type === FRAME_POPUP_HIDDEN) {
      // It hid a popup this frame has since replaced there (the pointer left the frame and came
      // back while the notice was on its way): the top shows the later one, which stays.
      if (message.showing !== this.topSequence) return;
      // The pointer left the frame or the frame moved under it: where it was is no longer known
      // here (a move waiting for the next frame would bring the popup back from a stale place).
      this.inTop = undefined;
      this.pointer = undefined;
      this.moveWaiting = false;
      this.latest = undefined;
      this.hide();
    } else this.run(message.command);
  }

  /** The page's reading of the ruby base a word starts with ('' when it starts with none). */
  private leadReading(block: ScannedText, start: number): string {
    const first = block.readings.find((r) => r.start === start);
    return first?.reading ?? '';
  }

  private props(): WordPopupProps {
    const s = this.shown!;
    return {
      info: s.info,
      selected: s.selected,
      notice: s.notice,
      // Nothing to act on while the answer is on its way.
      keys: s.loading ? [] : s.view === 'kanji' ? KANJI_VIEW_KEYS : POPUP_KEYS,
      ...(s.loading ? { loading: true } : this.options.study ? { study: this.studyProps(s) } : {}),
    };
  }

  private studyProps(s: Shown): PopupStudy {
    const study = this.options.study!;
    const { lemma, reading } = lemmaOf(s.info);
    const entry = lemmaOf(s.info, s.selected);
    return {
      saved: study.isSaved(entry.lemma, entry.reading),
      known: study.isKnown(lemma, reading),
      readOnly: study.readOnly(),
      view: s.view ?? 'words',
      ...(s.kanji !== undefined ? { kanji: s.kanji } : {}),
      kanjiIndex: s.kanjiIndex ?? 0,
      onSave: () => this.run('save'),
      onKnown: () => this.run('known'),
      onView: (view) => this.showView(s, view),
    };
  }

  /** Switches the popup between the word's entries and its kanji, looking the kanji up once. */
  private showView(s: Shown, view: 'words' | 'kanji'): void {
    if (this.shown !== s || !this.options.study) return;
    s.view = view;
    if (view === 'kanji' && s.kanji === undefined) {
      const { lemma, reading } = lemmaOf(s.info);
      // The word may have been drawn again meanwhile (present keeps its view): the kanji go to it too.
      const arrived = (kanji: KanjiCardInfo[] | string) => {
        s.kanji = kanji;
        const now = this.shown;
        if (now && now !== s && now.kanji === undefined && now.block === s.block && now.start === s.start && now.end === s.end)
          now.kanji = kanji;
        if (now && now.kanji === kanji) this.redraw();
      };
      this.options.study.kanji(lemma, reading).then(arrived, (err: unknown) => arrived(err instanceof Error ? err.message : String(err)));
    }
    this.redraw();
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = undefined;
    if (this.inTop) {
      this.inTop = undefined;
      this.topSequence++;
      this.top?.hide();
    }
    this.onTheWay = false;
    this.sequence++;
    this.highlight.clear();
    this.host.hide();
    if (this.noticeTimer !== undefined) clearTimeout(this.noticeTimer);
  }

  private readonly onScroll = (): void => {
    // A scroll that leaves the word where it was under the pointer (the browser's scroll
    // anchoring keeping the text in place while the page's layout changes above it, a box
    // scrolled elsewhere) leaves the popup open; one that moves the word from under the pointer
    // closes it. A word moved a little, still under the pointer (the lines' spacing changed with
    // the readings' size), takes the popup along.
    if (!this.wordStayed() && !this.followWord()) {
      // A popup closed so opens nothing again until the reader moves: not on the browser's own
      // mousemove at the same place, nor on an answer on its way for where the pointer rested.
      if (this.shown && this.pointer) {
        this.scrolledFrom = { x: this.pointer.x, y: this.pointer.y };
        this.latest = undefined;
      }
      this.hide();
    }
    // When scrolling stops, fetch the words of the blocks now on screen.
    if (this.scrollTimer !== undefined) clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => this.prefetcher.schedule(), 120);
  };

  /**
   * A word broken over two lines whose popup was placed beside one of them (a short frame): the
   * pointer now on its other line places the popup beside that one, so that it covers neither the
   * pointed part nor the words after it there. Placed beside the whole word, nothing changes.
   */
  private followLine(shown: Shown, p: Pointer): void {
    const beside = this.host.besideBox();
    if (!beside || inBox(beside, p.x, p.y)) return;
    const rects = shown.block.rectsFor(shown.start, shown.end);
    const lines = lineBoxesOf(rects, wordWritingMode(shown.block, shown.start));
    if (lines.length > 1 && lines.some((line) => inBox(line, p.x, p.y))) this.showAt(rects, shown.block);
  }

  /**
   * The pointer still on a word drawn here because the top did not answer: asks the top again,
   * at most once every TOP_ASK_AGAIN_MS (a reader resting on the word as the page opens gets the
   * whole popup once the top is ready, not the sliver for as long as they stay). A top that
   * answered that it could not find this frame is asked again for TOP_NOT_FOUND_WINDOW_MS.
   */
  private askTopAgain(shown: Shown): void {
    const waiting = this.unanswered;
    if (!waiting || waiting.shown !== shown || this.inTop || this.win.performance.now() - waiting.at < TOP_ASK_AGAIN_MS) return;
    this.unanswered = undefined;
    this.showAt(shown.block.rectsFor(shown.start, shown.end), shown.block, true);
  }

  /** Places the popup by the shown word again when the word is still under the pointer; false when it is not. */
  private followWord(): boolean {
    const s = this.shown;
    const p = this.pointer;
    if (!s?.box || !p || this.host.interactive) return false;
    const rects = s.block.rectsFor(s.start, s.end);
    const now = boxOf(rects);
    if (!now || !inBox(now, p.x, p.y)) return false;
    s.box = now;
    this.showAt(rects, s.block);
    return true;
  }

  /** Whether the shown word is still where it was drawn (within half a pixel). */
  private wordStayed(): boolean {
    const s = this.shown;
    if (!s?.box) return false;
    const now = boxOf(s.block.rectsFor(s.start, s.end));
    return (
      !!now &&
      Math.abs(now.left - s.box.left) < 0.5 &&
      Math.abs(now.top - s.box.top) < 0.5 &&
      Math.abs(now.right - s.box.right) < 0.5 &&
      Math.abs(now.bottom - s.box.bottom) < 0.5
    );
  }

  /**
   * The pointer left the document (a frame's, for the page around it): hidden, and a word closed
   * with Escape is no longer closed (the pointer is no longer on it; back on it, it opens again).
   */
  private readonly onOut = (): void => {
    this.dismissed = undefined;
    this.onLeave();
  };

  private readonly onLeave = (): void => {
    this.latest = undefined;
    this.hide();
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    const p = this.pointer;
    // Holding the trigger key with the pointer resting on a word opens the popup.
    if (!this.shown && p && ((e.key === 'Shift' && e.shiftKey) || (e.key === 'Alt' && e.altKey))) {
      const trigger = this.options.settings().hoverTrigger;
      if ((trigger === 'shift' && e.key === 'Shift') || (trigger === 'alt' && e.key === 'Alt')) {
        this.pointer = { ...p, shift: e.shiftKey, alt: e.altKey };
        this.track();
      }
      return;
    }
    if (!this.shown) return;
    const command = popupCommandFor(e);
    if (command === 'close') {
      // Ours alone: no close request for the page's dialog or popover (the key's default action),
      // and none of the page's handlers after this one sees it (a window listener the page added
      // in the capture phase before this one did sees it first: the script starts after the page's).
      e.preventDefault();
      e.stopImmediatePropagation();
      stopKeyUpOf(this.win, e.key);
    }
    if (command) this.run(command);
  };

  /** The page opened or closed a dialog or popover (or our furigana layer was raised): see the class's comment. */
  private readonly onTopLayer = (change: TopLayerChange): void => {
    const s = this.shown;
    if (!s) return;
    if (change.opened) {
      if (change.modal) this.hide();
      else this.host.raiseAgain();
    } else if (holds(change.element, s.block.element)) this.hide();
  };

  private run(command: PopupCommand): void {
    const s = this.shown!;
    const count = s.info.entries.length;
    const study = this.options.study;
    switch (command) {
      case 'save':
        if (study) {
          s.notice = undefined;
          void study.toggleSaved(s.info, s.selected, { text: s.block.text, start: s.start, end: s.end }).then(
            () => this.update(s),
            (err: unknown) => this.refused(s, err),
          );
        }
        return;
      case 'known':
        if (study) {
          s.notice = undefined;
          void study.toggleKnown(s.info).then(
            () => this.update(s),
            (err: unknown) => this.refused(s, err),
          );
        }
        return;
      case 'kanji':
        if (study) {
          if (s.view === 'kanji') {
            // Again: the next kanji of the word, then back to the entries.
            const count = Array.isArray(s.kanji) ? s.kanji.length : 0;
            const next = (s.kanjiIndex ?? 0) + 1;
            if (next < count) {
              s.kanjiIndex = next;
              this.redraw();
            } else {
              s.kanjiIndex = 0;
              this.showView(s, 'words');
            }
          } else this.showView(s, 'kanji');
        }
        return;
      case 'close':
        this.dismissed = s;
        return this.hide();
      case 'next':
      case 'previous':
        // The kanji view steps the word's kanji; the words view its entries.
        if (s.view === 'kanji') {
          const kanjiCount = Array.isArray(s.kanji) ? s.kanji.length : 0;
          if (kanjiCount > 1) {
            s.kanjiIndex = ((s.kanjiIndex ?? 0) + (command === 'next' ? 1 : kanjiCount - 1)) % kanjiCount;
            this.redraw();
          }
          return;
        }
        if (count > 1) {
          s.selected = (s.selected + (command === 'next' ? 1 : count - 1)) % count;
          // The entry stepped to shows all its senses, the one left only its first (WordPopup's
          // brief entries): a popup drawn here is placed again for its new height, as when its
          // word moves (followWord). One the pointer is in, or drawn in the top page, stays put.
          if (!this.inTop && !this.host.interactive) this.showAt(s.block.rectsFor(s.start, s.end), s.block);
          else this.redraw();
        }
        return;
      case 'copy-word':
        return this.copy(s.info.surface, 'Copied the word');
      case 'copy-reading':
        return this.copy(s.info.reading || s.info.surface, 'Copied the reading');
      case 'copy-entry':
        return this.copy(entryText(s.info, s.selected), 'Copied the entry');
    }
  }

  /** A study change that was not stored: the popup says why, while it shows that word. */
  private refused(s: Shown, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.options.onError?.(message);
    s.notice = `Not stored: ${message}`;
    this.update(s);
  }

  private update(s: Shown): void {
    if (this.shown === s) this.redraw();
  }

  private copy(text: string, done: string): void {
    const shown = this.shown;
    const say = (notice: string) => {
      if (this.shown !== shown || !shown) return;
      shown.notice = notice;
      this.redraw();
      if (this.noticeTimer !== undefined) clearTimeout(this.noticeTimer);
      this.noticeTimer = setTimeout(() => {
        if (this.shown === shown) {
          shown.notice = undefined;
          this.redraw();
        }
      }, 1500);
    };
    navigator.clipboard.writeText(text).then(
      () => say(done),
      () => say('Could not copy (the page has no focus)'),
    );
  }
}

/** Whether `outer` holds `inner` (crossing out of shadow roots). */
function holds(outer: Element, inner: Element): boolean {
  for (let at: Node | null = inner; at; at = at.parentNode ?? ((at as ShadowRoot).host || null)) if (at === outer) return true;
  return false;
}

/**
 * Whether the word at `start` of a block is set in rows or columns: the writing mode of the
 * element its text is in, not the block's (an inline-block set vertical-rl inside a horizontal
 * line is a column whose words read down, though its line reads across: web31 F5).
 */
function wordWritingMode(block: ScannedText, start: number): WritingMode {
  const at = sourcePositionAt(block.sequence, start);
  const source = at?.source;
  const element = !source ? null : source.nodeType === Node.ELEMENT_NODE ? (source as Element) : source.parentElement;
  return writingModeOf(element ?? block.element);
}

/** Whether an element's lines are rows or columns (its computed writing-mode: vertical-*, sideways-*). */
function writingModeOf(element: Element): WritingMode {
  const mode = element.ownerDocument.defaultView?.getComputedStyle(element).writingMode ?? '';
  return mode.startsWith('vertical') || mode.startsWith('sideways') ? 'vertical' : 'horizontal';
}

/** Index in `now` of the entry `selected` of `was` (the same headword and reading), else 0. */
export function sameEntryIndex(was: WordInfo, selected: number, now: WordInfo): number {
  const entry = was.entries[selected];
  if (!entry || selected === 0) return 0;
  const found = now.entries.findIndex((e) => e.headwords[0] === entry.headwords[0] && e.readings[0] === entry.readings[0]);
  return found < 0 ? 0 : found;
}

/**
 * The word as saved and marked known: its dictionary form and that form's reading. With
 * `selected`, the word saved from an entry J/K stepped to (起きる in おきます, after 置く): that
 * entry's headword and first reading; entry 0 is the analyser's word, as before.
 */
export function lemmaOf(info: WordInfo, selected = 0): { lemma: string; reading: string } {
  const stepped = selected > 0 ? info.entries[selected] : undefined;
  if (stepped?.readings[0]) return { lemma: stepped.headwords[0] ?? stepped.readings[0], reading: stepped.readings[0] };
  return info.dictionaryForm
    ? { lemma: info.dictionaryForm.text, reading: info.dictionaryForm.reading ?? info.reading }
    : { lemma: info.surface, reading: info.reading };
}
