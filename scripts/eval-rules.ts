/**
 * npm run eval:rules [-- TRAIN.jsonl DEV.jsonl] [--all] [--examples=ID]
 * The evidence for every pass and rule row of the reading layer: on each set (KWDLC train and
 * dev by default, counted separately) how often it decided a word, how often its reading was
 * right, and how often kuromoji's own reading of the same tokens would have been right. A word
 * counts where its tokens start and end on gold morpheme boundaries (else it is "unaligned").
 * Rows whose precision on train is below the reading they replace are flagged HURTS; --all also
 * lists the passes (glossary, number, name, dictionary, sino, kuromoji); --examples=ID prints
 * the sentences where row ID was wrong; --write-evidence writes each row's figures into the table.
 * The homograph train and dev sets are measured too (a word that is exactly the target). The last
 * columns are each row's gain over kuromoji (right − kuromoji right) on train's two halves
 * (`halfOf`: blocks of 50 consecutive lines, even and odd), so a row can be seen to help on both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readingSegments } from '../core/furigana/reading-layer';
import { foldReading, parseHomographs, type ReadingPiece } from '../core/furigana/reading-metric';
import type { Word } from '../core/furigana/reading-word';
import { hasKanji, toHiragana } from '../core/text/kana';
import { tokenEnd } from '../core/segmenter/token-helpers';
import type { Token } from '../core/segmenter/token';
import { halfOf, loadNodeSegmenter, loadReadingContext } from './eval-support';

const argv = process.argv.slice(2);
const files = argv.filter((a) => !a.startsWith('--'));
const [trainFile, devFile] = (files.length >= 2 ? files : ['/work/shared/eval/kwdlc-train.jsonl', '/work/shared/eval/kwdlc-dev.jsonl']) as [
  string,
  string,
];
const homographTrainFile = argv.find((a) => a.startsWith('--homographs='))?.slice(13) ?? '/work/shared/eval/homograph-train.tsv';
const homographDevFile = homographTrainFile.replace('-train', '-dev');
const writeEvidence = argv.includes('--write-evidence');
const evidence = new Map<string, { train: Tally; dev: Tally; homographs?: Tally }>();
const showAll = argv.includes('--all');
const exampleId = argv.find((a) => a.startsWith('--examples='))?.slice(11);

interface Tally {
  fired: number;
  aligned: number;
  right: number;
  replacedRight: number;
}
const empty = (): Tally => ({ fired: 0, aligned: 0, right: 0, replacedRight: 0 });

const segmenter = await loadNodeSegmenter();
const context = await loadReadingContext();

/** Tallies over a whole KWDLC file, and over each of its halves (`halfOf`). */
const halves = { a: new Map<string, Tally>(), b: new Map<string, Tally>() };

function measure(file: string, byHalf = false): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  let index = 0;
  const traced: { word: Word; by: string; tokens: readonly Token[] }[] = [];
  const traceContext = { ...context, trace: (word: Word, by: string, tokens: readonly Token[]) => traced.push({ word, by, tokens }) };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const half = byHalf ? halves[halfOf(index)] : undefined;
    index++;
    const { text, morphs } = JSON.parse(line) as { text: string; morphs: ReadingPiece[] };
    traced.length = 0;
    readingSegments(text, segmenter.tokenize(text), traceContext);
    // Gold boundaries; a word is widened to the gold morphemes around it when what it gains is kana (行っ|て against 行って).
    const bounds: number[] = [0];
    for (const [surface] of morphs) bounds.push(bounds[bounds.length - 1]! + surface.length);
    for (const { word, by, tokens } of traced) {
      if (!word.reading) continue;
      const from = tokens[word.from]!.start;
      const last = tokens[word.to - 1]!;
      const to = tokenEnd(last);
      const surface = text.slice(from, to);
      if (!hasKanji(surface)) continue;
      const tally = tallies.get(by) ?? empty();
      tallies.set(by, tally);
      const halfTally = half?.get(by) ?? empty();
      half?.set(by, halfTally);
      tally.fired++;
      halfTally.fired++;
      let g0 = bounds.length - 1;
      while (g0 > 0 && bounds[g0]! > from) g0--;
      let g1 = 0;
      while (g1 < bounds.length - 1 && bounds[g1]! < to) g1++;
      const head = text.slice(bounds[g0], from);
      const tail = text.slice(to, bounds[g1]!);
      if (hasKanji(head + tail) || bounds[g1]! < to) continue;
      tally.aligned++;
      halfTally.aligned++;
      const gold = foldReading(
        morphs
          .slice(g0, g1)
          .map(([s, r]) => (hasKanji(s) ? r : s))
          .join(''),
      );
      if (gold.includes('?')) continue;
      const own = tokens
        .slice(word.from, word.to)
        .map((t) => (t.reading ? toHiragana(t.reading) : t.surface))
        .join('');
      const replaced = foldReading(head + own + tail);
      const right = foldReading(head + word.reading + tail) === gold;
      if (right) tally.right++;
      if (replaced === gold) tally.replacedRight++;
      if (right) halfTally.right++;
      if (replaced === gold) halfTally.replacedRight++;
      if (exampleId && by === exampleId && !right)
        console.log(`  ${file.endsWith('dev.jsonl') ? 'dev' : 'train'}  ${surface} ${gold} → ${word.reading}  | ${text}`);
    }
  }
  return tallies;
}

