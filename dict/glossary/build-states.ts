/**
 * Builds the generated place terms of the glossary: every UN member state, the two observer
 * states and the main territories (`terms/places-un-states.json`), and their capitals
 * (`terms/places-capitals.json`), for those the hand-curated files do not already hold.
 *
 *     npm run dict:build-glossary-states
 *
 * Sources (facts, not prose):
 * - `sources/un-states.tsv` (written for Yomu): which states and territories, each one's glossary
 *   id, status, capital (English), UN geoscheme region, and the Japanese forms where iso-codes' name
 *   is not the one Japanese news uses (with readings for kanji), or a capital's spelling where
 *   ENAMDICT lacks it or spells it otherwise than news.
 * - Debian's iso-codes (`/usr/share/iso-codes/json/iso_3166-1.json`, English names, and the
 *   Japanese translation `/usr/share/locale/ja/LC_MESSAGES/iso_3166-1.mo`, LGPL-2.1+): English
 *   and Japanese names, short and official.
 * - ENAMDICT (`/usr/share/edict/enamdict`, EDRDG, CC BY-SA 3.0): capitals' Japanese spelling, an
 *   entry tagged (p) whose gloss is the capital's English name, preferring one that names the country.
 *
 * Explanations of generated terms are built from those facts by one template; the hand-curated
 * terms (the other files of `terms/`) keep their own and win: a generated term never takes an id
 * or a form a hand-curated term has. The output is committed, so building the extension does not
 * need the Debian packages; the script prints what it could not find and what it overrode.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formKey, validateGlossary, type GlossaryForm, type GlossaryTerm } from '../../core/glossary/glossary-term';
import { hasKanji, isAllKatakana } from '../../core/text/kana';
import { readDebianEucJp } from '../debian-source';
import { formatTerms } from './format-terms';

const HERE = new URL('./', import.meta.url);
const TERMS_DIR = fileURLToPath(new URL('terms/', HERE));
const TABLE = fileURLToPath(new URL('sources/un-states.tsv', HERE));
const STATES_OUT = 'places-un-states.json';
const CAPITALS_OUT = 'places-capitals.json';
const ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json';
const ISO_JA_MO = '/usr/share/locale/ja/LC_MESSAGES/iso_3166-1.mo';
const ENAMDICT = '/usr/share/edict/enamdict';

interface Row {
  alpha2: string;
  id: string;
  kind: string;
  capitalNames: string[];
  region: string;
  forms: GlossaryForm[] | undefined;
  capitalForm: GlossaryForm | undefined;
}

interface IsoCountry {
  alpha_2: string;
  name: string;
  common_name?: string;
  official_name?: string;
}

/** A form written `text` or `text=reading`. */
function parseForm(spec: string): GlossaryForm {
  const [text, reading] = spec.split('=');
  return reading ? { text: text!, reading } : { text: text! };
}

function readTable(): Row[] {
  return readFileSync(TABLE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [alpha2, id, kind, capital, region, forms, capitalJa] = line.split('\t');
      if (capitalJa === undefined) throw new Error(`un-states.tsv: too few columns in ${JSON.stringify(line)}`);
      return {
        alpha2: alpha2!,
        id: id!,
        kind: kind!,
        capitalNames: capital === '-' ? [] : capital!.split('|'),
        region: region!,
        forms: forms === '-' ? undefined : forms!.split(';').map(parseForm),
        capitalForm: capitalJa === '-' ? undefined : parseForm(capitalJa!),
      };
    });
}

/**
 * The messages of a GNU gettext .mo file (msgid → msgstr), read with its documented layout:
 * magic, revision, count N, offset of the original strings' table, offset of the translations'
 * table; each table holds N (length, offset) pairs of 32-bit integers.
 */
