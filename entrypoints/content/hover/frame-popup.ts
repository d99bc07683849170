/**
 * The popup of a word in a frame too short to show it, drawn in the top page (as 10ten Japanese
 * Reader does): a frame about one line tall (a news ticker, a "related article" strip, a comment
 * widget) has no place that shows a line of meaning, so its popup would be a sliver.
 *
 * The frame keeps the hover whole (the pointer, the lookups, the shown word, its keys and study
 * tools); only the drawing moves. When the frame's best place is unreadable
 * (Placement.unreadable), it sends the popup's content and the word's boxes (its own client px) to
 * the top frame through the background (utils/frame-popup-messages.ts: runtime messaging, never
 * `postMessage`, which the page could read and forge). The top frame's content script finds the
 * frame's element (`runtime.getFrameId` where the browser has it, Firefox; else by the frame's
 * URL and viewport size, Chromium: a cross-origin frame cannot tell its place in the top page, so
 * the top must find it), adds the offset of the frame's content box (of every frame between, for
 * nested same-origin frames) and places the popup beside the word with the top's viewport, by the
 * same rules (popup-position.ts). It hides it when the frame says so (the pointer off the word or
 * out of the frame, a scroll of the frame), and tells the frame when it hid it itself: the top page
 * scrolled (moving the frame), the pointer is in the top page, the frame went away. That notice
 * names the frame's showing it hid (FramePopupShow.showing): it passes through the background
 * apart from the frame's messages, and may come after the frame has sent its next popup, which
 * it must not take down in the frame while the top shows it. Keys pressed
 * while the top page has the focus reach the top's content script: copies are made there (the
 * clipboard wants the focused document), the rest (J/K, Esc, S, M, X) go to the frame.
 * A frame the top cannot find (behind a cross-origin frame) keeps its own popup.
 */
import { browser } from 'wxt/browser';
import type { WordPopupProps } from '../../../components/WordPopup';
import {
  FRAME_POPUP_COMMAND,
  FRAME_POPUP_HIDDEN,
  FRAME_POPUP_HIDE,
  FRAME_POPUP_SHOW,
  FRAME_POPUP_TO_FRAME,
  FRAME_POPUP_UPDATE,
  forwardsCommand,
  frameReplyOf,
  isFrameMessage,
  parseFrameToTop,
  parseTopToFrame,
  type FramePopupContent,
  type FramePopupReply,
  type FramePopupShow,
  type TopToFrame,
} from '../../../utils/frame-popup-messages';
import { entryText, popupCommandFor } from './popup-keys';
import { listenKeysFirst, stopKeyUpOf } from '../key-guard';
import type { PopupHost } from './popup-host';
import type { Box } from './popup-position';
import { zoomOf } from '../css-zoom';

/** What the hover of a frame asks of the top page. */
export interface TopPopupLink {
  /**
   * Shows the popup in the top page; resolves `shown: false` when the top could not (the frame's
   * element not found), with `unanswered` when the top did not answer (not linked yet).
   */
  show(request: Omit<FramePopupShow, 'type' | 'frameId'>): Promise<FramePopupReply>;
  update(content: FramePopupContent): void;
  hide(): void;
}

/** The hover's side of the link: what the top tells the frame; in the top, the popup's host it shares. */
export interface FrameHover {
  /** The document's one popup host (the top draws its frames' popups in it: one `[data-yomu="popup"]` a document). */
  readonly popupHost: PopupHost;
  /**
   * Where this document's viewport lies on the screen (px: the pointer's screen minus client
   * coordinates), from the last pointer move the hover heard, those kept while its modules
   * loaded included; undefined before one. Tells twin frames apart (atScreenOrigin).
   */
  readonly screenOrigin: { x: number; y: number } | undefined;
  drawInTop(link: TopPopupLink): void;
  fromTop(message: TopToFrame): void;
  hide(): void;
}

/**
 * Links this frame's hover to the top page: in a frame, its popups too short to read are drawn in
 * the top (and the top's word reaches it); in the top frame, frames' popups are drawn here.
 * Does nothing in a document without extension messaging.
 */
