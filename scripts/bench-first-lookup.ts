/**
 * `npx tsx scripts/bench-first-lookup.ts [name=dir ...]`: the dictionary's part of the first
 * hover, in Node, for one or more built extensions (default: this worktree's
 * `.output/chrome-mv3`), run after run in turn: open EDICT as the engine does from the build's
 * `edict/` files (a paged directory; builds of the expanded index, dropped since, are not read) and answer a hover at
 * 制裁 in the reference article from the dictionary alone (dictionaryWordAt, the parts it lacks read
 * together round by round, as the provisional hover does: searchGatheringLoads). Prints per build
 * the bytes, files and rounds of reads and the time (files from the page cache: reading and
 * opening, no browser, no worker hop), with runs, median and spread, and the load average.
 * BENCH_RUNS sets the runs (default 9).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { openShipped } from '../core/dictionary/dictionary-loader';
import { searchGatheringLoads } from '../core/dictionary/gathered-loads';
import { shardFileName } from '../core/dictionary/entry-shards';
import { pageFileName } from '../core/dictionary/paged-index';
import { dictionaryWordAt } from '../core/lookup/dictionary-word-at-point';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TEXT = '2014年のクリミア併合とその後の西側諸国の制裁が真にパートナーシップを深めた。';

const builds = process.argv.slice(2).map((arg) => {
  const at = arg.indexOf('=');
  return at > 0 ? { name: arg.slice(0, at), dir: resolve(arg.slice(at + 1)) } : { name: arg, dir: resolve(arg) };
});
if (builds.length === 0) builds.push({ name: 'this', dir: resolve('.output/chrome-mv3') });

interface Run {
  ms: number;
  bytes: number;
  files: number;
  rounds: number;
  surface?: string;
}

async function firstLookup(dir: string): Promise<Run> {
  let bytes = 0;
  let files = 0;
  const read = async (name: string) => {
    const b = new Uint8Array(await readFile(join(dir, 'edict', name)));
    bytes += b.length;
    files++;
    return b;
  };
  const start = performance.now();
  const d = openShipped(await read('index.yomu'), {
    readIndex: () => read('index.yomu'),
    readPage: (p) => read(pageFileName(p)),
    readShard: (k) => read(shardFileName(k)),
  });
  const at = TEXT.indexOf('制裁') + 1;
  let rounds = 0;
  const word = await searchGatheringLoads(d, (dict) => {
    rounds++;
    return dictionaryWordAt(TEXT, at, { dictionary: dict });
  });
  // Rounds of reads: the last round reads nothing.
  return { ms: performance.now() - start, bytes, files, rounds: rounds - 1, surface: word?.surface };
}

async function main(): Promise<void> {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const before = load();
  const runs = new Map(builds.map((b) => [b.name, [] as Run[]]));
  for (let run = 0; run < RUNS; run++) for (const b of builds) runs.get(b.name)!.push(await firstLookup(b.dir));
  console.log(
    'first lookup from the dictionary alone (Node, files from the page cache): open EDICT from the build, answer 制裁 in the article',
  );
  console.log(`runs ${RUNS} per build, alternated; load average ${before} before, ${load()} after`);
  for (const b of builds) {
    const xs = runs.get(b.name)!;
    const ms = xs.map((x) => x.ms).sort((a, c) => a - c);
    const last = xs[xs.length - 1]!;
    console.log(
      `${b.name}: median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms (${ms[0]!.toFixed(1)}–${ms[ms.length - 1]!.toFixed(1)}), ` +
        `${last.files} files in ${last.rounds} rounds, ${(last.bytes / 1024).toFixed(0)} KB read, answered ${last.surface ?? 'nothing'}`,
    );
  }
}

void main();
