import { afterEach, describe, expect, test } from 'vitest';
import { FLASH_HIGHLIGHT, GlossaryHighlights, UNDERLINE_HIGHLIGHT } from '../../../../entrypoints/content/glossary/glossary-highlights';

function rangeOver(node: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

function ourRules(): number {
  return document.adoptedStyleSheets.filter((s) => Array.from(s.cssRules).some((r) => r.cssText.includes(UNDERLINE_HIGHLIGHT))).length;
}

afterEach(() => {
  document.body.innerHTML = '';
  CSS.highlights.clear();
  document.adoptedStyleSheets = [];
});

describe('GlossaryHighlights', () => {
  test('underlines the ranges through an adopted sheet, adding no node, and takes out only its own sheet', () => {
    document.body.innerHTML = '<p>国連とNATOの会議</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('p { color: black; }');
    document.adoptedStyleSheets = [pageSheet];
    const before = document.documentElement.outerHTML;

    const highlights = new GlossaryHighlights(document);
    highlights.setUnderlines([rangeOver(text, 0, 2), rangeOver(text, 3, 7)]);
    expect(CSS.highlights.get(UNDERLINE_HIGHLIGHT)!.size).toBe(2);
    expect(ourRules()).toBe(1);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(document.documentElement.outerHTML).toBe(before);
    // The ::highlight rule paints: the underline style is what the page computes for it.
    expect(getComputedStyle(document.querySelector('p')!, `::highlight(${UNDERLINE_HIGHLIGHT})`).textDecorationLine).toBe('underline');

    highlights.setUnderlines([]);
    expect(CSS.highlights.has(UNDERLINE_HIGHLIGHT)).toBe(false);
    expect(ourRules()).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  test('a flash lasts its time, above the underlines, then goes with its sheet', async () => {
    document.body.innerHTML = '<p>制裁の話</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const highlights = new GlossaryHighlights(document);
    highlights.flash(rangeOver(text, 0, 2), 60);
    const flash = CSS.highlights.get(FLASH_HIGHLIGHT)!;
    expect(flash.size).toBe(1);
    expect(flash.priority).toBeGreaterThan(0);
    expect(ourRules()).toBe(1);
    await new Promise((r) => setTimeout(r, 120));
    expect(CSS.highlights.has(FLASH_HIGHLIGHT)).toBe(false);
    expect(ourRules()).toBe(0);
  });

  test('dispose clears everything', () => {
    document.body.innerHTML = '<p>制裁の話</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const highlights = new GlossaryHighlights(document);
    highlights.setUnderlines([rangeOver(text, 0, 2)]);
    highlights.flash(rangeOver(text, 0, 2));
    highlights.dispose();
    expect(CSS.highlights.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});
