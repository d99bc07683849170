/**
 * The popup's place in the page: one `<yomu-popup data-yomu="popup">` host with an open shadow
 * root, made on first use and added to the document element (not inside the page's content;
 * in an SVG document, inside our foreignObject there: ui-root.ts).
 * The host lets every pointer event through to the page (pointer-events: none), so the page's
 * clicks, text selection and the words under the popup stay the reader's; the hover makes the
 * popup interactive (its tabs and buttons clickable) only while the pointer is in it, having come
 * from the word (`interactive`). Clicks inside it stay inside: the page does not see them bubble.
 * While it explains a word of the page's open modal dialog or popover, the host is raised into the
 * top layer (`raise`); while it takes the pointer there, it is inside that dialog or popover
 * (`interactive`), and back under the document element as soon as it does not.
 */
import { render } from 'preact';
import popupCss from '../../../components/word-popup.css?inline';
import { WordPopup, type WordPopupProps } from '../../../components/WordPopup';
import type { Theme } from '../../../core/settings/settings';
import { pageColourScheme } from './page-colour-scheme';
import { boxOf, inBox, lineBoxesOf, MARGIN, placePopup, type Box, type Placement, type WritingMode } from './popup-position';
import { htmlElement, uiParent } from '../ui-root';
import { PageStyles } from '../page-styles';
import { canEnterTopLayer, canHoldHost, leaveTopLayer, noBackdropRule, showOnTop, topLayerOf } from '../top-layer';
import { markOnce } from '../../../utils/engine/start-marks';
import { unzoom } from '../css-zoom';

export class PopupHost {
  private host: HTMLElement | undefined;
  private container: HTMLElement | undefined;
  private shown = 0;
  /** The box the shown popup is placed beside: the word's, or the pointed line's of a word broken over two. */
  private placedBeside: Box | null = null;
  /** Where the shown popup's host was moved to (its translate, px). */
  private placedAt = { left: 0, top: 0 };
  /** The entry the popup was last scrolled to show (revealSelected). */
  private revealed = 0;
  /** The page's open dialog or popover holding the shown word, where the host goes while the popup takes the pointer. */
  private layer: Element | null = null;
  /**
   * The page's own `::backdrop` rules (a dark veil for its dialogs) reach every element of the top
   * layer, the popup raised there too: its backdrop is never drawn. Installed with the first raise.
   */
  private readonly backdrop: PageStyles;

  /**
   * `pageTopLayerOpen`: whether the page has a modal dialog or popover open now (the popup is then
   * raised above it wherever its word is); absent, only a word inside one raises the popup.
   */
  constructor(
    private readonly doc: Document,
    private readonly pageTopLayerOpen: () => boolean = () => false,
  ) {
    this.backdrop = new PageStyles(doc, noBackdropRule('yomu-popup[data-yomu="popup"]'), 'popup-backdrop');
  }

  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** How many times a popup was shown (a user of a shared host knows whether the popup is still its own). */
  get showings(): number {
    return this.shown;
  }

  /**
   * Whether the popup shows: a host the page took out of the document (with its dialog or popover,
   * or a framework that renders `<html>`'s children again) shows nothing, and the next popup is
   * drawn in a new host (ensure).
   */
  get visible(): boolean {
    return !!this.host && this.host.isConnected && !this.host.hidden;
  }

