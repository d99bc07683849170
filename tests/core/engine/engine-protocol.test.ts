import { describe, expect, test } from 'vitest';
import { MAX_LOOKUP_CHARS } from '../../../core/lookup/lookup-window';
import { MAX_CHARS_PER_REQUEST, MAX_TEXTS_PER_REQUEST, parseEngineRequest } from '../../../core/engine/engine-protocol';

describe('parseEngineRequest', () => {
  test('accepts a well-formed annotate request', () => {
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: ['東京', ''] })).toEqual({
      request: { type: 'yomu:annotate', texts: ['東京', ''] },
    });
  });

  test.each([
    [null, 'not an object'],
    ['yomu:annotate', 'not an object'],
    [{ type: 'yomu:eval', code: '1' }, 'unknown message type'],
    [{ type: 'yomu:annotate' }, 'texts must be an array'],
    [{ type: 'yomu:annotate', texts: [1] }, 'texts must be strings'],
    [{ type: 'yomu:annotate', texts: Array(MAX_TEXTS_PER_REQUEST + 1).fill('a') }, `more than ${MAX_TEXTS_PER_REQUEST} texts`],
    [{ type: 'yomu:annotate', texts: ['a'.repeat(MAX_CHARS_PER_REQUEST + 1)] }, `more than ${MAX_CHARS_PER_REQUEST} characters`],
    [{ type: 'yomu:annotate', texts: ['経済制裁'], breaks: [] }, 'breaks must be an array with one entry per text'],
    [{ type: 'yomu:annotate', texts: ['経済制裁'], breaks: [2] }, 'breaks must be arrays of offsets'],
    [{ type: 'yomu:annotate', texts: ['経済制裁'], breaks: [[0]] }, 'breaks must be ascending whole numbers inside their text'],
    [{ type: 'yomu:annotate', texts: ['経済制裁'], breaks: [[4]] }, 'breaks must be ascending whole numbers inside their text'],
    [{ type: 'yomu:annotate', texts: ['経済制裁'], breaks: [[2, 2]] }, 'breaks must be ascending whole numbers inside their text'],
    [{ type: 'yomu:annotate', texts: ['経済制裁'], breaks: [[1.5]] }, 'breaks must be ascending whole numbers inside their text'],
  ])('refuses %j', (message, reason) => {
    expect(parseEngineRequest(message)).toEqual({ refused: reason });
  });

  test('accepts a prepare request, keeping nothing else from the message', () => {
    expect(parseEngineRequest({ type: 'yomu:prepare', extra: 'x' })).toEqual({ request: { type: 'yomu:prepare' } });
  });

  test('accepts the breaks between text nodes, one list per text', () => {
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: ['経済制裁', '東京'], breaks: [[2], []] })).toEqual({
      request: { type: 'yomu:annotate', texts: ['経済制裁', '東京'], breaks: [[2], []] },
    });
  });

  test('extra fields do not reach the engine', () => {
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: [], evil: true })).toEqual({ request: { type: 'yomu:annotate', texts: [] } });
  });
});

describe('parseEngineRequest: yomu:find-terms', () => {
  test('accepts texts, drops extra fields', () => {
    expect(parseEngineRequest({ type: 'yomu:find-terms', texts: ['NATOと国連'], extra: 1 })).toEqual({
      request: { type: 'yomu:find-terms', texts: ['NATOと国連'] },
    });
  });

  test.each([
    [{ type: 'yomu:find-terms' }, 'texts must be an array'],
    [{ type: 'yomu:find-terms', texts: 'NATO' }, 'texts must be an array'],
    [{ type: 'yomu:find-terms', texts: ['a', null] }, 'texts must be strings'],
    [{ type: 'yomu:find-terms', texts: Array(MAX_TEXTS_PER_REQUEST + 1).fill('a') }, `more than ${MAX_TEXTS_PER_REQUEST} texts`],
    [{ type: 'yomu:find-terms', texts: ['a'.repeat(MAX_CHARS_PER_REQUEST), 'b'] }, `more than ${MAX_CHARS_PER_REQUEST} characters`],
  ])('refuses %j', (message, reason) => {
    expect(parseEngineRequest(message)).toEqual({ refused: reason });
  });
});

