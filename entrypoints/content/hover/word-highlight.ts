/**
 * Marks the hovered word without touching the page's DOM: the CSS Custom Highlight API paints
 * its range, styled by a `::highlight()` rule in a constructed style sheet adopted by the
 * document (no node added; a marked <style> only where a content script cannot adopt one).
 */
export const HOVER_HIGHLIGHT = 'yomu-hover';

const RULES = `::highlight(${HOVER_HIGHLIGHT}) { background-color: rgb(255 200 0 / 0.42); }`;

export class WordHighlight {
  private sheet: CSSStyleSheet | undefined;
  private styleElement: HTMLStyleElement | undefined;
  private readonly win: Window & typeof globalThis;

  constructor(private readonly doc: Document) {
    this.win = doc.defaultView as Window & typeof globalThis;
  }

  private get supported(): boolean {
    return typeof this.win.Highlight === 'function' && typeof this.win.CSS !== 'undefined' && 'highlights' in this.win.CSS;
  }

  show(range: Range): void {
    if (!this.supported) return;
    if (!this.sheet && !this.styleElement) {
      try {
        const sheet = new this.win.CSSStyleSheet();
        sheet.replaceSync(RULES);
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
        this.sheet = sheet;
      } catch {
        // Some content-script worlds (Firefox's Xray wrappers) refuse a constructed sheet: a marked <style>.
        const style = this.doc.createElement('style');
        style.setAttribute('data-yomu', 'hover-style');
        style.textContent = RULES;
        (this.doc.head ?? this.doc.documentElement).append(style);
        this.styleElement = style;
      }
    }
    this.win.CSS.highlights.set(HOVER_HIGHLIGHT, new this.win.Highlight(range));
  }

  clear(): void {
    if (this.supported) this.win.CSS.highlights.delete(HOVER_HIGHLIGHT);
  }

  dispose(): void {
    this.clear();
    this.styleElement?.remove();
    this.styleElement = undefined;
    const sheet = this.sheet;
    this.sheet = undefined;
    if (sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
