import { loadNodeSegmenter } from '../dict/node-kuromoji';
import { readingSegments } from '../core/furigana/reading-layer';
import { loadReadingContext } from './eval-support';
const seg = await loadNodeSegmenter();
const ctx = await loadReadingContext();
for (const text of process.argv.slice(2)) {
  const tokens = seg.tokenize(text);
  const by: string[] = [];
  readingSegments(text, tokens, { ...ctx, trace: (w, d, t) => by.push(`${t.slice(w.from, w.to).map((x) => x.surface + '/' + x.pos1 + '/' + x.pos2 + '/' + x.reading).join('+')}:${w.reading}:${d}`) });
  console.log(text, '\n  ', by.join('  '));
}
