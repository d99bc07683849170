/**
 * The content script's modules (scripts/content-modules.ts): the loader's entry is there, every
 * file is small enough to compile in a short task, the popup's and the panel's stylesheets are
 * inlined as text, and the modules import one another only by relative URL (what a classic
 * content script's `import()` can resolve inside the extension).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildContentModules } from '../../scripts/content-modules';
import { CONTENT_MAIN_MODULE, CONTENT_MAIN_WHOLE_MODULE, CONTENT_MODULES_DIR } from '../../entrypoints/content/content-modules-path';

/** A file's size past which its compile alone nears 50 ms at a 4× CPU slowdown (about 1 ms per KB measured). */
const MAX_MODULE_BYTES = 40_000;
const ROOT = resolve(import.meta.dirname, '../..');

describe.each(['chrome', 'firefox'])('content modules for %s', (target) => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yomu-content-modules-'));
    files = await buildContentModules(ROOT, dir, target);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the loader’s entry is built and every file listed is on disk', () => {
    expect(files).toContain(CONTENT_MAIN_MODULE.slice(CONTENT_MODULES_DIR.length + 1));
    expect([...files].sort()).toEqual(readdirSync(dir).sort());
  });

  test('no module is larger than one short task can compile', () => {
    // The whole fallback (one module, for a load tried again) is the one exception.
    const whole = CONTENT_MAIN_WHOLE_MODULE.slice(CONTENT_MODULES_DIR.length + 1);
    expect(files).toContain(whole);
    const sizes = files.filter((f) => f !== whole).map((f) => [f, readFileSync(join(dir, f)).length] as const);
    expect(sizes.filter(([, size]) => size > MAX_MODULE_BYTES)).toEqual([]);
    // The cut is real: the code is spread over several files, not one.
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(4);
  });

  test('stylesheets are inlined as text and no CSS file is emitted', () => {
    expect(files.filter((f) => f.endsWith('.css'))).toEqual([]);
    const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    // A rule of the popup's stylesheet (components/word-popup.css), minified, inside a string.
    expect(all).toMatch(/--yomu-card-accent:\s*light-dark\(/);
  });

  test('the whole fallback imports nothing', () => {
    const code = readFileSync(join(dir, CONTENT_MAIN_WHOLE_MODULE.slice(CONTENT_MODULES_DIR.length + 1)), 'utf8');
    expect(code).not.toMatch(/(?:from|import)\s*\(?\s*["']\.\//);
    expect(code).toContain('startContent');
  });

  test('modules import one another by relative URL only', () => {
    for (const f of files) {
      const code = readFileSync(join(dir, f), 'utf8');
      const specifiers = [...code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
      expect(
        specifiers.filter((s) => !s.startsWith('./')),
        f,
      ).toEqual([]);
    }
  });
});
