/**
 * Why the dictionary could not be used. The message is written for the reader (the popup shows
 * it as it is), and `reason` lets code tell the cases apart.
 */
export type DictionaryErrorReason = 'missing' | 'empty' | 'corrupt' | 'unsupported';

export class DictionaryError extends Error {
  override readonly name = 'DictionaryError';

  constructor(
    readonly reason: DictionaryErrorReason,
    message: string,
  ) {
    super(message);
  }
}
