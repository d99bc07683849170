/**
 * Where a word of the page stands, computed in the page (pass it to a frame's `evaluate`): the
 * viewport point of the `charIndex`-th character of the `nth` occurrence of `word` in the page's
 * text as a reader sees it (readings in rt, scripts and styles left out), scrolled into view first,
 * with the word's own rect; null when the word is not on the page.
 */
export interface WordPoint {
  x: number;
  y: number;
  word: { left: number; top: number; right: number; bottom: number };
}

export const wordPointInPage = ({ word, charIndex, nth }: { word: string; charIndex: number; nth: number }): WordPoint | null => {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('rt, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(word, at + 1);
  if (at < 0) return null;
  const locate = (offset: number) => {
    let i = starts.length - 1;
    while (starts[i]! > offset) i--;
    return { node: nodes[i]!, offset: offset - starts[i]! };
  };
  const a = locate(at);
  a.node.parentElement!.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  const c = locate(at + charIndex);
  range.setStart(c.node, c.offset);
  range.setEnd(c.node, c.offset + 1);
  const r = range.getBoundingClientRect();
  const whole = document.createRange();
  const z = locate(at + word.length - 1);
  whole.setStart(a.node, a.offset);
  whole.setEnd(z.node, z.offset + 1);
  const w = whole.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, word: { left: w.left, top: w.top, right: w.right, bottom: w.bottom } };
};
