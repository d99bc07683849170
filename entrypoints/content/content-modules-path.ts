/**
 * Where the content script's ES modules lie in the extension (built by
 * scripts/content-modules.ts, imported by the loader `index.ts`). Nothing else here: the loader
 * must stay small.
 */
export const CONTENT_MODULES_DIR = 'content-modules';
/** The entry the loader imports; its chunks are imported from it by relative URL. */
export const CONTENT_MAIN_MODULE = `${CONTENT_MODULES_DIR}/content-main.js`;
/**
 * The hover's module (its entry in scripts/content-modules.ts), which `content-main` imports once
 * it has the reader's settings: the loader starts its fetch beside content-main's, so that the
 * first hover does not wait for a second round of fetching and compiling (issue 14).
 */
export const START_HOVER_MODULE = `${CONTENT_MODULES_DIR}/start-hover.js`;
/**
 * The same code in one self-contained module, for a load tried again: a browser remembers each
 * module that failed to load by its URL, chunks included, so a retry needs files it never asked for.
 */
export const CONTENT_MAIN_WHOLE_MODULE = `${CONTENT_MODULES_DIR}/content-main-whole.js`;
