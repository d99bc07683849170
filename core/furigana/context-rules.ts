/**
 * Context rules for words whose reading depends on their neighbours, where kuromoji reads each
 * token on its own: 方 (ほう/かた), 間 (あいだ/ま/かん), 後 (あと/のち/ご), 中 (なか/ちゅう/じゅう),
 * 人 (ひと/じん/にん), 何 (なに/なん), 行って (いって/おこなって), and others. The rules look at
 * parts of speech, conjugation and neighbouring tokens, never at whole sentences.
 */
import type { Token } from '../segmenter/token';
import { hasKanji, toHiragana } from '../text/kana';

/** A reading a rule gives a token, with the others it considered plausible. */
export interface ContextReading {
  reading: string;
  alternatives?: string[];
  /** The id of the rule row that gave it (set by contextReading). */
  rule?: string;
}

/** What the engine knows beyond kuromoji that a rule may ask (family names, for 垂水家 け). */
export interface RuleKnowledge {
  isSurname?: (surface: string) => boolean;
}

type Rule = (tokens: readonly Token[], i: number, knowledge: RuleKnowledge) => ContextReading | undefined;

const KATAKANA_WORD = /^[\u30a1-\u30fa\u30fc・]+$/;

function isNoun(t: Token | undefined): boolean {
  // kuromoji tags an ASCII comma or period as a noun (今,あちら): punctuation is no noun here.
  return !!t && t.pos === '名詞' && t.pos1 !== '非自立' && t.pos1 !== '代名詞' && !isSymbol(t);
}
function isParticle(t: Token | undefined): boolean {
  return !!t && t.pos === '助詞';
}
function isSymbol(t: Token | undefined): boolean {
  return !t || t.pos === '記号' || /^[、。，．,.!！?？「」『』（）()\s]+$/.test(t.surface);
}
/** The end of a verb, adjective or auxiliary that can modify a noun (見た, 住む, 好きな, ない). */
function endsClause(t: Token | undefined): boolean {
  return !!t && (t.pos === '動詞' || t.pos === '形容詞' || t.pos === '助動詞');
}
function isProperOrForeign(t: Token | undefined): boolean {
  return !!t && ((t.pos === '名詞' && t.pos1 === '固有名詞') || KATAKANA_WORD.test(t.surface));
}
/** Whether tokens i and i+1 touch (no space between them). */
function touching(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return !!a && !!b && a.start + a.surface.length === b.start;
}

/** Demonstratives and directions after which 方 is ほう (side, direction): こちらの方, 東の方. */
const SIDE_WORDS = new Set([
  'こちら', 'そちら', 'あちら', 'どちら', 'こっち', 'そっち', 'あっち', 'どっち',
  '東', '西', '南', '北', '上', '下', '右', '左', '前', '後ろ', '奥', '手前', '向こう', '先', '後',
]);

const readHou: Rule = (tokens, i) => {
  const t = tokens[i]!;
  if (t.pos1 !== '非自立' && t.pos1 !== '一般') return undefined;
  const prev = tokens[i - 1];
  const before = prev?.surface === 'の' ? tokens[i - 2] : prev;
  if (before && SIDE_WORDS.has(before.surface)) return { reading: 'ほう', alternatives: ['かた'] };
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  // Comparisons: 〜した方がいい, 靴の方が良い, スタッフの方が親切.
  if (next?.surface === 'が' && after && (after.pos === '形容詞' || after.pos1 === '形容動詞語幹' || after.pos === '副詞' || after.surface === 'いい' || after.surface === 'まし')) {
    return { reading: 'ほう', alternatives: ['かた'] };
  }
  // 〜の方が / 〜た方が compares (ほう), unless a verb follows as the person's action (一人の方が亡くなられ).
  // A verbal noun with する after が is the person's action too (賛同される方が使用する).
  const afterIsAction = after?.pos1 === 'サ変接続' && tokens[i + 3]?.basicForm === 'する';
  if (next?.surface === 'が' && after && after.pos !== '動詞' && !afterIsAction) return { reading: 'ほう', alternatives: ['かた'] };
  if ((next?.surface === 'か' || next?.surface === 'が') && prev?.pos === '形容詞') return { reading: 'ほう', alternatives: ['かた'] };
  // 〜の方を見る / 指さす / 確認する: a direction or a side one looks at, not a person (写真の方をご確認).
  if (next?.surface === 'を' && lookedToward(tokens, i + 2)) return { reading: 'ほう', alternatives: ['かた'] };
  // An adjective's 方 as the predicate is a side, not a person: 酷い方であり, 多い方だ (ほう).
  if (prev?.pos === '形容詞' && (next?.surface === 'で' || next?.surface === 'だ' || next?.surface === 'です')) return { reading: 'ほう', alternatives: ['かた'] };
  // Otherwise after a clause, a noun with の or a demonstrative, 方 is mostly a polite "person": 住まいの方, 好きな方, その方.
  if (endsClause(prev) || prev?.surface === 'の' || prev?.surface === 'な' || prev?.pos === '連体詞') return { reading: 'かた', alternatives: ['ほう'] };
  return undefined;
};

