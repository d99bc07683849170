// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { collectReadableBlocks, collectReadableBlocksInSlices, holdsItsText, sameRun } from '../../../entrypoints/content/readable-blocks';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('collectReadableBlocks', () => {
  test('a sentence split across inline elements is one block, with node offsets', () => {
    body('<p id="p">北<a href="#">大西洋</a><b>条約</b>機構は<span>強い</span>。</p>');
    const [block, ...rest] = collectReadableBlocks(document.body);
    expect(rest).toHaveLength(0);
    expect(block!.element.id).toBe('p');
    expect(block!.text).toBe('北大西洋条約機構は強い。');
    expect(block!.nodes.map((n) => n.data)).toEqual(['北', '大西洋', '条約', '機構は', '強い', '。']);
    expect(block!.starts).toEqual([0, 1, 4, 6, 9, 11]);
  });

  test('blocks are separate, and a nested block cuts its parent into runs', () => {
    body('<div id="d">前の文章<p id="p">中の文章</p>後の文章</div><h2>見出し</h2>');
    const blocks = collectReadableBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['前の文章', '中の文章', '後の文章', '見出し']);
    expect(blocks[0]!.element.id).toBe('d');
    expect(blocks[2]!.element.id).toBe('d');
  });

  test('skips form fields, editable regions, code, scripts, styles, the readings of existing ruby and our own nodes', () => {
    body(`
      <p>本文</p>
      <input value="入力"><textarea>文章欄</textarea><select><option>選択肢</option></select>
      <div contenteditable="true"><p>編集中の文</p></div>
      <div contenteditable="false"><p>編集不可の文</p></div>
      <script>var a = "漢字";</script><style>/* 漢字 */</style><noscript>無効</noscript>
      <code>変数</code><pre>整形済み</pre><svg><text>図形</text></svg>
      <p><ruby>漢字<rt>かんじ</rt></ruby>と仮名</p>
      <div data-yomu="popup">辞書の窓</div>`);
    const texts = collectReadableBlocks(document.body).map((b) => b.text);
    expect(texts).toEqual(['本文', '編集不可の文', '漢字と仮名']);
  });

  test('the page’s own ruby: its base is read with the sentence and marked, its readings (rt, rp, rtc) are not read', () => {
    body(
      '<p id="a">新しい<ruby>政治<rp>(</rp><rt>せいぢ</rt><rp>)</rp></ruby>家が<ruby><rb>東</rb><rb>京</rb><rtc><rt>とう</rt><rt>きょう</rt></rtc></ruby>に来た</p>' +
        '<p id="b"><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>を読む</p>',
    );
    const [a, b] = collectReadableBlocks(document.body);
    expect(a!.element.id).toBe('a');
    expect(a!.text).toBe('新しい政治家が東京に来た');
    expect(a!.pageRuby).toEqual([
      [3, 5],
      [7, 8],
      [8, 9],
    ]);
    expect(b!.text).toBe('漢字を読む');
    expect(b!.pageRuby).toEqual([
      [0, 1],
      [1, 2],
    ]);
    // A block without page ruby has none marked.
    body('<p>東京に来た</p>');
    expect(collectReadableBlocks(document.body)[0]!.pageRuby).toBeUndefined();
  });

  test('blocks without kanji are left out; kana-only text needs no ruby', () => {
    body('<p>ひらがなだけ</p><p>カタカナ</p><p>ﾊﾝｶｸ</p><p>漢字あり</p>');
    expect(collectReadableBlocks(document.body).map((b) => b.text)).toEqual(['漢字あり']);
  });

  test('a root inside a skipped element yields nothing, and skip() leaves nodes out', () => {
    body('<textarea id="t">日本</textarea><p id="p">日本<b>語</b></p>');
    expect(collectReadableBlocks(document.getElementById('t')!)).toEqual([]);
    const p = document.getElementById('p')!;
    const first = p.firstChild as Text;
    const blocks = collectReadableBlocks(p, { skip: (n) => n === first });
    expect(blocks.map((b) => b.text)).toEqual(['語']);
  });

  test('odd Unicode: surrogate-pair kanji, 々 and ヶ count as kanji', () => {
    body('<p>𠮟る</p><p>々</p><p>ヶ</p>');
    expect(collectReadableBlocks(document.body).map((b) => b.text)).toEqual(['𠮟る', '々', 'ヶ']);
  });

  test('through furigana: our ruby base text counts, our readings do not', () => {
    body(
      '<p id="p"><yomu-text data-yomu="text"><ruby data-yomu="ruby">制裁<rt data-yomu="rt">せいさい</rt></ruby>が</yomu-text><b>強化</b>された</p>',
    );
    expect(collectReadableBlocks(document.body).map((b) => b.text)).toEqual(['強化された']);
    const [block] = collectReadableBlocks(document.body, { throughFurigana: true });
    expect(block!.text).toBe('制裁が強化された');
    expect(block!.element.id).toBe('p');
  });

  test('inline text a reader does not see is left out and the block joins across it, as across script and style', () => {
    body(
      [
        '<p>飲<span style="display:none">x</span>みたい</p>',
        '<p>履<span style="visibility:hidden">｛は｝</span>く</p>',
        '<p>読<b style="font-size:0">ヨ</b>む</p>',
        '<p>書<i style="opacity:0">カ</i>く</p>',
        '<p>泳<span style="color:transparent;user-select:none">およ</span>ぐ</p>',
        '<p>開<script>var x = "開";</script>か<style>p {}</style>れる</p>',
        '<p>見<span style="visibility:hidden">隠<b style="visibility:visible">え</b></span>る</p>',
      ].join(''),
    );
    const blocks = collectReadableBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['飲みたい', '履く', '読む', '書く', '泳ぐ', '開かれる', '見える']);
    expect(blocks[0]!.nodes.map((n) => n.data)).toEqual(['飲', 'みたい']);
    expect(blocks[0]!.starts).toEqual([0, 1]);
  });

  test('a hidden block is still read (it is drawn once it shows)', () => {
    body('<p style="display:none">隠れた段落</p><div style="opacity:0">現れる文</div>');
    expect(collectReadableBlocks(document.body).map((b) => b.text)).toEqual(['隠れた段落', '現れる文']);
  });

  test('allBlocks keeps blocks without kanji (Latin acronyms)', () => {
    body('<p>NATOの会議</p><p>NATO summit</p>');
    expect(collectReadableBlocks(document.body, { allBlocks: true }).map((b) => b.text)).toEqual(['NATOの会議', 'NATO summit']);
  });
});

