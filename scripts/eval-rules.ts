/**
 * npm run eval:rules [-- TRAIN.jsonl DEV.jsonl] [--all] [--examples=ID]
 * The evidence for every pass and rule row of the reading layer: on each set (KWDLC train and
 * dev by default, counted separately) how often it decided a word, how often its reading was
 * right, and how often kuromoji's own reading of the same tokens would have been right. A word
 * counts where its tokens start and end on gold morpheme boundaries (else it is "unaligned").
 * Rows whose precision on train is below the reading they replace are flagged HURTS; --all also
 * lists the passes (glossary, number, name, dictionary, sino, kuromoji); --examples=ID prints
 * the sentences where row ID was wrong.
 */
import { readFileSync } from 'node:fs';
import { readingSegments } from '../core/furigana/reading-layer';
import { foldReading, type ReadingPiece } from '../core/furigana/reading-metric';
import type { Word } from '../core/furigana/reading-word';
import { toHiragana } from '../core/text/kana';
import { loadNodeSegmenter, loadReadingContext } from './eval-support';

const argv = process.argv.slice(2);
const files = argv.filter((a) => !a.startsWith('--'));
const [trainFile, devFile] = (files.length >= 2 ? files : ['/work/shared/eval/kwdlc-train.jsonl', '/work/shared/eval/kwdlc-dev.jsonl']) as [string, string];
const showAll = argv.includes('--all');
const exampleId = argv.find((a) => a.startsWith('--examples='))?.slice(11);
const METRIC_KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆ヶ]/;

interface Tally {
  fired: number;
  aligned: number;
  right: number;
  replacedRight: number;
}
const empty = (): Tally => ({ fired: 0, aligned: 0, right: 0, replacedRight: 0 });

const segmenter = await loadNodeSegmenter();
const context = await loadReadingContext();

function measure(file: string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const traced: { word: Word; by: string }[] = [];
  const traceContext = { ...context, trace: (word: Word, by: string) => traced.push({ word, by }) };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text, morphs } = JSON.parse(line) as { text: string; morphs: ReadingPiece[] };
    const tokens = segmenter.tokenize(text);
    traced.length = 0;
    readingSegments(text, tokens, traceContext);
    // Gold boundaries; a word is widened to the gold morphemes around it when what it gains is kana (行っ|て against 行って).
    const bounds: number[] = [0];
    for (const [surface] of morphs) bounds.push(bounds[bounds.length - 1]! + surface.length);
    for (const { word, by } of traced) {
      if (!word.reading) continue;
      const from = tokens[word.from]!.start;
      const last = tokens[word.to - 1]!;
      const to = last.start + last.surface.length;
      const surface = text.slice(from, to);
      if (!METRIC_KANJI.test(surface)) continue;
      const tally = tallies.get(by) ?? empty();
      tallies.set(by, tally);
      tally.fired++;
      let g0 = bounds.length - 1;
      while (g0 > 0 && bounds[g0]! > from) g0--;
      let g1 = 0;
      while (g1 < bounds.length - 1 && bounds[g1]! < to) g1++;
      const head = text.slice(bounds[g0], from);
      const tail = text.slice(to, bounds[g1]!);
      if (METRIC_KANJI.test(head + tail) || bounds[g1]! < to) continue;
      tally.aligned++;
      const gold = foldReading(morphs.slice(g0, g1).map(([s, r]) => (METRIC_KANJI.test(s) ? r : s)).join(''));
      if (gold.includes('?')) continue;
      const own = tokens.slice(word.from, word.to).map((t) => (t.reading ? toHiragana(t.reading) : t.surface)).join('');
      const replaced = foldReading(head + own + tail);
      const right = foldReading(head + word.reading + tail) === gold;
      if (right) tally.right++;
      if (replaced === gold) tally.replacedRight++;
      if (exampleId && by === exampleId && !right) console.log(`  ${file.endsWith('dev.jsonl') ? 'dev' : 'train'}  ${surface} ${gold} → ${word.reading}  | ${text}`);
    }
  }
  return tallies;
}

const train = measure(trainFile);
const dev = measure(devFile);
const ids = [...new Set([...train.keys(), ...dev.keys()])].filter((id) => showAll || id.startsWith('rule:')).sort();
const cell = (t: Tally | undefined) => (t ? `${String(t.fired).padStart(5)} ${String(t.aligned).padStart(5)} ${String(t.right).padStart(5)} ${String(t.replacedRight).padStart(5)}` : '    -     -     -     -');
console.log(`${''.padEnd(34)}  train: fired align right kuro  |  dev: fired align right kuro`);
let hurting = 0;
for (const id of ids) {
  const t = train.get(id);
  const d = dev.get(id);
  const hurts = !!t && t.right < t.replacedRight;
  const idle = !t || t.right === t.replacedRight;
  if (hurts) hurting++;
  console.log(`${id.padEnd(34)}  ${cell(t)}  |  ${cell(d)}${hurts ? '  HURTS' : idle && id.startsWith('rule:') ? '  no gain on train' : ''}`);
}
console.log(`\n${hurting} row(s) whose reading is right less often on train than the reading it replaces.`);