/** Verbs of looking, facing and pointing: what is looked toward with 方を is a side (ほう). */
const LOOKING_VERBS = new Set(['見る', '見つめる', '眺める', '向く', '振り向く', '向ける', '指さす', '指差す', '睨む', '確認', '注目', '見やる']);

/** Whether a verb of looking starts at tokens[from] (after an adverb or an honorific ご/お). */
function lookedToward(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    const t = tokens[k]!;
    if (LOOKING_VERBS.has(t.basicForm)) return true;
    if (t.pos !== '副詞' && t.pos !== '接頭詞') return false;
  }
  return false;
}

const readAida: Rule = (tokens, i) => {
  const t = tokens[i]!;
  if (t.pos1 === '接尾') return undefined; // 日米間 かん
  const prev = tokens[i - 1];
  if (prev?.surface === 'の' || (prev && endsClause(prev)) || prev?.pos === '連体詞') {
    return { reading: 'あいだ', alternatives: ['ま', 'かん'] };
  }
  // 間に at the head of a clause is "meanwhile": かかったのは間に訴訟が (あいだ).
  if ((prev?.pos1 === '係助詞' || prev?.surface === 'が') && tokens[i + 1]?.surface === 'に') return { reading: 'あいだ', alternatives: ['ま'] };
  return undefined;
};

const readAto: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const clauseStart = isSymbol(prev) || (isParticle(prev) && prev!.surface !== 'の');
  // 後に / 後の at the head of a clause: "later" のち (後に有名になった, （後の高木ブー）).
  if (clauseStart && (next?.surface === 'に' || next?.surface === 'の')) return { reading: 'のち', alternatives: ['あと', 'ご'] };
  if (t.pos1 === '接尾' && isNoun(prev)) return undefined; // 卒業後 ご
  // After a finished action, あと as news readers and most speakers say it (務めた後、); のち is the
  // written style's, shown as the alternative. After a noun with の, あと too (試合の後).
  if (prev && (prev.surface === 'た' || prev.surface === 'だ')) return { reading: 'あと', alternatives: ['のち'] };
  if (prev?.surface === 'の') return { reading: 'あと', alternatives: ['のち', 'ご'] };
  if (prev?.pos === '連体詞') return { reading: 'あと', alternatives: ['ご', 'のち'] };
  if (clauseStart && (next?.surface === 'で' || next?.surface === 'は')) return { reading: 'あと', alternatives: ['のち'] };
  return undefined;
};

/** Nouns of places and time spans after which 中 means "all through": 世界中, 一晩中, 年中. */
const THROUGHOUT = new Set([
  '世界', '国', '日本', '町', '街', '家', '体', '身体', '部屋', '学校', '会社', '島', '村', '市', '県', '国内',
  '日', '一日', '晩', '一晩', '夜', '年', '一年', '今年', '来年', '今日', '明日', 'そこら', 'そこいら', 'あちこち', '一晩', '夏', '冬', '春', '秋',
]);

const readNaka: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev?.surface === 'の' || prev?.pos === '連体詞') return t.reading === 'ナカ' ? undefined : { reading: 'なか' };
  if (t.pos1 === '接尾' && prev && THROUGHOUT.has(prev.surface)) return { reading: 'じゅう', alternatives: ['ちゅう'] };
  return undefined;
};

const COUNTING_WORDS = new Set(['複数', '少数', '多数', '若干']);

const readHito: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // 人 after a verbal noun names the one who does it: 管理人, 弁護人, 清算人.
  if (t.pos1 === '接尾' && prev?.pos === '名詞' && prev.pos1 === 'サ変接続') return { reading: 'にん', alternatives: ['じん'] };
  if (t.pos1 === '接尾' && isProperOrForeign(prev)) return { reading: 'じん' };
  // People counted by a word for "several": 複数人, 少人数 is one word (にん).
  if (prev && touching(tokens, i - 1) && COUNTING_WORDS.has(prev.surface)) return { reading: 'にん', alternatives: ['じん'] };
  return undefined;
};