  private ensure(): { host: HTMLElement; container: HTMLElement } {
    if (this.host?.isConnected && this.container) return { host: this.host, container: this.container };
    const host = htmlElement(this.doc, 'yomu-popup');
    host.setAttribute('data-yomu', 'popup');
    host.hidden = true;
    // Page style sheets cannot reach into the shadow root, but they can reach the host: pin what matters.
    for (const [name, value] of [
      ['position', 'fixed'],
      ['pointer-events', 'none'],
      ['z-index', '2147483647'],
      ['top', '0'],
      ['left', '0'],
      ['margin', '0'],
      ['padding', '0'],
      ['border', '0'],
      ['background', 'none'],
      // The browser's own look of a popover (its top-layer form, raise()), undone.
      ['overflow', 'visible'],
      ['right', 'auto'],
      ['bottom', 'auto'],
      ['width', 'auto'],
      ['height', 'auto'],
      // A page's rules for [popover] (a fade, a blur, a slide-in) reach the raised host: undone.
      ['opacity', '1'],
      ['filter', 'none'],
      ['visibility', 'visible'],
      ['clip-path', 'none'],
      ['mask', 'none'],
      ['box-shadow', 'none'],
      ['outline', 'none'],
      ['translate', 'none'],
      ['scale', 'none'],
      ['rotate', 'none'],
      ['transition', 'none'],
      ['animation', 'none'],
    ] as const) {
      host.style.setProperty(name, value, 'important');
    }
    const shadow = host.attachShadow({ mode: 'open' });
    const style = htmlElement(this.doc, 'style');
    style.textContent = popupCss;
    const container = htmlElement(this.doc, 'div');
    container.className = 'yomu-frame';
    // A click on a tab or button is ours: the page's own handlers (a menu closing on outside clicks) do not see it.
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu'])
      container.addEventListener(type, (e) => e.stopPropagation());
    shadow.append(style, container);
    uiParent(this.doc).append(host);
    this.host = host;
    this.container = container;
    return { host, container };
  }

  /**
   * Renders the popup and places it beside `word` (its client rects) in the lines' `writing`
   * mode, inside the viewport (placePopup): narrowed and cut to fit a small frame or window.
   * `pointer` (client px), when given, says which line of a word broken over two the reader points at.
   * Returns false when no place in the viewport shows a readable popup (Placement.unreadable: it
   * is shown as a sliver), true otherwise.
   */
  show(
    props: WordPopupProps,
    word: ArrayLike<Box>,
    look: { theme: Theme; fontSize: number },
    writing: WritingMode = 'horizontal',
    pointer?: { x: number; y: number },
    within?: Element,
  ): boolean {
    markOnce('popup-show');
    const { host, container } = this.ensure();
    // "system": the page's own scheme where it shows one.
    host.className = `yomu-${look.theme === 'system' ? pageColourScheme(this.doc) : look.theme}`;
    host.style.setProperty('--yomu-font-size', `${look.fontSize}px`);
    render(<WordPopup {...props} />, container);
    markOnce('popup-rendered');
    const popup = container.firstElementChild as HTMLElement | null;
    if (!popup) return true;
    // Measured uncut: the style sheet's own limit (the viewport's height) would hide what does not fit.
    popup.style.maxHeight = 'none';
    popup.style.maxWidth = '';
    host.removeAttribute('data-cut');
    host.removeAttribute('data-interactive');
    host.style.setProperty('transform', 'translate(-10000px, 0)', 'important');
    this.raise(host, within);
    host.hidden = false;
    // A word broken over two lines is placed beside its whole box, or, where that leaves the popup
    // cut or narrowed (a short frame), beside the line the pointer is on: the popup may then cover
    // the word's other line (the same word, which it explains), never the pointed part or the
    // words after it on its line.
    const whole = boxOf(word);
    const lines = lineBoxesOf(word, writing);
    const pointed = pointer && lines.length > 1 ? lines.find((l) => inBox(l, pointer.x, pointer.y)) : undefined;
    const anchors = whole ? [whole, ...(pointed ? [pointed] : [])] : [];
    /** Lays the popup out at a narrower width (off screen), measures, and puts the width back. */
    const atWidth = <T,>(width: number, measure: () => T): T => {
      popup.style.maxWidth = `${width}px`;
      const value = measure();
      popup.style.maxWidth = '';
      return value;
    };
    const heightAt = (width: number) => atWidth(width, () => popup.getBoundingClientRect().height);
    /** The best place beside any anchor: the first whole one, else the one showing the most. */
    const placed = (cut: boolean): { place: Placement; beside: Box | null } => {
      const size = popup.getBoundingClientRect();
      const readableAt = cut
        ? (width: number) => (width < size.width ? atWidth(width, () => readableHeight(popup)) : readableHeight(popup))
        : undefined;
      const popupSize = { width: size.width, height: size.height, heightAt, ...(readableAt ? { readableAt } : {}) };
      const shownArea = (p: Placement) =>
        (p.maxWidth ?? size.width) * Math.min(p.maxHeight ?? Infinity, p.maxWidth !== undefined ? heightAt(p.maxWidth) : size.height);
      let best: { place: Placement; beside: Box | null } = { place: { left: 8, top: 8, side: 'below' }, beside: null };
      for (const anchor of anchors) {
        const place = placePopup(anchor, popupSize, viewportOf(this.doc), writing);
        if (place.maxHeight === undefined && place.maxWidth === undefined) return { place, beside: anchor };
        if (!best.beside || shownArea(place) > shownArea(best.place)) best = { place, beside: anchor };
      }
      return best;
    };
    // The warm path: one layout, the popup whole beside its word.
    let { place, beside } = placed(false);
    // Not whole wherever it goes (cut, or narrowed and cut, on any side): laid out tighter, the
    // meaning first (word-popup.css), measured in that layout and placed again.
    if (place.maxHeight !== undefined) {
      host.setAttribute('data-cut', '');
      ({ place, beside } = placed(true));
    }
    this.placedBeside = beside;
    if (place.maxWidth !== undefined) popup.style.maxWidth = `${place.maxWidth}px`;
    if (place.maxHeight !== undefined) {
      // Cut between two lines of text, not through one (unless that leaves no whole line).
      const cut = endOnLine(popup, place.maxHeight);
      if (place.side === 'above') place = { ...place, top: place.top + place.maxHeight - cut };
      popup.style.maxHeight = `${cut}px`;
    } else popup.style.maxHeight = '';
    this.placedAt = { left: Math.round(place.left), top: Math.round(place.top) };
    host.style.setProperty('transform', `translate(${this.placedAt.left}px, ${this.placedAt.top}px)`, 'important');
    host.setAttribute('data-side', place.side);
    host.setAttribute('data-shown', String(++this.shown));
    this.revealSelected(props.selected);
    markOnce('popup-placed');
    return place.unreadable !== true;
  }

