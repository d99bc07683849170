import { afterEach, describe, expect, test, vi } from 'vitest';
import { readSmallPackagedFile } from '../../../utils/engine/extension-file-reader';

/** A fetch of our own packaged files as each browser answers it. */
function stubFetch(answer: () => Promise<Response>): void {
  vi.stubGlobal('location', { origin: 'chrome-extension://yomu' });
  vi.stubGlobal('fetch', vi.fn(answer));
}

afterEach(() => vi.unstubAllGlobals());

describe('readSmallPackagedFile', () => {
  test('reads the file whole', async () => {
    stubFetch(async () => new Response(new Uint8Array([1, 2, 3])));
    await expect(readSmallPackagedFile('/edict/keys-001.bin')).resolves.toEqual(new Uint8Array([1, 2, 3]));
  });

  // Each way a browser says a packaged file is not there is the same missing file, named.
  test.each([
    ['the fetch fails (Chrome)', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['the response is not ok', async () => new Response('', { status: 404 })],
    [
      'the body fails after the response came (Firefox: "The operation was aborted")',
      async () =>
        ({
          ok: true,
          status: 200,
          arrayBuffer: () => Promise.reject(new DOMException('The operation was aborted. ', 'AbortError')),
        }) as unknown as Response,
    ],
  ])('%s: the error names the file', async (_, answer) => {
    stubFetch(answer);
    await expect(readSmallPackagedFile('/edict/entries-082.bin')).rejects.toThrow(
      /^edict\/entries-082\.bin is missing from the extension$/,
    );
  });
});