const readNani: Rule = (tokens, i) => {
  const t = tokens[i]!;
  if (t.pos1 !== '代名詞') return undefined;
  const next = tokens[i + 1];
  if (!next || !touching(tokens, i)) return { reading: 'なに' };
  // なん before t, d and n sounds (何でも, 何と, 何の, 何だ, 何なの); なに elsewhere (何が, 何を, 何も, 何か).
  // 何に is なにに (何に使う, 何に当たった); only 何にも is なんにも.
  if (next.surface === 'に' && tokens[i + 2]?.surface !== 'も') return { reading: 'なに', alternatives: ['なん'] };
  // 何か、 heading a sentence is the hedge なんか, "somehow, ...": 何か、最近あまりいい話を聞かない.
  if (next.surface === 'か' && tokens[i + 2]?.surface === '、' && (i === 0 || isSymbol(tokens[i - 1]))) return { reading: 'なん', alternatives: ['なに'] };
  const first = toHiragana(next.surface)[0] ?? '';
  if ('たちつてとだぢづでどなにぬねの'.includes(first) && next.pos !== '名詞') return { reading: 'なん', alternatives: ['なに'] };
  if (next.pos === '助詞' || next.pos === '記号') return { reading: 'なに', alternatives: ['なん'] };
  return undefined;
};

const readHoka: Rule = (tokens, i) => {
  const t = tokens[i]!;
  if (t.pos !== '名詞') return undefined;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // After この, その or の it is "the rest" (この他, 串かつの他), whatever follows.
  const rest = prev?.pos === '連体詞' || prev?.surface === 'の';
  // 他 straight before a noun is the prefix た (他球団, 他国); on its own it is ほか (他の, 他に, その他).
  if (!rest && next && touching(tokens, i) && isNoun(next) && !isSymbol(next)) return { reading: 'た', alternatives: ['ほか'] };
  return { reading: 'ほか', alternatives: ['た'] };
};

/** Family names: 徳川家 とくがわけ, ブルボン家 ぶるぼんけ (but 作家, 専門家 か). */
const readKe: Rule = (tokens, i, knowledge) => {
  const t = tokens[i]!;
  if (t.pos1 !== '接尾') return undefined;
  const prev = tokens[i - 1];
  // A name or a pet name in kana: ブルボン家, ポチ家, らこ家 (け); a kanji noun makes a trade: 作家 (か).
  if (isProperOrForeign(prev) || (prev && touching(tokens, i - 1) && /^[\u3041-\u309f]+$/.test(prev.surface) && prev.pos === '名詞')) {
    return { reading: 'け', alternatives: ['か', 'いえ'] };
  }
  // A family name kuromoji takes for a common word (垂水, 根本, 伊達): the house, け. Trades the
  // dictionary knows (政治家, 評論家) were read whole before the rules.
  if (prev && touching(tokens, i - 1) && prev.pos === '名詞' && knowledge.isSurname?.(prev.surface)) {
    return { reading: 'け', alternatives: ['か', 'いえ'] };
  }
  return undefined;
};

/**
 * Events and spans of time that 今 heads as the prefix こん, "the present one": 今大会, 今シーズン
 * (今世紀, 今年度 are dictionary words, read whole before the rules).
 */
const CURRENT_ONES = new Set([
  '大会', '試合', '選挙', '事件', '作品', '作', '会期', '学期', '定例会', '国会', '臨時国会', '通常国会', '大戦', '公演', '場所',
  '番組', '企画', '計画', '調査', '訪問', '会談', '協議', '合意', '措置', '改正', '法案', '決定', '事業', '予算', '決算', '期',
  '年次', '政権', '内閣', '会合', '総会', '会議', '交渉', '取引', '契約', '災害', '地震', '事故', '問題', '騒動', '展示', '展',
  '選手権', '議会', '会見', '首脳会談', '協定', '条約', '戦争', '紛争', '危機', '入札', '募集', '公募', '旅行', '遠征', '来日',
  '訪日', '訪中', '訪米', '訪露', '改定', '改革', '補正予算', 'ツアー',
]);

const readIma: Rule = (tokens, i) => {
  const t = tokens[i]!;
  if (t.reading !== 'コン') return undefined;
  const next = tokens[i + 1];
  if (!next || !isNoun(next) || next.pos1 === '数' || next.pos1 === '副詞可能') return { reading: 'いま', alternatives: ['こん'] };
  // Before any other kanji noun it is "now": 今話題の, 今自分が, 今大注目 (いま).
  const after = tokens[i + 2];
  const twoWords = after && touching(tokens, i + 1) && isNoun(after) ? next.surface + after.surface : '';
  if (touching(tokens, i) && hasKanji(next.surface) && !CURRENT_ONES.has(next.surface) && !CURRENT_ONES.has(twoWords)) {
    return { reading: 'いま', alternatives: ['こん'] };
  }
  return undefined;
};

/** Nouns that read natively (からだ, て, とき) when they stand on their own after a particle or at the head of a clause. */
function standalone(native: string, sino: string): Rule {
  return (tokens, i) => {
    const t = tokens[i]!;
    if (toHiragana(t.reading) === native) return undefined;
    const prev = tokens[i - 1];
    if (isNoun(prev) && touching(tokens, i - 1)) return undefined;
    return { reading: native, alternatives: [sino] };
  };
}