/**
 * On a homograph file: a traced word that covers the target token is judged as the homograph metric
 * judges the segment over it: exactly the target, its reading must be the gold; starting or ending
 * with it or holding it (その|他 in その他), its reading must start with, end with or hold the gold.
 */
function measureHomographs(file: string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const traced: { word: Word; by: string; tokens: readonly Token[] }[] = [];
  const traceContext = { ...context, trace: (word: Word, by: string, tokens: readonly Token[]) => traced.push({ word, by, tokens }) };
  for (const target of parseHomographs(readFileSync(file, 'utf8'))) {
    traced.length = 0;
    readingSegments(target.text, segmenter.tokenize(target.text), traceContext);
    for (const { word, by, tokens } of traced) {
      const first = tokens[word.from]!;
      const last = tokens[word.to - 1]!;
      const end = tokenEnd(last);
      if (first.start > target.start || end < target.end || !word.reading) continue;
      const reads = (reading: string) => {
        const r = foldReading(reading);
        if (first.start === target.start && end === target.end) return r === target.gold;
        if (first.start === target.start) return r.startsWith(target.gold);
        if (end === target.end) return r.endsWith(target.gold);
        return r.includes(target.gold);
      };
      const tally = tallies.get(by) ?? empty();
      tallies.set(by, tally);
      tally.fired++;
      tally.aligned++;
      if (reads(word.reading)) tally.right++;
      else if (exampleId === by) console.log(`  homograph  ${target.kanji} ${target.gold} → ${word.reading}  | ${target.text}`);
      if (
        reads(
          tokens
            .slice(word.from, word.to)
            .map((t) => toHiragana(t.reading))
            .join(''),
        )
      )
        tally.replacedRight++;
    }
  }
  return tallies;
}

const train = measure(trainFile, true);
const dev = measure(devFile);
const homographTrain = measureHomographs(homographTrainFile);
const homographDev = measureHomographs(homographDevFile);
const ids = [...new Set([...train.keys(), ...dev.keys(), ...homographTrain.keys()])]
  .filter((id) => showAll || id.startsWith('rule:'))
  .sort();
const gainOf = (t: Tally | undefined) => (t ? `${t.right - t.replacedRight >= 0 ? '+' : ''}${t.right - t.replacedRight}` : '-').padStart(4);
const cell = (t: Tally | undefined) =>
  t
    ? `${String(t.fired).padStart(5)} ${String(t.aligned).padStart(5)} ${String(t.right).padStart(5)} ${String(t.replacedRight).padStart(5)}`
    : '    -     -     -     -';
console.log(
  `${''.padEnd(34)}  train: fired align right kuro  |  dev: fired align right kuro  |  homograph train: fired right kuro  dev: fired right kuro  |  train halves a, b: right-kuro`,
);
let hurting = 0;
for (const id of ids) {
  const t = train.get(id);
  const d = dev.get(id);
  const h = homographTrain.get(id);
  const hd = homographDev.get(id);
  // Train evidence: KWDLC train and the homograph train set together.
  const gain = (t ? t.right - t.replacedRight : 0) + (h ? h.right - h.replacedRight : 0);
  const hurts = gain < 0;
  const idle = gain === 0;
  if (hurts) hurting++;
  if (writeEvidence && id.startsWith('rule:')) evidence.set(id.slice(5), { train: t ?? empty(), dev: d ?? empty(), homographs: h });
  const short = (x: Tally | undefined) =>
    x ? `${String(x.aligned).padStart(5)} ${String(x.right).padStart(5)} ${String(x.replacedRight).padStart(4)}` : '    -     -    -';
  console.log(
    `${id.padEnd(34)}  ${cell(t)}  |  ${cell(d)}  |  ${short(h)}  ${short(hd)}  |  ${gainOf(halves.a.get(id))} ${gainOf(halves.b.get(id))}${hurts ? '  HURTS' : idle && id.startsWith('rule:') ? '  no gain on train' : ''}`,
  );
}
console.log(`\n${hurting} row(s) whose reading is right less often on train than the reading it replaces.`);

if (writeEvidence) {
  // Rewrites each row's evidence in the table with what was just measured: one line, or the block
  // prettier wraps it into; never past the row's end into the next row's.
  const table = new URL('../core/furigana/rules/context-rows.ts', import.meta.url);
  const figures = (x: Tally) => `{ fired: ${x.aligned}, right: ${x.right}, kuromoji: ${x.replacedRight} }`;
  let source = readFileSync(table, 'utf8');
  const row = /( {4}id: '([^']+)',(?:(?! {4}id: )[\s\S])*?) {4}evidence: (?:\{[^\n]*\},\n|\{\n[\s\S]*?\n {4}\},\n)/g;
  source = source.replace(row, (_whole, head: string, id: string) => {
    const e = evidence.get(id) ?? { train: empty(), dev: empty() };
    const homographs = e.homographs ? `, homographs: ${figures(e.homographs)}` : '';
    return `${head}    evidence: { train: ${figures(e.train)}, dev: ${figures(e.dev)}${homographs} },\n`;
  });
  writeFileSync(table, source);
  console.log(`evidence written into ${table.pathname}`);
}
