import { describe, expect, it } from 'vitest';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { encodePagedDictionary, pageFileName } from '../../../core/dictionary/paged-index';
import { shardFileName } from '../../../core/dictionary/entry-shards';
import { searchNotingUnreadable } from '../../../core/dictionary/unreadable-parts';
import { DictionaryError } from '../../../core/dictionary/dictionary-error';
import { EntriesNotLoaded, loadDictionary, openPagedDictionary, type Dictionary } from '../../../core/dictionary/packed-dictionary';
import { LoadsNotSettled, searchGatheringLoads } from '../../../core/dictionary/gathered-loads';
import { searchText } from '../../../core/dictionary/word-search';
import { dictionaryWordAt } from '../../../core/lookup/dictionary-word-at-point';
import { SMALL_ENTRIES } from '../lookup/small-dictionary';

const META = { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' };
/** Tiny pages and shards, so that one search needs several of each. */
const file = encodeDictionaryFile(SMALL_ENTRIES, META);
const { directory, pages, shards } = encodePagedDictionary(file, 64, 256);
const whole = loadDictionary(file);

/** A paged dictionary whose reads are counted, with the most reads ever in flight at once and the reads in order. */
function counted(fail?: { page?: number; shard?: number }) {
  const log: string[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const read = async (name: string, bytes: Uint8Array | undefined, broken: boolean) => {
    log.push(name);
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight--;
    if (broken) throw new Error(`${name} cannot be read`);
    return bytes!;
  };
  const d = openPagedDictionary(
    directory,
    (p) => read(`page ${p}`, pages[p], p === fail?.page),
    (k) => read(`shard ${k}`, shards[k], k === fail?.shard),
  );
  return { d, log, mostInFlight: () => mostInFlight };
}

/** Texts a hover meets: words of the dictionary in a sentence, inflected, and text it lacks. */
const TEXTS = ['北大西洋条約機構の加盟国', '経済制裁を受けた', '城が築かれました。', '大統領が同盟を結んだ', 'クリミア半島', 'ゑゑゑ'];

describe('a search with the parts it needs read together (searchGatheringLoads)', () => {
  it.each(TEXTS)('answers as the whole dictionary does, at every place of %s', async (text) => {
    const { d } = counted();
    for (let at = 0; at < text.length; at++) {
      const gathered = await searchGatheringLoads(d, (dict) => dictionaryWordAt(text, at, { dictionary: dict }));
      expect(gathered, `at ${at}`).toEqual(dictionaryWordAt(text, at, { dictionary: whole }));
    }
  });

  it('reads what a search needs in fewer rounds than one read per part in turn', async () => {
    const text = '大統領が北大西洋条約機構の同盟を';
    // One read per part, in turn: the search asked again after each part it lacked.
    const inTurn = counted();
    for (;;) {
      try {
        dictionaryWordAt(text, 7, { dictionary: inTurn.d });
        break;
      } catch (err) {
        if (!(err instanceof EntriesNotLoaded)) throw err;
        await err.load();
      }
    }
    const { d, log, mostInFlight } = counted();
    let rounds = 0;
    const found = await searchGatheringLoads(d, (dict) => {
      rounds++;
      return dictionaryWordAt(text, 7, { dictionary: dict });
    });
    expect(found?.surface).toBe('北大西洋条約機構');
    expect(inTurn.log.length).toBeGreaterThanOrEqual(4);
    // The parts read in turn, among those read together (which may read a few more: the pages
    // of every key the search tries, found or not), each once.
    expect(log).toEqual(expect.arrayContaining(inTurn.log));
    expect(log).toEqual([...new Set(log)]);
    expect(rounds - 1).toBeLessThan(inTurn.log.length); // rounds of reads, against one read after another
    expect(mostInFlight()).toBeGreaterThanOrEqual(2);
  });

  it('reads nothing and runs once when the dictionary is loaded whole', async () => {
    let rounds = 0;
    const found = await searchGatheringLoads(whole, (dict) => {
      rounds++;
      return searchText(dict, '制裁');
    });
    expect(found?.matches[0]?.entry.senses[0]?.glosses).toContain('sanctions');
    expect(rounds).toBe(1);
  });

  it('reads nothing more once the parts are in', async () => {
    const { d, log } = counted();
    await searchGatheringLoads(d, (dict) => searchText(dict, '大統領が'));
    const reads = log.length;
    await searchGatheringLoads(d, (dict) => searchText(dict, '大統領が'));
    expect(log.length).toBe(reads);
  });

  it.each(['page', 'shard'] as const)(
    'a %s that cannot be read: the search goes on without it, and says which it touched',
    async (kind) => {
      const needed = counted();
      await searchGatheringLoads(needed.d, (dict) => searchText(dict, '制裁'));
      const n = Number(needed.log.find((name) => name.startsWith(`${kind} `))!.slice(kind.length + 1));
      const { d, log } = counted({ [kind]: n });
      const found = await searchGatheringLoads(d, (dict) => searchNotingUnreadable(d, () => searchText(dict, '制裁')));
      expect(found.unreadable).toHaveLength(1);
      expect(found.unreadable[0]!.error).toBeInstanceOf(DictionaryError);
      expect(found.unreadable[0]!.error.message).toContain(
        kind === 'page' ? `index cannot be read (edict/${pageFileName(n)}` : `entries cannot be read (edict/${shardFileName(n)}`,
      );
      expect(found.unreadable[0]!.file).toBe(kind === 'page' ? pageFileName(n) : shardFileName(n));
      // Asked again, the part is not read again.
      await searchGatheringLoads(d, (dict) => searchText(dict, '制裁'));
      expect(log.filter((name) => name === `${kind} ${n}`)).toHaveLength(1);
    },
  );

  it('rejects with the load’s error when a part that failed to load is lacked again', async () => {
    const lost = new DictionaryError('corrupt', 'The Japanese–English dictionary file is damaged: part 4');
    const failing = {
      ...whole,
      hasKey: () => {
        throw new EntriesNotLoaded(3, () => Promise.reject(lost));
      },
    } satisfies Dictionary;
    await expect(searchGatheringLoads(failing, (dict) => dict.hasKey('制裁'))).rejects.toBe(lost);
  });

  it('passes on what the search itself throws', async () => {
    const { d } = counted();
    await expect(
      searchGatheringLoads(d, () => {
        throw new RangeError('not a part');
      }),
    ).rejects.toThrow(RangeError);
  });

  it('gives up with LoadsNotSettled when every round lacks a part anew', async () => {
    let loads = 0;
    // A dictionary whose parts never arrive, however often they are loaded.
    const never = {
      ...whole,
      hasKey: () => {
        throw new EntriesNotLoaded(3, async () => void loads++);
      },
    } satisfies Dictionary;
    const failure = await searchGatheringLoads(never, (dict) => dict.hasKey('制裁')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LoadsNotSettled);
    expect(loads).toBeGreaterThan(1);
  });
});
