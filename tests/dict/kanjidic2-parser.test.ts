import { describe, expect, it } from 'vitest';
import { parseKanjidic2 } from '../../dict/kanji/kanjidic2-parser';

/** A small KANJIDIC2 document in the file's own shape (DTD left out), two kanji naming each other as variants. */
const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<kanjidic2>
<header>
<file_version>4</file_version>
<database_version>2022-235</database_version>
<date_of_creation>2022-08-23</date_of_creation>
</header>
<character>
<literal>国</literal>
<codepoint>
<cp_value cp_type="ucs">56fd</cp_value>
<cp_value cp_type="jis208">1-25-81</cp_value>
</codepoint>
<radical>
<rad_value rad_type="classical">31</rad_value>
<rad_value rad_type="nelson_c">3</rad_value>
</radical>
<misc>
<grade>2</grade>
<stroke_count>8</stroke_count>
<stroke_count>9</stroke_count>
<variant var_type="jis208">1-52-02</variant>
<variant var_type="ucs">5700</variant>
<variant var_type="nelson_c">1077</variant>
<variant var_type="jis212">1-99-99</variant>
<freq>3</freq>
<jlpt>4</jlpt>
</misc>
<reading_meaning>
<rmgroup>
<reading r_type="pinyin">guo2</reading>
<reading r_type="ja_on">コク</reading>
<reading r_type="ja_kun">くに</reading>
<meaning>country</meaning>
<meaning m_lang="fr">pays</meaning>
<meaning>left &amp; right</meaning>
</rmgroup>
<nanori>くな</nanori>
<nanori>こ</nanori>
</reading_meaning>
</character>
<character>
<literal>國</literal>
<codepoint>
<cp_value cp_type="ucs">570b</cp_value>
<cp_value cp_type="jis208">1-52-02</cp_value>
</codepoint>
<radical>
<rad_value rad_type="classical">31</rad_value>
</radical>
<misc>
<grade>10</grade>
<stroke_count>11</stroke_count>
<variant var_type="jis208">1-25-81</variant>
</misc>
<reading_meaning>
<rmgroup>
<reading r_type="ja_on">コク</reading>
<reading r_type="ja_kun">くに</reading>
<reading r_type="ja_kun">-つ.ぐ</reading>
<meaning>country</meaning>
</rmgroup>
</reading_meaning>
</character>
<character>
<literal>圀</literal>
<codepoint>
<cp_value cp_type="ucs">5700</cp_value>
</codepoint>
<radical>
<rad_value rad_type="classical">31</rad_value>
</radical>
<misc>
<stroke_count>9</stroke_count>
</misc>
</character>
</kanjidic2>
`;

describe('parseKanjidic2 (dict/kanji/kanjidic2-parser.ts)', () => {
  const { header, entries, unresolvedVariants } = parseKanjidic2(SAMPLE);

  it('reads the header', () => {
    expect(header).toEqual({ fileVersion: '4', databaseVersion: '2022-235', dateOfCreation: '2022-08-23' });
  });

  it('keeps English meanings, Japanese readings, nanori, the first stroke count and the classical radical', () => {
    expect(entries[0]).toEqual({
      literal: '国',
      meanings: ['country', 'left & right'],
      on: ['コク'],
      kun: ['くに'],
      nanori: ['くな', 'こ'],
      strokes: 8,
      grade: 2,
      jlpt: 4,
      radical: 31,
      variants: ['國', '圀'],
    });
  });

  it('resolves jis208 and ucs variant codes to literals, wherever the named kanji stands in the file', () => {
    expect(entries[1]!.variants).toEqual(['国']);
    expect(entries[1]!.kun).toEqual(['くに', '-つ.ぐ']);
    expect(entries[2]).toEqual({ literal: '圀', meanings: [], on: [], kun: [], nanori: [], strokes: 9, radical: 31, variants: [] });
  });

  it('reports codes naming no kanji of the file, and leaves out dictionary-number variants', () => {
    expect(unresolvedVariants).toEqual(['国 jis212:1-99-99']);
  });

  it('keeps the frequency ranks apart from the entries (for the variant builder, never shipped), and which kanji JIS X 0208 has', () => {
    const parsed = parseKanjidic2(SAMPLE);
    expect(parsed.frequency.get('国')).toBe(3);
    expect(parsed.entries.some((e) => 'frequency' in e)).toBe(false);
    expect(parsed.jis208.has('国')).toBe(true);
  });

  it('refuses malformed XML', () => {
    expect(() => parseKanjidic2('<kanjidic2><character><literal>国</character></kanjidic2>')).toThrow();
  });
});