  /**
   * A word inside an open modal dialog or popover (`within`: the word's element) is drawn by the
   * browser in its top layer, above any z-index: the popup is put in the top layer too (a manual
   * popover, shown after the page's, so above them), else it would be drawn under the dialog whose
   * words it explains. So is a popup anywhere while the page has a dialog or popover open
   * (`pageTopLayerOpen`); elsewhere it is an ordinary fixed box. A top-layer box is laid out
   * against the viewport, whatever its DOM parent's transform or overflow. The check walks the
   * word's ancestors only (no search of the document on the hover's path).
   */
  private raise(host: HTMLElement, within?: Element): void {
    this.layer = within ? topLayerOf(within) : null;
    this.goHome(host);
    // Placed by viewport rects in its own px: the page's CSS zoom around it undone (css-zoom.ts).
    unzoom(host);
    if (!canEnterTopLayer(host)) return;
    if (this.layer || this.pageTopLayerOpen()) {
      this.backdrop.install();
      showOnTop(host);
    } else leaveTopLayer(host);
  }

  /**
   * While the popup takes the pointer, its host is inside the page's dialog or popover holding the
   * word (its last child): outside a modal dialog the page is inert (the popup's buttons would take
   * no click, and the click would fall through to the page's backdrop, which many pages close their
   * dialog on), and a click outside an auto popover's tree closes it (light dismiss). Inside, a
   * click in the popup is a click in the page's dialog or popover, which stays open; the click
   * itself stops in the popup (ensure). Only then: hovering alone leaves the page's DOM as it is
   * (a child more changes what the page's `:last-child` rules match). Where the host cannot be
   * drawn inside the element (it has a shadow root, or draws no children), it stays where it is.
   */
  private enterLayer(host: HTMLElement): void {
    const layer = this.layer;
    if (!layer || !layer.isConnected || host.parentNode === layer || !canHoldHost(layer) || !canEnterTopLayer(host)) return;
    // Moved, an open popover is hidden by the browser: shown again at once, above the page's.
    layer.append(host);
    unzoom(host);
    showOnTop(host);
  }

