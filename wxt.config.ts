import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { dirname, resolve } from 'node:path';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { shippedIpadic } from './core/segmenter/shipped-ipadic';
import { shardFileName } from './core/dictionary/entry-shards';
import { encodePagedDictionary, pageFileName } from './core/dictionary/paged-index';
import { encodeNameCardPages, NAME_CARD_DIRECTORY_FILE, nameCardPageFileName } from './core/names/name-card-pages';
import { buildContentModules } from './scripts/content-modules';
import { shippedGlossary } from './dict/glossary/shipped-glossary';
import { CONTENT_MODULES_DIR } from './entrypoints/content/content-modules-path';

export default defineConfig({
  // No manifestVersion: WXT builds Chrome as Manifest V3 and Firefox as Manifest V2, which is what
  // Yomu wants. Firefox suspends a Manifest V3 background (an event page) after 30 s idle, and
  // with it the engine that lives there: the next page would pay the whole cold load again. In
  // Manifest V2 the background page is persistent (entrypoints/background.ts), as Chrome's
  // offscreen document is. Mozilla keeps Manifest V2 and has said it would announce an end a
  // year ahead (March 2024). See README, "One engine per browser".
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  vite: () => ({
    // The glossary's term files are validated here, when the extension is built, and shipped
    // validated (dict/glossary/shipped-glossary.ts): the engine's first answer does not wait for it.
    plugins: [preact(), shippedGlossary()],
  }),
  // `npm run dev` opens Debian's browsers. As root (a container, a CI machine) Chromium refuses to
  // start inside its sandbox, so it is started without one there.
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  manifest: ({ browser }) => ({
    name: 'Yomu – Japanese reading aid',
    description: 'Furigana, word explanations and a geopolitical glossary for Japanese news pages. Works offline.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // Chrome's content script loads its modules (scripts/content-modules.ts): a classic content
    // script can only import() what pages may load too. Firefox's content script is whole
    // (entrypoints/content-firefox.content.ts) and ships no modules.
    ...(browser === 'firefox' ? {} : { web_accessible_resources: [{ resources: [`${CONTENT_MODULES_DIR}/*`], matches: ['<all_urls>'] }] }),
    commands: {
      'toggle-furigana': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Toggle furigana in the current tab',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'yomu@example.org',
              // 140 (an ESR) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Yomu collects and sends nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      // Chrome's content script's page-side code, as ES modules the loader imports in pieces
      // (scripts/content-modules.ts). `npm run dev` rebuilds them in place as their sources change
      // (reload the page to see a change).
      if (wxt.config.browser === 'firefox') {
        // Firefox's content script is whole (entrypoints/content-firefox.content.ts).
      } else if (wxt.config.command === 'serve') {
        await buildContentModules(wxt.config.root, resolve(wxt.config.outDir, CONTENT_MODULES_DIR), wxt.config.browser, true);
      } else {
        const modulesDir = resolve(wxt.config.wxtDir, CONTENT_MODULES_DIR);
        for (const name of await buildContentModules(wxt.config.root, modulesDir, wxt.config.browser)) {
          files.push({ absoluteSrc: resolve(modulesDir, name), relativeDest: `${CONTENT_MODULES_DIR}/${name}` });
        }
      }
      // kuromoji's IPADIC, shipped inflated, without the zero padding of its buffers
      // (core/segmenter/ipadic-trim.ts) and with its features compact (core/segmenter/compact-features.ts):
      // the engine's worker takes the files as they come, with no decompression at start-up (the
      // store archive compresses them anyway).
      const ipadic = shippedIpadic((name) => gunzipSync(readFileSync(resolve(wxt.config.root, 'node_modules/kuromoji/dict', name))));
      for (const [shipped, bytes] of ipadic) {
        const out = resolve(wxt.config.wxtDir, 'kuromoji', shipped);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, bytes);
        files.push({ absoluteSrc: out, relativeDest: `kuromoji/${shipped}` });
      }
      // The EDICT dictionary, built by dict/edict/build-edict.ts and committed gzip-compressed, is
      // shipped inflated and in pages (core/dictionary/paged-index.ts): a small directory, its key
      // index cut by key range into ~64 KB pages and its entries into ~64 KB shards, each read as
      // views of its bytes. The first hover reads the directory and the few pages and shards it
      // needs, not the 9.7 MB index (issue 14); the rest loads after it. (The store archive
      // compresses them anyway.)
      const paged = encodePagedDictionary(gunzipSync(readFileSync(resolve(wxt.config.root, 'dict/edict/edict.yomu.gz'))));
      const edictDir = resolve(wxt.config.wxtDir, 'edict');
      rmSync(edictDir, { recursive: true, force: true });
      mkdirSync(edictDir, { recursive: true });
      for (const [name, bytes] of [
        ['index.yomu', paged.directory] as const,
        ...paged.pages.map((b, p) => [pageFileName(p), b] as const),
        ...paged.shards.map((b, k) => [shardFileName(k), b] as const),
      ]) {
        writeFileSync(resolve(edictDir, name), bytes);
        files.push({ absoluteSrc: resolve(edictDir, name), relativeDest: `edict/${name}` });
      }
      // People's names for furigana, built by dict/names/build-names.ts: text, shipped gzip-compressed.
      files.push({ absoluteSrc: resolve(wxt.config.root, 'dict/names/names.tsv.gz'), relativeDest: 'names/names.tsv.gz' });
      // Its licence (ENAMDICT, CC BY-SA 3.0) travels beside it.
      files.push({ absoluteSrc: resolve(wxt.config.root, 'dict/names/LICENSE'), relativeDest: 'names/LICENSE' });
      // Words UniDic reads one way that EDICT lacks, built by dict/readings/build-lexicon-words.ts:
      // text, shipped gzip-compressed, and the UniDic licence beside it.
      files.push({
        absoluteSrc: resolve(wxt.config.root, 'dict/readings/lexicon-words.tsv.gz'),
        relativeDest: 'readings/lexicon-words.tsv.gz',
      });
      files.push({ absoluteSrc: resolve(wxt.config.root, 'dict/readings/LICENSE'), relativeDest: 'readings/LICENSE' });
      // Proper names for the popup's name card (ENAMDICT, built by dict/names/build-name-cards.ts and
      // committed gzip-compressed), shipped inflated and in pages (core/names/name-card-pages.ts): a
      // small directory and ~32 KB pages cut by surface, each read when a lookup first needs it and
      // searched in place, rather than 15.6 MB read whole and kept (issue 14).
      const cards = encodeNameCardPages(gunzipSync(readFileSync(resolve(wxt.config.root, 'dict/names/name-cards.tsv.gz'))));
      const cardsDir = resolve(wxt.config.wxtDir, 'name-cards');
      rmSync(cardsDir, { recursive: true, force: true });
      mkdirSync(cardsDir, { recursive: true });
      for (const [name, bytes] of [
        [NAME_CARD_DIRECTORY_FILE, cards.directory] as const,
        ...cards.pages.map((b, p) => [nameCardPageFileName(p), b] as const),
      ]) {
        writeFileSync(resolve(cardsDir, name), bytes);
        files.push({ absoluteSrc: resolve(cardsDir, name), relativeDest: `names/${name}` });
      }
      // Kanji details for the popup's kanji view (KANJIDIC2, built by dict/kanji/build-kanji.ts), with its licence.
      files.push({ absoluteSrc: resolve(wxt.config.root, 'dict/kanji/kanji.tsv.gz'), relativeDest: 'kanji/kanji.tsv.gz' });
      files.push({ absoluteSrc: resolve(wxt.config.root, 'dict/kanji/LICENSE'), relativeDest: 'kanji/LICENSE' });
    },
  },
});
