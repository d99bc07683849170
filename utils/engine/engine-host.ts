/**
 * Hosts the one reading engine of the browser in an extension context: the offscreen
 * document on Chrome, the background page on Firefox. The engine is created lazily, and its
 * dictionary loads on the first request and then stays in memory; kuromoji runs in a Worker of
 * its own (worker-segmenter.ts).
 */
import { bundledGlossary } from '../../dict/glossary/glossary';
import { createReadingEngine, type ReadingEngine } from '../../core/engine/reading-engine';
import { parseEngineRequest } from '../../core/engine/engine-protocol';
import { dictionaryFiles, readKanjiFile, readNameCardsFile, readNamesFile } from './extension-file-reader';
import { startWorkerSegmenter } from './worker-segmenter';

let engine: ReadingEngine | undefined;

function theEngine(): ReadingEngine {
  engine ??= createReadingEngine({
    glossary: bundledGlossary,
    startSegmenter: startWorkerSegmenter,
    readDictionaryFile: dictionaryFiles,
    readNamesFile,
    readKanjiFile,
    readNameCardsFile,
    now: () => performance.now(),
  });
  return engine;
}

/** Validates a request and answers it; a refused request gets `{ ok: false, error }`. */
export async function answerEngineRequest(message: unknown): Promise<unknown> {
  const parsed = parseEngineRequest(message);
  if ('refused' in parsed) return { ok: false, error: `Request refused: ${parsed.refused}` };
  return theEngine().handle(parsed.request);
}
