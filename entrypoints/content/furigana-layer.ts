/**
 * The reading layer: where furigana is drawn, outside the page's own tree. One
 * `<yomu-furigana data-yomu="furigana">` host appended to the document element (not to body,
 * where apps mount and hydrate), absolutely placed at the document's origin with no size and no
 * stacking context of its own, so that each block's group of readings takes its place in the
 * page's root stacking order. Its open shadow root holds one group per block; each reading is a
 * span with `data-base` (the base text it stands over) and `data-reading` (the reading shown),
 * drawn by `::before { content: attr(data-reading) }`: no text node, so find-in-page, copy and
 * screen readers see only the page's words. Nothing in it takes the pointer or a selection.
 */
import { htmlElement, uiParent } from './ui-root';
import { PageStyles } from './page-styles';
import { canEnterTopLayer, noBackdropRule, showOnTop } from './top-layer';
import { unzoom } from './css-zoom';

export const LAYER_TAG = 'yomu-furigana';

/** The host's own style, inline and important so that no page rule moves or shows it otherwise. */
const HOST_STYLE = [
  'position:absolute',
  'top:0',
  'left:0',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:0',
  'z-index:auto',
  'display:block',
  'overflow:visible',
  'pointer-events:none',
  'user-select:none',
  '-webkit-user-select:none',
  'visibility:visible',
  'opacity:1',
  'transform:none',
  'filter:none',
  'contain:none',
]
  .map((d) => `${d} !important`)
  .join(';');

const SHADOW_CSS = `
  /* Containment: a group's change is laid out alone, not up through the document element. */
  .g { position: absolute; left: 0; top: 0; width: 0; height: 0; contain: size layout style; }
  .g.fixed { position: fixed; }
  .g[hidden] { display: none; }
  /* The readings of a group, moved as one by shift() while its scroll container scrolls. */
  .s { position: absolute; left: 0; top: 0; width: 0; height: 0; }
  span {
    position: absolute; white-space: nowrap; line-height: 1; transform-origin: 0 0;
    font-weight: normal; font-style: normal; letter-spacing: 0; word-spacing: 0; text-decoration: none;
    text-transform: none; text-shadow: none; font-feature-settings: normal; font-kerning: normal;
    pointer-events: none; user-select: none; -webkit-user-select: none;
  }
  span::before { content: attr(data-reading); }
  /* A guessed reading (KANJIDIC2's, for a kanji nothing else reads): fainter, underlined with dots. */
  span[data-uncertain] { opacity: 0.7; text-decoration: underline dotted; text-underline-offset: 0.15em; }
  .v span { writing-mode: vertical-rl; text-orientation: mixed; }
`;

/** A rectangle in the group's coordinates (px). */
export interface LayerRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One reading to draw: its box's top-left corner in the group's coordinates (px). */
export interface DrawnReading {
  base: string;
  reading: string;
  /** Which piece of a reading cut across lines, as "k/n" (1-based); absent for a whole reading. */
  part?: string;
  /** A guess (a kanji only KANJIDIC2 could read): drawn fainter and dotted, and marked `data-uncertain`. */
  uncertain?: true;
  left: number;
  top: number;
  fontSize: number;
  /** Condensing along the line (1: none). */
  scale: number;
}

/** How a block's group is drawn. */
export interface GroupLook {
  /** In viewport coordinates (a block inside a `position:fixed` ancestor), else document coordinates. */
  fixed: boolean;
  /**
   * The block is in an open modal dialog or popover, which the browser draws in its top layer,
   * above any z-index: its group is drawn in a layer of ours in the top layer too.
   */
  topLayer?: boolean;
  /** The z-index of the outermost ancestor that forms a stacking context with one, else 'auto'. */
  zIndex: string;
  /** Where the block's text is visible, in the group's coordinates; undefined: nowhere clipped. */
  clip?: LayerRect;
  vertical: boolean;
  color: string;
  fontFamily: string;
}

export class FuriganaLayer {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  /** The layer for blocks in the page's top layer (raiseTop()), made when one is first drawn. */
  private top: { host: HTMLElement; root: ShadowRoot; backdrop: PageStyles } | undefined;

  constructor(private readonly doc: Document) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** A layer's host with its shadow root and style sheet, not in the page yet. */
  private makeHost(style: string): { host: HTMLElement; root: ShadowRoot } {
    const host = htmlElement(this.doc, LAYER_TAG);
    host.setAttribute('data-yomu', 'furigana');
    host.setAttribute('aria-hidden', 'true');
    host.setAttribute('style', style);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = htmlElement(this.doc, 'style');
    sheet.textContent = SHADOW_CSS;
    root.append(sheet);
    return { host, root };
  }

  /** Creates the host, or puts it back if the page took it out. */
  attach(): void {
    if (!this.host) ({ host: this.host, root: this.root } = this.makeHost(HOST_STYLE));
    const parent = uiParent(this.doc);
    if (this.host.parentNode !== parent) parent.append(this.host);
    unzoom(this.host);
  }

