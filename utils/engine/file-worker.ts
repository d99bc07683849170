/**
 * The engine's file reader, a dedicated Worker (started by extension-file-reader.ts): fetches our
 * own packaged files and inflates the gzip-compressed ones here, and hands the bytes over
 * (transferred, not copied), so that the engine's thread, which answers hovers, never runs a
 * fetch's body or a 4 MB inflate. Answers `{ id, path, gzip }` with `{ id, bytes }` or `{ id, error }`.
 */
import type { FileReply, FileRequest } from './file-messages';

/** The worker's global scope, as far as this file uses it (the DOM typings have no worker scope). */
interface WorkerScope {
  location: Location;
  onmessage: ((event: MessageEvent<FileRequest>) => void) | null;
  postMessage(message: FileReply, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

async function read(path: string, gzip: boolean): Promise<ArrayBuffer> {
  const name = path.replace(/^\//, '');
  const response = await fetch(new URL(`/${name}`, scope.location.origin));
  if (!response.ok || !response.body) throw new Error(`${name} is missing from the extension (${response.status})`);
  if (!gzip) return response.arrayBuffer();
  try {
    return await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  } catch {
    // The browser only says "Failed to fetch" when the gzip stream is bad: say which file.
    throw new Error(`${name} is empty or damaged (it could not be decompressed)`);
  }
}

scope.onmessage = async (event: MessageEvent<FileRequest>) => {
  const { id, path, gzip } = event.data;
  try {
    const bytes = await read(path, gzip);
    scope.postMessage({ id, bytes }, [bytes]);
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) }, []);
  }
};
