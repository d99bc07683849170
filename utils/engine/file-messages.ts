/** What the engine and its file reader (file-worker.ts) say to each other. */

export interface FileRequest {
  id: number;
  /** An extension path (`/names/name-cards.tsv.gz`). */
  path: string;
  /** Whether the file is gzip-compressed and is handed over inflated. */
  gzip: boolean;
}

export type FileReply = { id: number; bytes: ArrayBuffer } | { id: number; error: string };
