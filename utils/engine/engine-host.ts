/**
 * Hosts the one reading engine of the browser in an extension context: the offscreen
 * document on Chrome, the background page on Firefox. The engine is created lazily, and its
 * dictionary loads on the first request and then stays in memory; kuromoji runs in a Worker of
 * its own (worker-segmenter.ts). The start's milestones are marked in User Timing
 * (start-marks.ts) and told in the engine's status.
 */
import { bundledGlossary } from '../../dict/glossary/glossary';
import { createReadingEngine, type ReadingEngine } from '../../core/engine/reading-engine';
import { parseEngineRequest } from '../../core/engine/engine-protocol';
import { dictionaryFiles, nameCardFiles, readKanjiFile, readLexiconFile, readNamesFile } from './extension-file-reader';
import { startWorkerSegmenter } from './worker-segmenter';
import { markOnce, startTimeline } from './start-marks';

markOnce('engine-script');

let engine: ReadingEngine | undefined;

function theEngine(): ReadingEngine {
  engine ??= createReadingEngine({
    glossary: bundledGlossary,
    startSegmenter: startWorkerSegmenter,
    readDictionaryFile: dictionaryFiles,
    readNamesFile,
    readLexiconFile,
    readKanjiFile,
    readNameCardsFile: nameCardFiles,
    now: () => performance.now(),
    mark: markOnce,
  });
  return engine;
}

/** Validates a request and answers it; a refused request gets `{ ok: false, error }`. */
export async function answerEngineRequest(message: unknown): Promise<unknown> {
  const parsed = parseEngineRequest(message);
  if ('refused' in parsed) return { ok: false, error: `Request refused: ${parsed.refused}` };
  const { type } = parsed.request;
  markOnce(`asked-${type}`);
  const answer = await theEngine().handle(parsed.request);
  markOnce(`answered-${type}`);
  if (type === 'yomu:status' && (answer as { ok?: boolean }).ok) {
    const { status } = answer as { status: object };
    return { ok: true, status: { ...status, timeline: startTimeline() } };
  }
  return answer;
}
