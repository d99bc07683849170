/** What the engine and its kuromoji worker (segmenter-worker.ts) say to each other. */
import type { Token } from '../../core/segmenter/token';

export interface SegmenterRequest {
  id: number;
  texts: readonly string[];
}

export type SegmenterReply = { id: number; tokens: (Token[] | null)[] } | { id: number; error: string };