export function linkFramePopups(doc: Document, hover: FrameHover): void {
  const win = doc.defaultView;
  if (!win || !browser.runtime?.onMessage) return;
  if (win.top === win) {
    const top = new TopFramePopups(doc, hover);
    browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: FramePopupReply) => void) => {
      if (!isFrameMessage(message)) return false;
      const parsed = parseFrameToTop(message);
      if (!parsed) return false;
      const reply = top.receive(parsed);
      if (reply) sendResponse(reply);
      return false;
    });
    return;
  }
  const send = (message: object) => browser.runtime.sendMessage(message);
  hover.drawInTop({
    show: (request) => send({ type: FRAME_POPUP_SHOW, ...request }).then(frameReplyOf, () => ({ shown: false, unanswered: true }) as const),
    update: (content) => void send({ type: FRAME_POPUP_UPDATE, content }).catch(() => undefined),
    hide: () => void send({ type: FRAME_POPUP_HIDE }).catch(() => undefined),
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isFrameMessage(message)) return false;
    const parsed = parseTopToFrame(message);
    if (parsed) hover.fromTop(parsed);
    return false;
  });
  // The frame going away (navigated, removed): its popup in the top goes with it.
  win.addEventListener('pagehide', () => hover.hide());
}

/** An element showing a document of its own: a frame, or an object (an SVG document). */
type FrameElement = HTMLIFrameElement | HTMLFrameElement | HTMLObjectElement;

/** A frame element found in the top page, with the frame element it is inside (nested frames). */
interface FoundFrame {
  element: FrameElement;
  parent?: FoundFrame;
}

interface TopShown {
  frameId: number;
  frame: FoundFrame;
  /** The frame's content box's origin in the top's client px when shown (a scroll moving it hides the popup). */
  origin: { x: number; y: number };
  content: FramePopupContent;
  /** A copy's notice made here (the frame's content carries its own): shown over the frame's updates until its time is up. */
  notice?: { text: string; timer: ReturnType<typeof setTimeout> };
  /** The host's showing this popup is (PopupHost.showings): a later one is the top's own word, not to be hidden or redrawn. */
  showing: number;
  /** The frame's number for this popup (FramePopupShow.showing), named when the top tells the frame it hid it. */
  frameShowing: number;
}

/** How long a copy's notice shows (ms), as in the frame's own popup. */
const NOTICE_MS = 1500;

/**
 * The top frame's side: draws the popups its frames send, hides them when they no longer fit.
 * Made by linkFramePopups in the top frame (exported for tests, which run inside a frame).
 */
