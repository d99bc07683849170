/**
 * `npx tsx scripts/bench-cold-start.ts [name=dir ...]`: the first popup in a fresh browser
 * (bench-cold-hover.ts, the figure `npm run bench` reports), for one or more builds of the
 * extension taken in turn, run after run, so that an A/B on this shared machine compares builds
 * measured in the same minutes. Without arguments: this worktree's `.output/chrome-mv3`.
 * Prints, per build, the latencies, their median and spread, the load average before and after,
 * and with YOMU_TRACE=1 each run's timeline (the milestones of the tab, the service worker and
 * the engine, in ms from the page's load event; builds without the marks show the tab's end only)
 * and, per build, the first popup's stages (firstPopupStages), each the median over the runs.
 * BENCH_COLD_HOVER_RUNS sets the runs per build (default 5).
 */
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { EXTENSION_DIR } from '../tests/e2e/support/extension-browser';
import { findWordPoint, firstPopupStages, oneColdHover } from './bench-cold-hover';
import { median } from './bench-figures';

const RUNS = Number(process.env.BENCH_COLD_HOVER_RUNS ?? 5);
const TRACE = process.env.YOMU_TRACE === '1';

const builds = process.argv.slice(2).map((arg) => {
  const at = arg.indexOf('=');
  return at > 0 ? { name: arg.slice(0, at), dir: resolve(arg.slice(at + 1)) } : { name: arg, dir: resolve(arg) };
});
if (builds.length === 0) builds.push({ name: 'this', dir: EXTENSION_DIR });

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const loadBefore = load();
  const latencies = new Map<string, number[]>(builds.map((b) => [b.name, []]));
  const missed = new Map<string, number>(builds.map((b) => [b.name, 0]));
  const fromPointer = new Map<string, number[]>(builds.map((b) => [b.name, []]));
  const stages = new Map<string, Record<string, number>[]>(builds.map((b) => [b.name, []]));
  try {
    const point = await findWordPoint(server, builds[0]!.dir);
    for (let run = 0; run < RUNS; run++) {
      for (const build of builds) {
        const { ms, fromPointerMs, timeline } = await oneColdHover(server, { extensionDir: build.dir, trace: TRACE, point });
        if (ms === undefined) missed.set(build.name, missed.get(build.name)! + 1);
        else latencies.get(build.name)!.push(ms);
        if (fromPointerMs !== undefined) fromPointer.get(build.name)!.push(fromPointerMs);
        console.log(`run ${run + 1} ${build.name}: ${ms === undefined ? 'no popup in 30 s' : `${Math.round(ms)} ms`} (load ${load()})`);
        if (timeline) {
          stages.get(build.name)!.push(firstPopupStages(timeline));
          for (const [name, at] of Object.entries(timeline)) console.log(`  ${String(Math.round(at)).padStart(7)} ms  ${name}`);
        }
      }
    }
  } finally {
    await server.close();
  }
  console.log(
    `\nfirst popup in a fresh browser: Debian Chromium, headless, a new profile per run, the reference article, the pointer put on 制裁 before the article is asked for and wiggling there, so on the word at the load event; loadEventStart → first frame showing 制裁 with entries`,
  );
  console.log(`load average ${loadBefore} before, ${load()} after (${cpus().length} cores)`);
  for (const build of builds) {
    const xs = latencies.get(build.name)!;
    const spread = xs.length ? `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}` : '–';
    const lost = missed.get(build.name)! ? `, ${missed.get(build.name)} without a popup` : '';
    console.log(
      `${build.name}: median ${Math.round(median(xs))} ms (${xs.length} runs: ${spread} ms${lost}) [${xs.map(Math.round).join(', ')}]  ${build.dir}`,
    );
    const runs = stages.get(build.name)!;
    const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
    for (const name of names) {
      const values = runs.map((r) => r[name]).filter((x): x is number => x !== undefined);
      console.log(`  ${name.padEnd(58)} median ${String(Math.round(median(values))).padStart(5)}  [${values.map(Math.round).join(', ')}]`);
    }
    const ps = fromPointer.get(build.name)!;
    if (ps.length)
      console.log(
        `${build.name}: from the later of the load event and the pointer's first move: median ${Math.round(median(ps))} ms [${ps.map(Math.round).join(', ')}]`,
      );
  }
}

await main();
