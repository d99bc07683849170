/**
 * The bundled geopolitical glossary: the term files of `terms/` merged and checked against the
 * schema (`glossary-data.ts`; in the built extension, checked when it was built and shipped as
 * checked data, `shipped-glossary.ts`).
 */
import type { GlossaryTerm } from '../../core/glossary/glossary-term';
import { glossaryTerms } from './glossary-data';

let cached: readonly GlossaryTerm[] | undefined;

/**
 * Every term of the bundled glossary, validated (throws, naming the bad term, if a file is
 * malformed). Read once; later calls return the same frozen array.
 */
export function bundledGlossary(): readonly GlossaryTerm[] {
  cached ??= Object.freeze(glossaryTerms());
  return cached;
}
