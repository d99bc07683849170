/**
 * How Japanese reads numbers written in Arabic digits, with the sound changes that counters
 * cause on the last digit (一本 いっぽん, 六百 ろっぴゃく, 十回 じゅっかい). Used to align a
 * reading around digits (which never carry ruby) and to read digits before counters.
 */
import { toAsciiDigits } from '../text/full-width';

const DIGIT_READING = ['ぜろ', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう'];

function readUnder10000(n: number): string {
  let out = '';
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor(n / 100) % 10;
  const tens = Math.floor(n / 10) % 10;
  const ones = n % 10;
  if (thousands)
    out += thousands === 1 ? 'せん' : thousands === 3 ? 'さんぜん' : thousands === 8 ? 'はっせん' : DIGIT_READING[thousands] + 'せん';
  if (hundreds)
    out +=
      hundreds === 1
        ? 'ひゃく'
        : hundreds === 3
          ? 'さんびゃく'
          : hundreds === 6
            ? 'ろっぴゃく'
            : hundreds === 8
              ? 'はっぴゃく'
              : DIGIT_READING[hundreds] + 'ひゃく';
  if (tens) out += (tens === 1 ? '' : DIGIT_READING[tens]) + 'じゅう';
  if (ones) out += DIGIT_READING[ones];
  return out;
}

const UNITS = ['', 'まん', 'おく', 'ちょう', 'けい'];

/**
 * The plain reading of a number written in digits (ASCII or full-width): 2003 にせんさん,
 * 400 よんひゃく, 0 ぜろ. Numbers with leading zeros or beyond 京 are read digit by digit.
 * `saidOneThousand`: the groups of four digits (0 the last, 1 the 万's, 2 the 億's) whose
 * thousand was written with its one (一千万 いっせんまん, not せんまん).
 */
export function readNumber(digits: string, saidOneThousand?: ReadonlySet<number>): string {
  const ascii = toAsciiDigits(digits);
  if (!/^[0-9]+$/.test(ascii)) return '';
  if ((ascii.length > 1 && ascii[0] === '0') || ascii.length > 20) {
    return [...ascii].map((d) => DIGIT_READING[+d]).join('');
  }
  if (/^0+$/.test(ascii)) return 'ぜろ';
  let out = '';
  const groups: string[] = [];
  for (let end = ascii.length; end > 0; end -= 4) groups.unshift(ascii.slice(Math.max(0, end - 4), end));
  groups.forEach((g, i) => {
    const value = Number(g);
    const unit = groups.length - 1 - i;
    if (!value) return;
    const said = value === 1 && unit > 0 ? 'いち' : readUnder10000(value);
    out += (saidOneThousand?.has(unit) && said.startsWith('せん') ? 'いっ' : '') + said + UNITS[unit];
  });
  return out;
}

/**
 * The readings a number can take before something else: its plain reading and the forms
 * with a geminated end (いち→いっ, ろく→ろっ, はち→はっ, じゅう→じゅっ/じっ, ひゃく→ひゃっ).
 */
export function numberReadingForms(digits: string): string[] {
  const plain = readNumber(digits);
  if (!plain) return [];
  const forms = [plain];
  for (const [end, short] of GEMINATED_ENDS) {
    if (plain.endsWith(end)) for (const s of short) forms.push(plain.slice(0, -end.length) + s);
  }
  if (plain.endsWith('よん')) forms.push(plain.slice(0, -2) + 'よ', plain.slice(0, -2) + 'し');
  if (plain.endsWith('なな')) forms.push(plain.slice(0, -2) + 'しち');
  if (plain.endsWith('きゅう')) forms.push(plain.slice(0, -3) + 'く');
  return forms;
}

const GEMINATED_ENDS: readonly [string, readonly string[]][] = [
  ['いち', ['いっ']],
  ['ろく', ['ろっ']],
  ['はち', ['はっ']],
  ['じゅう', ['じゅっ', 'じっ']],
  ['ひゃく', ['ひゃっ']],
  ['びゃく', ['びゃっ']],
  ['ぴゃく', ['ぴゃっ']],
];
