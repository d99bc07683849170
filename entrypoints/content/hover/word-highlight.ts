/**
 * Marks the hovered word without touching the page's DOM: the CSS Custom Highlight API paints
 * its range, styled by a `::highlight()` rule in a constructed style sheet adopted by the
 * document (no node added; a marked <style> only where a content script cannot adopt one).
 */
import { PageStyles } from '../page-styles';
export const HOVER_HIGHLIGHT = 'yomu-hover';

const RULES = `::highlight(${HOVER_HIGHLIGHT}) { background-color: rgb(255 200 0 / 0.42); }`;

export class WordHighlight {
  private readonly styles: PageStyles;
  private readonly win: Window & typeof globalThis;

  constructor(doc: Document) {
    this.win = doc.defaultView as Window & typeof globalThis;
    this.styles = new PageStyles(doc, RULES, 'hover-style');
  }

  private get supported(): boolean {
    return typeof this.win.Highlight === 'function' && typeof this.win.CSS !== 'undefined' && 'highlights' in this.win.CSS;
  }

  show(range: Range): void {
    if (!this.supported) return;
    this.styles.install();
    this.win.CSS.highlights.set(HOVER_HIGHLIGHT, new this.win.Highlight(range));
  }

  clear(): void {
    if (this.supported) this.win.CSS.highlights.delete(HOVER_HIGHLIGHT);
  }

  dispose(): void {
    this.clear();
    this.styles.remove();
  }
}