const readToki: Rule = (tokens, i) => {
  const t = tokens[i]!;
  if (t.reading === 'トキ') return undefined;
  const prev = tokens[i - 1];
  if (prev && (prev.pos === '動詞' || prev.pos === '形容詞' || (prev.pos === '助動詞' && prev.surface !== 'だ'))) return { reading: 'とき', alternatives: ['じ'] };
  if (isSymbol(prev) && tokens[i + 1]?.surface === 'に') return { reading: 'とき', alternatives: ['じ'] };
  return undefined;
};

const readUe: Rule = (tokens, i) => {
  const prev = tokens[i - 1];
  if (prev && (prev.surface === '一番' || prev.surface === '最も')) return { reading: 'うえ', alternatives: ['じょう'] };
  return undefined;
};

const KANE_PARTICLES = new Set(['が', 'を', 'で', 'も', 'に', 'は', 'まで', 'なり', 'だ', 'なら', 'しか']);
const readKane: Rule = (tokens, i) => {
  const t = tokens[i]!;
  // kuromoji takes a lone 金 for the surname キム; before a particle or after の it is money (金にまつわる, 日本の金).
  if (t.pos2 === '人名' && (tokens[i + 1]?.pos === '助詞' || tokens[i - 1]?.surface === 'の')) return { reading: 'かね', alternatives: ['きん', 'きむ'] };
  if (t.pos !== '名詞' || t.pos1 !== '一般') return undefined;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next && KANE_PARTICLES.has(next.surface) && !(prev && /[「『]/.test(prev.surface))) return { reading: 'かね', alternatives: ['きん'] };
  return undefined;
};

/** 会社 after another noun is voiced: 株式会社, 電力会社, エネルギー会社 (がいしゃ). */
const readGaisha: Rule = (tokens, i) => {
  const prev = tokens[i - 1];
  if (prev && touching(tokens, i - 1) && prev.pos === '名詞' && prev.pos1 !== '数' && prev.pos1 !== '代名詞') {
    return { reading: 'がいしゃ', alternatives: ['かいしゃ'] };
  }
  return undefined;
};

/** A river after its name: ナイル川, 信濃川 (がわ). */
const readGawa: Rule = (tokens, i) => {
  const prev = tokens[i - 1];
  if (prev && touching(tokens, i - 1) && (isProperOrForeign(prev) || prev.pos === '接頭詞')) return { reading: 'がわ', alternatives: ['かわ'] };
  return undefined;
};

/** 好き straight after a noun is "lover of": 本好き, 猫好き (ずき). */
const readZuki: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && touching(tokens, i - 1) && (prev.pos === '名詞' || prev.pos === '接頭詞') && prev.pos1 !== '数' && prev.pos1 !== '代名詞') {
    return { reading: 'ず' + toHiragana(t.reading).slice(1) };
  }
  return undefined;
};

/** 日 after a verbal noun is a day of: 開催日, 発売日 (び). */
const readBi: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.pos1 === '接尾' && prev?.pos === '名詞' && prev.pos1 === 'サ変接続' && touching(tokens, i - 1)) return { reading: 'び', alternatives: ['ひ', 'にち'] };
  return undefined;
};

/**
 * 行く and 行う share 行っ: with an object marked by を in the clause it is 行う (会議を頻繁に
 * 行って おこなって); otherwise 行く (市場に行った, 市場は行ったことがない いった).
 */
const readOkonau: Rule = (tokens, i) => {
  const t = tokens[i]!;
  if (t.pos !== '動詞' || !t.surface.startsWith('行')) return undefined;
  const okurigana = t.surface.slice(1);
  if (okurigana !== 'っ' || (t.basicForm !== '行く' && t.basicForm !== '行う')) return undefined;
  // 行う takes an object (会議を行って); 行く a destination or none (市場は行ったことがない).
  return objectBefore(tokens, i) ? { reading: 'おこなっ', alternatives: ['いっ'] } : { reading: 'いっ', alternatives: ['おこなっ'] };
};

/** Whether a を-marked object comes before token i in the same clause (across adverbs and に-adverbs). */
function objectBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k]!;
    if (t.surface === 'を' && t.pos === '助詞') return true;
    if (t.pos === '動詞' || t.pos === '記号' || t.surface === 'に' && tokens[k - 1]?.pos === '名詞' && tokens[k - 1]?.pos1 !== '形容動詞語幹') return false;
  }
  return false;
}

