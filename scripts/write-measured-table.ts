/**
 * `npm run bench:readme`: regenerates the README's Measured table from the last `npm run bench`
 * (.output/bench-figures.json), between the marker comments, never by hand. Fails when the
 * figures or the markers are missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describeFigure, readFigures, type BenchReport } from './bench-figures';

const README = new URL('../README.md', import.meta.url);
const START = '<!-- bench:measured:start (npm run bench, then npm run bench:readme) -->';
const END = '<!-- bench:measured:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function measuredTable(report: BenchReport): string {
  const when = `${report.date.slice(0, 16).replace('T', ' ')} UTC, load average ${report.loadAverage.start.join(' ')} at the start and ${report.loadAverage.end.join(' ')} at the end (2 cores)`;
  const rows = report.figures.map((f) => `| ${cell(f.label)} | ${cell(describeFigure(f))} | ${cell(f.target)} | ${cell(f.method)} |`);
  return [`Measured ${when}:`, '', '| figure | measured | target | method |', '|---|---|---|---|', ...rows].join('\n');
}

function main(): void {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  const table = measuredTable(readFigures());
  writeFileSync(README, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
  console.log('README.md: Measured table regenerated');
}

main();
