/// <reference path="../tests/e2e/support/chrome-api.d.ts" />
/**
 * `npm run bench:engine-memory`: where the engine's memory goes, per process and per context.
 * The built extension (`.output/chrome-mv3`, or YOMU_EXTENSION_DIR) in Debian's Chromium, with
 * everything the engine has loaded (kuromoji, EDICT, names, name cards, kanji), as
 * `npm run bench`'s "engine process RSS" figure loads it. Prints, per run (a fresh browser each):
 *   - every Chromium process: its type, RSS and its anonymous/file-backed split (/proc/PID/status),
 *     and its PSS (shared pages, such as Chromium's own code, divided among the processes);
 *   - the JS heap (used/total, after GC) and the ArrayBuffers (external memory) of the offscreen
 *     document and of each of its workers (CDP: Runtime.getHeapUsage, HeapProfiler.collectGarbage
 *     through Target auto-attach).
 * Then the extension processes' summed RSS: median and spread over the runs (BENCH_MEMORY_RUNS, 3).
 * Asserts nothing.
 */
import type { CDPSession } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../tests/e2e/support/extension-browser';
import { chromiumProcessTree, loadAverage } from './bench-figures';
import { askOffscreen, loadEveryEngineFile } from './bench-page-support';

const RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 3);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface ProcessRow {
  pid: number;
  type: string;
  rssKb: number;
  anonKb: number;
  fileKb: number;
  shmemKb: number;
  /** Proportional set size: shared pages divided among the processes sharing them (/proc/PID/smaps_rollup). */
  pssKb: number;
}

/** Chromium's processes under the browser that loaded `extensionDir`, with their resident memory. */
function chromiumProcesses(extensionDir: string): ProcessRow[] {
  return chromiumProcessTree(extensionDir).map((r) => {
    const status = readFileSync(`/proc/${r.pid}/status`, 'utf8');
    const kb = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))?.[1] ?? 0);
    const type = r.browser ? 'browser' : (r.args.match(/--type=(\S+)/)?.[1] ?? '?');
    const extension = r.args.includes('--extension-process') ? ' (extension)' : '';
    const rollup = readFileSync(`/proc/${r.pid}/smaps_rollup`, 'utf8');
    return {
      pid: r.pid,
      type: type + extension,
      rssKb: kb('VmRSS'),
      anonKb: kb('RssAnon'),
      fileKb: kb('RssFile'),
      shmemKb: kb('RssShmem'),
      pssKb: Number(rollup.match(/^Pss:\s+(\d+)/m)?.[1] ?? NaN),
    };
  });
}

/** The process's ten largest resident mappings (/proc/PID/smaps), for finding what holds its memory. */
function largestMappings(pid: number): string {
  const blocks = readFileSync(`/proc/${pid}/smaps`, 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/);
  return blocks
    .map((b) => ({ head: b.split('\n')[0]!, rss: Number(b.match(/^Rss:\s+(\d+)/m)?.[1] ?? 0) }))
    .sort((a, b) => b.rss - a.rss)
    .slice(0, 12)
    .map((m) => `    ${(m.rss / 1024).toFixed(1)} MB  ${m.head}`)
    .join('\n');
}

interface ContextMemory {
  kind: string;
  url: string;
  usedSize: number;
  totalSize: number;
  /** ArrayBuffers and other memory outside the JS heap (CDP Runtime.getHeapUsage embedderHeapUsedSize/backingStorageSize when given). */
  external?: number;
}

/**
 * The offscreen document's and its workers' heaps: a CDP session on the browser (through a page
 * of ours), auto-attached to every target, flattened, each sent its commands by session id.
 */