/** Abstract nouns that are "attributed to" (帰す きす) rather than sent home: 責任を…に帰す. */
const ATTRIBUTED = new Set(['責任', '原因', '罪', '失敗', '功', '功績', '手柄', '敗因', '勝因', '過失', '咎', '成功', '責め']);
const RETURNED_TO_NOTHING = new Set(['無', '水泡', '灰燼', '烏有']);
const readKisu: Rule = (tokens, i) => {
  const t = tokens[i]!;
  if (t.basicForm !== '帰す') return undefined;
  const prev = tokens[i - 1];
  if (prev?.surface !== 'に') return undefined;
  let attributed = RETURNED_TO_NOTHING.has(tokens[i - 2]?.surface ?? '');
  for (let k = i - 2; k >= 0 && k >= i - 12 && !attributed; k--) {
    const w = tokens[k]!;
    if (w.surface === '。') break;
    if (w.surface === 'を' && ATTRIBUTED.has(tokens[k - 1]?.surface ?? '')) attributed = true;
  }
  if (!attributed) return undefined;
  const KISU: Record<string, string> = { 帰し: 'きし', 帰す: 'きす', 帰さ: 'きさ', 帰せ: 'きせ', 帰そ: 'きそ' };
  const reading = KISU[t.surface];
  return reading ? { reading, alternatives: [toHiragana(t.reading)] } : undefined;
};

/**
 * Native nouns that are voiced as the second part of a compound kuromoji splits: オレンジ畑
 * ばたけ, 雨靴 ぐつ, 花柄 がら, そば粉 こ.
 */
const VOICED_SECOND: Record<string, string> = {
  畑: 'ばたけ', 靴: 'ぐつ', 箱: 'ばこ', 棚: 'だな', 皿: 'ざら', 袋: 'ぶくろ', 柄: 'がら', 粉: 'こ', 炬燵: 'ごたつ',
};
const readVoicedSecond: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // A verb before it must be a stem (編み|靴), not a verb modifying it (育む|靴 くつ).
  const verbStem = prev?.pos === '動詞' && prev.conjugationForm.startsWith('連用');
  if (t.pos !== '名詞' || !prev || !touching(tokens, i - 1) || !(prev.pos === '名詞' || prev.pos === '接頭詞' || verbStem)) return undefined;
  if (prev.pos1 === '数' || prev.pos1 === '代名詞' || prev.pos1 === '非自立') return undefined;
  const reading = VOICED_SECOND[t.surface]!;
  return { reading, alternatives: [toHiragana(t.reading)] };
};

/** A mountain after its name: 谷川岳, 白馬岳 (だけ); kuromoji takes a lone 岳 for the given name たけし. */
const readDake: Rule = (tokens, i) => {
  const prev = tokens[i - 1];
  if (prev && touching(tokens, i - 1) && prev.pos === '名詞' && prev.pos1 !== '数' && prev.pos1 !== '代名詞' && prev.pos1 !== '非自立') {
    return { reading: 'だけ', alternatives: ['たけ', 'がく'] };
  }
  return undefined;
};

/** 聖 before a foreign name is "Saint": 聖ニコラウス, 聖マリア (せい); kuromoji takes it for the given name きよし. */
const readSei: Rule = (tokens, i) => {
  const next = tokens[i + 1];
  if (next && touching(tokens, i) && KATAKANA_WORD.test(next.surface)) return { reading: 'せい', alternatives: ['ひじり'] };
  return undefined;
};

/** 明日 reads あす in news and written prose (NHK's usage); あした, the spoken form, stays an alternative. */
const readAsu: Rule = (tokens, i) => (tokens[i]!.pos === '名詞' ? { reading: 'あす', alternatives: ['あした', 'みょうにち'] } : undefined);

/** 弾き straight after an instrument is its player: バンジョー弾き, ピアノ弾き (ひき, not はじき). */
const readHiki: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.basicForm === '弾く' && prev && touching(tokens, i - 1) && prev.pos === '名詞' && prev.pos1 !== '数' && prev.pos1 !== '代名詞') {
    return { reading: 'ひき', alternatives: ['はじき'] };
  }
  return undefined;
};

/** What one plays (弾く ひく) and what is flicked or repelled (弾く はじく). */
const PLAYED = new Set([
  '曲', 'ピアノ', 'ギター', 'ベース', 'バイオリン', 'ヴァイオリン', 'チェロ', 'ウクレレ', 'ハープ', 'オルガン', 'キーボード',
  '琴', '三味線', '楽器', '鍵盤', '旋律', 'メロディー', 'メロディ', '伴奏', 'ソロ', '弦', 'フレーズ', 'コード',
]);
const REPELLED = new Set(['水', '油', '汗', '雨', '水滴', '光', '弾丸', '玉', '指', 'そろばん', '算盤', '石', '攻撃', '汚れ']);

/** The noun marked by を or が a few tokens before token i, within its clause. */
function markedNounBefore(tokens: readonly Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if ((t.surface === 'を' || t.surface === 'が') && t.pos === '助詞') return tokens[k - 1]!.surface;
    if (t.pos === '動詞' || t.pos === '記号') return undefined;
  }
  return undefined;
}

/**
 * 弾く is played (ピアノを弾いて ひいて) unless what it acts on is flicked or repelled (水を弾く
 * はじく); kuromoji reads its stem はじき. 弾ける is "can play" after what one plays (曲が弾ける
 * ひける), else "to burst" (弾ける笑顔 はじける).
 */
