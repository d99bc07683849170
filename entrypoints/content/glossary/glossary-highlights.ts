/**
 * Marks glossary terms in the page without touching its DOM: the CSS Custom Highlight API
 * (`CSS.highlights`) paints ranges, styled by `::highlight()` rules in a constructed style
 * sheet adopted by the document (adding no node to the page). A subtle dotted underline for
 * every term; a brief background flash for the occurrence the reader jumped to.
 */
import { PageStyles } from '../page-styles';

export const UNDERLINE_HIGHLIGHT = 'yomu-glossary';
export const FLASH_HIGHLIGHT = 'yomu-glossary-flash';
export const FLASH_MS = 1600;

const RULES = `
::highlight(${UNDERLINE_HIGHLIGHT}) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: rgb(40 110 200 / 0.75);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}
::highlight(${FLASH_HIGHLIGHT}) {
  background-color: rgb(255 196 0 / 0.6);
}
`;

/** Whether this browser can paint custom highlights. */
export function highlightsSupported(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export class GlossaryHighlights {
  private readonly styles: PageStyles;
  private underlines: Highlight | undefined;
  private flashing: Highlight | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly win: Window & typeof globalThis;

  constructor(doc: Document) {
    this.win = doc.defaultView as Window & typeof globalThis;
    this.styles = new PageStyles(doc, RULES, 'glossary-style');
  }

  get supported(): boolean {
    return highlightsSupported(this.win);
  }

  /** Underlines exactly these ranges (replacing the previous ones); none clears them. */
  setUnderlines(ranges: readonly Range[]): void {
    if (!this.supported) return;
    if (ranges.length === 0) {
      this.win.CSS.highlights.delete(UNDERLINE_HIGHLIGHT);
      this.underlines = undefined;
      this.sync();
      return;
    }
    this.ensureSheet();
    this.underlines = new this.win.Highlight(...ranges);
    this.win.CSS.highlights.set(UNDERLINE_HIGHLIGHT, this.underlines);
  }

  /** Highlights one range briefly (the occurrence the reader jumped to). */
  flash(range: Range, ms = FLASH_MS): void {
    if (!this.supported) return;
    this.ensureSheet();
    this.flashing = new this.win.Highlight(range);
    this.flashing.priority = 1;
    this.win.CSS.highlights.set(FLASH_HIGHLIGHT, this.flashing);
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.endFlash(), ms);
  }

  /** Removes every highlight and our style sheet. */
  dispose(): void {
    this.setUnderlines([]);
    this.endFlash();
  }

  private endFlash(): void {
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    if (this.flashing && this.supported) this.win.CSS.highlights.delete(FLASH_HIGHLIGHT);
    this.flashing = undefined;
    this.sync();
  }

  /** The sheet stays only while something is painted. */
  private sync(): void {
    if (!this.underlines && !this.flashing) this.removeSheet();
  }

  private ensureSheet(): void {
    this.styles.install();
  }

  private removeSheet(): void {
    this.styles.remove();
  }
}
