/**
 * Figures for the bundled dictionary (a measurement, not a test):
 *
 *     npm run bench:dict
 *
 * - file size, compressed and not;
 * - load time, median of several runs: decompression (Node's zlib, and DecompressionStream as
 *   the extension's engine uses it) and loadDictionary (layout check and index);
 * - memory added by a loaded dictionary: JS heap and array buffers, after garbage collection
 *   (needs node --expose-gc, which the npm script passes);
 * - searchWord time per call over every token of the reference article: the first pass on a
 *   fresh dictionary (nothing decoded yet) and later passes, median and p95.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { inflateDictionaryFile } from '../core/dictionary/dictionary-file';
import { loadDictionary, type Dictionary } from '../core/dictionary/packed-dictionary';
import { searchWord } from '../core/dictionary/word-search';
import { loadNodeSegmenter } from '../dict/node-kuromoji';
import { EDICT_FILE, readBundledEdictBytes } from '../dict/edict/node-edict';

const LOAD_RUNS = 7;
const WARM_PASSES = 20;

const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  return quantile(values, 0.5);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const us = (value: number) => `${(value * 1000).toFixed(1)} µs`;

async function main(): Promise<void> {
  const gz = new Uint8Array(readFileSync(EDICT_FILE));
  const raw = new Uint8Array(gunzipSync(gz));
  console.log(`file: ${EDICT_FILE}`);
  console.log(`size: ${mb(gz.length)} gzip (${gz.length} bytes), ${mb(raw.length)} uncompressed`);

  const zlibTimes: number[] = [];
  const streamTimes: number[] = [];
  const loadTimes: number[] = [];
  let dict: Dictionary | undefined;
  for (let run = 0; run < LOAD_RUNS; run++) {
    zlibTimes.push(time(() => gunzipSync(gz))[1]);
    const start = performance.now();
    const inflated = await inflateDictionaryFile(gz);
    streamTimes.push(performance.now() - start);
    const [loaded, loadMs] = time(() => loadDictionary(inflated));
    loadTimes.push(loadMs);
    dict = loaded;
  }
  console.log(`\nload, median of ${LOAD_RUNS} runs:`);
  console.log(`  decompress with zlib (Node):             ${ms(median(zlibTimes))}`);
  console.log(`  decompress with DecompressionStream:     ${ms(median(streamTimes))}`);
  console.log(`  loadDictionary (check layout, index):    ${ms(median(loadTimes))}  (first run ${ms(loadTimes[0]!)})`);
  console.log(`  total as the engine does it (stream + load): ${ms(median(streamTimes.map((t, i) => t + loadTimes[i]!)))}`);

  dict = undefined;
  if (gc) {
    gc();
    gc();
    const before = process.memoryUsage();
    const held = loadDictionary(readBundledEdictBytes());
    gc();
    gc();
    const after = process.memoryUsage();
    console.log('\nmemory added by one loaded dictionary (after gc):');
    console.log(`  JS heap (heapUsed):          ${((after.heapUsed - before.heapUsed) / 1024).toFixed(0)} KB`);
    console.log(`  array buffers (file, index): ${mb(after.arrayBuffers - before.arrayBuffers)}`);
    // Decode a few hundred entries, as a reading session would, and look again.
    for (let id = 0; id < held.entryCount; id += Math.floor(held.entryCount / 500)) held.entry(id);
    gc();
    const used = process.memoryUsage();
    console.log(
      `  JS heap after 500 entries decoded (kept in the entry cache): ${((used.heapUsed - before.heapUsed) / 1024).toFixed(0)} KB`,
    );
    console.log(`  entries ${held.entryCount}, keys ${held.keyCount}`);
    dict = held;
  } else {
    console.log('\nmemory: run with node --expose-gc (npm run bench:dict does) to measure it');
    dict = loadDictionary(raw);
  }

  const segmenter = await loadNodeSegmenter();
  const article = readFileSync(new URL('../tests/fixtures/article.ja.txt', import.meta.url), 'utf8');
  const tokens = segmenter.tokenize(article);
  const fresh = loadDictionary(raw);
  const cold: number[] = [];
  for (let i = 0; i < tokens.length; i++) cold.push(time(() => searchWord(fresh, tokens, i))[1]);
  const warm: number[] = [];
  let found = 0;
  for (let pass = 0; pass < WARM_PASSES; pass++) {
    for (let i = 0; i < tokens.length; i++) {
      const [result, t] = time(() => searchWord(dict, tokens, i));
      warm.push(t);
      if (pass === 0 && result) found++;
    }
  }
  const keyLookups: number[] = [];
  for (let pass = 0; pass < WARM_PASSES; pass++) {
    for (const t of tokens) keyLookups.push(time(() => dict.lookup(t.basicForm))[1]);
  }
  console.log(`\nlookupWord over the reference article's ${tokens.length} tokens (${found} found an entry):`);
  console.log(`  first pass, fresh dictionary: median ${us(median(cold))}, p95 ${us(quantile(cold, 0.95))}, max ${us(Math.max(...cold))}`);
  console.log(
    `  ${WARM_PASSES} later passes:              median ${us(median(warm))}, p95 ${us(quantile(warm, 0.95))}, max ${us(Math.max(...warm))}`,
  );
  console.log(`dictionary.lookup(basic form): median ${us(median(keyLookups))}, p95 ${us(quantile(keyLookups, 0.95))}`);
}

await main();
