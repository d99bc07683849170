/**
 * Builds the content script's page-side code as ES modules in pieces (issue 12, slow machines).
 *
 * A content script listed in the manifest is one classic script: the browser parses and compiles
 * all of it in one task before any of it runs (the 145 KB bundle took 130–200 ms at a 4× CPU
 * slowdown). The listed script (`entrypoints/content/index.ts`) is therefore only a loader, and
 * what it runs is imported with `import()` from these modules: the browser fetches, compiles and
 * starts each in a task of its own, in the content script's isolated world. WXT 0.20 builds content
 * scripts as one IIFE only (its issue #357), so the modules are bundled here with esbuild (code
 * splitting, shared chunks) and shipped as web-accessible resources under `content-modules/`.
 *
 * `?inline` CSS imports (Vite's convention, used by the popup and the panel for their shadow roots)
 * become the minified stylesheet's text, as Vite makes them.
 *
 * @param root the project's root directory.
 * @param outDir where to write the modules (emptied first).
 * @param target the browser the build is for (`chrome` or `firefox`), for the syntax level.
 * @param watch keep rebuilding into `outDir` as the sources change (`npm run dev`).
 * @returns the written files' names, relative to `outDir`.
 * @throws esbuild's error when a module does not build.
 */
import { context, transform, type BuildOptions, type Plugin } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';

/** `import css from './x.css?inline'` → the stylesheet's minified text. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

/**
 * The modules, by output name. `content-main` is the loader's entry; the others are where the
 * code is cut so that no one file takes long to compile (each ≤ ~30 KB minified, about 30 ms at a
 * 4× slowdown): the hover, the text under the pointer, the popup's view (Preact, its cards and
 * stylesheet), a short frame's popup in the top page, and the glossary.
 * Code two of them share goes into chunks of its own.
 */
const CONTENT_MAIN_ENTRY = 'content-main';
const CONTENT_MODULES: Record<string, string> = {
  'content-main': 'entrypoints/content/content-main.ts',
  'start-hover': 'entrypoints/content/hover/start-hover.ts',
  'popup-host': 'entrypoints/content/hover/popup-host.tsx',
  // A short frame's popup drawn in the top page: imported by content-main once the hover runs.
  'frame-popup': 'entrypoints/content/hover/frame-popup.ts',
  // The text under the pointer (hit test, scanner, form fields), which the hover imports: an
  // entry, so that its code is a chunk of its own and start-hover stays under the size one short
  // task compiles.
  'text-at-point': 'entrypoints/content/hover/text-at-point.ts',
  'glossary-feature': 'entrypoints/content/glossary/glossary-feature.ts',
};

export async function buildContentModules(root: string, outDir: string, target: string, watch = false): Promise<string[]> {
  await rm(outDir, { recursive: true, force: true });
  const options: BuildOptions = {
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(CONTENT_MODULES).map(([name, path]) => [name, resolve(root, path)])),
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: outDir,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: target === 'firefox' ? ['firefox140'] : ['chrome120'],
    define: { 'import.meta.env.FIREFOX': String(target === 'firefox') },
    plugins: [inlineCss],
    metafile: true,
    logLevel: 'warning',
  };
  // The loader's fallback (content-modules-path.ts): the entry again, whole, without chunks.
  const whole: BuildOptions = {
    ...options,
    entryPoints: { [`${CONTENT_MAIN_ENTRY}-whole`]: resolve(root, CONTENT_MODULES[CONTENT_MAIN_ENTRY]!) },
    splitting: false,
  };
  const outputs: string[] = [];
  for (const o of [options, whole]) {
    const ctx = await context(o);
    const result = await ctx.rebuild();
    outputs.push(...Object.keys(result.metafile!.outputs));
    if (watch) await ctx.watch();
    else await ctx.dispose();
  }
  return outputs.map((file) => resolve(root, file).slice(outDir.length + 1));
}
