/**
 * A block's words asked before the name cards are open and answered after they opened (the
 * words wait for kuromoji, the name cards open meanwhile: the tab's first block, fetched ahead
 * as the page loads, in a fresh browser). They must carry their name cards, or say they are
 * still to come (`namesPending`): an answer with neither is kept by the tab as final, and the
 * names of that block never get their cards.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { encodeNameCardPages } from '../../../core/names/name-card-pages';
import { wordAtOffset, type BlockWords } from '../../../core/lookup/block-words';
import type { WordInfo } from '../../../core/lookup/word-info';
import { loadSegmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { inThread } from '../../../core/segmenter/async-segmenter';
import type { NameCardFiles } from '../../../core/names/name-card-files';
import { readKuromojiFile } from '../../support/node-segmenter';

const cardsFile = gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url)));
const { directory, pages } = encodeNameCardPages(cardsFile);

/**
 * An engine whose kuromoji is held until its name cards' files have been read (and a task
 * more, so that the engine has taken them in): a block's words asked now are answered after
 * the name cards opened.
 */
function engineOpeningNamesFirst(files: 'whole' | 'paged') {
  let namesRead!: () => void;
  const namesIn = new Promise<void>((resolve) => (namesRead = resolve));
  const afterNames = <T>(value: T): T => {
    setTimeout(namesRead, 0);
    return value;
  };
  const readNameCardsFile: NameCardFiles =
    files === 'whole'
      ? async () => afterNames(cardsFile)
      : { readDirectory: async () => afterNames(directory), readPage: async (p) => pages[p]! };
  return createReadingEngine({
    glossary: bundledGlossary,
    startSegmenter: async () => {
      await namesIn;
      return inThread(await loadSegmenter(readKuromojiFile));
    },
    now: () => performance.now(),
    readNameCardsFile,
  });
}

async function words(engine: ReturnType<typeof createReadingEngine>, text: string, withNames = false): Promise<BlockWords> {
  const answer = (await engine.handle({ type: 'yomu:words', text, ...(withNames ? { withNames: true as const } : {}) })) as {
    words: BlockWords;
  };
  return answer.words;
}

describe('a block’s words asked before the name cards opened, answered after', () => {
  test.each(['whole', 'paged'] as const)('carry their name cards (%s file)', async (files) => {
    const engine = engineOpeningNamesFirst(files);
    const text = '習近平とプーチン:世界の変化の中での10年間の関係強化';
    const block = await words(engine, text);
    // The name cards are open by the time the words are in: the words carry them (before the
    // fix they came with neither the cards nor namesPending).
    expect(wordAtOffset(block, 1)?.names?.[0]).toMatchObject({ surface: '習近平', reading: 'しゅうきんぺい', kinds: ['full name'] });
    expect(block.namesPending).toBeUndefined();
    // A lookup there says the same.
    const looked = ((await engine.handle({ type: 'yomu:lookup', text, offset: 1 })) as { word: WordInfo }).word;
    expect(looked.names?.[0]).toMatchObject({ surface: '習近平' });
  });
});
