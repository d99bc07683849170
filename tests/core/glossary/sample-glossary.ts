/** A few hand-written glossary terms for the tests of search, grouping and term finding. */
import type { GlossaryTerm } from '../../../core/glossary/glossary-term';

export const SAMPLE_TERMS: GlossaryTerm[] = [
  {
    id: 'xi-jinping',
    en: 'Xi Jinping',
    category: 'person',
    forms: [
      { text: '習近平', reading: 'しゅうきんぺい' },
      { text: '習主席', reading: 'しゅうしゅせき' },
    ],
    explanation: 'Leader of China since 2012.',
    related: ['china'],
  },
  {
    id: 'china',
    en: 'China',
    category: 'place',
    forms: [{ text: '中国', reading: 'ちゅうごく' }],
    explanation: 'The People’s Republic of China.',
    related: ['xi-jinping'],
  },
  {
    id: 'crimea-annexation',
    en: 'Annexation of Crimea',
    category: 'event',
    forms: [{ text: 'クリミア併合', reading: 'クリミアへいごう' }],
    explanation: 'Russia’s annexation of the Crimean peninsula from Ukraine in 2014, met with Western sanctions.',
    related: ['sanctions'],
  },
  {
    id: 'united-nations',
    en: 'United Nations',
    category: 'organisation',
    forms: [{ text: '国際連合', reading: 'こくさいれんごう' }, { text: '国連', reading: 'こくれん' }, { text: 'UN' }],
    explanation: 'The world organisation of states founded in 1945.',
    related: [],
  },
  {
    id: 'nato',
    en: 'North Atlantic Treaty Organization',
    category: 'organisation',
    forms: [{ text: '北大西洋条約機構', reading: 'きたたいせいようじょうやくきこう' }, { text: 'NATO' }],
    explanation: 'A military alliance of North American and European states.',
    related: [],
  },
  {
    id: 'sanctions',
    en: 'Sanctions',
    category: 'economy',
    forms: [
      { text: '制裁', reading: 'せいさい' },
      { text: '経済制裁', reading: 'けいざいせいさい' },
    ],
    explanation: 'Penalties a state imposes on another to change its conduct.',
    related: ['crimea-annexation'],
  },
  {
    id: 'putin',
    en: 'Vladimir Putin',
    category: 'person',
    forms: [{ text: 'プーチン' }],
    explanation: 'President of Russia.',
    related: [],
  },
  {
    id: 'joint-statement',
    en: 'Joint statement',
    category: 'diplomacy',
    forms: [{ text: '共同声明', reading: 'きょうどうせいめい' }],
    explanation: 'A statement issued together by two or more governments.',
    related: [],
  },
];
