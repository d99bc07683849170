import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// Kuromoji's IPADIC files are shipped as they come in the npm package (gzip) and
// decompressed in the engine with the native DecompressionStream.
const KUROMOJI_DICT_FILES = [
  'base.dat.gz', 'check.dat.gz', 'tid.dat.gz', 'tid_pos.dat.gz', 'tid_map.dat.gz', 'cc.dat.gz',
  'unk.dat.gz', 'unk_pos.dat.gz', 'unk_map.dat.gz', 'unk_char.dat.gz', 'unk_compat.dat.gz',
  'unk_invoke.dat.gz',
];

export default defineConfig({
  manifestVersion: 3,
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Yomu – Japanese reading aid',
    description: 'Furigana, word explanations and a geopolitical glossary for Japanese news pages. Works offline.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    commands: {
      'toggle-furigana': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Toggle furigana in the current tab',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'yomu@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (wxt, files) => {
      for (const name of KUROMOJI_DICT_FILES) {
        files.push({
          absoluteSrc: resolve(wxt.config.root, 'node_modules/kuromoji/dict', name),
          relativeDest: `kuromoji/${name}`,
        });
      }
    },
  },
});
