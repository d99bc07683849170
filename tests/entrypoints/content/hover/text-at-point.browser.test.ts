/**
 * The text under the pointer in a real page (Vitest browser mode, Debian's Chromium): the
 * character the point is on, as an offset in the block's text read through our furigana, with
 * ruby present and absent; readings map to their base; blank space and fields give nothing.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { textAtPoint } from '../../../../entrypoints/content/hover/text-at-point';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Centre of the `index`-th character of the text node `node`. */
function centreOf(node: Text, index: number): { x: number; y: number } {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  const r = range.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const SENTENCE = '同盟の基盤は徐々に築かれ、NATOと対立した。';

/** The same sentence as our annotator leaves it: 同盟 and 基盤 and 築 with readings. */
const FURIGANA_HTML =
  '<p id="p" style="font-size:24px"><yomu-text data-yomu="text"><ruby data-yomu="ruby">同盟<rt data-yomu="rt">どうめい</rt></ruby>の<ruby data-yomu="ruby">基盤<rt data-yomu="rt">きばん</rt></ruby>は<ruby data-yomu="ruby">徐々<rt data-yomu="rt">じょじょ</rt></ruby>に<ruby data-yomu="ruby">築<rt data-yomu="rt">きず</rt></ruby>かれ、NATOと<ruby data-yomu="ruby">対立<rt data-yomu="rt">たいりつ</rt></ruby>した。</yomu-text></p>';

describe.each([
  ['without ruby', `<p id="p" style="font-size:24px">${SENTENCE.slice(0, 6)}<b>${SENTENCE.slice(6, 12)}</b>${SENTENCE.slice(12)}</p>`],
  ['with our furigana', FURIGANA_HTML],
])('text at point, %s', (_label, html) => {
  test('every character of the sentence maps to its offset in the block text (readings left out)', () => {
    document.body.innerHTML = html;
    const p = document.getElementById('p')!;
    const nodes = textNodes(p).filter((n) => !n.parentElement!.closest('rt'));
    expect(nodes.map((n) => n.data).join('')).toBe(SENTENCE);
    let offset = 0;
    for (const node of nodes) {
      for (let i = 0; i < node.data.length; i++, offset++) {
        const { x, y } = centreOf(node, i);
        const hit = textAtPoint(document, x, y);
        expect(hit, `character ${offset} (${SENTENCE[offset]})`).not.toBeNull();
        expect(hit!.block.text).toBe(SENTENCE);
        expect(hit!.offset, `character ${offset} (${SENTENCE[offset]})`).toBe(offset);
        expect(hit!.block.element).toBe(p);
      }
    }
  });

  test('blank space beside or below the text gives nothing', () => {
    document.body.innerHTML = `${html}<div style="height:300px"></div>`;
    const p = document.getElementById('p')!;
    const r = p.getBoundingClientRect();
    const nodes = textNodes(p);
    const last = nodes[nodes.length - 1]!;
    const end = centreOf(last, last.data.length - 1);
    expect(textAtPoint(document, Math.min(innerWidth - 2, end.x + 200), end.y)).toBeNull();
    expect(textAtPoint(document, r.left + 5, r.bottom + 100)).toBeNull();
  });
});

describe('text at point through our ruby', () => {
  test('a pointer on a reading (rt) maps to the start of its base', () => {
    document.body.innerHTML = FURIGANA_HTML;
    const rts = Array.from(document.querySelectorAll('rt'));
    const kiban = rts.find((rt) => rt.textContent === 'きばん')!;
    const r = kiban.getBoundingClientRect();
    for (const fraction of [0.1, 0.5, 0.9]) {
      const hit = textAtPoint(document, r.left + r.width * fraction, r.top + r.height / 2);
      expect(hit).not.toBeNull();
      expect([3, 4]).toContain(hit!.offset); // 基 or 盤, never the reading's own text
      expect(SENTENCE.slice(hit!.offset, hit!.offset + 1)).toMatch(/[基盤]/);
    }
  });
});

describe('what is not readable text', () => {
  test('our own UI gives nothing; fields and editable regions are read (hover yes, furigana no)', () => {
    document.body.innerHTML = `
      <input id="i" value="東京で会議" style="font-size:24px">
      <textarea id="t" style="font-size:24px">大阪で会議</textarea>
      <div id="e" contenteditable="true" style="font-size:24px">京都で会議</div>
      <div id="u" data-yomu="popup" style="font-size:24px">制裁</div>`;
    const ui = textNodes(document.getElementById('u')!)[0]!;
    const onUi = centreOf(ui, 1);
    expect(textAtPoint(document, onUi.x, onUi.y)).toBeNull();
    const editable = textNodes(document.getElementById('e')!)[0]!;
    const onEditable = centreOf(editable, 1);
    expect(textAtPoint(document, onEditable.x, onEditable.y)).toMatchObject({ offset: 1, block: { text: '京都で会議' } });
    for (const [id, value] of [
      ['i', '東京で会議'],
      ['t', '大阪で会議'],
    ] as const) {
      const field = document.getElementById(id)!;
      const r = field.getBoundingClientRect();
      const style = getComputedStyle(field);
      const x = r.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) + 12;
      const y = id === 'i' ? r.top + r.height / 2 : r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + 12;
      expect(textAtPoint(document, x, y), id).toMatchObject({ offset: 0, block: { text: value } });
      // Blank space right of the value in the field: nothing.
      expect(textAtPoint(document, r.right - 6, y), id).toBeNull();
    }
  });

  test('page text under our own panel gives nothing: the panel covers it (its list, its padding, its Japanese)', () => {
    document.body.innerHTML = `<p id="p" style="font-size:24px;margin:0">北大西洋条約機構の首脳会議が開かれた。</p>`;
    const host = document.createElement('div');
    host.setAttribute('data-yomu', 'glossary-panel');
    host.setAttribute('style', 'position:fixed;left:0;top:0;width:260px;height:200px;background:#fff');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<ul style="margin:0;padding:40px 0 0 0;font-size:16px"><li><button>NATO 北大西洋条約機構</button></li></ul>';
    document.body.append(host);
    const page = textNodes(document.getElementById('p')!)[0]!;
    // A character of the page's text, behind the panel's blank top padding.
    const behind = centreOf(page, 2);
    expect(behind.x).toBeLessThan(260);
    expect(textAtPoint(document, behind.x, behind.y)).toBeNull();
    // On the panel's own Japanese: nothing either (ours).
    const own = textNodes(root)[0]!;
    const onOwn = centreOf(own, 6);
    expect(textAtPoint(document, onOwn.x, onOwn.y)).toBeNull();
    // The panel gone: the same point is the page's text again.
    host.remove();
    expect(textAtPoint(document, behind.x, behind.y)).toMatchObject({ offset: 2 });
  });

  test('an empty field reads its placeholder, the text it draws; a field with a value reads the value', () => {
    document.body.innerHTML = `
      <input id="i" placeholder="検索語を入力" style="font-size:24px;width:320px">
      <textarea id="t" placeholder="意見を書く" style="font-size:24px;width:320px"></textarea>
      <input id="v" placeholder="検索語を入力" value="東京" style="font-size:24px;width:320px">`;
    for (const [id, text, offset] of [
      ['i', '検索語を入力', 1],
      ['t', '意見を書く', 1],
      ['v', '東京', 1],
    ] as const) {
      const field = document.getElementById(id)!;
      const r = field.getBoundingClientRect();
      const style = getComputedStyle(field);
      // The middle of the second character (24px wide, a CJK font's em).
      const x = r.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) + 24 * 1.5;
      const y = id === 't' ? r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + 12 : r.top + r.height / 2;
      expect(textAtPoint(document, x, y), id).toMatchObject({ offset, block: { text } });
    }
  });
});