  /**
   * The layer's origin in viewport coordinates: subtract it from a viewport point to get document
   * coordinates. Read at the start of a slice: the layer first undoes the page's CSS zoom on the
   * document element (css-zoom.ts), if it changed, so that its px are the viewport's.
   */
  origin(): { x: number; y: number } {
    if (this.host?.isConnected) unzoom(this.host);
    if (this.top?.host.isConnected) unzoom(this.top.host);
    const r = this.host?.getBoundingClientRect();
    return { x: r?.left ?? 0, y: r?.top ?? 0 };
  }

  createGroup(): HTMLElement {
    this.attach();
    const group = htmlElement(this.doc, 'div');
    group.className = 'g';
    group.hidden = true;
    this.root!.append(group);
    return group;
  }

  /** Replaces a group's readings and look. */
  draw(group: HTMLElement, look: GroupLook, readings: readonly DrawnReading[]): void {
    group.className = `g${look.fixed ? ' fixed' : ''}${look.vertical ? ' v' : ''}`;
    const root = look.topLayer && readings.length > 0 ? this.raiseTop() : this.root;
    if (root && group.parentNode !== root) root.append(group);
    const style = group.style;
    style.zIndex = look.zIndex;
    style.color = look.color;
    style.fontFamily = look.fontFamily;
    const c = look.clip;
    style.clipPath = c
      ? `polygon(${c.left}px ${c.top}px, ${c.right}px ${c.top}px, ${c.right}px ${c.bottom}px, ${c.left}px ${c.bottom}px)`
      : '';
    const spans: HTMLElement[] = [];
    for (const r of readings) {
      const span = htmlElement(this.doc, 'span');
      span.setAttribute('data-base', r.base);
      span.setAttribute('data-reading', r.reading);
      if (r.part) span.setAttribute('data-part', r.part);
      if (r.uncertain) span.setAttribute('data-uncertain', '');
      const squeeze =
        r.scale < 0.999 ? (look.vertical ? `transform:scaleY(${r.scale.toFixed(3)})` : `transform:scaleX(${r.scale.toFixed(3)})`) : '';
      span.setAttribute('style', `left:${r.left.toFixed(2)}px;top:${r.top.toFixed(2)}px;font-size:${r.fontSize.toFixed(2)}px;${squeeze}`);
      spans.push(span);
    }
    const inner = htmlElement(this.doc, 'div');
    inner.className = 's';
    inner.append(...spans);
    group.replaceChildren(inner);
    group.hidden = readings.length === 0;
  }

  /**
   * Moves a group's readings by (dx, dy) px from where they were drawn, its clip staying put: a
   * write only, done in the scroll event of the block's scroll container, so that the readings
   * move in the frame the text moves, before the block is measured again.
   */
  shift(group: HTMLElement, dx: number, dy: number): void {
    const inner = group.firstElementChild as HTMLElement | null;
    if (inner) inner.style.transform = dx === 0 && dy === 0 ? '' : `translate(${dx}px, ${dy}px)`;
  }

  /** Number of readings in a group. */
  count(group: HTMLElement): number {
    return group.firstElementChild?.childElementCount ?? 0;
  }

  /** Hides a group at once (its text changed: never a stale reading over new text). */
  hide(group: HTMLElement): void {
    group.hidden = true;
  }

  /** Empties a group (its block went far from the viewport). */
  clear(group: HTMLElement): void {
    group.replaceChildren();
    group.hidden = true;
  }

  remove(group: HTMLElement): void {
    group.remove();
  }

  /**
   * The top-layer layer, shown again after whatever the page has opened since (a manual popover
   * shown last is drawn above the page's dialog). Its backdrop, which the page's `::backdrop`
   * rules would paint, is never drawn. Where the browser has no popovers, the ordinary layer's
   * root: the groups stay under the dialog.
   */
  private raiseTop(): ShadowRoot | undefined {
    if (!this.top) {
      if (!canEnterTopLayer(this.doc.documentElement as HTMLElement)) return this.root;
      const fixed = `${HOST_STYLE};position:fixed !important;right:auto !important;bottom:auto !important;background:none !important`;
      const backdrop = new PageStyles(this.doc, noBackdropRule(`${LAYER_TAG}[data-yomu="furigana"]`), 'furigana-backdrop');
      backdrop.install();
      this.top = { ...this.makeHost(fixed), backdrop };
    }
    const { host, root } = this.top;
    if (!host.isConnected) uiParent(this.doc).append(host);
    unzoom(host);
    showOnTop(host);
    return root;
  }

  /** Takes the layer out of the page. */
  destroy(): void {
    if (this.top) {
      this.top.host.remove();
      this.top.backdrop.remove();
      this.top = undefined;
    }
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
  }
}
