import { describe, expect, it } from 'vitest';
import { shippedGlossaryModule } from '../../dict/glossary/shipped-glossary';
import { glossaryTerms } from '../../dict/glossary/glossary-data';
import { checkValidatedGlossary } from '../../core/glossary/glossary-term';

describe('the glossary as the build ships it', () => {
  const code = shippedGlossaryModule();
  const literal = /^const TERMS = (".*");$/m.exec(code)?.[1];

  it('is the validated terms of the term files, as a JSON string given the cheap check', () => {
    expect(literal).toBeDefined();
    const shipped: unknown = JSON.parse(JSON.parse(literal!) as string);
    expect(checkValidatedGlossary(shipped)).toEqual(glossaryTerms());
    expect(code).toMatch(/export function glossaryTerms\(\) \{ return checkValidatedGlossary\(JSON\.parse\(TERMS\)\); \}/);
  });

  it('leaves the full validator out of the module', () => {
    expect(code).not.toMatch(/validateGlossary/);
  });
});