export class TopFramePopups {
  private readonly host: PopupHost;
  private readonly win: Window;
  private shown: TopShown | undefined;
  /** Frames found before, by frame id (a frame's next word is placed without a search). */
  private readonly found = new Map<number, FoundFrame>();
  private observer: MutationObserver | undefined;
  /** Stops the key listener (heard before the page's: key-guard.ts). */
  private stopKeys: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly hover: FrameHover,
  ) {
    this.win = doc.defaultView!;
    this.host = hover.popupHost;
  }

  receive(message: ReturnType<typeof parseFrameToTop> & object): FramePopupReply | undefined {
    const frameId = message.frameId!;
    if (message.type === FRAME_POPUP_SHOW) return { shown: this.show(message, frameId) };
    if (!this.shown || this.shown.frameId !== frameId) return undefined;
    if (message.type === FRAME_POPUP_UPDATE) {
      this.shown.content = message.content;
      this.redraw(this.shown);
    } else if (message.type === FRAME_POPUP_HIDE) this.hide(false);
    return undefined;
  }

  private show(m: FramePopupShow, frameId: number): boolean {
    const frame = this.frameOf(frameId, m.frame, m.pointer);
    if (!frame) {
      if (this.shown?.frameId === frameId) this.hide(false);
      return false;
    }
    const origin = contentOrigin(frame);
    // The frame's client px are drawn times the zoom of the page around it (CSS zoom, css-zoom.ts).
    const scale = scaleOf(frame);
    const moved = (b: Box): Box => ({
      left: b.left * scale + origin.x,
      top: b.top * scale + origin.y,
      right: b.right * scale + origin.x,
      bottom: b.bottom * scale + origin.y,
    });
    const pointer = m.pointer ? { x: m.pointer.x * scale + origin.x, y: m.pointer.y * scale + origin.y } : undefined;
    if (this.shown && this.shown.frameId !== frameId) this.hide(true);
    // The pointer is in a frame: a popup of the top's own words is done with (the host is shared).
    if (!this.shown) this.hover.hide();
    // The same word drawn again (its answer refined, the frame scrolled a little) keeps a copy's notice.
    const before = this.shown;
    const notice = before?.frameId === frameId && before.content.info.surface === m.content.info.surface ? before.notice : undefined;
    if (before?.notice && !notice) clearTimeout(before.notice.timer);
    const shown: TopShown = {
      frameId,
      frame,
      origin,
      content: m.content,
      showing: 0,
      frameShowing: m.showing,
      ...(notice ? { notice } : {}),
    };
    // The frame's element in the top page says whether the popup is raised above a modal dialog.
    this.host.show(propsOf(shown), m.word.map(moved), m.look, m.writing, pointer, outermost(frame).element);
    shown.showing = this.host.showings;
    this.shown = shown;
    this.listen(true);
    return true;
  }

  /** Hides the popup; `tell`: say so to the frame (the top hid it on its own). */
  private hide(tell: boolean): void {
    const shown = this.shown;
    if (!shown) return;
    this.shown = undefined;
    if (shown.notice) clearTimeout(shown.notice.timer);
    if (this.host.showings === shown.showing) this.host.hide();
    this.listen(false);
    if (tell) this.toFrame(shown.frameId, { type: FRAME_POPUP_HIDDEN, showing: shown.frameShowing });
  }

  private toFrame(frameId: number, message: TopToFrame): void {
    browser.runtime.sendMessage({ type: FRAME_POPUP_TO_FRAME, frameId, message }).catch(() => undefined);
  }

  private listen(on: boolean): void {
    const w = this.win;
    if (on) {
      this.stopKeys ??= listenKeysFirst(w, 'keydown', this.onKey);
      w.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      w.addEventListener('resize', this.onGone);
      // A move seen by the top page is a pointer out of the frame (the frame's moves are its own).
      w.addEventListener('mousemove', this.onGone, { capture: true, passive: true });
    } else {
      this.stopKeys?.();
      this.stopKeys = undefined;
      w.removeEventListener('scroll', this.onScroll, { capture: true });
      w.removeEventListener('resize', this.onGone);
      w.removeEventListener('mousemove', this.onGone, { capture: true });
    }
    if (on && !this.observer) {
      this.observer = new MutationObserver(() => {
        if (this.shown && !connected(this.shown.frame)) this.hide(true);
      });
      this.observer.observe(this.doc, { childList: true, subtree: true });
    } else if (!on && this.observer) {
      this.observer.disconnect();
      this.observer = undefined;
    }
  }

  private readonly onGone = (): void => this.hide(true);

  private readonly onScroll = (): void => {
    const s = this.shown;
    if (!s) return;
    const now = connected(s.frame) ? contentOrigin(s.frame) : undefined;
    if (!now || Math.abs(now.x - s.origin.x) >= 0.5 || Math.abs(now.y - s.origin.y) >= 0.5) this.hide(true);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    const s = this.shown;
    if (!s) return;
    // The host shows the top's own word now: this popup is gone.
    if (this.host.showings !== s.showing) return this.hide(true);
    const command = popupCommandFor(e);
    if (!command) return;
    if (command === 'close') {
      // Ours alone, as in the frame's own popup (hover-popup.ts): the page's dialog stays open.
      e.preventDefault();
      e.stopImmediatePropagation();
      this.hide(false);
      stopKeyUpOf(this.win, e.key);
      this.toFrame(s.frameId, { type: FRAME_POPUP_COMMAND, command });
    } else if (forwardsCommand(command)) this.toFrame(s.frameId, { type: FRAME_POPUP_COMMAND, command });
    else {
      const info = s.content.info;
      const [text, done] =
        command === 'copy-word'
          ? [info.surface, 'Copied the word']
          : command === 'copy-reading'
            ? [info.reading || info.surface, 'Copied the reading']
            : [entryText(info, s.content.selected), 'Copied the entry'];
      this.win.navigator.clipboard.writeText(text).then(
        () => this.notice(s, done),
        () => this.notice(s, 'Could not copy (the page has no focus)'),
      );
    }
  };

  /** Draws the popup again with its content, while the host still shows it. */
  private redraw(s: TopShown): void {
    if (this.host.showings === s.showing) this.host.update(propsOf(s));
  }

  /**
   * Shows a copy's notice for a moment, on the popup of the word copied: also when the frame
   * has drawn that word again since the key (its answer refined), gone when it shows another.
   */
  private notice(copied: TopShown, text: string): void {
    const s = this.shown;
    if (!s || s.frameId !== copied.frameId || s.content.info.surface !== copied.content.info.surface) return;
    if (s.notice) clearTimeout(s.notice.timer);
    const notice = {
      text,
      timer: setTimeout(() => {
        if (s.notice !== notice) return;
        delete s.notice;
        this.redraw(s);
      }, NOTICE_MS),
    };
    s.notice = notice;
    this.redraw(s);
  }

  /**
   * The element of frame `frameId` in this page (in same-origin frames too, at any depth):
   * Firefox's `runtime.getFrameId` says which element it is; elsewhere it is the frame whose
   * viewport has the frame's size and which shows the frame's URL; of several such, the one at
   * the frame's place on the screen, else the one under the pointer (`:hover`); or of that size
   * under the pointer when none shows the URL.
   * Undefined when none or several fit (a frame inside a cross-origin frame is out of reach).
   */
  private frameOf(frameId: number, info: FramePopupShow['frame'], pointer: FramePopupShow['pointer']): FoundFrame | undefined {
    const known = this.found.get(frameId);
    if (known && connected(known) && fits(known.element, info)) return known;
    this.found.delete(frameId);
    const frames = framesIn(this.doc);
    const getFrameId = (browser.runtime as unknown as { getFrameId?: (target: Element) => number }).getFrameId;
    let match: FoundFrame | undefined;
    if (typeof getFrameId === 'function') {
      match = frames.find((f) => {
        try {
          return getFrameId(f.element) === frameId;
        } catch {
          return false;
        }
      });
    } else {
      // The one frame of that size showing the frame's URL; of several such, the one under the
      // pointer (its element, and every frame's around it, is hovered); where none shows it (a
      // frame that navigated), the one of that size under the pointer. The URL comes first:
      // Chromium may leave `:hover` on a frame the pointer left in one step for another. No
      // frame is taken for its size alone: a frame inside a cross-origin frame, which the top
      // cannot see, would get its popup beside another frame that happens to have its size.
      const sized = frames.filter((f) => fits(f.element, info));
      const named = sized.filter((f) => urlOf(f.element) === info.url);
      const candidates = named.length > 0 ? named : sized;
      const pointed = candidates.filter(hovered);
      // Of twins (the same URL and size), the one whose place on the screen is the frame's, where
      // both places are known: the top may learn late, or never, which frame of another origin
      // the pointer is in (that frame takes its events).
      const twin = named.length > 1 ? atScreenOrigin(named, info.screenOrigin, this.hover.screenOrigin, pointer) : undefined;
      match = named.length === 1 ? named[0] : (twin ?? (pointed.length === 1 ? pointed[0] : undefined));
    }
    if (match) this.found.set(frameId, match);
    return match;
  }
}