export function readMo(buffer: Buffer): Map<string, string> {
  const magic = buffer.readUInt32LE(0);
  const read = magic === 0x950412de ? (at: number) => buffer.readUInt32LE(at) : (at: number) => buffer.readUInt32BE(at);
  if (magic !== 0x950412de && buffer.readUInt32BE(0) !== 0x950412de) throw new Error('not a .mo file');
  const count = read(8);
  const originals = read(12);
  const translations = read(16);
  const messages = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const text = (table: number) => buffer.toString('utf8', read(table + 8 * i + 4), read(table + 8 * i + 4) + read(table + 8 * i));
    messages.set(text(originals), text(translations));
  }
  return messages;
}

interface PlaceName {
  kana: string;
  /** The gloss's parenthesis (country, "capital of …"), lower case. */
  note: string;
}

/** ENAMDICT's katakana headwords tagged as places, by English name (lower case, accents removed). */
function enamdictPlaces(): Map<string, PlaceName[]> {
  const byName = new Map<string, PlaceName[]>();
  const text = readDebianEucJp(ENAMDICT, 'enamdict', 'ENAMDICT');
  for (const line of text.split('\n')) {
    const match = /^(\S+) \/\(p\) (.*)\/$/.exec(line);
    if (!match || !isKatakanaName(match[1]!)) continue;
    for (const gloss of match[2]!.split('/')) {
      if (gloss.startsWith('(')) break; // another tag: no longer a place
      const named = /^(.*?)(?: \((.*)\))?$/.exec(gloss)!;
      const key = englishKey(named[1]!);
      const list = byName.get(key) ?? [];
      list.push({ kana: match[1]!, note: (named[2] ?? '').toLowerCase() });
      byName.set(key, list);
    }
  }
  return byName;
}

/** Whether the name is written in katakana, ・ parting its words (サントドミンゴ, ポート・オブ・スペイン). */
function isKatakanaName(name: string): boolean {
  return isAllKatakana(name.replaceAll('・', ''));
}

function englishKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** Kanji endings of official names, with their readings, so that iso-codes' official names can be aliases. */
const OFFICIAL_ENDINGS: readonly [string, string][] = [
  ['民主社会主義共和国', 'みんしゅしゃかいしゅぎきょうわこく'],
  ['社会主義共和国', 'しゃかいしゅぎきょうわこく'],
  ['人民民主共和国', 'じんみんみんしゅきょうわこく'],
  ['民主人民共和国', 'みんしゅじんみんきょうわこく'],
  ['連邦民主共和国', 'れんぽうみんしゅきょうわこく'],
  ['人民共和国', 'じんみんきょうわこく'],
  ['民主共和国', 'みんしゅきょうわこく'],
  ['連邦共和国', 'れんぽうきょうわこく'],
  ['連合共和国', 'れんごうきょうわこく'],
  ['東方共和国', 'とうほうきょうわこく'],
  ['イスラム共和国', 'イスラムきょうわこく'],
  ['共和国', 'きょうわこく'],
  ['大公国', 'たいこうこく'],
  ['公国', 'こうこく'],
  ['王国', 'おうこく'],
  ['独立国', 'どくりつこく'],
  ['連邦', 'れんぽう'],
  ['連合', 'れんごう'],
  ['国', 'こく'],
];

/**
 * The reading of a name written in katakana and one of the official endings (マリ共和国 →
 * マリきょうわこく): the katakana part stays katakana, as the glossary writes readings. Undefined
 * when the name is not of that shape.
 */
function officialReading(name: string): string | undefined {
  for (const [ending, reading] of OFFICIAL_ENDINGS) {
    if (!name.endsWith(ending)) continue;
    const stem = name.slice(0, -ending.length);
    if (isKatakanaName(stem)) return stem + reading;
  }
  return undefined;
}

/** The form for a Japanese name from iso-codes, or undefined when its reading cannot be told. */
function isoForm(name: string | undefined): GlossaryForm | undefined {
  if (!name || /[ ()（）、]/.test(name)) return undefined;
  if (!hasKanji(name)) return { text: name };
  const reading = officialReading(name);
  return reading ? { text: name, reading } : undefined;
}

const ENGLISH_NAMES: Record<string, string> = {
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  BN: 'Brunei',
  FM: 'Micronesia (Federated States of)',
  VA: 'Holy See (Vatican City)',
  TR: 'Türkiye (Turkey)',
  MO: 'Macao',
  FK: 'Falkland Islands',
};

