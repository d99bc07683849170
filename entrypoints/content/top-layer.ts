/**
 * The browser's top layer: an open modal `<dialog>` or popover is drawn above every z-index of
 * the page. What we draw over such an element (its readings, the hover popup of a word in it)
 * goes into the top layer too, as a manual popover of ours shown after the page's.
 */
import { shadowRootOf } from './shadow-root';

/** Whether `el` is an open modal dialog or open popover (false where the browser has no such selectors). */
export function opensTopLayer(el: Element): boolean {
  if (el.localName !== 'dialog' && !el.hasAttribute('popover')) return false;
  try {
    return el.matches(':modal, :popover-open');
  } catch {
    return false;
  }
}

/**
 * The open modal dialog or popover nearest around `el` (`el` itself included): its ancestors,
 * crossed out of shadow roots. Null when `el` is in none.
 */
export function topLayerOf(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    if (opensTopLayer(at)) return at;
  }
  return null;
}

/** Elements whose children are never drawn (replaced or void elements). */
const DRAWS_NO_CHILDREN = new Set([
  'img',
  'input',
  'textarea',
  'select',
  'video',
  'audio',
  'iframe',
  'canvas',
  'object',
  'embed',
  'br',
  'hr',
]);

/**
 * Whether a host of ours appended to `el` is drawn (so that it can go inside a dialog or popover
 * of the page): an HTML element that draws its children and has no shadow root of its own (whose
 * slots would leave our host out), open or closed (shadow-root.ts).
 */
export function canHoldHost(el: Element): boolean {
  return el.namespaceURI === 'http://www.w3.org/1999/xhtml' && !DRAWS_NO_CHILDREN.has(el.localName) && !shadowRootOf(el);
}

/** Whether this browser has popovers (a way for us into the top layer). */
export function canEnterTopLayer(host: HTMLElement): boolean {
  return typeof host.showPopover === 'function';
}

/**
 * Puts our `host` (a manual popover) on top of the top layer: shown again, so that it comes after
 * whatever the page has opened since.
 */
export function showOnTop(host: HTMLElement): void {
  host.setAttribute('popover', 'manual');
  if (host.matches(':popover-open')) host.hidePopover();
  host.showPopover();
}

/** Takes our `host` out of the top layer (an ordinary element again). */
export function leaveTopLayer(host: HTMLElement): void {
  if (!host.hasAttribute('popover')) return;
  if (host.matches(':popover-open')) host.hidePopover();
  host.removeAttribute('popover');
}

/**
 * The rule that keeps the page's `::backdrop` rules (a dark veil for its dialogs, which reach
 * every element of the top layer) off our hosts matching `selector`.
 */
export function noBackdropRule(selector: string): string {
  return `${selector}::backdrop { display: none !important; }`;
}

/** What the page puts into or takes out of the top layer, as `PageTopLayer` reports it. */
export interface TopLayerChange {
  /** The dialog or popover opened or closed (the page's, or a host of ours other than the watcher's own). */
  element: Element;
  opened: boolean;
  /** An open modal dialog: everything else in the page is inert while it is open. */
  modal: boolean;
}

/**
 * Follows the page's top layer: which of its modal dialogs and popovers are open, from one query
 * when started and their `toggle` events after that (fired on popovers, and on dialogs in
 * Chromium ≥ 132 and Firefox ≥ 133), heard in the capture phase on the window (toggle does not
 * bubble). Our own hosts (data-yomu) are not the page's: they are never counted as open, and
 * the one named by `ignore` is not reported either (a host re-shown by us is not news to us).
 */
export class PageTopLayer {
  private readonly open = new Set<Element>();

  constructor(
    private readonly doc: Document,
    private readonly onChange: (change: TopLayerChange) => void,
    private readonly ignore: () => Element | undefined,
  ) {}

  /** Starts (again, after document.open() erased the window's listeners): the open ones found anew. */
  start(): void {
    this.open.clear();
    try {
      for (const el of this.doc.querySelectorAll(':modal, :popover-open')) if (!el.hasAttribute('data-yomu')) this.open.add(el);
    } catch {
      // A browser without these selectors has no top layer to follow.
    }
    this.doc.defaultView?.addEventListener('toggle', this.onToggle, { capture: true, passive: true });
  }

  stop(): void {
    this.open.clear();
    this.doc.defaultView?.removeEventListener('toggle', this.onToggle, { capture: true });
  }

  /** Whether the page has a modal dialog or popover open now (those taken out of the document or closed since are dropped). */
  anyOpen(): boolean {
    for (const el of this.open) if (!el.isConnected || !opensTopLayer(el)) this.open.delete(el);
    return this.open.size > 0;
  }

  private readonly onToggle = (event: Event): void => {
    const el = event.target as Element | null;
    if (!el || el.nodeType !== Node.ELEMENT_NODE || el === this.ignore()) return;
    const opened = (event as ToggleEvent).newState === 'open';
    const ours = el.hasAttribute('data-yomu');
    if (opened && !ours) this.open.add(el);
    else this.open.delete(el);
    let modal = false;
    try {
      modal = opened && el.matches(':modal');
    } catch {
      modal = false;
    }
    this.onChange({ element: el, opened, modal });
  };
}
