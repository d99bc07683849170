/**
 * The hover scanner on the kinds of markup the web writes (Vitest browser mode, Debian's
 * Chromium, real layout): for each kind, a point on a character, and the text the lookup gets
 * from there (the word under the pointer must start the text after the offset).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { textAtPoint } from '../../../../entrypoints/content/hover/text-at-point';
import { pageReadingOf } from '../../../../core/text/text-sequence';

afterEach(() => {
  document.body.innerHTML = '';
});

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Centre of the first drawn occurrence of `char` in the text nodes under `root` (shadow roots searched too). */
function pointOnChar(root: Node, char: string, nth = 0): { x: number; y: number } {
  const roots: Node[] = [root];
  let seen = 0;
  while (roots.length > 0) {
    const r = roots.shift()!;
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n: Node | null = r; n; n = walker.nextNode()) {
      if (n.nodeType === Node.ELEMENT_NODE && (n as Element).shadowRoot) roots.push((n as Element).shadowRoot!);
      if (n.nodeType !== Node.TEXT_NODE) continue;
      const data = (n as Text).data;
      for (let i = data.indexOf(char); i >= 0; i = data.indexOf(char, i + 1)) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + char.length);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        if (seen++ === nth) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
  }
  throw new Error(`${char} is not drawn`);
}

/** The text from the pointer on, as the lookup gets it. */
function textFrom(x: number, y: number): string | null {
  const hit = textAtPoint(document, x, y);
  return hit ? hit.block.text.slice(hit.offset) : null;
}

function html(markup: string): HTMLElement {
  document.body.innerHTML = `<div id="root" style="font-size:24px;line-height:1.6;padding:20px">${markup}</div>`;
  return document.getElementById('root')!;
}

describe('the page’s own ruby', () => {
  test('a base, and its rt, look up the base joined with what follows; the page’s reading comes along', () => {
    const root = html('<p><ruby>東京<rt>とうきょう</rt></ruby>へ行きます</p>');
    for (const char of ['京', 'う']) {
      const { x, y } = pointOnChar(root, char);
      const hit = textAtPoint(document, x, y)!;
      expect(hit.block.text).toBe('東京へ行きます');
      expect(hit.block.text.slice(hit.offset)).toMatch(/^(東京|京)へ行きます$/);
    }
    const { x, y } = pointOnChar(root, 'と');
    expect(textFrom(x, y)).toBe('東京へ行きます');
    expect(textAtPoint(document, x, y)!.block.readings).toEqual([{ start: 0, end: 2, reading: 'とうきょう' }]);
  });

  test('okurigana after the ruby: 起きます', () => {
    const root = html('<p><ruby>起<rt>お</rt></ruby>きます</p>');
    const { x, y } = pointOnChar(root, '起');
    expect(textFrom(x, y)).toBe('起きます');
  });

  test('rb/rt pairs in one ruby: 振り仮名, each base with its reading', () => {
    const root = html('<p><ruby><rb>振</rb><rt>ふ</rt></ruby>り<ruby><rb>仮</rb><rt>が</rt><rb>名</rb><rt>な</rt></ruby></p>');
    const { x, y } = pointOnChar(root, '振');
    const hit = textAtPoint(document, x, y)!;
    expect(hit.block.text.slice(hit.offset)).toBe('振り仮名');
    expect(hit.block.readings.map((r) => r.reading)).toEqual(['ふ', 'が', 'な']);
    const onNa = pointOnChar(root, 'な');
    expect(textFrom(onNa.x, onNa.y)).toBe('名');
  });

  test('rt with nested spans and rp: the annotation is left out', () => {
    const root = html('<p><ruby>漢字<rp>（</rp><rt><span>かん</span><span>じ</span></rt><rp>）</rp></ruby>を読む</p>');
    const { x, y } = pointOnChar(root, 'じ');
    expect(textFrom(x, y)).toBe('漢字を読む');
  });

  test('nested ruby and ruby with inline-block okurigana', () => {
    const nested = html('<p><ruby><ruby>東<rt>とう</rt>京<rt>きょう</rt></ruby><rt>トーキョー</rt></ruby>都に住む</p>');
    let p = pointOnChar(nested, '東');
    expect(textFrom(p.x, p.y)).toBe('東京都に住む');
    const okurigana = html('<p><ruby>食<rt>た</rt></ruby><span style="display:inline-block">べる</span>ものがない</p>');
    p = pointOnChar(okurigana, '食');
    expect(textFrom(p.x, p.y)).toBe('食べるものがない');
  });
});

