/**
 * Builds the popup review page (`npm run review`) into .output/review/: index.html (a grid of
 * frames, copied as it is with its plain script) and frame.html (one view from fixtures, built).
 * The frame's script is one classic (IIFE)
 * script, not a module, so that the built page opens from the file system (file:// refuses module
 * scripts).
 */
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  plugins: [
    preact(),
    {
      name: 'yomu-review-classic-script',
      enforce: 'post',
      generateBundle(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = file.source.replace(/<script type="module" crossorigin/g, '<script defer');
          }
        }
      },
    },
    {
      name: 'yomu-review-grid',
      closeBundle() {
        for (const file of ['index.html', 'review-index.js']) copyFileSync(here(file), here(`../../.output/review/${file}`));
      },
    },
  ],
  build: {
    outDir: here('../../.output/review'),
    emptyOutDir: true,
    modulePreload: false,
    // The glossary's JSON is in the frame's one script: large, and never sent over a network.
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: here('frame.html'), output: { format: 'iife' } },
  },
});
