/**
 * A small EDICT-shaped dictionary and glossary made in the test, so that the lookup tests say
 * exactly which words exist (and do not depend on the full data being built).
 */
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { loadDictionary, type Dictionary } from '../../../core/dictionary/packed-dictionary';
import type { EntryContent } from '../../../core/dictionary/entry-record';
import type { GlossaryTerm } from '../../../core/glossary/glossary-term';

function word(headwords: string[], readings: string[], pos: string[], glosses: string[], common = false): EntryContent {
  return {
    headwords: headwords.map((text) => ({ text, common, tags: [] })),
    readings: readings.map((text) => ({ text, common, tags: [] })),
    senses: [{ partsOfSpeech: pos, tags: [], glosses }],
    common,
  };
}

export const SMALL_ENTRIES: EntryContent[] = [
  word(['制裁'], ['せいさい'], ['n', 'vs'], ['sanctions', 'punishment'], true),
  word(['築く'], ['きずく'], ['v5k', 'vt'], ['to build', 'to construct'], true),
  word(['開く'], ['ひらく'], ['v5k', 'vi'], ['to open', 'to hold (a meeting)'], true),
  word(['開く'], ['あく'], ['v5k', 'vi'], ['to open (e.g. doors)'], true),
  word(['受ける'], ['うける'], ['v1', 'vt'], ['to receive', 'to undergo'], true),
  word(['受け'], ['うけ'], ['n'], ['receiving', 'reception'], false),
  word(['食べる'], ['たべる'], ['v1', 'vt'], ['to eat'], true),
  word(['北'], ['きた'], ['n'], ['north'], true),
  word(['大西洋'], ['たいせいよう'], ['n'], ['Atlantic Ocean'], true),
  word(['条約'], ['じょうやく'], ['n'], ['treaty', 'pact'], true),
  word(['機構'], ['きこう'], ['n'], ['mechanism', 'organization'], true),
  word(['北大西洋条約機構'], ['きたたいせいようじょうやくきこう'], ['n'], ['North Atlantic Treaty Organization', 'NATO']),
  word(['ＮＡＴＯ'], ['ナトー'], ['n'], ['North Atlantic Treaty Organization (Organisation)', 'NATO']),
  word(['二重'], ['にじゅう'], ['n', 'adj-no'], ['double', 'two-fold'], true),
  word(['用途'], ['ようと'], ['n'], ['use', 'purpose'], true),
  word([], ['クリミア'], ['n'], ['Crimea']),
  word(['同盟'], ['どうめい'], ['n', 'vs'], ['alliance', 'union'], true),
  word(['大統領'], ['だいとうりょう'], ['n'], ['president (of a nation)'], true),
  word(['北'], ['ほく'], ['n'], ['north (in compounds)'], false),
];

export function smallDictionary(): Dictionary {
  return loadDictionary(
    encodeDictionaryFile(SMALL_ENTRIES, { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' }),
  );
}

export const SMALL_GLOSSARY: GlossaryTerm[] = [
  {
    id: 'nato',
    en: 'North Atlantic Treaty Organization',
    category: 'organisation',
    forms: [{ text: '北大西洋条約機構', reading: 'きたたいせいようじょうやくきこう' }, { text: 'NATO' }],
    explanation: 'A military alliance of North American and European countries.',
    related: ['sanctions'],
  },
  {
    id: 'dual-use-goods',
    en: 'dual-use goods',
    category: 'economy',
    forms: [{ text: '二重用途', reading: 'にじゅうようと' }],
    explanation: 'Goods with both civilian and military uses.',
    related: ['sanctions', 'unknown-id'],
  },
  {
    id: 'sanctions',
    en: 'sanctions',
    category: 'economy',
    forms: [{ text: '制裁', reading: 'せいさい' }],
    explanation: 'Penalties one state imposes on another.',
    related: [],
  },
  {
    id: 'vladimir-putin',
    en: 'Vladimir Putin',
    category: 'person',
    forms: [{ text: 'プーチン' }],
    explanation: 'President of Russia.',
    related: [],
  },
];