describe('text a reader does not see is not read', () => {
  test.each([
    ['display:none', 'display:none'],
    ['visibility:hidden', 'visibility:hidden'],
    ['opacity:0', 'opacity:0'],
    ['font-size:0', 'font-size:0'],
    ['transparent, not selectable', 'color:transparent;user-select:none'],
    ['screen-reader only, clipped to nothing', 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)'],
    ['screen-reader only, clip-path', 'position:absolute;clip-path:inset(50%);white-space:nowrap'],
    ['screen-reader only, a 1 px box', 'position:absolute;width:1px;height:1px;overflow:hidden;margin:-1px'],
  ])('%s inside a word', (_label, style) => {
    const root = html(`<div>履<span style="${style}">｛は｝</span>く</div>`);
    const { x, y } = pointOnChar(root, '履');
    expect(textFrom(x, y)).toBe('履く');
  });

  test('script, style and template do not cut a sentence', () => {
    const root = html('<p>東京<script>var a = 1;</script>へ<style>.x{}</style>行<template>テンプレート</template>く</p>');
    const { x, y } = pointOnChar(root, '東');
    expect(textFrom(x, y)).toBe('東京へ行く');
  });
});

describe('where text lives', () => {
  test('block boxes inside inline layout join: 洗わないで', () => {
    const root = html(
      '<div><a href="#"><span style="display:inline-block"><div style="font-size:12px">あら</div><div>洗</div></span>わないで</a></div>',
    );
    const { x, y } = pointOnChar(root, '洗');
    expect(textFrom(x, y)).toBe('洗わないで');
    // The kana stacked over the kanji are the page's reading of it, as an <rt> would be.
    expect(textAtPoint(document, x, y)!.block.readings).toEqual([{ start: 0, end: 1, reading: 'あら' }]);
  });

  test('a stack whose upper block is not kana only, or whose lower block has no kanji, is no reading', () => {
    const root = html(
      '<div><span style="display:inline-block"><div>注意</div><div>洗</div></span>わないで。</div>' +
        '<div><span style="display:inline-block"><div>かな</div><div>かな</div></span>です</div>',
    );
    let p = pointOnChar(root, '洗');
    expect(textFrom(p.x, p.y)).toBe('洗わないで。');
    expect(textAtPoint(document, p.x, p.y)!.block.readings).toEqual([]);
    p = pointOnChar(root, 'で', 1);
    expect(textFrom(p.x, p.y)).toBe('です');
    expect(textAtPoint(document, p.x, p.y)!.block.readings).toEqual([]);
  });

  test('open shadow roots, nested, and a display:contents host', () => {
    const root = html('<p id="outer">ここで<span id="host"></span>ください</p>');
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>東京</b><span id="inner" style="display:contents"></span>';
    const inner = shadow.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<i>へ行って</i>';
    let p = pointOnChar(root, '東');
    expect(textFrom(p.x, p.y)).toBe('東京へ行ってください');
    p = pointOnChar(root, '行');
    expect(textFrom(p.x, p.y)).toBe('行ってください');
  });

  test('SVG text and tspan', () => {
    const root = html('<svg width="400" height="60"><text x="10" y="40" font-size="24">東京<tspan fill="red">へ行く</tspan></text></svg>');
    const p = pointOnChar(root, '京');
    expect(textFrom(p.x, p.y)).toBe('京へ行く');
  });

  test('pre, contenteditable and button text', () => {
    for (const markup of ['<pre>東京へ行く</pre>', '<div contenteditable="true">東京へ行く</div>', '<button>東京へ行く</button>']) {
      const root = html(markup);
      const p = pointOnChar(root, '東');
      expect(textFrom(p.x, p.y), markup).toBe('東京へ行く');
    }
  });

  test('an image’s alt text and a title', () => {
    const svg =
      'data:image/svg+xml,' +
      encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><rect width="80" height="40" fill="teal"/></svg>');
    html(
      `<img id="img" src="${svg}" alt="東京タワー" width="80" height="40"> <span id="t" title="国会議事堂" style="display:inline-block;width:40px;height:40px;background:#ccc"></span>`,
    );
    return new Promise<void>((resolve) => {
      const img = document.getElementById('img') as HTMLImageElement;
      const done = () => {
        const r = img.getBoundingClientRect();
        expect(textFrom(r.left + 10, r.top + 10)).toBe('東京タワー');
        const t = document.getElementById('t')!.getBoundingClientRect();
        expect(textFrom(t.left + 10, t.top + 10)).toBe('国会議事堂');
        resolve();
      };
      if (img.complete) done();
      else img.onload = done;
    });
  });

  test.each(['input', 'textarea'])('a %s’s value at the character under the pointer', (tag) => {
    const value = '東京へ行きます';
    html(
      tag === 'input'
        ? `<input id="f" style="font-size:24px;width:320px;padding:4px" value="${value}">`
        : `<textarea id="f" style="font-size:24px;width:320px;height:80px;padding:4px">${value}</textarea>`,
    );
    const field = document.getElementById('f') as HTMLInputElement;
    const style = getComputedStyle(field);
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `${style.fontSize} ${style.fontFamily}`;
    const r = field.getBoundingClientRect();
    const left = r.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const x = left + canvas.measureText('東京へ').width + canvas.measureText('行').width / 2;
    const y =
      tag === 'input'
        ? r.top + r.height / 2
        : r.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + parseFloat(style.fontSize) * 0.7;
    expect(textFrom(x, y)).toBe('行きます');
  });
});

