// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { collectReadableBlocks } from '../../../entrypoints/content/readable-blocks';
import { insertRuby, RubyRegistry } from '../../../entrypoints/content/ruby-insertion';

describe('insertRuby and restoreAll', () => {
  test('ruby over kanji only, every inserted element marked, exact restoration', () => {
    document.body.innerHTML = '<p id="p">基盤は徐々に<a href="#x">築かれ</a>、2003年に</p>';
    const p = document.getElementById('p')!;
    const before = document.body.innerHTML;
    const originalNodes = Array.from(p.querySelectorAll('*')).concat([p]).flatMap((e) => Array.from(e.childNodes));
    const [block] = collectReadableBlocks(document.body);
    const registry = new RubyRegistry();
    const n = insertRuby(
      block!,
      [
        { start: 0, end: 2, reading: 'きばん' },
        { start: 3, end: 5, reading: 'じょじょ' },
        { start: 6, end: 7, reading: 'きず' },
        { start: 14, end: 15, reading: 'ねん' },
      ],
      registry,
    );
    expect(n).toBe(4);
    expect(p.innerHTML).toBe(
      '<yomu-text data-yomu="text"><ruby data-yomu="ruby" style="ruby-align:center">基盤<rt data-yomu="rt" style="user-select:none;-webkit-user-select:none">きばん</rt></ruby>は<ruby data-yomu="ruby" style="ruby-align:center">徐々<rt data-yomu="rt" style="user-select:none;-webkit-user-select:none">じょじょ</rt></ruby>に</yomu-text>' +
        '<a href="#x"><yomu-text data-yomu="text"><ruby data-yomu="ruby" style="ruby-align:center">築<rt data-yomu="rt" style="user-select:none;-webkit-user-select:none">きず</rt></ruby>かれ</yomu-text></a>' +
        '<yomu-text data-yomu="text">、2003<ruby data-yomu="ruby" style="ruby-align:center">年<rt data-yomu="rt" style="user-select:none;-webkit-user-select:none">ねん</rt></ruby>に</yomu-text>',
    );
    for (const el of Array.from(p.querySelectorAll('yomu-text, yomu-text *'))) expect(el.hasAttribute('data-yomu')).toBe(true);

    registry.restoreAll();
    expect(document.body.innerHTML).toBe(before);
    // The page's own text nodes are back, not copies.
    const after = Array.from(p.querySelectorAll('*')).concat([p]).flatMap((e) => Array.from(e.childNodes));
    for (const node of originalNodes) expect(after).toContain(node);
  });

  test('a segment crossing an element boundary gets no ruby; the rest does', () => {
    document.body.innerHTML = '<p>北<b>大西洋</b>条約</p>';
    const [block] = collectReadableBlocks(document.body);
    const registry = new RubyRegistry();
    const n = insertRuby(block!, [{ start: 0, end: 4, reading: 'きたたいせいよう' }, { start: 4, end: 6, reading: 'じょうやく' }], registry);
    expect(n).toBe(1);
    expect(document.querySelector('b')!.innerHTML).toBe('大西洋');
    expect(document.querySelector('rt')!.textContent).toBe('じょうやく');
  });

  test('a node annotated once is not annotated again, and text changed since reading is left alone', () => {
    document.body.innerHTML = '<p>東京</p><p>大阪</p>';
    const blocks = collectReadableBlocks(document.body);
    const registry = new RubyRegistry();
    insertRuby(blocks[0]!, [{ start: 0, end: 2, reading: 'とうきょう' }], registry);
    expect(insertRuby(blocks[0]!, [{ start: 0, end: 2, reading: 'とうきょう' }], registry)).toBe(0);
    blocks[1]!.nodes[0]!.data = '京都';
    expect(insertRuby(blocks[1]!, [{ start: 0, end: 2, reading: 'おおさか' }], registry)).toBe(0);
    expect(document.querySelectorAll('ruby')).toHaveLength(1);
  });

  test('the reading is shown in the chosen script', () => {
    document.body.innerHTML = '<p>制裁</p>';
    const [block] = collectReadableBlocks(document.body);
    insertRuby(block!, [{ start: 0, end: 2, reading: 'せいさい' }], new RubyRegistry(), (r) => r.toUpperCase() + '!');
    expect(document.querySelector('rt')!.textContent).toBe('せいさい!');
  });
});