const readHiku: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const own = toHiragana(t.reading);
  const object = markedNounBefore(tokens, i);
  if (t.basicForm === '弾ける') {
    return object && PLAYED.has(object) && own.startsWith('はじ') ? { reading: 'ひ' + own.slice(2), alternatives: [own] } : undefined;
  }
  if (t.basicForm !== '弾く' || t.pos !== '動詞') return undefined;
  const repelled = !!object && REPELLED.has(object);
  const tail = own.startsWith('はじ') ? own.slice(2) : own.slice(1);
  const reading = (repelled ? 'はじ' : 'ひ') + tail;
  return reading === own ? undefined : { reading, alternatives: [own] };
};

/** 観 before に and a verb of going is 観る's stem (観に行く みにいく), not the noun かん. */
const readMi: Rule = (tokens, i) => {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (next?.surface === 'に' && after?.pos === '動詞' && (after.basicForm === '行く' || after.basicForm === '来る')) return { reading: 'み', alternatives: ['かん'] };
  return undefined;
};

/** 貴女 in today's prose is the pronoun あなた; きじょ (a lady of rank) is old-fashioned. */
const readAnata: Rule = (tokens, i) => (tokens[i]!.pos === '名詞' ? { reading: 'あなた', alternatives: ['きじょ'] } : undefined);

/** 試合 after another noun is voiced: 練習試合, 国際試合, 親善試合 (じあい). */
const readJiai: Rule = (tokens, i) => {
  const prev = tokens[i - 1];
  if (prev && touching(tokens, i - 1) && prev.pos === '名詞' && prev.pos1 !== '数' && prev.pos1 !== '代名詞' && prev.pos1 !== '接尾') {
    return { reading: 'じあい', alternatives: ['しあい'] };
  }
  return undefined;
};

/** Seats for so many people: 三人掛け, 二人掛け (がけ). */
const readGake: Rule = (tokens, i) => {
  const prev = tokens[i - 1];
  if (prev && touching(tokens, i - 1) && prev.surface === '人' && prev.pos2 === '助数詞') return { reading: 'がけ', alternatives: ['かけ'] };
  return undefined;
};

/**
 * A verb or adjective whose stem IPADIC sometimes reads the wrong way: where the word's dictionary
 * form starts with `word` and its reading with `wrong`, the reading starts with `right` instead.
 */
function stemRead(word: string, wrong: string, right: string): Rule {
  return (tokens, i) => {
    const t = tokens[i]!;
    const reading = toHiragana(t.reading);
    if (!t.basicForm.startsWith(word) || !reading.startsWith(wrong)) return undefined;
    return { reading: right + reading.slice(wrong.length), alternatives: [reading] };
  };
}

/** 歪む is ゆがむ; IPADIC sometimes takes the rare いがむ. */
const readYugamu = stemRead('歪む', 'いが', 'ゆが');

/** Case particles after which a lone noun stands for itself (土を, 毛が), not as part of a word. */
const CASE_PARTICLES = new Set(['を', 'が', 'に', 'で', 'は', 'も', 'の', 'と', 'へ', 'から']);

/** 土 before a case particle is earth, つち; ど is Saturday (土・日) or a compound's part (土地, 粘土). */
const readTsuchi: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // Not before は, も, と: 土は休み, 土と日 are Saturday as often as soil.
  if (t.pos !== '名詞' || !next || !CASE_PARTICLES.has(next.surface) || /^[はもと]$/.test(next.surface) || (prev && touching(tokens, i - 1) && isNoun(prev))) return undefined;
  return toHiragana(t.reading) === 'つち' ? undefined : { reading: 'つち', alternatives: ['ど'] };
};

/** 毛 before a particle is hair, け (kuromoji can take it for the name もう). */
const readKe2: Rule = (tokens, i) => {
  const next = tokens[i + 1];
  if (tokens[i]!.pos2 === '人名' && next && CASE_PARTICLES.has(next.surface)) return { reading: 'け', alternatives: ['もう'] };
  return undefined;
};

/** 味 after a foreign food is its flavour: レーズン味, イチゴ味 (あじ, not み). */
const readAji: Rule = (tokens, i) => {
  const prev = tokens[i - 1];
  if (prev && touching(tokens, i - 1) && KATAKANA_WORD.test(prev.surface) && toHiragana(tokens[i]!.reading) === 'み') return { reading: 'あじ', alternatives: ['み'] };
  return undefined;
};

/** 数 before 多い is かず: 数多く, 数多い (かずおおく). */
const readKazu: Rule = (tokens, i) => {
  const next = tokens[i + 1];
  if (next && touching(tokens, i) && next.surface.startsWith('多')) return { reading: 'かず', alternatives: ['すう'] };
  return undefined;
};

/** 高 before すぎ is the adjective's stem: 高すぎ (たか). */
const readTaka: Rule = (tokens, i) => {
  const next = tokens[i + 1];
  if (next && touching(tokens, i) && next.surface.startsWith('すぎ')) return { reading: 'たか', alternatives: ['こう'] };
  return undefined;
};

