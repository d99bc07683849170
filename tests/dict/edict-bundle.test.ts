import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDictionaryFile } from '../../core/dictionary/dictionary-file';
import { bundledEdict, EDICT_FILE } from '../../dict/edict/node-edict';

describe('the committed EDICT file', () => {
  const dict = bundledEdict();

  it('loads, holds the whole EDICT and says where it comes from', () => {
    expect(dict.entryCount).toBeGreaterThan(150_000);
    expect(dict.keyCount).toBeGreaterThan(dict.entryCount);
    expect(dict.metadata).toMatchObject({ source: 'EDICT', licence: 'CC BY-SA 3.0', created: '2021-02-03' });
    expect(dict.metadata.publisher).toMatch(/EDRDG/);
  });

  it('decodes every entry into readings and glossed senses', () => {
    let common = 0;
    for (let id = 0; id < dict.entryCount; id++) {
      const e = dict.entry(id);
      if (e.readings.length === 0 || e.senses.length === 0 || e.senses.some((s) => s.glosses.length === 0)) {
        throw new Error(`entry ${id} is incomplete: ${JSON.stringify(e)}`);
      }
      if (e.common) common++;
    }
    // EDICT marks roughly twenty thousand words as common.
    expect(common).toBeGreaterThan(15_000);
    expect(common).toBeLessThan(30_000);
  });

  it('opens through DecompressionStream as the extension opens it', async () => {
    const fromStream = await openDictionaryFile(new Uint8Array(readFileSync(EDICT_FILE)));
    expect(fromStream.entryCount).toBe(dict.entryCount);
    expect(fromStream.lookup('制裁')[0]!.readings[0]!.text).toBe('せいさい');
  });

  it('has the words a reader of the reference article meets', () => {
    const sanction = dict.lookup('制裁')[0]!;
    expect(sanction.readings.map((r) => r.text)).toContain('せいさい');
    expect(sanction.senses.flatMap((s) => s.glosses)).toContain('sanctions');
    expect(sanction.common).toBe(true);
    const build = dict.lookup('築く')[0]!;
    expect(build.senses[0]!.partsOfSpeech).toContain('v5k');
    expect(build.senses[0]!.glosses).toContain('to build');
    expect(dict.lookup('北大西洋条約機構')[0]!.readings[0]!.text).toBe('きたたいせいようじょうやくきこう');
    expect(dict.lookup('NATO')[0]!.senses[0]!.glosses.join(' ')).toMatch(/North Atlantic Treaty/);
  });

  it('merges the spelling–reading lines of one word into one entry', () => {
    const go = dict.lookup('行く').find((e) => e.senses[0]!.glosses.includes('to go'))!;
    expect(go.headwords[0]!.text).toBe('行く');
    expect(go.readings.map((r) => r.text)).toEqual(expect.arrayContaining(['いく', 'ゆく']));
    expect(dict.lookup('ゆく').map((e) => e.id)).toContain(go.id);
  });
});
