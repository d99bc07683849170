/**
 * The build's side of the glossary (a Vite plugin, used by wxt.config.ts): validates the term
 * files when the extension is built (a malformed file fails the build, naming the term and
 * field) and puts the validated terms in place of `glossary-data.ts`, as a JSON string parsed at
 * run time (JSON.parse reads a large literal faster than the engine parses the same object as
 * script) and given only `checkValidatedGlossary`'s cheap check. The first hover in a fresh
 * browser no longer waits for the full validation (~390 ms of the engine's thread, issue 14).
 */
import { fileURLToPath } from 'node:url';
import { validateGlossary } from '../../core/glossary/glossary-term';
import { GLOSSARY_FILES } from './glossary-files';

const DATA_MODULE = fileURLToPath(new URL('./glossary-data.ts', import.meta.url));
const CHECK_MODULE = fileURLToPath(new URL('../../core/glossary/glossary-term.ts', import.meta.url));

/** The module that stands for `glossary-data.ts` in the built extension: the terms `GLOSSARY_FILES` holds, validated now. */
export function shippedGlossaryModule(): string {
  const terms = validateGlossary(Object.values(GLOSSARY_FILES).flat());
  return [
    `import { checkValidatedGlossary } from ${JSON.stringify(CHECK_MODULE)};`,
    `const TERMS = ${JSON.stringify(JSON.stringify(terms))};`,
    '/** Every term, validated when the extension was built; checked for its shape only. */',
    'export function glossaryTerms() { return checkValidatedGlossary(JSON.parse(TERMS)); }',
    '',
  ].join('\n');
}

/** The part of a Vite plugin this one uses (Vite itself comes with WXT, not as a dependency of ours). */
interface LoadPlugin {
  name: string;
  enforce: 'pre';
  load(id: string): string | undefined;
}

/** The Vite plugin: `glossary-data.ts` loads as `shippedGlossaryModule()`. */
export function shippedGlossary(): LoadPlugin {
  return {
    name: 'yomu-shipped-glossary',
    enforce: 'pre',
    load(id) {
      return id.split('?')[0] === DATA_MODULE ? shippedGlossaryModule() : undefined;
    },
  };
}
