/**
 * The typed messages between content scripts (or our extension pages) and the one reading
 * engine per browser. Every request is validated here before the engine sees it: messages
 * come through the extension's message bus, and nothing unchecked reaches kuromoji.
 */
import type { RubySegment } from '../furigana/ruby-segment';

/** Limits that keep one request from tying up the engine. */
export const MAX_TEXTS_PER_REQUEST = 500;
export const MAX_CHARS_PER_REQUEST = 200_000;

export interface AnnotateRequest {
  type: 'yomu:annotate';
  /** Texts of page blocks; each is segmented on its own. */
  texts: string[];
}

export interface StatusRequest {
  type: 'yomu:status';
}

export type EngineRequest = AnnotateRequest | StatusRequest;

export interface EngineStatus {
  /** Whether kuromoji's dictionary is in memory. */
  loaded: boolean;
  /** How long the last (cold) load took, in ms; undefined before the first load. */
  loadMs?: number;
  /** Set when loading failed: what went wrong, in words a reader can act on. */
  error?: string;
}

export type EngineResponse<R extends EngineRequest> = R extends AnnotateRequest
  ? { ok: true; segments: RubySegment[][] } | EngineFailure
  : R extends StatusRequest
    ? { ok: true; status: EngineStatus } | EngineFailure
    : never;

export interface EngineFailure {
  ok: false;
  error: string;
}

/** Checks a message from outside the engine; returns the request or a reason it was refused. */
export function parseEngineRequest(message: unknown): { request: EngineRequest } | { refused: string } {
  if (typeof message !== 'object' || message === null) return { refused: 'not an object' };
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'yomu:annotate': {
      const texts = m.texts;
      if (!Array.isArray(texts)) return { refused: 'texts must be an array' };
      if (texts.length > MAX_TEXTS_PER_REQUEST) return { refused: `more than ${MAX_TEXTS_PER_REQUEST} texts` };
      let chars = 0;
      for (const t of texts) {
        if (typeof t !== 'string') return { refused: 'texts must be strings' };
        chars += t.length;
      }
      if (chars > MAX_CHARS_PER_REQUEST) return { refused: `more than ${MAX_CHARS_PER_REQUEST} characters` };
      return { request: { type: 'yomu:annotate', texts: texts as string[] } };
    }
    case 'yomu:status':
      return { request: { type: 'yomu:status' } };
    default:
      return { refused: 'unknown message type' };
  }
}
