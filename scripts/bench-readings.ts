/**
 * npm run bench:readings [-- FILE]
 * Speed of the reading layer against kuromoji's own tokenization, in Node: ms per sentence for
 * tokenizing alone, and for tokenizing plus readingSegments (with no knowledge sources, and
 * with the glossary, EDICT and the names the engine passes). Sentences come from the reference article, or
 * from FILE (plain text, or JSON lines with a "text" field).
 *
 * With --cold: text met for the first time. Each turn tokenizes every sentence once (timed), then
 * builds a fresh reading context (its remembered answers empty) and runs the layer once over those
 * tokens (timed); it prints the layer's time as a share of tokenizing, median and spread over turns.
 */
import { readFileSync } from 'node:fs';
import { readingSegments, type ReadingContext } from '../core/furigana/reading-layer';
import { loadNodeSegmenter, loadReadingContext } from './eval-support';

const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
const raw = readFileSync(file ?? new URL('../tests/fixtures/article.ja.txt', import.meta.url), 'utf8');
const sentences = raw
  .split('\n')
  .flatMap((line) => (line.trim().startsWith('{') ? [(JSON.parse(line) as { text: string }).text] : line.split(/(?<=。)/)))
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/**
 * Turns not counted, then turns counted. The engine lives as long as the browser: its code is
 * compiled and optimized after its first pages, while each new page's words are still met for the
 * first time. The first three turns of a run take up to 4× the layer's later ones (V8 optimizing
 * both kuromoji and the layer), so the cold figure counts turns after them.
 */
const WARM_TURNS = 3;
const COLD_TURNS = 15;

const segmenter = await loadNodeSegmenter();
const context = await loadReadingContext();
if (process.argv.includes('--cold')) {
  await coldPasses();
  process.exit(0);
}

/** One pass per turn over all sentences with empty caches: the layer's cost on text it has not seen. */
async function coldPasses(): Promise<void> {
  // Every turn's fresh context is loaded before any is timed: loading one reads and inflates the
  // dictionary files, and the garbage it leaves, collected while the next phase ran, was timed as
  // that phase's (the layer's, mostly: single turns ranged 10–76 %).
  const contexts: ReadingContext[] = [];
  for (let turn = 0; turn < WARM_TURNS + COLD_TURNS; turn++) contexts.push(await loadReadingContext());
  const turns = COLD_TURNS;
  const ratios: number[] = [];
  const tokenizing: number[] = [];
  const reading: number[] = [];
  for (let turn = 0; turn < WARM_TURNS + COLD_TURNS; turn++) {
    let started = performance.now();
    const tokens = sentences.map((s) => segmenter.tokenize(s));
    const tokenizeMs = performance.now() - started;
    const fresh = contexts[turn]!;
    contexts[turn] = {}; // read once: its memory goes when the turn ends
    started = performance.now();
    for (let k = 0; k < sentences.length; k++) readingSegments(sentences[k]!, tokens[k]!, fresh);
    const layerMs = performance.now() - started;
    if (turn < WARM_TURNS) continue; // the code is still being compiled and optimized (kuromoji's and the layer's): not counted
    tokenizing.push(tokenizeMs);
    reading.push(layerMs);
    ratios.push(layerMs / tokenizeMs);
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const mid = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
  const r = sorted(ratios);
  console.log(`cold passes: ${sentences.length} sentences, ${turns} turns (after ${WARM_TURNS} not counted), each with a fresh context`);
  console.log(
    `kuromoji tokenize, one pass: median ${mid(tokenizing).toFixed(0)} ms (${sorted(tokenizing)[0]!.toFixed(0)}–${sorted(tokenizing)[turns - 1]!.toFixed(0)})`,
  );
  console.log(
    `reading layer (glossary, EDICT, names), one pass, caches empty: median ${mid(reading).toFixed(0)} ms (${sorted(reading)[0]!.toFixed(0)}–${sorted(reading)[turns - 1]!.toFixed(0)})`,
  );
  console.log(
    `time added to kuromoji by the reading layer on a cold pass, median of same-turn ratios: +${(mid(ratios) * 100).toFixed(1)}% (spread ${(r[0]! * 100).toFixed(1)}–${(r[turns - 1]! * 100).toFixed(1)}%, target ≤ +20%)`,
  );
}
/** Passes over the sentences in one timed turn: at least 5,000 sentences a turn. */
const LOOPS = Math.max(1, Math.ceil(5000 / sentences.length));

const layer = (ctx: ReadingContext) => (text: string) => readingSegments(text, segmenter.tokenize(text), ctx);
const tokenized = new Map(sentences.map((s) => [s, segmenter.tokenize(s)]));
const variants: [string, (text: string) => unknown][] = [
  ['tokenize', (text) => segmenter.tokenize(text)],
  ['layer', layer({})],
  ['full', layer(context)],
  // The layer's own cost on tokens already made: the least noisy figure on a busy machine.
  ['alone', (text) => readingSegments(text, tokenized.get(text)!, context)],
];
// Warm every variant up, then time them in turns so that JIT and GC affect all alike.
for (const [, run] of variants) for (let k = 0; k < 3; k++) for (const s of sentences) run(s);
const samples = new Map<string, number[]>(variants.map(([name]) => [name, []]));
const TURNS = 21;
for (let turn = 0; turn < TURNS; turn++) {
  for (const [name, run] of variants) {
    const started = performance.now();
    for (let k = 0; k < LOOPS; k++) for (const s of sentences) run(s);
    samples.get(name)!.push((performance.now() - started) / (LOOPS * sentences.length));
  }
}
const median = (name: string) => [...samples.get(name)!].sort((a, b) => a - b)[Math.floor(TURNS / 2)]!;
/** Median over turns of one variant's time over tokenizing's in the same turn: load on the machine drifts between turns, not within one. */
const medianRatio = (name: string) =>
  samples
    .get(name)!
    .map((x, turn) => x / samples.get('tokenize')![turn]!)
    .sort((a, b) => a - b)[Math.floor(TURNS / 2)]!;
const tokenizeOnly = median('tokenize');
const bare = median('layer');
const full = median('full');
const alone = median('alone');
const pct = (x: number) => `${x >= tokenizeOnly ? '+' : ''}${(((x - tokenizeOnly) / tokenizeOnly) * 100).toFixed(1)}%`;

console.log(`${sentences.length} sentences × ${LOOPS} passes × ${TURNS} turns, median turn (${file ?? 'reference article'})`);
console.log(`kuromoji tokenize only:                 ${tokenizeOnly.toFixed(4)} ms/sentence`);
console.log(`tokenize + reading layer:               ${bare.toFixed(4)} ms/sentence (${pct(bare)})`);
console.log(`tokenize + reading layer, glossary, EDICT, names: ${full.toFixed(4)} ms/sentence (${pct(full)})`);
console.log(
  `reading layer alone, glossary, EDICT, names:     ${alone.toFixed(4)} ms/sentence (${((alone / tokenizeOnly) * 100).toFixed(1)}% of tokenizing)`,
);
const added = (medianRatio('full') - 1) * 100;
console.log(
  `time added to kuromoji by the reading layer (glossary, EDICT, names), median of same-turn ratios: ${added >= 0 ? '+' : ''}${added.toFixed(1)}% (target ≤ +20%)`,
);
