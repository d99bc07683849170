/**
 * `npm run bench:hover`: the warm hover figure of `npm run bench` alone (bench-hover.ts: the
 * reference article, mousemove → first frame showing the popup, furigana off then on), for
 * comparing two builds in the same minutes (YOMU_EXTENSION_DIR names the other build's folder).
 * Prints each figure with its method, runs, median and spread, the slowest hovers, and the
 * machine's load average. BENCH_HOVERS sets the number of hovers (130).
 */
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { EXTENSION_DIR } from '../tests/e2e/support/extension-browser';
import { benchHover, describeHoverFigures } from './bench-hover';
import { loadAverage } from './bench-figures';

async function main(): Promise<void> {
  const start = loadAverage();
  const server = await startFixtureServer();
  try {
    const figures = await benchHover(server);
    console.log(`build ${EXTENSION_DIR}; load average ${start.join(' ')} at the start, ${loadAverage().join(' ')} at the end`);
    for (const line of describeHoverFigures(figures)) console.log(line);
    for (const f of figures) {
      const sorted = [...f.hovers].sort((a, b) => a.latency - b.latency);
      const scrolled = f.hovers.filter((h) => h.scrolled).length;
      console.log(
        `  furigana ${f.furigana ? 'on' : 'off'}: min ${sorted[0]?.latency.toFixed(1)} ms, max ${sorted.at(-1)?.latency.toFixed(1)} ms; slowest ten ${sorted
          .slice(-10)
          .map((h) => `${h.latency.toFixed(1)} ${h.word}${h.scrolled ? ' (after a scroll)' : ''}`)
          .join(', ')}; ${scrolled} of ${f.hovers.length} hovers came after a scroll`,
      );
    }
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
