/**
 * npm run eval:readings -- FILE.jsonl [--raw] [--errors=N] [--examples] [--half=a|b]
 * Scores the reading layer (or, with --raw, kuromoji's own readings) against gold readings:
 * one JSON object a line, {"text": …, "morphs": [[surface, reading], …]}. --half=a|b scores one
 * half of the file (blocks of 50 consecutive lines, even or odd: `halfOf` in eval-support).
 */
import { readFileSync } from 'node:fs';
import { scoreSentence, type ChunkError, type ReadingPiece } from '../core/furigana/reading-metric';
import { halfOf, loadPredictor, parseArguments, percent } from './eval-support';

const args = parseArguments(process.argv.slice(2));
const predict = await loadPredictor(args.raw);
const lines = readFileSync(args.file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .filter((_l, index) => !args.half || halfOf(index) === args.half);

let total = 0;
let correct = 0;
let mismatched = 0;
const errors: ChunkError[] = [];
const started = performance.now();
for (const line of lines) {
  const { text, morphs } = JSON.parse(line) as { text: string; morphs: ReadingPiece[] };
  const score = scoreSentence(morphs, predict(text));
  if (score.mismatch) mismatched++;
  total += score.total;
  correct += score.correct;
  errors.push(...score.errors);
}
const ms = performance.now() - started;

const grouped = new Map<string, { error: ChunkError; count: number }>();
for (const e of errors) {
  const key = `${e.text}\t${e.gold}\t${e.predicted}`;
  const entry = grouped.get(key);
  if (entry) entry.count++;
  else grouped.set(key, { error: e, count: 1 });
}
const frequent = [...grouped.values()].sort((a, b) => b.count - a.count).slice(0, args.errors);

console.log(`${args.raw ? 'raw kuromoji' : 'reading layer'} on ${args.file}${args.half ? ` (half ${args.half})` : ''}`);
console.log(`sentences: ${lines.length}${mismatched ? ` (${mismatched} not covering the gold text, unscored)` : ''}`);
console.log(`accuracy: ${percent(correct, total)} (${correct} / ${total} kanji chunks), ${errors.length} errors`);
console.log(`time: ${(ms / lines.length).toFixed(3)} ms per sentence`);
if (frequent.length) {
  console.log(`\nmost frequent errors (count  text  gold → predicted${args.examples ? '  | sentence' : ''}):`);
  for (const { error, count } of frequent) {
    console.log(
      `${String(count).padStart(4)}  ${error.text}  ${error.gold} → ${error.predicted}${args.examples ? '  | ' + error.context : ''}`,
    );
  }
}
