/** The hovered word's highlight in a real page: painted by the Custom Highlight API, no node added. */
import { afterEach, describe, expect, test } from 'vitest';
import { HOVER_HIGHLIGHT, WordHighlight } from '../../../../entrypoints/content/hover/word-highlight';

afterEach(() => {
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

describe('the hover highlight', () => {
  test('highlights exactly the range, adds no node, and clears', () => {
    document.body.innerHTML = '<p id="p">西側の制裁を受けた。</p>';
    const pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('p { color: rgb(1, 2, 3); }');
    document.adoptedStyleSheets = [pageSheet];
    const before = document.documentElement.outerHTML;
    const text = document.getElementById('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 3);
    range.setEnd(text, 5);
    const highlight = new WordHighlight(document);
    highlight.show(range);
    const painted = CSS.highlights.get(HOVER_HIGHLIGHT)!;
    expect(Array.from(painted as unknown as Iterable<Range>).map((r) => r.toString())).toEqual(['制裁']);
    expect(document.documentElement.outerHTML).toBe(before);
    const rules = document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText));
    expect(rules.some((r) => r.includes(`::highlight(${HOVER_HIGHLIGHT})`))).toBe(true);
    highlight.clear();
    expect(CSS.highlights.has(HOVER_HIGHLIGHT)).toBe(false);
    highlight.dispose();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });
});
