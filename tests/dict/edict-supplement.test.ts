import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { supplementLines } from '../../dict/edict/edict-source';
import { bundledEdict } from '../../dict/edict/node-edict';

const SUPPLEMENT = new URL('../../dict/edict/supplement.edict', import.meta.url);

describe('the EDICT supplement (words EDICT cannot or does not hold)', () => {
  const lines = supplementLines(readFileSync(SUPPLEMENT, 'utf8'));

  it('is EDICT lines, each under its evidence', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(() => supplementLines('月 [がつ] /(suf) month/')).toThrow(/no evidence comment/);
    expect(() => supplementLines('# evidence\nnot an edict line')).toThrow(/line 2 is not an EDICT line/);
  });

  it.each(lines.map((line) => [line.split(' ')[0]!, /\[([^\]]+)\]/.exec(line)?.[1] ?? line.split(' ')[0]!]))(
    'the bundled dictionary holds %s read %s',
    (form, reading) => {
      const entries = bundledEdict().lookup(form, 50);
      expect(entries.some((e) => e.readings.some((r) => r.text === reading))).toBe(true);
    },
  );
});
