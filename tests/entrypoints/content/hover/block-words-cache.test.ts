import { describe, expect, test, vi } from 'vitest';
import type { BlockWords } from '../../../../core/lookup/block-words';
import { BlockWordsCache } from '../../../../entrypoints/content/hover/block-words-cache';

const words = (text: string): BlockWords => ({ words: [], spans: [[0, text.length, -1]] });

describe("the tab's words of recent blocks", () => {
  test('one request per text, however often asked while it is on the way', async () => {
    const fetch = vi.fn(async (text: string) => words(text));
    const cache = new BlockWordsCache(fetch);
    expect(cache.get('a')).toBeUndefined();
    const first = cache.request('a');
    expect(cache.has('a')).toBe(true);
    await Promise.all([first, cache.request('a'), cache.request('a')]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(cache.get('a')).toEqual(words('a'));
    await cache.request('a');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('keeps the most recently used blocks', async () => {
    const fetch = vi.fn(async (text: string) => words(text));
    const cache = new BlockWordsCache(fetch, 2);
    await cache.request('a');
    await cache.request('b');
    cache.get('a');
    await cache.request('c');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });

  test('a failed request is forgotten, so a later hover can ask again', async () => {
    let fail = true;
    const fetch = vi.fn(async (text: string) => {
      if (fail) throw new Error('engine busy');
      return words(text);
    });
    const cache = new BlockWordsCache(fetch);
    await cache.request('a');
    expect(cache.has('a')).toBe(false);
    fail = false;
    await cache.request('a');
    expect(cache.get('a')).toBeDefined();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('words that came before the name cards are used at once, then replaced by the same words with names', async () => {
    const named: BlockWords = { ...words('a'), words: [] };
    let answerNames!: (w: BlockWords) => void;
    const fetch = vi.fn((text: string, _readings?: unknown, withNames?: boolean) =>
      withNames
        ? new Promise<BlockWords>((resolve) => (answerNames = resolve))
        : Promise.resolve({ ...words(text), namesPending: true as const }),
    );
    const cache = new BlockWordsCache(fetch);
    const onNames = vi.fn();
    cache.onNames = onNames;
    await cache.request('a');
    expect(cache.get('a')).toEqual({ ...words('a'), namesPending: true });
    expect(fetch).toHaveBeenLastCalledWith('a', undefined, true);
    expect(onNames).not.toHaveBeenCalled();
    answerNames(named);
    await vi.waitFor(() => expect(onNames).toHaveBeenCalledWith('a', undefined));
    expect(cache.get('a')).toBe(named);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('a failed second question leaves the words without names', async () => {
    const fetch = vi.fn(async (text: string, _readings?: unknown, withNames?: boolean) => {
      if (withNames) throw new Error('engine busy');
      return { ...words(text), namesPending: true as const };
    });
    const cache = new BlockWordsCache(fetch);
    await cache.request('a');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(cache.get('a')).toEqual({ ...words('a'), namesPending: true });
  });
});

describe('what the hover reads of the cache', () => {
  test('is warm once some words have come, not while the first are on their way or after a failure', async () => {
    let answer!: () => void;
    let fail = true;
    const cache = new BlockWordsCache((text) =>
      fail ? Promise.reject(new Error('no analyser')) : new Promise<BlockWords>((resolve) => (answer = () => resolve(words(text)))),
    );
    await cache.request('a');
    expect(cache.engineWarm).toBe(false);
    fail = false;
    const pending = cache.request('b');
    expect(cache.engineWarm).toBe(false);
    answer();
    await pending;
    expect(cache.engineWarm).toBe(true);
  });

  test('gives the words on their way when they come, and nothing for a text not asked for', async () => {
    let answer!: () => void;
    const cache = new BlockWordsCache((text) => new Promise<BlockWords>((resolve) => (answer = () => resolve(words(text)))));
    expect(cache.whenPending('a')).toBeUndefined();
    void cache.request('a');
    const coming = cache.whenPending('a');
    expect(coming).toBeDefined();
    answer();
    expect(await coming).toEqual(words('a'));
    expect(cache.whenPending('a')).toBeUndefined();
  });
});
