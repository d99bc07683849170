import { describe, expect, it } from 'vitest';
import { parseEdict, parseEdictLine } from '../../dict/edict/edict-source';

// Lines in EDICT's syntax, written for this test (not taken from EDICT).
const HEADER = '　？？？ /EDICT test file/Created: 2024-05-06/';
const SAMPLE = [
  HEADER,
  '走る [はしる] /(v5r,vi) (1) to run/to dash/(v5r,vi) (2) (col) to rush off/(P)/',
  '奔る [はしる] /(iK) (v5r,vi) (1) to run/to dash/(v5r,vi) (2) (col) to rush off/',
  '門 [もん] /(n) gate (of a temple, etc.)/(P)/',
  '門 [かど] /(ok) (n) gate (of a temple, etc.)/',
  'ピカピカ /(adv-to,adj-no) (on-mim) sparkling/shiny/',
  'ぴかぴか /(adv-to,adj-no) (on-mim) sparkling/shiny/',
  '試験 [しけん] /(n,vs) (1) examination/test/(2) (UN) trial (of a product)/(P)/',
  '北門 [きたもん] /(n) north gate/',
  '北門 [ほくもん] /(n) north gate/',
  '南門 [なんもん] /(n) north gate/',
  '壊れ [こわれ] /',
  '',
].join('\n');

describe('EDICT lines', () => {
  it('reads spelling, reading, labels, senses and the common mark', () => {
    const line = parseEdictLine('走る [はしる] /(v5r,vi) (1) to run/to dash/(v5r,vi) (2) (col) to rush off/(P)/')!;
    expect(line).toMatchObject({ headword: '走る', reading: 'はしる', common: true, headwordTags: [], readingTags: [] });
    expect(line.senses).toEqual([
      { partsOfSpeech: ['v5r', 'vi'], tags: [], glosses: ['to run', 'to dash'] },
      { partsOfSpeech: ['v5r', 'vi'], tags: ['col'], glosses: ['to rush off'] },
    ]);
  });

  it('reads a kana-only line, and the pair labels before the first sense', () => {
    expect(parseEdictLine('ピカピカ /(adv-to,adj-no) (on-mim) sparkling/shiny/')).toMatchObject({
      headword: undefined,
      reading: 'ピカピカ',
      senses: [{ partsOfSpeech: ['adv-to', 'adj-no'], tags: ['on-mim'], glosses: ['sparkling', 'shiny'] }],
    });
    expect(parseEdictLine('奔る [はしる] /(iK) (v5r,vi) to run/')).toMatchObject({ headwordTags: ['iK'], readingTags: [] });
    expect(parseEdictLine('門 [かど] /(ok) (n) gate/')).toMatchObject({ headwordTags: [], readingTags: ['ok'] });
  });

  it('keeps parentheses that are not labels in the gloss, and inherits parts of speech', () => {
    const line = parseEdictLine('試験 [しけん] /(n,vs) (1) examination/test/(2) (UN) trial (of a product)/(P)/')!;
    expect(line.senses[1]).toEqual({ partsOfSpeech: ['n', 'vs'], tags: [], glosses: ['(UN) trial (of a product)'] });
  });

  it('rejects lines without a gloss or in another shape', () => {
    expect(parseEdictLine('壊れ [こわれ] /')).toBeUndefined();
    expect(parseEdictLine('just text')).toBeUndefined();
  });
});

describe('EDICT files', () => {
  const source = parseEdict(SAMPLE);

  it('takes the creation date from the header and reports skipped lines', () => {
    expect(source.created).toBe('2024-05-06');
    expect(source.lineCount).toBe(11);
    expect(source.skipped).toEqual([{ line: 12, text: '壊れ [こわれ] /' }]);
    expect(() => parseEdict('no header\n走る [はしる] /(v5r) to run/')).toThrow(/not an EDICT file/);
  });

  it('merges the lines of one word, usual forms first', () => {
    const run = source.entries.find((e) => e.headwords.some((h) => h.text === '走る'))!;
    expect(run.headwords).toEqual([
      { text: '走る', common: true, tags: [] },
      { text: '奔る', common: false, tags: ['iK'] },
    ]);
    expect(run.readings).toEqual([{ text: 'はしる', common: true, tags: [] }]);
    expect(run.common).toBe(true);
  });

  it('keeps readings restricted to the spellings they were paired with', () => {
    const gate = source.entries.find((e) => e.headwords[0]?.text === '門')!;
    expect(gate.readings).toEqual([
      { text: 'もん', common: true, tags: [] },
      { text: 'かど', common: false, tags: ['ok'] },
    ]);
    const north = source.entries.filter((e) => e.senses[0]!.glosses[0] === 'north gate');
    // 北門 has two readings; 南門 shares the gloss but no form, so it stays a word of its own.
    expect(north.map((e) => e.headwords.map((h) => h.text))).toEqual([['北門'], ['南門']]);
    expect(north[0]!.readings.map((r) => r.text)).toEqual(['きたもん', 'ほくもん']);
  });

  it('merges kana-only spellings of one word', () => {
    const shiny = source.entries.filter((e) => e.senses[0]!.glosses[0] === 'sparkling');
    expect(shiny).toHaveLength(1);
    expect(shiny[0]!.headwords).toEqual([]);
    expect(shiny[0]!.readings.map((r) => r.text)).toEqual(['ピカピカ', 'ぴかぴか']);
  });
});