/** 預ける, 預かる in today's spelling are あず…; IPADIC gives the old あづ…. */
const readAzukeru = stemRead('預', 'あづ', 'あず');

/** 柄 after a word that describes it is a pattern: 同じ柄, どんな柄, 可愛い柄 (がら; 傘の柄 stays え). */
const readGara: Rule = (tokens, i, knowledge) => {
  const voiced = readVoicedSecond(tokens, i, knowledge);
  if (voiced) return voiced;
  const prev = tokens[i - 1];
  if (prev && (prev.pos === '連体詞' || prev.pos === '形容詞' || (prev.surface === 'な' && prev.pos === '助動詞'))) return { reading: 'がら', alternatives: ['え'] };
  return undefined;
};

/** 甘い is あまい; IPADIC sometimes reads it うまい (旨い). */
const readAmai = stemRead('甘い', 'うま', 'あま');

/**
 * 町 after a place's name is the municipality, most often ちょう (高千穂町, 美郷町, 湯布院町); まち,
 * the reading of some towns and of a street, stays the alternative.
 */
const readCho: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.pos1 !== '接尾' || !prev || !touching(tokens, i - 1) || !hasKanji(prev.surface)) return undefined;
  if (prev.pos !== '名詞' || prev.pos1 === '数' || prev.pos1 === '代名詞') return undefined;
  return { reading: 'ちょう', alternatives: ['まち'] };
};


/**
 * 一 and 二 before a native noun written with okurigana count natively: 一押し ひとおし, 一塗り
 * ひとぬり, 二手 ふたて is not one of them (no okurigana, left to kuromoji).
 */
function nativeCount(native: string): Rule {
  return (tokens, i) => {
    const next = tokens[i + 1];
    if (!next || !touching(tokens, i) || next.pos !== '名詞' || !/^[\u4e00-\u9fff][\u3041-\u309f]+$/.test(next.surface)) return undefined;
    return { reading: native, alternatives: [toHiragana(tokens[i]!.reading)] };
  };
}

/** 有 and 無 closing a listed item are あり and なし: 駐車場有, 送料無, インセン有！ (shop and listing style). */
function listed(reading: string): Rule {
  return (tokens, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || prev.pos !== '名詞' || !touching(tokens, i - 1) || (next && !isSymbol(next))) return undefined;
    return { reading, alternatives: [toHiragana(tokens[i]!.reading)] };
  };
}

/** 付 between a noun and what it comes with is つき, "with": 耳付コースター, 保証付の (not the verbal づけ). */
const readTsuki: Rule = (tokens, i) => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.pos1 !== '接尾' || !isNoun(prev) || !touching(tokens, i - 1) || !next) return undefined;
  // A date's 付 is づけ: 2日付の新聞, 4月1日付で.
  if (prev!.pos2 === '助数詞' || prev!.pos1 === '数' || /[日月年]$/.test(prev!.surface)) return undefined;
  if (!(isNoun(next) && touching(tokens, i)) && next.surface !== 'の') return undefined;
  return toHiragana(t.reading) === 'つき' ? undefined : { reading: 'つき', alternatives: [toHiragana(t.reading)] };
};

/** 乳 straight before another noun is the prefix にゅう: 乳タンパク, 乳成分 (on its own, ちち). */
const readNyu: Rule = (tokens, i) => {
  const next = tokens[i + 1];
  if (!next || !touching(tokens, i) || !isNoun(next) || next.pos1 === '数') return undefined;
  return { reading: 'にゅう', alternatives: ['ちち'] };
};

/** 命 as an order is めい: 国王の命により, 命を受けて (on its own, いのち: life). */
const readMei: Rule = (tokens, i) => {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!next) return undefined;
  // Someone's order: 国王の命により (命によって支えられる is life).
  const byOrder = tokens[i - 1]?.surface === 'の' && (/^によ(って|り|る)$/.test(next.surface) || (next.surface === 'に' && /^(より|よっ|従)/.test(after?.surface ?? '')));
  const received = next.surface === 'を' && /^(受け|受ける|下し|下す|奉じ)$/.test(after?.surface ?? '');
  return byOrder || received ? { reading: 'めい', alternatives: ['いのち'] } : undefined;
};

/** 市 after a day of the week is a market, いち: 土曜市, 日曜市 (a city, し, follows a place's name). */
const readIchi: Rule = (tokens, i) => {
  const prev = tokens[i - 1];
  if (!prev || !touching(tokens, i - 1) || !/曜日?$/.test(prev.surface)) return undefined;
  return { reading: 'いち', alternatives: ['し'] };
};