describe('collectReadableBlocksInSlices', () => {
  const page = () =>
    body(Array.from({ length: 400 }, (_, i) => `<p>第${i}段落の<a href="#">東京</a>と<ruby>漢字<rt>かんじ</rt></ruby>です</p>`).join(''));

  test('finds what collectReadableBlocks finds', async () => {
    page();
    const options = { throughFurigana: true, allBlocks: true };
    const sliced = await collectReadableBlocksInSlices(document.body, options, async () => {});
    expect(sliced.map((b) => b.text)).toEqual(collectReadableBlocks(document.body, options).map((b) => b.text));
    // The page's own ruby is read for context, its reading left out: one run per paragraph.
    expect(sliced.length).toBe(400);
    expect(sliced[7]!.text).toBe('第7段落の東京と漢字です');
    expect(sliced[7]!.pageRuby).toEqual([[8, 10]]);
  });

  test('pauses for the page once it has run its budget, and not when the page is small', async () => {
    page();
    let pauses = 0;
    await collectReadableBlocksInSlices(document.body, {}, async () => void pauses++, 0);
    expect(pauses).toBeGreaterThan(1);
    body('<p>東京</p>');
    pauses = 0;
    await collectReadableBlocksInSlices(document.body, {}, async () => void pauses++, 0);
    expect(pauses).toBe(0);
  });
});

describe('open shadow roots', () => {
  test('intoShadowRoots walks into open shadow roots; without it their text is not read', () => {
    body('<p>本文</p><div id="host"><p>影の外</p></div><p>後の文</p>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="inner">影の中の<b>文章</b></p><textarea>入力欄</textarea>';
    expect(collectReadableBlocks(document.body).map((b) => b.text)).toEqual(['本文', '影の外', '後の文']);
    const blocks = collectReadableBlocks(document.body, { intoShadowRoots: true });
    expect(blocks.map((b) => b.text)).toEqual(['本文', '影の外', '後の文', '影の中の文章']);
    expect(blocks[3]!.element.id).toBe('inner');
  });
});

describe('sameRun and holdsItsText: the same text in other nodes is another run', () => {
  const read = () => collectReadableBlocks(document.body)[0]!;

  test('a text node split in place (its first node kept) reads the same text but is not the same run', () => {
    body('<p>東京都の人口は九人です</p>');
    const before = read();
    expect(sameRun(before, read())).toBe(true);
    expect(holdsItsText(before)).toBe(true);
    before.nodes[0]!.splitText(5);
    const after = read();
    expect(after.text).toBe(before.text);
    expect(sameRun(before, after)).toBe(false);
    expect(holdsItsText(before)).toBe(false);
    expect(holdsItsText(after)).toBe(true);
  });

  test('a text node swapped for an equal one, or text moved across the same two nodes, is not the same run', () => {
    body('<p>大阪の<b>天気</b></p>');
    const before = read();
    const p = document.querySelector('p')!;
    p.replaceChild(document.createTextNode('大阪の'), p.firstChild!);
    expect(sameRun(before, read())).toBe(false);
    expect(holdsItsText(before)).toBe(false);
    const second = read();
    // Same nodes, same joined text, the cut moved: offsets read before are wrong now.
    second.nodes[0]!.data = '大阪';
    second.nodes[1]!.data = 'の天気';
    const third = read();
    expect(third.text).toBe(second.text);
    expect(sameRun(second, third)).toBe(false);
    expect(holdsItsText(second)).toBe(false);
  });
});
