/**
 * EDICT's codes (JMdict's entity names) for parts of speech and other labels, with a short
 * English description of each for the popup. The builder uses the same tables to tell a leading
 * "(n)" or "(uk)" apart from text in parentheses that belongs to a gloss.
 */

const PARTS_OF_SPEECH: Record<string, string> = {
  'adj-f': 'noun or verb acting prenominally',
  'adj-i': 'i-adjective',
  'adj-ix': 'i-adjective (よい/いい class)',
  'adj-kari': "archaic 'kari' adjective",
  'adj-ku': "archaic 'ku' adjective",
  'adj-na': 'na-adjective',
  'adj-nari': 'archaic na-adjective',
  'adj-no': 'noun that can take の',
  'adj-pn': 'pre-noun adjectival',
  'adj-shiku': "archaic 'shiku' adjective",
  'adj-t': "'taru' adjective",
  adv: 'adverb',
  'adv-to': 'adverb taking と',
  aux: 'auxiliary',
  'aux-adj': 'auxiliary adjective',
  'aux-v': 'auxiliary verb',
  conj: 'conjunction',
  cop: 'copula',
  'cop-da': 'copula',
  ctr: 'counter',
  exp: 'expression',
  int: 'interjection',
  n: 'noun',
  'n-adv': 'adverbial noun',
  'n-pr': 'proper noun',
  'n-pref': 'noun used as a prefix',
  'n-suf': 'noun used as a suffix',
  'n-t': 'temporal noun',
  num: 'numeral',
  pn: 'pronoun',
  pref: 'prefix',
  prt: 'particle',
  suf: 'suffix',
  unc: 'unclassified',
  'v-unspec': 'verb',
  v1: 'ichidan verb',
  'v1-s': 'ichidan verb (くれる class)',
  v5aru: 'godan verb (ある class, honorific)',
  v5b: 'godan verb ending in ぶ',
  v5g: 'godan verb ending in ぐ',
  v5k: 'godan verb ending in く',
  'v5k-s': 'godan verb (いく/ゆく class)',
  v5m: 'godan verb ending in む',
  v5n: 'godan verb ending in ぬ',
  v5r: 'godan verb ending in る',
  'v5r-i': 'godan verb ending in る (irregular)',
  v5s: 'godan verb ending in す',
  v5t: 'godan verb ending in つ',
  v5u: 'godan verb ending in う',
  'v5u-s': 'godan verb ending in う (special class)',
  v5uru: 'godan verb (うる, old form of える)',
  vi: 'intransitive',
  vt: 'transitive',
  vk: 'くる verb',
  vn: 'irregular ぬ verb',
  vr: 'irregular る verb (plain form ends in り)',
  vs: 'noun that takes する',
  'vs-c': 'す verb (precursor of する)',
  'vs-i': 'する verb',
  'vs-s': 'する verb (special class)',
  vz: 'ichidan ずる verb',
};

const OTHER_LABELS: Record<string, string> = {
  // usage and register
  abbr: 'abbreviation',
  arch: 'archaic',
  char: 'character',
  chn: "children's language",
  col: 'colloquial',
  company: 'company name',
  creat: 'creature',
  dated: 'dated',
  derog: 'derogatory',
  doc: 'document',
  ev: 'event',
  fam: 'familiar language',
  fem: 'female term',
  fict: 'fiction',
  form: 'formal',
  given: 'given name',
  group: 'group',
  hist: 'historical term',
  hon: 'honorific',
  hum: 'humble',
  id: 'idiomatic',
  joc: 'jocular',
  leg: 'legend',
  'm-sl': 'manga slang',
  male: 'male term',
  'male-sl': 'male slang',
  myth: 'mythology',
  'net-sl': 'internet slang',
  obj: 'object',
  obs: 'obsolete',
  obsc: 'obscure',
  'on-mim': 'onomatopoeia or mimesis',
  organization: 'organisation',
  oth: 'other',
  person: 'person',
  place: 'place',
  poet: 'poetical',
  pol: 'polite',
  product: 'product',
  proverb: 'proverb',
  quote: 'quotation',
  rare: 'rare',
  relig: 'religion',
  sens: 'sensitive',
  serv: 'service',
  ship: 'ship name',
  sl: 'slang',
  station: 'railway station',
  surname: 'surname',
  uk: 'usually written in kana',
  unclass: 'unclassified name',
  vulg: 'vulgar',
  work: 'work of art',
  X: 'rude or X-rated',
  yoji: 'four-character compound',
  // fields
  agric: 'agriculture',
  anat: 'anatomy',
  archeol: 'archaeology',
  archit: 'architecture',
  art: 'art',
  astron: 'astronomy',
  audvid: 'audiovisual',
  aviat: 'aviation',
  baseb: 'baseball',
  biochem: 'biochemistry',
  biol: 'biology',
  bot: 'botany',
  Buddh: 'Buddhism',
  bus: 'business',
  cards: 'card games',
  chem: 'chemistry',
  Christn: 'Christianity',
  cloth: 'clothing',
  comp: 'computing',
  cryst: 'crystallography',
  dent: 'dentistry',
  ecol: 'ecology',
  econ: 'economics',
  elec: 'electricity',
  electr: 'electronics',
  embryo: 'embryology',
  engr: 'engineering',
  ent: 'entomology',
  film: 'film',
  finc: 'finance',
  fish: 'fishing',
  food: 'food and cooking',
  gardn: 'gardening',
  genet: 'genetics',
  geogr: 'geography',
  geol: 'geology',
  geom: 'geometry',
  go: 'go (game)',
  golf: 'golf',
  gramm: 'grammar',
  grmyth: 'Greek mythology',
  hanaf: 'hanafuda',
  horse: 'horse racing',
  kabuki: 'kabuki',
  law: 'law',
  ling: 'linguistics',
  litf: 'literary form',
  logic: 'logic',
  MA: 'martial arts',
  mahj: 'mahjong',
  manga: 'manga',
  math: 'mathematics',
  mech: 'mechanical engineering',
  med: 'medicine',
  met: 'meteorology',
  mil: 'military',
  mining: 'mining',
  music: 'music',
  noh: 'noh',
  og: 'old or obsolete',
  pharm: 'pharmacology',
  phil: 'philosophy',
  photo: 'photography',
  physics: 'physics',
  physiol: 'physiology',
  politics: 'politics',
  print: 'printing',
  psy: 'psychiatry',
  psyanal: 'psychoanalysis',
  psych: 'psychology',
  rail: 'railway',
  Shinto: 'Shinto',
  shogi: 'shogi',
  ski: 'skiing',
  sports: 'sports',
  stat: 'statistics',
  stockm: 'stock market',
  sumo: 'sumo',
  telec: 'telecommunications',
  tradem: 'trademark',
  tv: 'television',
  vidg: 'video games',
  zool: 'zoology',
  // dialects (EDICT writes them with a colon)
  'hob:': 'Hokkaido dialect',
  'ksb:': 'Kansai dialect',
  'ktb:': 'Kantō dialect',
  'kyb:': 'Kyoto dialect',
  'kyu:': 'Kyūshū dialect',
  'nab:': 'Nagano dialect',
  'osb:': 'Osaka dialect',
  'rkb:': 'Ryūkyū dialect',
  'thb:': 'Tōhoku dialect',
  'tsb:': 'Tosa dialect',
  'tsug:': 'Tsugaru dialect',
};