/**
 * The popup's props for the content a frame sent, with the notice of a copy made here over the
 * frame's: its study buttons act on nothing here (the popup never takes the pointer in the top).
 */
function propsOf(shown: TopShown): WordPopupProps {
  const { study, ...rest } = shown.content;
  const none = () => undefined;
  return {
    ...rest,
    ...(shown.notice ? { notice: shown.notice.text } : {}),
    ...(study ? { study: { ...study, onSave: none, onKnown: none, onView: none } } : {}),
  };
}

/** Every frame element (and object) of `doc` and of the same-origin frames in it, at any depth. */
function framesIn(doc: Document, parent?: FoundFrame): FoundFrame[] {
  const found: FoundFrame[] = [];
  for (const element of doc.querySelectorAll<FrameElement>('iframe, frame, object')) {
    const frame: FoundFrame = parent ? { element, parent } : { element };
    found.push(frame);
    let inner: Document | null = null;
    try {
      inner = element.contentDocument;
    } catch {
      inner = null;
    }
    if (inner) found.push(...framesIn(inner, frame));
  }
  return found;
}

/** Whether the pointer is over the frame (its element and those of the frames around it match `:hover`). */
function hovered(frame: FoundFrame): boolean {
  return frame.element.matches(':hover') && (!frame.parent || hovered(frame.parent));
}