describe('parseEngineRequest: yomu:lookup', () => {
  test('accepts a text and an offset inside it, drops extra fields', () => {
    expect(parseEngineRequest({ type: 'yomu:lookup', text: '制裁を受けた', offset: 1, extra: 'x' })).toEqual({
      request: { type: 'yomu:lookup', text: '制裁を受けた', offset: 1 },
    });
    expect(parseEngineRequest({ type: 'yomu:lookup', text: 'あ'.repeat(MAX_LOOKUP_CHARS), offset: MAX_LOOKUP_CHARS - 1 })).toHaveProperty(
      'request',
    );
  });

  test.each([
    [{ type: 'yomu:lookup', offset: 0 }, 'text must be a string'],
    [{ type: 'yomu:lookup', text: ['制裁'], offset: 0 }, 'text must be a string'],
    [{ type: 'yomu:lookup', text: 'あ'.repeat(MAX_LOOKUP_CHARS + 1), offset: 0 }, `text longer than ${MAX_LOOKUP_CHARS} characters`],
    [{ type: 'yomu:lookup', text: '制裁' }, 'offset must be a whole number inside the text'],
    [{ type: 'yomu:lookup', text: '制裁', offset: '1' }, 'offset must be a whole number inside the text'],
    [{ type: 'yomu:lookup', text: '制裁', offset: 1.5 }, 'offset must be a whole number inside the text'],
    [{ type: 'yomu:lookup', text: '制裁', offset: -1 }, 'offset must be a whole number inside the text'],
    [{ type: 'yomu:lookup', text: '制裁', offset: 2 }, 'offset must be a whole number inside the text'],
    [{ type: 'yomu:lookup', text: '', offset: 0 }, 'offset must be a whole number inside the text'],
    [{ type: 'yomu:lookup', text: '制裁', offset: Number.NaN }, 'offset must be a whole number inside the text'],
  ])('refuses %j', (message, reason) => {
    expect(parseEngineRequest(message)).toEqual({ refused: reason });
  });
});

describe('parseEngineRequest: the furigana level of yomu:annotate', () => {
  test("'uncommon' is passed on; 'all' or none is the default", () => {
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: ['東京'], level: 'uncommon' })).toEqual({
      request: { type: 'yomu:annotate', texts: ['東京'], level: 'uncommon' },
    });
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: ['東京'], level: 'all' })).toEqual({
      request: { type: 'yomu:annotate', texts: ['東京'] },
    });
  });

  test.each([['rare'], [1], [null]])('refuses level %j', (level) => {
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: [], level })).toEqual({ refused: "level must be 'all' or 'uncommon'" });
  });
});

describe('parseEngineRequest: yomu:words', () => {
  test('accepts a text within the lookup limit, drops extra fields', () => {
    expect(parseEngineRequest({ type: 'yomu:words', text: '制裁を受けた', offset: 3 })).toEqual({
      request: { type: 'yomu:words', text: '制裁を受けた' },
    });
  });

  test('keeps withNames: true, refuses any other value', () => {
    expect(parseEngineRequest({ type: 'yomu:words', text: '高橋', withNames: true })).toEqual({
      request: { type: 'yomu:words', text: '高橋', withNames: true },
    });
    expect(parseEngineRequest({ type: 'yomu:words', text: '高橋', withNames: 'yes' })).toEqual({
      refused: 'withNames must be true or absent',
    });
  });

  test.each([
    [{ type: 'yomu:words' }, 'text must be a string'],
    [{ type: 'yomu:words', text: 5 }, 'text must be a string'],
    [{ type: 'yomu:words', text: 'あ'.repeat(MAX_LOOKUP_CHARS + 1) }, `text longer than ${MAX_LOOKUP_CHARS} characters`],
  ])('refuses %j', (message, reason) => {
    expect(parseEngineRequest(message)).toEqual({ refused: reason });
  });
});
