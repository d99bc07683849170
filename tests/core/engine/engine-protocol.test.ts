import { describe, expect, test } from 'vitest';
import { MAX_CHARS_PER_REQUEST, MAX_TEXTS_PER_REQUEST, parseEngineRequest } from '../../../core/engine/engine-protocol';

describe('parseEngineRequest', () => {
  test('accepts a well-formed annotate request', () => {
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: ['東京', ''] })).toEqual({ request: { type: 'yomu:annotate', texts: ['東京', ''] } });
  });

  test.each([
    [null, 'not an object'],
    ['yomu:annotate', 'not an object'],
    [{ type: 'yomu:eval', code: '1' }, 'unknown message type'],
    [{ type: 'yomu:annotate' }, 'texts must be an array'],
    [{ type: 'yomu:annotate', texts: [1] }, 'texts must be strings'],
    [{ type: 'yomu:annotate', texts: Array(MAX_TEXTS_PER_REQUEST + 1).fill('a') }, `more than ${MAX_TEXTS_PER_REQUEST} texts`],
    [{ type: 'yomu:annotate', texts: ['a'.repeat(MAX_CHARS_PER_REQUEST + 1)] }, `more than ${MAX_CHARS_PER_REQUEST} characters`],
  ])('refuses %j', (message, reason) => {
    expect(parseEngineRequest(message)).toEqual({ refused: reason });
  });

  test('extra fields do not reach the engine', () => {
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: [], evil: true })).toEqual({ request: { type: 'yomu:annotate', texts: [] } });
  });
});
