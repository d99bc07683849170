import { describe, expect, it } from 'vitest';
import { sortedLines } from '../../../core/text/sorted-lines';

/** Lines sorted as the build scripts sort them: JavaScript's default (UTF-16) order. */
function fileOf(lines: string[]): string {
  return [...lines]
    .sort((a, b) => {
      const ka = a.split('\t')[0]!;
      const kb = b.split('\t')[0]!;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    })
    .join('\n');
}

describe('sortedLines: a sorted file searched in place in its UTF-8 bytes', () => {
  const lines = ['a\t1', 'ab\t2', 'b\t3', '東\t4', '東京\t5', '東京\t6', 'ｱ\t7', '𠮟\t8', '𠮟る\t9', '中\t10'];
  const file = fileOf(lines);

  it('finds every line of a key, in file order, from bytes or text alike', () => {
    for (const source of [sortedLines(file), sortedLines(new TextEncoder().encode(file))]) {
      expect(source.linesOf('東京')).toEqual(['東京\t5', '東京\t6']);
      expect(source.linesOf('東')).toEqual(['東\t4']);
      expect(source.linesOf('a')).toEqual(['a\t1']);
      expect(source.linesOf('中')).toEqual(['中\t10']);
      expect(source.size).toBe(lines.length);
    }
  });

  it('compares in UTF-16 order, as the file is sorted: a surrogate pair sorts before half-width katakana', () => {
    // U+20B9F (𠮟) is D842 DF9F in UTF-16, before U+FF71 (ｱ); in code-point (UTF-8 byte) order it is after.
    const source = sortedLines(file);
    expect(source.linesOf('𠮟')).toEqual(['𠮟\t8']);
    expect(source.linesOf('𠮟る')).toEqual(['𠮟る\t9']);
    expect(source.linesOf('ｱ')).toEqual(['ｱ\t7']);
  });

  it('finds nothing for keys that are not there, prefixes of keys included', () => {
    const source = sortedLines(file);
    for (const key of ['', 'c', '0', '東西', '京', 'ab\t2', '𠮟らない', '\uffff']) expect(source.linesOf(key)).toEqual([]);
  });

  it('skips empty lines and reads a last line without its newline', () => {
    const source = sortedLines('\n\na\t1\n\nb\t2\n\nc\t3');
    expect(source.linesOf('b')).toEqual(['b\t2']);
    expect(source.linesOf('c')).toEqual(['c\t3']);
    expect(source.linesOf('a')).toEqual(['a\t1']);
    expect(source.size).toBe(3);
    expect(sortedLines('').linesOf('a')).toEqual([]);
    expect(sortedLines('').size).toBe(0);
  });

  it('finds every line of a large file (each key of 5,000, and none between them)', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `名${String(i * 2).padStart(5, '0')}`);
    const source = sortedLines(fileOf(keys.map((k, i) => `${k}\t${i}`)) + '\n');
    keys.forEach((k, i) => expect(source.linesOf(k)).toEqual([`${k}\t${i}`]));
    for (let i = 1; i < 10000; i += 2) expect(source.linesOf(`名${String(i).padStart(5, '0')}`)).toEqual([]);
  });

  it('tells how long a start of a text some first column begins with, against a scan of every line', () => {
    const source = sortedLines(file);
    expect(source.sharedStart('東京都')).toBe(2); // 東京
    expect(source.sharedStart('東西')).toBe(1); // 東
    expect(source.sharedStart('京都')).toBe(0);
    expect(source.sharedStart('a')).toBe(1);
    expect(source.sharedStart('abc')).toBe(2);
    expect(source.sharedStart('𠮟るな')).toBe(3); // a surrogate pair and る: code units
    expect(source.sharedStart('𠮟られる')).toBe(2);
    expect(source.sharedStart('')).toBe(0);
    expect(sortedLines('').sharedStart('東')).toBe(0);
    expect(sortedLines('\n\n東京\t1\n\n').sharedStart('東京駅')).toBe(2);
    // Every text made of the keys' characters, against the longest start shared with any key.
    const keys = lines.map((l) => l.split('\t')[0]!);
    const chars = [...new Set(keys.join(''))];
    const shared = (a: string, b: string) => {
      let i = 0;
      while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
      return i;
    };
    for (const x of chars)
      for (const y of chars)
        for (const z of ['', ...chars]) {
          const text = x + y + z;
          expect(source.sharedStart(text), text).toBe(Math.max(...keys.map((k) => shared(k, text))));
        }
  });

  it('searches only between the bounds a caller gives, with the answers of the whole file', () => {
    const bytes = new TextEncoder().encode(file);
    const source = sortedLines(bytes);
    // The byte offset of the first line whose first column starts with `first` or sorts after it.
    const starts = file.split('\n');
    const boundOf = (first: string) => {
      let at = 0;
      for (const line of starts) {
        if (line.split('\t')[0]! >= first) return new TextEncoder().encode(file.slice(0, at)).length;
        at += line.length + 1;
      }
      return bytes.length;
    };
    for (const text of ['東京都', '東京', '東', '東西', 'ab', 'a', 'abc', '𠮟る', '𠮟', '中央', 'ｱ']) {
      const unit = text.charCodeAt(0);
      const from = boundOf(String.fromCharCode(unit));
      const to = boundOf(String.fromCharCode(unit + 1));
      expect(source.sharedStart(text, from, to), text).toBe(source.sharedStart(text));
      expect(source.linesOf(text, from, to), text).toEqual(source.linesOf(text));
    }
  });
});
