/**
 * The figures `npm run bench` measures, as data: each with its method, the number of runs, the
 * median and the spread (lowest–highest) of its samples, and its target. The bench prints them
 * and writes them to `.output/bench-figures.json`, from which `scripts/write-measured-table.ts`
 * regenerates the README's Measured table.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadavg } from 'node:os';

export interface Figure {
  /** What is measured, as the table's first column says it. */
  label: string;
  /** How: where the clock starts and stops, in which browser, over what. */
  method: string;
  unit: 'ms' | 'MB' | 'count';
  /** The samples, one per run. */
  samples: number[];
  /** Which statistic the target is on ('median' or 'p95'); the median is always shown. */
  statistic?: 'median' | 'p95';
  /** The target as the issue states it, in words (≤ 300 ms). */
  target: string;
}

export interface BenchReport {
  /** When and on what: ISO date, the machine's load average at the start and the end. */
  date: string;
  loadAverage: { start: number[]; end: number[] };
  figures: Figure[];
}

export const FIGURES_FILE = new URL('../.output/bench-figures.json', import.meta.url);

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

function format(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'ms') return `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return String(Math.round(value));
}

/** "median 212 ms (5 runs: 180–260 ms)", with the p95 first where that is the target's statistic. */
export function describeFigure(f: Figure): string {
  const n = f.samples.length;
  if (n === 0) return 'not measured';
  const lo = Math.min(...f.samples);
  const hi = Math.max(...f.samples);
  const p95 = f.statistic === 'p95' ? `p95 ${format(percentile(f.samples, 95), f.unit)}, ` : '';
  const spread = n > 1 ? `: ${format(lo, f.unit)}–${format(hi, f.unit)}` : '';
  return `${p95}median ${format(median(f.samples), f.unit)} (${n} run${n === 1 ? '' : 's'}${spread})`;
}

export function printFigures(report: BenchReport): void {
  console.log(
    `measured ${report.date}, load average ${report.loadAverage.start.map((l) => l.toFixed(2)).join(' ')} at the start, ${report.loadAverage.end.map((l) => l.toFixed(2)).join(' ')} at the end`,
  );
  for (const f of report.figures) console.log(`${f.label}: ${describeFigure(f)}  [${f.method}]  (target ${f.target})`);
}

export function writeFigures(report: BenchReport): void {
  const path = FIGURES_FILE.pathname;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
}

export function readFigures(): BenchReport {
  return JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as BenchReport;
}

export function loadAverage(): number[] {
  return loadavg().map((l) => Math.round(l * 100) / 100);
}

/** The bytes under a folder (the unpacked, installed extension). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    total += s.isDirectory() ? folderBytes(path) : s.size;
  }
  return total;
}

/** One process of a Chromium's tree, from ps: its id, resident set (kB) and command line. */
export interface ChromiumProcess {
  pid: number;
  rssKb: number;
  args: string;
  /** Whether it is the browser process itself (the others descend from it). */
  browser: boolean;
}

/**
 * The processes of the Chromium launched with `--load-extension=<extensionDir>`: the browser
 * process first, then every process descending from it (a few levels: zygotes, renderers). Empty
 * when there is no such browser. Linux only (ps).
 */
export function chromiumProcessTree(extensionDir: string): ChromiumProcess[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8', maxBuffer: 16 << 20 })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKb: Number(m[3]), args: m[4]! }));
  const browser = rows.find((r) => r.args.includes(`--load-extension=${extensionDir}`) && !r.args.includes('--type='));
  if (!browser) return [];
  const byPid = new Map(rows.map((r) => [r.pid, r]));
  const descends = (r: (typeof rows)[number]): boolean => {
    for (let p = byPid.get(r.ppid), hops = 0; p && hops < 6; p = byPid.get(p.ppid), hops++) if (p.pid === browser.pid) return true;
    return false;
  };
  return [browser, ...rows.filter((r) => r !== browser && descends(r))].map(({ pid, rssKb, args }) => ({
    pid,
    rssKb,
    args,
    browser: pid === browser.pid,
  }));
}

/** Memory of the extension's renderer processes, in MB: RSS as `ps` gives it, PSS and the processes' own pages. */
export interface ExtensionMemory {
  /** Resident set size, summed: counts every shared page (Chromium's own code) in full. */
  rss: number;
  /** Proportional set size (/proc/PID/smaps_rollup): shared pages divided among the processes sharing them. */
  pss: number;
  /** The processes' own pages (RssAnon + RssShmem of /proc/PID/status): the heaps and buffers, no file pages. */
  own: number;
  /** Resident file pages of Chromium's own executable in these processes (/proc/PID/smaps, Rss less Anonymous): its code and read-only data, shared with every Chromium process. */
  browserBinary: number;
}

/**
 * The memory of the extension's renderer processes under the Chromium launched with
 * `--load-extension=<extensionDir>` (offscreen document with its workers, service worker), or
 * undefined when no such process is found. Linux only (ps, /proc).
 */
export function extensionProcessMemory(extensionDir: string): ExtensionMemory | undefined {
  const extension = chromiumProcessTree(extensionDir).filter((r) => r.args.includes('--extension-process'));
  if (extension.length === 0) return undefined;
  let pssKb = 0;
  let ownKb = 0;
  let binaryKb = 0;
  for (const r of extension) {
    // The process's executable (/usr/lib/chromium/chromium on Debian).
    const executable = readlinkSync(`/proc/${r.pid}/exe`);
    for (const mapping of readFileSync(`/proc/${r.pid}/smaps`, 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/)) {
      const head = mapping.slice(0, mapping.indexOf('\n'));
      // Its file pages only: the anonymous ones (relocated data, written data) are RssAnon, counted as own.
      const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(mapping)?.[1] ?? 0);
      if (head.endsWith(` ${executable}`)) binaryKb += kb('Rss') - kb('Anonymous');
    }
    const field = (text: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    pssKb += field(readFileSync(`/proc/${r.pid}/smaps_rollup`, 'utf8'), 'Pss');
    // RssAnon and RssShmem are in /proc/PID/status (smaps_rollup has no such fields).
    const status = readFileSync(`/proc/${r.pid}/status`, 'utf8');
    ownKb += field(status, 'RssAnon') + field(status, 'RssShmem');
  }
  return {
    rss: extension.reduce((sum, r) => sum + r.rssKb, 0) / 1024,
    pss: pssKb / 1024,
    own: ownKb / 1024,
    browserBinary: binaryKb / 1024,
  };
}
