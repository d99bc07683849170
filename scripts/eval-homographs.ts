/**
 * npm run eval:homographs -- FILE.tsv [--raw] [--errors=N] [--examples]
 * Scores the reading layer (or, with --raw, kuromoji's own readings) on ambiguous kanji in
 * context: rows of kanji, 1-based token index, reading, space-separated sentence.
 */
import { readFileSync } from 'node:fs';
import { parseHomographs, scoreHomograph } from '../core/furigana/reading-metric';
import { loadPredictor, parseArguments, percent } from './eval-support';

const args = parseArguments(process.argv.slice(2));
const predict = await loadPredictor(args.raw);
const targets = parseHomographs(readFileSync(args.file, 'utf8'));

let correct = 0;
let split = 0;
const perKanji = new Map<string, { total: number; correct: number }>();
const errors: string[] = [];
for (const target of targets) {
  const pieces = predict(target.text);
  const verdict = scoreHomograph(target, pieces);
  const stats = perKanji.get(target.kanji) ?? { total: 0, correct: 0 };
  stats.total++;
  perKanji.set(target.kanji, stats);
  if (verdict === 'correct') {
    correct++;
    stats.correct++;
    continue;
  }
  if (verdict === 'split') split++;
  let offset = 0;
  let predicted = '';
  for (const [surface, reading] of pieces) {
    if (offset + surface.length > target.start && offset < target.end) predicted += `[${surface}:${reading}]`;
    offset += surface.length;
  }
  const word = target.text.slice(target.start, target.end);
  const shown = `${target.text.slice(0, target.start)}【${word}】${target.text.slice(target.end)}`;
  errors.push(
    `${target.kanji}  ${word}  gold ${target.gold}, predicted ${predicted}${verdict === 'split' ? ' (split)' : ''}${args.examples ? '  | ' + shown : ''}`,
  );
}

console.log(`${args.raw ? 'raw kuromoji' : 'reading layer'} on ${args.file}`);
console.log(`accuracy: ${percent(correct, targets.length)} (${correct} / ${targets.length} targets), ${split} split`);
const worst = [...perKanji.entries()]
  .filter(([, s]) => s.correct < s.total)
  .sort((a, b) => b[1].total - b[1].correct - (a[1].total - a[1].correct));
console.log(`\nkanji with errors (wrong / total): ${worst.map(([k, s]) => `${k} ${s.total - s.correct}/${s.total}`).join(', ')}`);
if (errors.length) {
  console.log('\nerrors:');
  for (const e of errors.slice(0, args.errors)) console.log('  ' + e);
}