  /** The host back under the document element (out of the page's dialog or popover), in the top layer if it was. */
  private goHome(host: HTMLElement): void {
    const home = uiParent(this.doc);
    if (!host.isConnected || host.parentNode === home) return;
    const raised = host.hasAttribute('popover');
    home.append(host);
    unzoom(host);
    if (raised && !host.hidden) showOnTop(host);
  }

  /**
   * Shows the popup again above what has just entered the top layer (a dialog or popover the page
   * opened while the popup shows), in the top layer from where it is in the DOM. Nothing while it
   * is hidden or where the browser has no popovers.
   */
  raiseAgain(): void {
    if (!this.host || !this.visible || !canEnterTopLayer(this.host)) return;
    this.backdrop.install();
    showOnTop(this.host);
  }

  /** The box the shown popup was placed beside (the word's, or one line's of a word broken over two), else null. */
  besideBox(): Box | null {
    return this.visible ? this.placedBeside : null;
  }

  /** The popup's box in client px while it is shown, else null. */
  box(): DOMRect | null {
    if (!this.visible) return null;
    const popup = this.container?.firstElementChild;
    return popup ? popup.getBoundingClientRect() : null;
  }

  /** Lets the pointer into the popup (its tabs and buttons take clicks) or through it to the page. */
  set interactive(on: boolean) {
    if (!this.host) return;
    if (on) {
      this.host.setAttribute('data-interactive', '');
      if (this.visible) this.enterLayer(this.host);
    } else {
      this.host.removeAttribute('data-interactive');
      this.goHome(this.host);
    }
  }

  get interactive(): boolean {
    return !!this.host?.hasAttribute('data-interactive');
  }

  /** Re-renders in place (a new selected entry, a notice). */
  update(props: WordPopupProps): void {
    if (!this.container || !this.visible) return;
    const before = this.container.firstElementChild?.getBoundingClientRect();
    render(<WordPopup {...props} />, this.container);
    if (before) this.keepBesideWord(before);
    this.revealSelected(props.selected);
  }

  /**
   * After a redraw in place changed the popup's height (an entry J/K stepped to shown whole, where
   * the popup is not placed again: drawn for a frame in the top page, or the pointer in it): one
   * above its word keeps its bottom where it was, so that it never grows down over the word, and
   * is cut (it scrolls) at the viewport's top; one below it is cut at the viewport's bottom.
   */
  private keepBesideWord(before: DOMRect): void {
    const host = this.host;
    const popup = this.container?.firstElementChild as HTMLElement | null | undefined;
    if (!host || !popup) return;
    const after = popup.getBoundingClientRect();
    if (Math.abs(after.height - before.height) < 0.5) return;
    const side = host.getAttribute('data-side');
    if (side === 'above') {
      let top = before.bottom - after.height;
      if (top < MARGIN) {
        popup.style.maxHeight = `${Math.max(0, before.bottom - MARGIN)}px`;
        top = MARGIN;
      }
      this.placedAt = { left: this.placedAt.left, top: Math.round(this.placedAt.top + top - after.top) };
      host.style.setProperty('transform', `translate(${this.placedAt.left}px, ${this.placedAt.top}px)`, 'important');
    } else if (side === 'below') {
      const room = viewportOf(this.doc).height - MARGIN - after.top;
      if (after.height > room) popup.style.maxHeight = `${Math.max(0, room)}px`;
    }
  }

  /**
   * Scrolls a popup cut to fit (a small window or frame) so that the entry J/K selected is in
   * view: its top, or as much of it as fits from there. Only when the selection changed (a popup
   * the reader scrolled is left where it is when a notice redraws it); only the popup scrolls,
   * never the page.
   */
  private revealSelected(index: number): void {
    if (index === this.revealed) return;
    this.revealed = index;
    const popup = this.container?.firstElementChild as HTMLElement | null | undefined;
    const selected = popup?.querySelector<HTMLElement>('.yomu-selected');
    if (!popup || !selected || popup.scrollHeight <= popup.clientHeight) return;
    const box = popup.getBoundingClientRect();
    const entry = selected.getBoundingClientRect();
    if (entry.top < box.top) popup.scrollTop -= box.top - entry.top;
    else if (entry.bottom > box.bottom) popup.scrollTop += Math.min(entry.bottom - box.bottom, entry.top - box.top);
  }