/** Labels EDICT puts on a spelling (kanji forms). */
const HEADWORD_TAGS: Record<string, string> = {
  iK: 'irregular kanji',
  io: 'irregular okurigana',
  oK: 'out-dated kanji',
  ateji: 'ateji (kanji used for their sound)',
  rK: 'rarely used kanji form',
  sK: 'search-only kanji form',
};

/** Labels EDICT puts on a reading. */
const READING_TAGS: Record<string, string> = {
  ik: 'irregular kana',
  ok: 'out-dated kana',
  gikun: 'special reading (gikun)',
  uK: 'word usually written in kanji',
  rk: 'rarely used kana form',
  sk: 'search-only kana form',
};

const ARCHAIC_VERB = /^v[24][a-z](-[ks])?$/;

/** Whether `code` is one of EDICT's part-of-speech codes. */
export function isPartOfSpeech(code: string): boolean {
  return Object.hasOwn(PARTS_OF_SPEECH, code) || ARCHAIC_VERB.test(code);
}

/** Whether `code` is one of EDICT's other sense labels (usage, field, dialect). */
export function isSenseLabel(code: string): boolean {
  return Object.hasOwn(OTHER_LABELS, code);
}

/** Whether `code` is a label on a kanji spelling (iK, ateji…). */
export function isHeadwordTag(code: string): boolean {
  return Object.hasOwn(HEADWORD_TAGS, code);
}

/** Whether `code` is a label on a reading (ik, ok, gikun…). */
export function isReadingTag(code: string): boolean {
  return Object.hasOwn(READING_TAGS, code);
}

/** English description of a part-of-speech code ("v5k" → "godan verb ending in く"); the code itself when unknown. */
export function describePartOfSpeech(code: string): string {
  if (Object.hasOwn(PARTS_OF_SPEECH, code)) return PARTS_OF_SPEECH[code]!;
  if (ARCHAIC_VERB.test(code)) return code.startsWith('v2') ? 'nidan verb (archaic)' : 'yodan verb (archaic)';
  return code;
}

/** English description of any other EDICT label (uk, comp, iK, ksb:…); the code itself when unknown. */
export function describeTag(code: string): string {
  for (const table of [OTHER_LABELS, HEADWORD_TAGS, READING_TAGS]) {
    if (Object.hasOwn(table, code)) return table[code]!;
  }
  return code;
}

/**
 * Every text `describePartOfSpeech` and `describeTag` give for a code they know: what the popup
 * can show as a part of speech or a label. The fixtures of the popup review are checked against it.
 */
export function describedLabels(): { partsOfSpeech: ReadonlySet<string>; labels: ReadonlySet<string> } {
  return {
    partsOfSpeech: new Set([...Object.keys(PARTS_OF_SPEECH).map(describePartOfSpeech), 'nidan verb (archaic)', 'yodan verb (archaic)']),
    labels: new Set([OTHER_LABELS, HEADWORD_TAGS, READING_TAGS].flatMap((table) => Object.values(table))),
  };
}
