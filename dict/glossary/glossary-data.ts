/**
 * The glossary's terms, read from the term files and checked against the schema
 * (core/glossary/glossary-term.ts). This is what tests and Node scripts run; the extension's
 * build replaces this module with the terms it validated itself (`shipped-glossary.ts`), so that
 * the engine, which needs the glossary for the first hover, does not validate 1,259 terms again
 * at run time (~390 ms of its thread in a fresh browser, issue 14).
 */
import { validateGlossary, type GlossaryTerm } from '../../core/glossary/glossary-term';
import { GLOSSARY_FILES } from './glossary-files';

/** Every term, validated. @throws Error naming the bad term and field when a file is malformed. */
export function glossaryTerms(): GlossaryTerm[] {
  return validateGlossary(Object.values(GLOSSARY_FILES).flat());
}