  hide(): void {
    if (this.host && !this.host.hidden) {
      this.host.hidden = true;
      leaveTopLayer(this.host);
      this.goHome(this.host);
      this.layer = null;
      this.host.removeAttribute('data-side');
      this.host.removeAttribute('data-interactive');
    }
  }

  dispose(): void {
    this.backdrop.remove();
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = undefined;
    this.container = undefined;
  }
}

/**
 * The viewport's size in CSS px without its scroll bars (CSSOM: the root's client size, or in
 * quirks mode the body's), falling back to the window's inner size (scroll bars included).
 */
function viewportOf(doc: Document): { width: number; height: number } {
  const win = doc.defaultView!;
  const root = doc.compatMode === 'BackCompat' && doc.body ? doc.body : doc.documentElement;
  return { width: root.clientWidth || win.innerWidth, height: root.clientHeight || win.innerHeight };
}

/**
 * The least height (px) of the popup, as laid out now, that shows its header (the word's line)
 * and the first line of what it means: the first line of its first sense, "no entry" or error
 * message, glossary explanation, name or kanji meanings, whichever comes first, then its padding
 * and border below. Its whole height when it holds none of these. Line boxes from the computed
 * line-height (px; "normal" taken as 1.2 × the font size).
 */
function readableHeight(popup: HTMLElement): number {
  const top = popup.getBoundingClientRect().top;
  let bottom = Infinity;
  const meaning = popup.querySelectorAll<HTMLElement>(
    '.yomu-sense, .yomu-no-entry, .yomu-error, .yomu-gc-explanation, .yomu-name-list > li, .yomu-kanji-head',
  );
  for (const el of meaning) {
    const r = el.getBoundingClientRect();
    if (r.height === 0) continue;
    const style = getComputedStyle(el);
    const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
    bottom = Math.min(bottom, r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + line);
  }
  const whole = popup.getBoundingClientRect().height;
  if (bottom === Infinity) return whole;
  const style = getComputedStyle(popup);
  return Math.min(whole, Math.ceil(bottom - top + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth)));
}

/**
 * The share of a text's glyph box (its font's ascent + descent) above and below its ink: CJK
 * fonts' boxes (Noto Sans CJK: 1.16 + 0.29 em) are taller than the popup's lines (1.3 em) and
 * overlap the next line's; kanji ink starts about 0.2 em below the box's top, a Latin descender
 * ends about 0.1 em above its bottom.
 */
const INK_TOP = 0.12;
const INK_BOTTOM = 0.05;

/**
 * A cut height (px) for the popup moved up, if need be, to fall between two lines of its text
 * rather than through one: the lowest edge at most `height` px down that no line's glyph box
 * crosses (the popup's bottom border below it). `height` as given when that edge would leave no
 * whole line of text showing (a sliver: better part of a line than an empty box).
 */
function endOnLine(popup: HTMLElement, height: number): number {
  const box = popup.getBoundingClientRect();
  const border = parseFloat(getComputedStyle(popup).borderBottomWidth) || 0;
  const edge = box.top + height - border;
  const lines: { top: number; bottom: number }[] = [];
  const walker = popup.ownerDocument.createTreeWalker(popup, NodeFilter.SHOW_TEXT);
  const range = popup.ownerDocument.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    if (node.parentElement?.closest('.yomu-visually-hidden')) continue;
    for (const r of range.getClientRects())
      if (r.height > 0 && r.top < edge) lines.push({ top: r.top + INK_TOP * r.height, bottom: r.bottom - INK_BOTTOM * r.height });
  }
  const crosses = (y: number) => lines.some((l) => l.top < y - 0.5 && l.bottom > y + 0.5);
  // The cut edge, else the top of a line above it, lowest first.
  const y = [edge, ...lines.map((l) => l.top).sort((a, b) => b - a)].find((top) => top <= edge && !crosses(top));
  if (y === undefined || !lines.some((l) => l.bottom <= y + 0.5)) return height;
  return Math.floor(y - box.top + border);
}