/** How the template names an owning state ("a territory of the United States"). */
const OWNER_NAMES: Record<string, string> = {
  US: 'the United States',
  GB: 'the United Kingdom',
  NL: 'the Kingdom of the Netherlands',
  DK: 'the Kingdom of Denmark',
  FR: 'France',
  NZ: 'New Zealand (in free association)',
  CN: 'China (a special administrative region)',
};

/** What the template says of a state or territory's status. */
function status(row: Row): string {
  if (row.kind === 'member') return 'a member state of the United Nations';
  if (row.kind === 'observer') return 'a non-member observer state at the United Nations';
  const owner = /^territory of ([A-Z]{2})$/.exec(row.kind);
  if (owner) return `a territory of ${OWNER_NAMES[owner[1]!] ?? owner[1]}`;
  if (row.kind === 'territory disputed') return 'a territory';
  return 'a territory';
}

/** "X is" or, for a plural name (… Islands), "The X are". */
function subject(english: string): string {
  return /Islands( \(|$)/.test(english) ? `The ${english} are` : `${english} is`;
}

/** A sentence added to a generated state's explanation where its status needs more than the template says. */
const STATE_NOTES: Record<string, string> = {
  EH: 'Morocco controls and claims most of it; the Polisario Front, backed by Algeria, seeks independence for it as the Sahrawi Republic.',
  VA: 'The Holy See, the government of the Catholic Church under the Pope, is sovereign over Vatican City, a state enclosed in Rome.',
  MO: 'A former Portuguese colony, returned to China in 1999 under "one country, two systems".',
  FK: 'Argentina claims them as the Islas Malvinas and fought Britain over them in 1982.',
  CY: 'The island has been divided since 1974, its north held by Turkish Cypriots under a breakaway state only Türkiye recognises.',
  CD: 'Its east has long been torn by armed groups, among them the Rwanda-backed M23.',
  NC: 'Its voters rejected independence from France in three referendums between 2018 and 2021, amid lasting tension.',
  GU: 'It hosts major US air and naval bases in the western Pacific.',
  PR: 'Its people are US citizens but have no vote in presidential elections.',
};

/** Capitals the template would describe wrongly as plain capitals. */
const CAPITAL_NOTES: Record<string, string> = {
  BO: 'Sucre is the constitutional capital of Bolivia; the government sits in La Paz.',
  NL: 'Amsterdam is the constitutional capital of the Netherlands; the government and parliament sit in The Hague.',
  LK: 'Sri Jayawardenepura Kotte, a suburb of Colombo, is the legislative capital of Sri Lanka; Colombo is its largest city and commercial centre.',
  CI: "Yamoussoukro is the political capital of Côte d'Ivoire; Abidjan is its largest city and economic centre.",
  BJ: 'Porto-Novo is the official capital of Benin; the government sits mostly in Cotonou.',
  TZ: "Dodoma is Tanzania's official capital; Dar es Salaam remains its largest city and commercial centre.",
  BI: "Gitega has been Burundi's political capital since 2019; Bujumbura remains its economic centre.",
  PW: "Melekeok is Palau's capital: its government has sat at Ngerulmud in Melekeok state since 2006.",
  NR: 'Nauru has no official capital; its government offices stand in the Yaren district.',
  MY: "Kuala Lumpur is Malaysia's capital; most federal ministries have moved to nearby Putrajaya.",
  ZA: "Pretoria is South Africa's executive capital; parliament sits in Cape Town and the highest courts in Bloemfontein and Johannesburg.",
  CH: "Bern is Switzerland's federal city, the seat of its government and parliament.",
  PS: 'Ramallah in the West Bank is the seat of the Palestinian Authority; Palestinians claim East Jerusalem as their capital.',
  KZ: "Astana has been Kazakhstan's capital since 1997 (called Nur-Sultan from 2019 to 2022); Almaty is its largest city.",
  EH: 'Laayoune is the largest city of Western Sahara, under Moroccan administration; the Sahrawi Republic also claims it as its capital.',
  MM: "Naypyidaw has been Myanmar's capital since 2005-2006, replacing Yangon.",
};

function slug(name: string): string {
  return englishKey(name)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function main(): void {
  const rows = readTable();
  const iso = new Map((JSON.parse(readFileSync(ISO_JSON, 'utf8'))['3166-1'] as IsoCountry[]).map((c) => [c.alpha_2, c]));
  const ja = readMo(readFileSync(ISO_JA_MO));
  const places = enamdictPlaces();

  // The hand-curated terms: their ids and forms win.
  const curated: GlossaryTerm[] = readdirSync(TERMS_DIR)
    .filter((f) => f.endsWith('.json') && f !== STATES_OUT && f !== CAPITALS_OUT)
    .flatMap((f) => JSON.parse(readFileSync(TERMS_DIR + f, 'utf8')) as GlossaryTerm[]);
  const curatedIds = new Set(curated.map((t) => t.id));
  const takenForms = new Set(curated.flatMap((t) => t.forms.map((f) => formKey(f.text))));
  const notes: string[] = [];
  const missing: string[] = [];

  const englishOf = (alpha2: string): string => {
    const c = iso.get(alpha2);
    if (!c) throw new Error(`iso-codes has no ${alpha2}`);
    return ENGLISH_NAMES[alpha2] ?? c.common_name ?? c.name;
  };

  /** The forms of a generated term, without forms another term already has. */
  const freeForms = (id: string, forms: (GlossaryForm | undefined)[]): GlossaryForm[] => {
    const out: GlossaryForm[] = [];
    for (const form of forms) {
      if (!form) continue;
      const key = formKey(form.text);
      if (takenForms.has(key)) {
        if (!out.some((f) => formKey(f.text) === key)) notes.push(`${id}: form ${form.text} is taken by a hand-curated term; left out`);
        continue;
      }
      if (form.text.length < 2) continue;
      takenForms.add(key);
      out.push(form);
    }
    return out;
  };

  const states: GlossaryTerm[] = [];
  const capitals: GlossaryTerm[] = [];
  const stateIds = new Set(rows.map((r) => r.id));

  for (const row of rows) {
    const country = iso.get(row.alpha2);
    if (!country) throw new Error(`iso-codes has no ${row.alpha2}`);
    const english = englishOf(row.alpha2);
    const jaShort = (country.common_name && ja.get(country.common_name)) || ja.get(country.name);
    const jaOfficial = country.official_name ? ja.get(country.official_name) : undefined;
    const mainJapanese = row.forms?.[0]?.text ?? jaShort;

    // The capital.
    let capital: { id: string; form: GlossaryForm; english: string } | undefined;
    let sameName = false;
    if (row.capitalNames.length > 0) {
      const capitalEnglish = row.capitalNames[0]!;
      const countryWords = [english, country.name, country.common_name ?? '']
        .map((n) => n.toLowerCase().split(/[ ,(]/)[0]!)
        .filter(Boolean);
      const candidates = row.capitalNames.flatMap((n) => places.get(englishKey(n)) ?? []);
      let fromEnamdict: string | undefined;
      for (const name of row.capitalNames) {
        const found = places.get(englishKey(name)) ?? [];
        const named = found.filter((c) => countryWords.some((w) => c.note.includes(w)) || c.note.includes('capital'));
        let spellings = new Set((named.length > 0 ? named : found).map((c) => c.kana));
        // Of several spellings, the one a hand-curated term already uses (ロンドン, not グレーターロンドン).
        const inUse = [...spellings].filter((k) => takenForms.has(formKey(k)));
        if (inUse.length === 1) spellings = new Set(inUse);
        if (spellings.size === 1) {
          fromEnamdict = [...spellings][0];
          break;
        }
      }
      const curatedCapital = curated.find((t) => t.id === slug(capitalEnglish));
      let form: GlossaryForm | undefined;
      if (curatedCapital) {
        form = curatedCapital.forms[0]!;
      } else if (row.capitalForm) {
        form = row.capitalForm;
        if (fromEnamdict && fromEnamdict !== form.text)
          notes.push(`${capitalEnglish}: ENAMDICT ${fromEnamdict}, the table's ${form.text} kept`);
        else if (!fromEnamdict)
          notes.push(
            `${capitalEnglish}: ${candidates.length ? `ENAMDICT has several (${[...new Set(candidates.map((c) => c.kana))].join(', ')})` : 'not in ENAMDICT'}; the table's ${form.text}`,
          );
      } else if (fromEnamdict) {
        form = { text: fromEnamdict };
      } else {
        missing.push(
          `${capitalEnglish} (${row.alpha2}): ENAMDICT has ${candidates.map((c) => c.kana).join(', ') || 'nothing'}; give its spelling in the table`,
        );
        continue;
      }
      const id = slug(capitalEnglish);
      if (form.text === mainJapanese) {
        sameName = true;
        notes.push(`${capitalEnglish}: same name as the state; no separate term`);
      } else if (curatedIds.has(id) || curated.some((t) => t.forms.some((f) => f.text === form!.text))) {
        const owner = curated.find((t) => t.id === id || t.forms.some((f) => f.text === form!.text))!;
        capital = { id: owner.id, form, english: capitalEnglish };
      } else {
        if (stateIds.has(id)) throw new Error(`capital id ${id} is also a state's`);
        const forms = freeForms(id, [form]);
        if (forms.length > 0) {
          capital = { id, form, english: capitalEnglish };
          const note = CAPITAL_NOTES[row.alpha2];
          capitals.push({
            id,
            en: capitalEnglish,
            category: 'place',
            forms,
            explanation:
              note ??
              (row.kind === 'member' || row.kind === 'observer'
                ? `The capital of ${english}, in ${row.region}. In the news it often stands for ${english}'s government.`
                : `The capital of ${english}, in ${row.region}.`),
            related: [row.id],
          });
        }
      }
    }

    if (curatedIds.has(row.id)) continue;

    // iso-codes' official names are used only where the table does not give the forms (they are
    // dated for a few: Bosnia and Herzegovina's, Greece's spelling).
    const officialName = row.forms === undefined && country.official_name !== english ? country.official_name : undefined;
    const official = officialName ? ` (officially the ${officialName.replace(/^the /, '')})` : '';
    const its = /Islands$/.test(english) ? 'Their' : 'Its';
    const seat = capital
      ? ` ${its} ${row.kind === 'territory disputed' ? 'main city' : 'capital'} is ${capital.english}.`
      : sameName
        ? ` ${its} capital bears the same name.`
        : '';
    const forms = freeForms(row.id, row.forms ?? [isoForm(jaShort)]);
    const officialForm = row.forms === undefined ? isoForm(jaOfficial) : undefined;
    if (officialForm && !forms.some((f) => f.text === officialForm.text)) forms.push(...freeForms(row.id, [officialForm]));
    const note = STATE_NOTES[row.alpha2] ? ` ${STATE_NOTES[row.alpha2]}` : '';
    if (forms.length === 0) {
      missing.push(`${row.id}: no Japanese form (iso-codes: ${jaShort ?? 'none'}); give one in the table`);
      continue;
    }
    if (row.forms === undefined && jaShort && !isoForm(jaShort)) notes.push(`${row.id}: iso-codes name ${jaShort} unused`);
    states.push({
      id: row.id,
      en: english,
      category: 'place',
      forms,
      explanation: `${subject(english + official)} ${status(row)} in ${row.region}${row.kind === 'territory disputed' ? ' whose status is disputed' : ''}.${seat}${note}`,
      related: capital ? [capital.id] : [],
    });
  }

  if (missing.length > 0) {
    console.error(missing.join('\n'));
    process.exit(1);
  }
  validateGlossary([...curated, ...states, ...capitals]);
  const write = (file: string, terms: GlossaryTerm[]) => writeFileSync(TERMS_DIR + file, formatTerms(terms));
  write(STATES_OUT, states);
  write(CAPITALS_OUT, capitals);
  for (const note of notes) console.log(note);
  console.log(`${states.length} states and territories, ${capitals.length} capitals written`);
}

main();