/** The frame element in the top page that holds `frame` (itself when it is in the top page). */
function outermost(frame: FoundFrame): FoundFrame {
  return frame.parent ? outermost(frame.parent) : frame;
}

function connected(frame: FoundFrame): boolean {
  return frame.element.isConnected && (!frame.parent || connected(frame.parent));
}

/** The URL of a frame's document where it can be read (same origin), else its `src` (an object's `data`). */
function urlOf(element: FrameElement): string {
  try {
    const href = element.contentWindow?.location.href;
    if (href) return href;
  } catch {
    // A cross-origin frame: its document's URL is not ours to read.
  }
  return 'data' in element ? element.data : element.src;
}

/**
 * Whether the frame element's content box has the frame's viewport size (within a pixel:
 * rounding). The frame's viewport is measured in its own px: the box's, less the zoom the frame
 * element is drawn at (CSS zoom on the page: a frame 640 px wide in a page zoomed 1.25 is drawn 800 px wide).
 */
function fits(element: Element, info: { width: number; height: number }): boolean {
  const box = contentBox(element);
  const zoom = zoomOf(element);
  return Math.abs(box.width / zoom - info.width) <= 1 && Math.abs(box.height / zoom - info.height) <= 1;
}

/**
 * A frame element's content box (its viewport's place) in its own document's client px. Its
 * border and padding, read from its style, are its own px: drawn times its zoom.
 */
function contentBox(element: Element): { left: number; top: number; width: number; height: number } {
  const r = element.getBoundingClientRect();
  const style = element.ownerDocument.defaultView!.getComputedStyle(element);
  const zoom = zoomOf(element);
  const px = (v: string) => (parseFloat(v) || 0) * zoom;
  const left = r.left + px(style.borderLeftWidth) + px(style.paddingLeft);
  const top = r.top + px(style.borderTopWidth) + px(style.paddingTop);
  const right = r.right - px(style.borderRightWidth) - px(style.paddingRight);
  const bottom = r.bottom - px(style.borderBottomWidth) - px(style.paddingBottom);
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * Of frames alike, the one the pointer is in by its place on the screen: where the frame says the
 * pointer is on the screen (its viewport's screen origin plus the pointer's client px) and where
 * the pointer is on the screen with the frame's content box, seen from the top's own place there,
 * agree within 2 px, and for that frame only. The frame's client px are drawn times its scale
 * (CSS zoom around it: scaleOf) in the top; its screen origin, screen minus client px, is off by
 * the pointer's client px times that scale less one, which `pointer` undoes. Undefined when either
 * place is unknown (no pointer move heard yet) or no single frame fits (a page zoomed by the
 * browser, whose client px are not the screen's).
 */
function atScreenOrigin(
  frames: FoundFrame[],
  frameOnScreen: { x: number; y: number } | undefined,
  topOnScreen: { x: number; y: number } | undefined,
  pointer: { x: number; y: number } | undefined,
): FoundFrame | undefined {
  if (!frameOnScreen || !topOnScreen) return undefined;
  const p = pointer ?? { x: 0, y: 0 };
  const fitting = frames.filter((f) => {
    const o = contentOrigin(f);
    const s = scaleOf(f);
    const x = topOnScreen.x + o.x + p.x * s - (frameOnScreen.x + p.x);
    const y = topOnScreen.y + o.y + p.y * s - (frameOnScreen.y + p.y);
    return Math.abs(x) <= 2 && Math.abs(y) <= 2;
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * The origin of the frame's viewport in the top page's client px: its content box's in the
 * document around it, drawn times that document's scale, plus that document's origin.
 */
function contentOrigin(frame: FoundFrame): { x: number; y: number } {
  const box = contentBox(frame.element);
  if (!frame.parent) return { x: box.left, y: box.top };
  const outer = contentOrigin(frame.parent);
  const scale = scaleOf(frame.parent);
  return { x: box.left * scale + outer.x, y: box.top * scale + outer.y };
}

/**
 * How many of the top page's client px one px of the frame's document is drawn as: the CSS zoom
 * of its element (css-zoom.ts) times that of every frame around it; 1 on a page without zoom.
 * A zoomed frame element's document is drawn zoomed, its own px unchanged (its innerWidth stays).
 */
function scaleOf(frame: FoundFrame): number {
  return zoomOf(frame.element) * (frame.parent ? scaleOf(frame.parent) : 1);
}