describe('what the pointer really hits', () => {
  test('a transparent overlay link does not hide the text below', () => {
    const root = html(
      '<div style="position:relative"><p>東京へ行きます</p><a href="#" style="position:absolute;inset:0;opacity:0">詳しく</a></div>',
    );
    const p = pointOnChar(root, '京');
    expect(textFrom(p.x, p.y)).toBe('京へ行きます');
  });

  test('a pointer-events:none subtitle under a transparent layer', () => {
    const root = html(
      '<div style="position:relative;height:120px"><div style="position:absolute;top:20px;left:10px;pointer-events:none"><span>字幕を読みます</span></div><div style="position:absolute;inset:0;background:transparent"></div></div>',
    );
    const p = pointOnChar(root, '字');
    expect(textFrom(p.x, p.y)).toBe('字幕を読みます');
  });

  test('the pointer on white space just before a word finds that word', () => {
    const root = html('<p>　東京へ行きます</p>');
    const p = pointOnChar(root, '　');
    expect(textFrom(p.x, p.y)).toBe('東京へ行きます');
  });

  test('absolutely placed one-character spans are read in visual order', () => {
    const chars = ['東', '京', 'へ', '行', 'く'];
    const order = [2, 0, 4, 1, 3];
    const spans = order.map((i) => `<span style="position:absolute;top:10px;left:${10 + i * 30}px">${chars[i]}</span>`).join('');
    const root = html(`<div style="position:relative;height:60px">${spans}</div>`);
    const p = pointOnChar(root, '東');
    expect(textFrom(p.x, p.y)).toBe('東京へ行く');
  });
});

describe('Unicode as the web writes it', () => {
  test('a surrogate-pair kanji is one character under the pointer', () => {
    const root = html('<p>先生に𠮟られた</p>');
    const p = pointOnChar(root, '𠮟');
    expect(textFrom(p.x, p.y)).toBe('𠮟られた');
  });
});

test('nothing for our own UI', () => {
  const root = html('<div data-yomu="popup">東京</div>');
  expect(textNodes(root)).toHaveLength(1);
  const p = pointOnChar(root, '東');
  expect(textAtPoint(document, p.x, p.y)).toBeNull();
});

