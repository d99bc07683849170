/**
 * What the popup's name cards cost the engine (a measurement, not a test):
 *
 *     npm run bench:name-cards
 *
 * The engine (core/engine/reading-engine.ts) reads dict/names/name-cards.tsv.gz on demand: after
 * its first lookup, never waited for. This prints, over RUNS loads (median and range): the
 * file's size compressed and not; the time to decompress and open it (Node's zlib; the engine
 * inflates it with DecompressionStream in its file worker and is handed the bytes); the memory the
 * loaded source keeps (JS heap and array buffers after garbage collection: the UTF-8 bytes,
 * searched in place) and the peak while loading; and a lookup's time. Needs node --expose-gc (the
 * npm script passes it).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { nameCardSource, type NameCardSource } from '../core/names/name-cards';

const FILE = fileURLToPath(new URL('../dict/names/name-cards.tsv.gz', import.meta.url));
const RUNS = 5;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:name-cards)');

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const range = (v: number[], f: (n: number) => string) => `${f(Math.min(...v))}–${f(Math.max(...v))}`;

function load(): { source: NameCardSource; ms: number; peak: number; chars: number; bytes: number } {
  const start = performance.now();
  // A copy of its own, as the engine's file worker hands it over (not a view of zlib's pool).
  const raw = new Uint8Array(gunzipSync(readFileSync(FILE)));
  const source = nameCardSource(raw);
  const ms = performance.now() - start;
  const m = process.memoryUsage();
  return { source, ms, peak: m.heapUsed + m.arrayBuffers, chars: new TextDecoder().decode(raw).length, bytes: raw.length };
}

const times: number[] = [];
const kept: number[] = [];
const peaks: number[] = [];
/** Every run's source stays alive, so that each run's figure is its own source's (none freed under it). */
const alive: NameCardSource[] = [];
let shape = { chars: 0, bytes: 0, lines: 0 };
for (let r = 0; r < RUNS; r++) {
  gc();
  gc();
  const before = process.memoryUsage();
  const base = before.heapUsed + before.arrayBuffers;
  const { source, ms, peak, chars, bytes } = load();
  alive.push(source);
  gc();
  gc();
  const after = process.memoryUsage();
  times.push(ms);
  peaks.push(peak - base);
  kept.push(after.heapUsed + after.arrayBuffers - base);
  shape = { chars, bytes, lines: source.size };
  // Lookups on the loaded source: a hit (読売新聞).
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) source.lookup('読売新聞');
  if (r === RUNS - 1) console.log(`lookup 読売新聞: ${((performance.now() - t0) / 1000).toFixed(4)} ms a call (1,000 calls)`);
}
console.log(
  `${FILE}: ${mb(statSync(FILE).size)} compressed, ${mb(shape.bytes)} of UTF-8, ${shape.chars.toLocaleString('en')} characters, ${shape.lines.toLocaleString('en')} lines`,
);
console.log(`method: Node ${process.version}, gunzip + nameCardSource over the bytes, ${RUNS} runs, memory after gc()`);
console.log(`load: median ${median(times).toFixed(0)} ms (${range(times, (n) => n.toFixed(0))} ms)`);
console.log(`kept by the loaded source: median ${mb(median(kept))} (${range(kept, mb)}); peak while loading: median ${mb(median(peaks))}`);
