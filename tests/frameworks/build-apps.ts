/**
 * Builds the four test apps at test time with esbuild, as production builds: for each framework
 * a browser bundle (the client: render or hydrate, then `window.__app`) and a Node bundle that
 * renders the same front page to HTML on the "server" (react-dom/server, vue/server-renderer,
 * svelte/server, preact-render-to-string). Svelte components are compiled with svelte/compiler.
 */
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'svelte/compiler';
import type { FrontPageState } from './front-page';

export const FRAMEWORKS = ['react', 'preact', 'vue', 'svelte'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export interface BuiltApp {
  framework: Framework;
  /** The browser bundle (an IIFE). */
  clientJs: string;
  /** Server-side rendering of the front page for `state` (the markup inside the app root). */
  renderToHtml(state: FrontPageState): Promise<string>;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));

const DEFINE = {
  'process.env.NODE_ENV': '"production"',
  __VUE_OPTIONS_API__: 'false',
  __VUE_PROD_DEVTOOLS__: 'false',
  // Vue's production build says which node mismatched on hydration only with this flag on.
  __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
};

function sveltePlugin(generate: 'client' | 'server'): Plugin {
  return {
    name: 'svelte',
    setup(b) {
      b.onLoad({ filter: /\.svelte$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const { js } = compile(source, { filename: args.path, generate, dev: false });
        return { contents: js.code, loader: 'js', resolveDir: HERE };
      });
    },
  };
}

/** Builds one framework's app; the temporary files are removed before it returns. */
export async function buildApp(framework: Framework): Promise<BuiltApp> {
  const out = mkdtempSync(join(tmpdir(), `yomu-${framework}-app-`));
  try {
    const common = { bundle: true, define: DEFINE, minify: true, logLevel: 'error' as const, absWorkingDir: HERE };
    await build({
      ...common,
      entryPoints: [join(HERE, framework, 'client.ts')],
      outfile: join(out, 'client.js'),
      platform: 'browser',
      format: 'iife',
      target: 'chrome120',
      charset: 'utf8',
      plugins: [sveltePlugin('client')],
    });
    await build({
      ...common,
      entryPoints: [join(HERE, framework, 'server.ts')],
      outfile: join(out, 'server.cjs'),
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      plugins: [sveltePlugin('server')],
    });
    const clientJs = readFileSync(join(out, 'client.js'), 'utf8');
    const server = createRequire(import.meta.url)(join(out, 'server.cjs')) as { render(state: FrontPageState): string | Promise<string> };
    return { framework, clientJs, renderToHtml: async (state) => server.render(state) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