describe('hover-5: kinds a fresh tester found failing', () => {
  test('the rt of an outer ruby, at any depth, looks up the whole base of that ruby', () => {
    const root = html(
      '<p><ruby><ruby>大<rt>おお</rt>阪<rt>さか</rt></ruby><rt>Osaka</rt></ruby>に住む</p>' +
        '<p><ruby><ruby><ruby>名<rt>な</rt></ruby>古屋<rt>Nagoya</rt></ruby><rt>なごや</rt></ruby>へ行く</p>',
    );
    let p = pointOnChar(root, 'O');
    expect(textFrom(p.x, p.y)).toBe('大阪に住む');
    // The reading the page gives for the word: the kana one nearest the base, whole.
    expect(pageReadingOf(textAtPoint(document, p.x, p.y)!.block.sequence, 0, 2)).toBe('おおさか');
    p = pointOnChar(root, 'N');
    expect(textFrom(p.x, p.y)).toBe('名古屋へ行く');
    p = pointOnChar(root, 'ご');
    expect(textFrom(p.x, p.y)).toBe('名古屋へ行く');
    expect(pageReadingOf(textAtPoint(document, p.x, p.y)!.block.sequence, 0, 3)).toBe('なごや');
    p = pointOnChar(root, 'な');
    expect(textFrom(p.x, p.y)).toBe('名古屋へ行く');
  });

  test('a textarea’s 2nd and 3rd lines, hard and soft, scrolled, and a scrolled input', () => {
    html(
      '<textarea id="ta" style="font:24px monospace;width:300px;height:90px;padding:6px;line-height:30px">一行目です\n二行目の東京\n三行目の大阪です。ここは長い行で折り返されて名古屋に届く</textarea>' +
        '<input id="in" style="font:24px monospace;width:120px;padding:4px" value="とても長い入力の値で右の方に札幌がある">',
    );
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    const at = (field: HTMLInputElement | HTMLTextAreaElement, index: number) => {
      // Where the field draws character `index`: a mirror the test lays out itself (monospace grid).
      const style = getComputedStyle(field);
      const r = field.getBoundingClientRect();
      const probe = document.createElement('div');
      for (const k of ['font', 'line-height', 'width', 'padding', 'box-sizing', 'border', 'letter-spacing'])
        probe.style.setProperty(k, style.getPropertyValue(k));
      Object.assign(probe.style, {
        position: 'absolute',
        left: '0',
        top: '0',
        whiteSpace: field.localName === 'input' ? 'pre' : 'pre-wrap',
        overflowWrap: 'break-word',
        visibility: 'hidden',
      });
      const text = document.createTextNode(field.value);
      probe.append(text);
      document.body.append(probe);
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      const c = range.getBoundingClientRect();
      const p = probe.getBoundingClientRect();
      probe.remove();
      const dy = field.localName === 'input' ? r.height / 2 - (c.top - p.top) - c.height / 2 : 0;
      return {
        x: r.left + (c.left - p.left) + c.width / 2 - field.scrollLeft,
        y: r.top + (c.top - p.top) + c.height / 2 - field.scrollTop + dy,
      };
    };
    for (const word of ['東京', '大阪です。']) {
      const p = at(ta, ta.value.indexOf(word));
      expect(textFrom(p.x, p.y)).toMatch(new RegExp(`^${word}`));
    }
    ta.scrollTop = 30;
    const p = at(ta, ta.value.indexOf('名古屋'));
    expect(textFrom(p.x, p.y)).toBe('名古屋に届く');
    const input = document.getElementById('in') as HTMLInputElement;
    input.scrollLeft = 1000;
    const q = at(input, input.value.indexOf('札幌'));
    expect(textFrom(q.x, q.y)).toBe('札幌がある');
  });

  test('a reading stacked in an inline-flex or inline-grid column joins the text after it', () => {
    const root = html(
      '<p><span style="display:inline-flex;flex-direction:column;align-items:center"><span style="font-size:12px">よ</span><span>読</span></span>み方を学ぶ</p>' +
        '<p>犬が<span style="display:inline-grid;text-align:center"><span style="font-size:12px;line-height:1">はし</span><span>走</span></span>り出した</p>',
    );
    let p = pointOnChar(root, '読');
    expect(textFrom(p.x, p.y)).toBe('読み方を学ぶ');
    expect(textAtPoint(document, p.x, p.y)!.block.readings).toEqual([{ start: 0, end: 1, reading: 'よ' }]);
    p = pointOnChar(root, '走');
    expect(textFrom(p.x, p.y)).toBe('走り出した');
    p = pointOnChar(root, 'が');
    expect(textFrom(p.x, p.y)).toBe('が走り出した');
  });

  test('a reading stacked by a flex column-reverse (the base first in the source) joins the text after it', () => {
    const root = html(
      '<p><span style="display:inline-flex;flex-direction:column-reverse;align-items:center"><span>泳</span><span style="font-size:12px">およ</span></span>ぎに行く</p>',
    );
    const p = pointOnChar(root, '泳');
    expect(textFrom(p.x, p.y)).toBe('泳ぎに行く');
    expect(textAtPoint(document, p.x, p.y)!.block.readings).toEqual([{ start: 0, end: 1, reading: 'およ' }]);
  });

  test('text directly in a shadow root, beside an element', () => {
    const root = html('<p id="host"></p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append('国際', document.createElement('b'), '会議が開かれた');
    shadow.querySelector('b')!.textContent = '的な';
    const p = pointOnChar(root, '会');
    expect(textFrom(p.x, p.y)).toBe('会議が開かれた');
    const q = pointOnChar(root, '国');
    expect(textFrom(q.x, q.y)).toBe('国際的な会議が開かれた');
  });

  test('text directly in the shadow root of a display:contents host, nested hosts too', () => {
    // A host with no box of its own: the hit test never returns it, its text is drawn in its parent's box.
    const root = html('<p id="a">声明：</p><div id="b"></div>');
    const a = document.createElement('span');
    a.style.display = 'contents';
    document.getElementById('a')!.append(a);
    a.attachShadow({ mode: 'open' }).append('核実験を非難した');
    const b = document.getElementById('b')!.attachShadow({ mode: 'open' });
    b.innerHTML = '<span>対外</span><span style="display:contents"></span>';
    b.querySelector('span[style]')!.attachShadow({ mode: 'open' }).append('経済制裁を強化');
    const p = pointOnChar(root, '実');
    expect(textFrom(p.x, p.y)).toBe('実験を非難した');
    const q = pointOnChar(root, '制');
    expect(textFrom(q.x, q.y)).toBe('制裁を強化');
  });

  test('text with no Japanese under the pointer gives way to the nearest Japanese title above it', () => {
    const root = html(
      '<p>評価は<span title="大統領選挙"><i>★★★</i></span>で、<abbr title="国際連合">UN</abbr>が<span title="English only">OK</span></p>',
    );
    let p = pointOnChar(root, '★');
    expect(textFrom(p.x, p.y)).toBe('大統領選挙');
    p = pointOnChar(root, 'U');
    expect(textFrom(p.x, p.y)).toBe('国際連合');
    p = pointOnChar(root, 'O');
    expect(textFrom(p.x, p.y)).toBe('OK');
  });

  test('text under the pointer wins over a title on its element', () => {
    const root = html('<p><span title="注意書き">選挙に行く</span></p>');
    const p = pointOnChar(root, '挙');
    expect(textFrom(p.x, p.y)).toBe('挙に行く');
  });
});

test('a scrolled textarea: its border, where a line scrolled out would lie, gives nothing', () => {
  html(
    '<textarea id="ta" style="font-size:20px;line-height:30px;width:300px;height:64px;padding:10px;border:6px solid">一行目です\n二行目の東京\n三行目の大阪</textarea>',
  );
  const ta = document.getElementById('ta') as HTMLTextAreaElement;
  ta.scrollTop = 30;
  const r = ta.getBoundingClientRect();
  // On the top border, over where the scrolled-out first line would be drawn (it is clipped at the padding box).
  expect(textFrom(r.left + 6 + 10 + 30, r.top + 3)).toBeNull();
  // The first line shown is the second.
  expect(textFrom(r.left + 6 + 10 + 10, r.top + 6 + 10 + 15)).toBe('二行目の東京\n三行目の大阪');
});
