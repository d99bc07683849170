/**
 * Style rules our content script needs in the page's own document (`::highlight()` rules for
 * the Custom Highlight API cannot live in a shadow root). A constructed sheet adopted by the
 * document adds no node to the page; where a content-script world refuses one (Firefox's Xray
 * wrappers), a `<style>` marked with data-yomu is the fallback. Removing takes out only ours.
 */
export class PageStyles {
  private sheet: CSSStyleSheet | undefined;
  private styleElement: HTMLStyleElement | undefined;

  constructor(
    /** The document, or an open shadow root whose tree the rules are for. */
    private readonly doc: Document | ShadowRoot,
    private rules: string,
    /** The data-yomu value of the fallback <style>. */
    private readonly mark: string,
  ) {}

  /**
   * Adopts the rules, or puts them back where the page took them out since: a page that assigns
   * `document.adoptedStyleSheets` a list of its own (as many components do) drops ours, and a
   * framework that renders <head> again drops our <style>.
   */
  install(): void {
    if (this.sheet) {
      if (!this.doc.adoptedStyleSheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      return;
    }
    if (this.styleElement) {
      if (!this.styleElement.isConnected) this.appendStyle(this.styleElement);
      return;
    }
    const owner = this.doc.nodeType === Node.DOCUMENT_NODE ? (this.doc as Document) : this.doc.ownerDocument!;
    const win = owner.defaultView as Window & typeof globalThis;
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(this.rules);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      const style = owner.createElement('style');
      style.setAttribute('data-yomu', this.mark);
      style.textContent = this.rules;
      this.appendStyle(style);
      this.styleElement = style;
    }
  }

  private appendStyle(style: HTMLStyleElement): void {
    if (this.doc.nodeType === Node.DOCUMENT_NODE) {
      const owner = this.doc as Document;
      (owner.head ?? owner.documentElement).append(style);
    } else this.doc.append(style);
  }

  /** Changes the rules in place (the same sheet or <style>: nothing is taken out of the page meanwhile). */
  replace(rules: string): void {
    this.rules = rules;
    if (this.sheet) this.sheet.replaceSync(rules);
    if (this.styleElement) this.styleElement.textContent = rules;
  }

  remove(): void {
    this.styleElement?.remove();
    this.styleElement = undefined;
    const sheet = this.sheet;
    this.sheet = undefined;
    // Others (the page, our other features) may have adopted sheets since: take out only ours.
    if (sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
