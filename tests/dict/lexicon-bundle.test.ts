import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { lexiconWordSource } from '../../core/furigana/lexicon-words';
import { isAllJapanese, isAllKanji } from '../../core/text/kana';
import { bundledEdict } from '../../dict/edict/node-edict';
import { dictionaryReadingSource } from '../../core/furigana/dictionary-readings';

const FILE = new URL('../../dict/readings/lexicon-words.tsv.gz', import.meta.url);

describe('dict/readings/lexicon-words.tsv.gz (built by dict/readings/build-lexicon-words.ts from UniDic)', () => {
  const text = gunzipSync(readFileSync(FILE)).toString('utf8');
  const lines = text.split('\n').filter(Boolean);
  const forms = lines.map((l) => l.split('\t')[0]!);

  it("holds one word a line, two kanji or more (kana after the first kanji) and a hiragana reading (ー in loans' readings), sorted and unique, every one found in place", () => {
    expect(lines.length).toBeGreaterThan(30_000);
    for (const line of lines) {
      const [form, reading, ...rest] = line.split('\t');
      expect(rest, line).toEqual([]);
      const chars = [...form!];
      const kanji = chars.filter((c) => isAllKanji(c)).length;
      const shape = isAllKanji(form!) ? form!.length >= 2 : kanji >= 2 && isAllKanji(chars[0]!) && isAllJapanese(form!);
      expect(shape, line).toBe(true);
      expect(/^[\u3041-\u3096ー]+$/.test(reading!), line).toBe(true);
    }
    expect([...forms].sort()).toEqual(forms);
    expect(new Set(forms).size).toBe(forms.length);
    const source = lexiconWordSource(new Uint8Array(gunzipSync(readFileSync(FILE))));
    expect(source.size).toBe(lines.length);
    for (const line of lines) expect(source.reading(line.split('\t')[0]!)).toBe(line.split('\t')[1]);
    // The marks of the words' first characters turn no word away: each word's run reaches its end.
    for (const form of forms) {
      expect(source.prefixReach(`${form}を`), form).toBe(form.length);
      const first = String.fromCodePoint(form.codePointAt(0)!);
      expect(source.prefixReach(`${first}を`), form).toBe(first.length);
    }
  });

  it("holds no word EDICT has: EDICT's readings stay the ones used", () => {
    const edict = dictionaryReadingSource(bundledEdict());
    const listed = forms.filter((f) => edict.readings(f)?.length);
    expect(listed).toEqual([]);
  });
});