async function contextHeaps(b: ExtensionBrowser): Promise<ContextMemory[]> {
  const page = await b.context.newPage();
  const cdp: CDPSession = await b.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as unknown as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const ours = targetInfos.filter((t) => t.url.includes('offscreen.html') || t.url.includes('background.js'));
  const results: ContextMemory[] = [];
  // Not flattened: messages travel inside Target.sendMessageToTarget, so one CDPSession reaches them all.
  let nextId = 1;
  const pending = new Map<number, (r: unknown) => void>();
  const sessions = new Map<string, { kind: string; url: string }>();
  cdp.on(
    'Target.receivedMessageFromTarget' as never,
    ((event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        result?: unknown;
        error?: unknown;
      };
      if (message.id !== undefined) pending.get(message.id)?.(message.result ?? { error: message.error });
    }) as never,
  );
  const call = (sessionId: string, method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never);
    });
  const measure = async (sessionId: string, kind: string, url: string) => {
    for (let i = 0; i < 3; i++) await call(sessionId, 'HeapProfiler.collectGarbage');
    const usage = (await call(sessionId, 'Runtime.getHeapUsage')) as Record<string, number>;
    results.push({
      kind,
      url,
      usedSize: usage.usedSize ?? NaN,
      totalSize: usage.totalSize ?? NaN,
      external: usage.backingStorageSize ?? usage.embedderHeapUsedSize,
    });
  };
  for (const t of ours) {
    const { sessionId } = (await cdp.send(
      'Target.attachToTarget' as never,
      { targetId: t.targetId, flatten: false } as never,
    )) as unknown as {
      sessionId: string;
    };
    sessions.set(sessionId, { kind: t.type, url: t.url });
    await measure(sessionId, t.type, t.url);
    if (t.url.includes('offscreen.html')) {
      // Its dedicated workers are reached through the document's own auto-attach.
      const workerSessions: { sessionId: string; url: string }[] = [];
      cdp.on(
        'Target.receivedMessageFromTarget' as never,
        ((event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message) as {
            method?: string;
            params?: { sessionId: string; targetInfo: { url: string; type: string } };
          };
          if (message.method === 'Target.attachedToTarget' && message.params)
            workerSessions.push({ sessionId: message.params.sessionId, url: message.params.targetInfo.url });
        }) as never,
      );
      await call(sessionId, 'Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
      await new Promise((r) => setTimeout(r, 500));
      for (const w of workerSessions) {
        const inner = (id: number, method: string, params: Record<string, unknown> = {}) =>
          call(sessionId, 'Target.sendMessageToTarget', { sessionId: w.sessionId, message: JSON.stringify({ id, method, params }) });
        // Replies of the worker come nested inside the document's receivedMessageFromTarget events.
        const nestedPending = new Map<number, (r: unknown) => void>();
        cdp.on(
          'Target.receivedMessageFromTarget' as never,
          ((event: { sessionId: string; message: string }) => {
            if (event.sessionId !== sessionId) return;
            const outer = JSON.parse(event.message) as { method?: string; params?: { sessionId: string; message: string } };
            if (outer.method !== 'Target.receivedMessageFromTarget' || outer.params?.sessionId !== w.sessionId) return;
            const m = JSON.parse(outer.params.message) as { id?: number; result?: unknown; error?: unknown };
            if (m.id !== undefined) nestedPending.get(m.id)?.(m.result ?? { error: m.error });
          }) as never,
        );
        let nid = 1_000_000;
        const callWorker = (method: string, params: Record<string, unknown> = {}) =>
          new Promise<unknown>((resolve) => {
            const id = nid++;
            nestedPending.set(id, resolve);
            void inner(id, method, params);
          });
        for (let i = 0; i < 3; i++) await callWorker('HeapProfiler.collectGarbage');
        const usage = (await callWorker('Runtime.getHeapUsage')) as Record<string, number>;
        results.push({
          kind: 'worker',
          url: w.url,
          usedSize: usage.usedSize ?? NaN,
          totalSize: usage.totalSize ?? NaN,
          external: usage.backingStorageSize ?? usage.embedderHeapUsedSize,
        });
      }
    }
  }
  await cdp.detach();
  await page.close();
  return results;
}

/** Loads everything the engine has (loadEveryEngineFile), with no extension page open. */
async function loadEverything(b: ExtensionBrowser): Promise<void> {
  for (const page of b.context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  await loadEveryEngineFile(askOffscreen(b));
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

async function main(): Promise<void> {
  const loadAtStart = loadAverage();
  const totals: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const b = await launchWithExtension();
    await loadEverything(b);
    const processes = chromiumProcesses(EXTENSION_DIR);
    const extensionKb = processes.filter((p) => p.type.includes('(extension)')).reduce((s, p) => s + p.rssKb, 0);
    totals.push(extensionKb / 1024);
    const extensionPss = processes.filter((p) => p.type.includes('(extension)')).reduce((sum, p) => sum + p.pssKb, 0);
    console.log(
      `run ${run + 1}: extension processes ${(extensionKb / 1024).toFixed(1)} MB RSS, ${(extensionPss / 1024).toFixed(1)} MB PSS`,
    );
    for (const p of processes)
      console.log(
        `  pid ${p.pid} ${p.type}: RSS ${(p.rssKb / 1024).toFixed(1)} MB (anonymous ${(p.anonKb / 1024).toFixed(1)}, files ${(p.fileKb / 1024).toFixed(1)}, shared memory ${(p.shmemKb / 1024).toFixed(1)}); PSS ${(p.pssKb / 1024).toFixed(1)} MB`,
      );
    if (process.env.BENCH_MEMORY_SMAPS === '1')
      for (const p of processes.filter((q) => q.type.includes('(extension)'))) console.log(largestMappings(p.pid));
    if (process.env.BENCH_MEMORY_HEAPS !== '0') {
      try {
        for (const c of await contextHeaps(b))
          console.log(
            `  ${c.kind} ${c.url.replace(/^chrome-extension:\/\/[^/]+/, '')}: JS heap used ${mb(c.usedSize)} of ${mb(c.totalSize)}${c.external === undefined ? '' : `, outside the heap ${mb(c.external)}`}`,
          );
      } catch (err) {
        console.log(`  (no per-context heaps: ${err instanceof Error ? err.message : String(err)})`);
      }
    }
    await b.close();
  }
  const sorted = [...totals].sort((a, b) => a - b);
  console.log(
    `engine process RSS, everything loaded: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} MB over ${RUNS} fresh browsers [${totals.map((t) => t.toFixed(1)).join(', ')}]` +
      `; load average ${loadAtStart.join(' ')} at the start, ${loadAverage().join(' ')} at the end`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