const RULES = new Map<string, Rule>([
  ['付', readTsuki],
  ['乳', readNyu],
  // 大勢の (人, 観客) and 大勢で are "many people", おおぜい; 大勢が判明 (the trend) stays たいせい.
  ['大勢', (tokens, i) => (/^[のでと]$/.test(tokens[i + 1]?.surface ?? '') && tokens[i]!.reading === 'タイセイ' ? { reading: 'おおぜい', alternatives: ['たいせい'] } : undefined)],
  // 早々と is はやばやと, "early on"; 早々に and 早々 on its own stay そうそう.
  ['早々', (tokens, i) => (tokens[i + 1]?.surface === 'と' ? { reading: 'はやばや', alternatives: ['そうそう'] } : undefined)],
  ['有', listed('あり')],
  ['無', listed('なし')],
  // 奴 on its own is やつ, "guy"; やっこ (a servant, 冷奴) is old or part of a word.
  ['奴', (tokens, i) => (tokens[i]!.reading === 'ヤッコ' ? { reading: 'やつ', alternatives: ['やっこ'] } : undefined)],
  // お家 is today's おうち, "home"; おいえ (a noble house, お家騒動) stays the alternative.
  ['お家', (tokens, i) => (tokens[i]!.reading === 'オイエ' ? { reading: 'おうち', alternatives: ['おいえ'] } : undefined)],
  ['一', nativeCount('ひと')],
  ['二', nativeCount('ふた')],
  ['方', readHou],
  ['命', readMei],
  ['市', readIchi],
  // ネブラスカ大時代: after a place or a school, 大時代 is "university days", だいじだい (おおじだい,
  // "old-fashioned", stays the alternative).
  ['大時代', (tokens, i) => (tokens[i - 1]?.pos1 === '固有名詞' && touching(tokens, i - 1) ? { reading: 'だいじだい', alternatives: ['おおじだい'] } : undefined)],
  ['間', readAida],
  // IPADIC reads その間, この間 with かん; あいだ is the usual reading (かん stays the alternative).
  ['その間', (tokens, i) => (tokens[i]!.reading === 'ソノカン' ? { reading: 'そのあいだ', alternatives: ['そのかん'] } : undefined)],
  ['この間', (tokens, i) => (tokens[i]!.reading === 'コノカン' ? { reading: 'このあいだ', alternatives: ['このかん'] } : undefined)],
  ['後', readAto],
  ['中', readNaka],
  ['人', readHito],
  ['何', readNani],
  ['他', readHoka],
  // IPADIC has その他 as one word read そのた; on its own 他 reads ほか, and so does その他.
  ['その他', (tokens, i) => (tokens[i]!.reading === 'ソノタ' ? { reading: 'そのほか', alternatives: ['そのた'] } : undefined)],
  ['家', readKe],
  ['今', readIma],
  ['体', standalone('からだ', 'たい')],
  ['手', standalone('て', 'しゅ')],
  ['時', readToki],
  ['上', readUe],
  ['金', readKane],
  ['会社', readGaisha],
  ['川', readGawa],
  ['好き', readZuki],
  ['日', readBi],
  ['岳', readDake],
  ['聖', readSei],
  ['明日', readAsu],
  ['弾き', (tokens, i, knowledge) => readHiki(tokens, i, knowledge) ?? readHiku(tokens, i, knowledge)],
  ...['弾く', '弾か', '弾け', '弾こ', '弾い', '弾ける', '弾けれ'].map((k): [string, Rule] => [k, readHiku]),
  ['観', readMi],
  ['貴女', readAnata],
  ['試合', readJiai],
  ['町', readCho],
  ['土', readTsuchi],
  ['毛', readKe2],
  ['味', readAji],
  ['数', readKazu],
  ['高', readTaka],
  ...['甘い', '甘かっ', '甘く', '甘けれ', '甘かろ', '甘'].map((k): [string, Rule] => [k, readAmai]),
  ...['預け', '預ける', '預かっ', '預かる'].map((k): [string, Rule] => [k, readAzukeru]),
  ['掛け', readGake],
  ...['歪ん', '歪み', '歪む', '歪ま', '歪め', '歪も'].map((k): [string, Rule] => [k, readYugamu]),
  ['行っ', readOkonau],
  ['帰し', readKisu],
  ['帰す', readKisu],
  ['帰さ', readKisu],
  ...Object.keys(VOICED_SECOND).map((k): [string, Rule] => [k, k === '柄' ? readGara : readVoicedSecond]),
]);

/** Whether a context rule judges tokens written `surface` (even where it then keeps kuromoji's reading). */
export function hasContextRule(surface: string): boolean {
  return RULES.has(surface);
}

/** The reading context gives token i, or undefined to keep kuromoji's. */
export function contextReading(tokens: readonly Token[], i: number, knowledge: RuleKnowledge = {}): ContextReading | undefined {
  const surface = tokens[i]!.surface;
  const rule = RULES.get(surface);
  const read = rule ? rule(tokens, i, knowledge) : undefined;
  return read && { ...read, rule: surface };
}
