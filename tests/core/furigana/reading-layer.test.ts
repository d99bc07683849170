import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readingSegments, type ReadingContext } from '../../../core/furigana/reading-layer';
import type { RubySegment } from '../../../core/furigana/ruby-segment';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import type { Token } from '../../../core/segmenter/token';
import { nodeSegmenter } from '../../support/node-segmenter';
import { isAllHiragana, isKanjiCodePoint } from '../../../core/text/kana';

const ARTICLE = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
}, 120_000);

function segmentsOf(text: string): RubySegment[] {
  return readingSegments(text, segmenter.tokenize(text));
}

/** The text with each ruby written [base:reading]. */
function show(text: string, segments: readonly RubySegment[] = segmentsOf(text)): string {
  let out = '';
  let cursor = 0;
  for (const s of segments) {
    out += text.slice(cursor, s.start) + `[${text.slice(s.start, s.end)}:${s.reading}]`;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

function token(surface: string, start: number, reading: string, pos = '名詞', pos1 = '一般'): Token {
  return { surface, start, pos, pos1, pos2: '*', conjugationType: '*', conjugationForm: '*', basicForm: surface, reading, known: true };
}

describe('readingSegments', () => {
  it('turns tokens into ruby over their kanji, at offsets of the text', () => {
    const text = 'この基盤は築かれた';
    const tokens = [
      token('この', 0, 'コノ', '連体詞', '*'),
      token('基盤', 2, 'キバン'),
      token('は', 4, 'ハ', '助詞', '係助詞'),
      token('築か', 5, 'キズカ', '動詞', '自立'),
      token('れ', 7, 'レ', '動詞', '接尾'),
      token('た', 8, 'タ', '助動詞', '*'),
    ];
    expect(readingSegments(text, tokens)).toEqual([
      { start: 2, end: 4, reading: 'きばん' },
      { start: 5, end: 6, reading: 'きず' },
    ]);
  });

  it('gives nothing for text without tokens or without kanji', () => {
    expect(readingSegments('', [])).toEqual([]);
    expect(readingSegments('パートナーシップ', [token('パートナーシップ', 0, 'パートナーシップ')])).toEqual([]);
  });

  it('reads sentences of the reference article with okurigana bare', () => {
    expect(show('この同盟の基盤は徐々に築かれ、')).toBe('この[同盟:どうめい]の[基盤:きばん]は[徐々:じょじょ]に[築:きず]かれ、');
    expect(show('ワシントンでは懸念を高め、')).toBe('ワシントンでは[懸念:けねん]を[高:たか]め、');
    expect(show('地政学的な発展を通じて')).toBe('[地政学:ちせいがく][的:てき]な[発展:はってん]を[通:つう]じて');
  });

  it('leaves digits bare and reads the counter after them', () => {
    expect(show('過去10年でその関係を変革しました。')).toBe('[過去:かこ]10[年:ねん]でその[関係:かんけい]を[変革:へんかく]しました。');
    expect(show('2003年のアメリカのイラク侵攻')).toBe('2003[年:ねん]のアメリカのイラク[侵攻:しんこう]');
  });

  it('reads half-width kana, 々, ヶ and surrogate-pair kanji without breaking offsets', () => {
    const text = 'ｶﾞｽ管と人々と𠮟責と霞ヶ関';
    const shown = show(text);
    expect(shown).toContain('ｶﾞｽ[管:かん]');
    expect(shown).toContain('[人々:ひとびと]');
    expect(shown).toContain('[霞ヶ関:かすみがせき]');
    for (const s of segmentsOf(text)) expect(s.end).toBeGreaterThan(s.start);
  });

  it('gives sorted, non-overlapping segments over kanji only, for the whole article', () => {
    const segments = segmentsOf(ARTICLE);
    expect(segments.length).toBeGreaterThan(300);
    let last = 0;
    for (const s of segments) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.start);
      const base = ARTICLE.slice(s.start, s.end);
      expect(isKanjiCodePoint(base.codePointAt(0)!), base).toBe(true);
      expect(base).not.toMatch(/[0-9０-９]/);
      expect(isAllHiragana(s.reading.replaceAll('ー', '')), s.reading).toBe(true);
      last = s.end;
    }
  });

  it('asks only the passes that span tokens of a token without kanji, and still reads the words it starts', () => {
    // この頃 (a demonstrative and a noun), ロシア軍 (a katakana noun): read over both tokens.
    const GLOSSARY: Record<string, string[]> = { ロシア軍: ['ろしあぐん'] };
    const DICTIONARY: Record<string, string[]> = { この頃: ['このごろ'] };
    const decided: string[] = [];
    const context: ReadingContext = {
      glossaryReadings: (s) => GLOSSARY[s],
      dictionaryReadings: (s) => DICTIONARY[s],
      trace: (word, by, tokens) =>
        decided.push(
          `${tokens
            .slice(word.from, word.to)
            .map((t) => t.surface)
            .join('|')}:${by}`,
        ),
    };
    const text = 'この頃はお茶とロシア軍のことを話す';
    expect(show(text, readingSegments(text, segmenter.tokenize(text), context))).toBe(
      'この[頃:ごろ]はお[茶:ちゃ]とロシア[軍:ぐん]のことを[話:はな]す',
    );
    expect(decided).toEqual(expect.arrayContaining(['この|頃:dictionary:words', 'ロシア|軍:glossary']));
    // A kana noun alone (こと) is read by none: no pass that reads one token is asked of it.
    expect(decided).toContain('こと:kana');
  });
});

describe('readingSegments: numbers and counters', () => {
  it('reads counters after digits with the sound changes, digits bare', () => {
    expect(show('3本と6本')).toBe('3[本:ぼん]と6[本:ぽん]');
    expect(show('車１台を２人で')).toBe('[車:くるま]１[台:だい]を[２人:ふたり]で');
    expect(show('２０００年３月２４日')).toBe('２０００[年:ねん]３[月:がつ][２４日:にじゅうよっか]');
    expect(show('5月1日と1日3回')).toBe('5[月:がつ][1日:ついたち]と1[日:にち]3[回:かい]');
  });

  it('reads a count in digits said natively over numeral and counter together (never り over 人 beside a bare 2)', () => {
    expect(show('1人で2人組と1皿')).toBe('[1人:ひとり]で[2人組:ふたりぐみ]と[1皿:ひとさら]');
    expect(show('２晩と3人と3皿')).toBe('[２晩:ふたばん]と3[人:にん]と3[皿:さら]');
  });

  it('counts the second of a pair of days the Sino way (2、3日 にさんにち), dates listed stay dates', () => {
    expect(show('2、3日で治る')).toBe('2、3[日:にち]で[治:なお]る');
    expect(show('二、三日中に')).toBe('[二:に]、[三:さん][日:にち][中:じゅう]に');
    expect(show('3、4日')).toBe('3、[4日:よっか]');
    expect(show('1日、2日、3日')).toBe('[1日:ついたち]、[2日:ふつか]、[3日:みっか]');
  });

  it('reads a day said natively over numeral and counter together, ASCII and full-width digits alike', () => {
    // Never か over 日 alone beside a bare numeral: the native reading is the two's together.
    expect(show('4月20日と5月３日、14日間')).toBe('4[月:がつ][20日:はつか]と5[月:がつ][３日:みっか]、[14日間:じゅうよっかかん]');
    expect(show('8日と９日と11日')).toBe('[8日:ようか]と[９日:ここのか]と11[日:にち]');
    expect(show('二日目に')).toBe('[二日:ふつか][目:め]に');
  });

  it('reads the draws of a win-loss record as 分け, minutes elsewhere', () => {
    expect(show('６勝４敗１分で')).toBe('６[勝:しょう]４[敗:はい]１[分:わけ]で');
    expect(show('１分で終わる')).toContain('１[分:ぷん]で');
  });

  it('reads kanji numerals with their counters', () => {
    expect(show('一人で')).toBe('[一:ひと][人:り]で');
    expect(show('二人の')).toBe('[二:ふた][人:り]の');
    expect(show('十日に')).toBe('[十日:とおか]に');
    expect(show('何人か')).toBe('[何:なん][人:にん]か');
    expect(show('二十日')).toBe('[二十日:はつか]');
    expect(show('一ヶ月')).toBe('[一:いっ][ヶ月:かげつ]');
    expect(show('一通り終わると')).toContain('[一:ひと][通:とお]り');
    expect(show('一箱を')).toBe('[一:ひと][箱:はこ]を');
    expect(show('二十歳の誕生日')).toContain('[二十歳:はたち]の');
    // ついたち stands over numeral and counter together, never たち over 日 alone.
    expect(show('5月1日に')).toBe('5[月:がつ][1日:ついたち]に');
    expect(show('五月一日に')).toBe('[五月:ごがつ][一日:ついたち]に');
    // Two neighbouring kanji digits are "two or three"; with units or Arabic digits, positional.
    expect(show('二三日で')).toBe('[二三:にさん][日:にち]で');
    expect(show('二十三日')).toBe('[二十三:にじゅうさん][日:にち]');
    expect(show('20歳で')).toBe('20[歳:さい]で');
  });

  it('reads minutes before の as minutes, and a fraction as a fraction', () => {
    expect(show('駅から15分の所')).toContain('15[分:ふん]の');
    expect(show('3分の1の')).toContain('3[分:ぶん]の1');
  });

  it('says when a day count could be a date', () => {
    const text = '1日';
    const [day] = segmentsOf(text);
    expect(day).toEqual({ start: 1, end: 2, reading: 'にち', alternatives: ['たち'] });
  });
});

describe('readingSegments: context rules', () => {
  it('reads the reference article where kuromoji alone goes wrong', () => {
    expect(show('会議を頻繁に行ってきました。')).toBe('[会議:かいぎ]を[頻繁:ひんぱん]に[行:おこな]ってきました。');
    expect(show('ゲートは責任を米国とNATOの政策に帰しました。')).toContain('[政策:せいさく]に[帰:き]しました');
    expect(show('同調した政策の代替を求める国々の間で')).toContain('[国々:くにぐに]の[間:あいだ]で');
    expect(show('ある大手エネルギー会社が')).toContain('エネルギー[会社:がいしゃ]が');
  });

  it('reads 下 もと under a rule, an authority or a person, した under a thing or the sky', () => {
    expect(show('法の下の平等')).toContain('[下:もと]の');
    expect(show('専門家の指導の下で行う。')).toContain('[下:もと]で');
    expect(show('山田さんの下で働いた。')).toContain('[下:もと]で');
    expect(show('机の下に猫がいる。')).toContain('[下:した]に');
    expect(show('暖かく晴れた日の下、広い道を歩く。')).toContain('[下:した]、');
  });

  it('voices native nouns kuromoji splits off a compound', () => {
    expect(show('オレンジ畑で')).toContain('[畑:ばたけ]');
    expect(show('そば粉です')).toContain('[粉:こ]');
    expect(show('畑で')).toContain('[畑:はたけ]');
  });

  it('reads 行った without an object as 行く', () => {
    expect(show('調査を行った')).toContain('[行:おこな]った');
  });

  it('keeps 行く where the verb has a destination, and 帰す かえす for people', () => {
    expect(show('市場に行ったことがない')).toContain('に[行:い]った');
    expect(show('子供を家に帰した')).toContain('[帰:かえ]した');
  });

  it('reads 方 as ほう in comparisons and directions, かた for people', () => {
    expect(show('早く行った方がいい')).toContain('[方:ほう]がいい');
    expect(show('こちらの方へ')).toContain('[方:ほう]へ');
    expect(show('九州にお住まいの方は')).toContain('[方:かた]は');
    expect(show('煙草を吸わない方にはおすすめ')).toContain('[方:かた]には');
    expect(show('圧力は酷い方であり')).toContain('[方:ほう]で');
    expect(show('また写真の方をよくご確認してください。')).toContain('[方:ほう]を');
    expect(show('記者の方を指さし')).toContain('[方:ほう]を');
    expect(show('担当の方をご紹介します')).toContain('[方:かた]を');
  });

  it('reads 命 as an order after someone and before により or を受けて', () => {
    expect(show('ナポレオンの命によって建設が始まった')).toContain('[命:めい]によって');
    expect(show('王の命を受けて')).toContain('[命:めい]を');
    expect(show('命によって支えられる')).toContain('[命:いのち]');
    expect(show('命を大切に')).toContain('[命:いのち]');
  });

  it('reads 間に at the head of a clause as あいだ, and keeps あっという間', () => {
    expect(show('あっという間に終わった')).toContain('[間:ま]に');
  });

  it('voices the head of a dictionary word where a rule voices it (オード川沿い)', () => {
    const context: ReadingContext = { dictionaryReadings: (s) => (s === '川沿い' ? ['かわぞい'] : undefined) };
    const read = (text: string) => show(text, readingSegments(text, segmenter.tokenize(text), context));
    expect(read('川沿いの道')).toContain('[川沿:かわぞ]い');
  });

  it('gives no ruby where the only reading is the kanji itself (kuromoji reads a lone 々 as 々)', () => {
    const text = '民主主義々々の議論。';
    const segments = readingSegments(text, segmenter.tokenize(text));
    expect(segments.every((s) => !/[々\p{Script=Han}]/u.test(s.reading))).toBe(true);
    expect(segments.map((s) => text.slice(s.start, s.end))).toContain('議論');
  });

  it('reads a stop named for what it stands before as まえ, before the dictionary joins 前駅 (the station before)', () => {
    const context: ReadingContext = { dictionaryReadings: (s) => (s === '前駅' ? ['ぜんえき'] : undefined) };
    const read = (text: string) => show(text, readingSegments(text, segmenter.tokenize(text), context));
    expect(read('県庁前駅で降りた。')).toContain('[前:まえ][駅:えき]');
    expect(read('図書館前駅から歩く。')).toContain('[前:まえ][駅:えき]');
    // With nothing before it, 前駅 is the dictionary's word.
    expect(read('その前駅で降りた。')).toContain('[前駅:ぜんえき]');
  });

  it('reads その方 by what follows, not by the dictionary order', () => {
    const context: ReadingContext = { dictionaryReadings: (s) => (s === 'その方' ? ['そのかた', 'そのほう'] : undefined) };
    const read = (text: string) => show(text, readingSegments(text, segmenter.tokenize(text), context));
    expect(read('その方が自分のためにもなるよ。')).toContain('[方:ほう]が');
    expect(read('その方は優しい人です。')).toContain('[方:かた]は');
  });

  it('reads 後, 何, 他, 中 and 家 by their neighbours', () => {
    expect(show('試合の後で')).toContain('[後:あと]で');
    expect(show('政府を去った後、党を率いた')).toContain('[後:あと]、');
    expect(segmentsOf('政府を去った後、').find((s) => s.reading === 'あと')?.alternatives).toEqual(['のち']);
    expect(show('後に有名になった')).toContain('[後:のち]に');
    expect(show('卒業後、上京した')).toContain('[後:ご]');
    expect(show('何でもいい')).toContain('[何:なん]でも');
    expect(show('何が起きた')).toContain('[何:なに]が');
    expect(show('何にもない')).toContain('[何:なん]にも');
    expect(show('部屋に何か、いる')).toContain('[何:なに]か、');
    expect(show('大時代な芝居')).toContain('おおじだい');
    expect(show('仙台市で')).toContain('[市:し]');
    expect(show('他の人')).toContain('[他:ほか]の');
    expect(show('弾ける笑顔')).toContain('[弾:はじ]ける');
    expect(show('複数人で議論し')).toContain('[複数:ふくすう][人:にん]');
    expect(show('耳付コースター')).toContain('[付:つき]');
    expect(show('2日付の新聞')).toContain('[付:づけ]');
    expect(show('4月1日付で')).toContain('[付:づけ]');
    expect(show('乳を')).toBe('[乳:ちち]を');
    expect(show('早々に')).toContain('[早々:そうそう]に');
    expect(show('大勢の人が集まった')).toContain('[大勢:おおぜい]の');
    expect(show('選挙の大勢が判明した')).toContain('[大勢:たいせい]が');
    expect(show('お家での')).toBe('お[家:うち]での');
    expect(show('有無を')).toContain('[有無:うむ]');
    expect(show('他球団へ')).toContain('[他:た][球団');
    expect(show('この他近年では')).toContain('この[他:ほか][近年');
    expect(show('今話題になっている')).toContain('[今:いま][話題:わだい]');
    expect(show('タイヤは今自分が使っている')).toContain('[今:いま][自分:じぶん]');
    expect(show('今大会で優勝')).toContain('[今:こん][大会:たいかい]');
    expect(show('今首脳会談で')).toContain('[今:こん]');
    expect(show('一晩中話した')).toContain('[一:ひと][晩:ばん][中:じゅう]');
    expect(show('会議中です')).toContain('[中:ちゅう]');
    expect(show('ブルボン家の王')).toContain('[家:け]の');
    expect(show('有名な作家')).toContain('[作家:さっか]');
  });

  it('voices compounds kuromoji splits: 会社 after a noun, rivers, 好き', () => {
    expect(show('電力会社')).toContain('[会社:がいしゃ]');
    expect(show('ナイル川の')).toContain('[川:がわ]');
  });

  it('reads 岳 after a name as a mountain, 聖 before a foreign name as Saint, 明日 as あす', () => {
    expect(show('谷川岳の名は')).toContain('[岳:だけ]の');
    expect(show('聖は')).not.toContain('[聖:せい]');
    expect(show('いよいよ明日は本番')).toContain('[明日:あす]は');
  });

  it('reads 弾き after an instrument, 観に行く, 貴女 and 二重 of eyelids', () => {
    expect(show('ツアーも観に行った')).toContain('[観:み]に');
    expect(show('映画の観が')).not.toContain('[観:み]');
    expect(show('新しい二重まぶた形成液')).toContain('[二:ふた][重:え]');
    expect(show('二重国籍を認める')).toContain('[二:に][重:じゅう]');
  });

  it('reads 方 before が and a verbal noun with する as a person', () => {
    expect(show('また賛同される方が使用することは妨げません。')).toContain('[方:かた]が');
    expect(show('早く行った方が安全だ')).toContain('[方:ほう]が');
  });

  it('voices 試合 after a noun and 掛け after a count of people, and reads 歪む ゆがむ', () => {
    expect(show('サッカーの国際試合で')).toContain('[試合:じあい]');
    expect(show('試合で')).toContain('[試合:しあい]');
    expect(show('３人掛けのソファ')).toContain('[掛:が]け');
  });

  it('reads lone nouns before a particle natively (土を つち, 毛が け), flavours (レーズン味 あじ), 数多く, 高すぎ, 預ける', () => {
    expect(show('土を持ち上げて')).toContain('[土:つち]を');
    expect(show('土・日曜と祝日')).not.toContain('[土:つち]');
    expect(show('土は休みです')).not.toContain('[土:つち]');
    expect(show('顔全体から毛が生え始めた')).toContain('[毛:け]が');
    expect(show('ラムレーズン味の商品')).toContain('[味:あじ]の');
    expect(show('数多くのいい間違い')).toContain('[数:かず][多:おお]く');
    expect(show('少々高すぎかと')).toContain('[高:たか]すぎ');
    expect(show('村長に預けられる')).toContain('[預:あず]けられる');
  });

  it('voices a noun after a verb stem only, not after a verb that modifies it', () => {
    expect(show('成長を育む靴として')).toContain('[靴:くつ]');
  });

  it('reads 家 after a kana pet name as け, 柄 after a describing word as がら, 甘い あまい, and counts 音 (おん)', () => {
    expect(show('ポチ家では')).toContain('[家:け]');
    expect(show('傘の柄が折れた')).toContain('[柄:え]');
    expect(show('４８音の１つ')).toContain('[音:おん]');
  });

  it('takes an ASCII comma for punctuation (今,あちら いま), reads その他 そのほか and a town after its name ちょう', () => {
    expect(show('今,あちらでデモ')).toContain('[今:いま]');
    expect(show('信者二人,手には冊子')).toContain('[手:て]');
    expect(show('その他の機能')).toContain('その[他:ほか]の');
    expect(show('菊川町対小笠町')).toContain('[菊川:きくかわ][町:ちょう]');
    expect(show('町の中')).toContain('[町:まち]');
  });

  it('reads その間 そのあいだ, and a lone 金 before a particle as money', () => {
    expect(show('年を越し、その間に病を得た')).toContain('[間:あいだ]');
    expect(show('金にまつわる言葉')).toContain('[金:かね]');
  });

  it('decides a word a stem row is about where kuromoji already reads the right stem (被害を被った こうむった)', () => {
    // kuromoji reads こうむっ here and かぶら in 不利益を被らない; a later pass must not turn either to かぶる.
    expect(show('被害を被った。')).toContain('[被:こうむ]っ');
    expect(show('不利益を被らない。')).toContain('[被:こうむ]ら');
    expect(show('帽子を被った。')).toContain('[被:かぶ]っ');
  });

  it('offers the other reading when a rule decides', () => {
    const text = '九州にお住まいの方は';
    const segment = segmentsOf(text).find((s) => text.slice(s.start, s.end) === '方');
    expect(segment).toEqual({ start: 8, end: 9, reading: 'かた', alternatives: ['ほう'] });
  });
});

describe('readingSegments: glossary and dictionary', () => {
  function withContext(text: string, context: ReadingContext): string {
    return show(text, readingSegments(text, segmenter.tokenize(text), context));
  }
  const fromTable = (table: Record<string, string[]>) => (surface: string) => table[surface];

  it('reads glossary terms with the glossary reading, over several tokens', () => {
    const context: ReadingContext = { glossaryReadings: fromTable({ 習近平: ['しゅうきんぺい'] }) };
    expect(withContext('習近平とプーチン', context)).toBe('[習近平:しゅうきんぺい]とプーチン');
    expect(show('習近平とプーチン')).not.toContain('しゅうきんぺい');
  });

  it('lets the glossary win over the dictionary', () => {
    const context: ReadingContext = {
      glossaryReadings: fromTable({ 天津: ['てんしん'] }),
      dictionaryReadings: fromTable({ 天津: ['あまつ'] }),
    };
    expect(withContext('天津で', context)).toBe('[天津:てんしん]で');
  });

  it('reads a dictionary word that kuromoji splits as the dictionary does', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 雨靴: ['あまぐつ'] }) };
    expect(withContext('雨靴を', context)).toBe('[雨靴:あまぐつ]を');
  });

  it('reads IPADIC’s old kana spelling as today’s where the dictionary lists only that (お預け おあずけ)', () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({ お預け: ['おあずけ'], 続き: ['つづき'] }),
      dictionaryListsReading: (surface, reading) => (surface === 'お預け' ? reading === 'おあずけ' : reading === 'つづき'),
    };
    // IPADIC: お預け おあづけ.
    expect(withContext('お預けいただく。', context)).toContain('[預:あず]け');
    // Where the dictionary lists the づ itself (続き つづき) it stays.
    expect(withContext('続きを読む。', context)).toContain('[続:つづ]き');
  });

  it('reads a verb in す whose kanji kuromoji does not know, as the dictionary does, in every form (見做す みなす)', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 見做す: ['みなす'], 説明し: ['ときあかし'] }) };
    // kuromoji: 見|做 (unknown)|す, with す, さ, し, せ taken for する's forms or a noun suffix.
    expect(withContext('犯人と見做す。', context)).toContain('[見做:みな]す');
    expect(withContext('犯人と見做される。', context)).toContain('[見做:みな]される');
    expect(withContext('犯人と見做さない。', context)).toContain('[見做:みな]さない');
    expect(withContext('犯人と見做した。', context)).toContain('[見做:みな]した');
    expect(withContext('犯人と見做せば', context)).toContain('[見做:みな]せば');
    // A noun kuromoji reads, and する after it, stay as they are: 説明|し is no other word.
    expect(withContext('説明した。', context)).toBe('[説明:せつめい]した。');
  });

  it('reads a dictionary word with a kanji numeral inside (同一 どういつ), never one of digits', () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({ 同一: ['どういつ'], 一料金: ['いちりょうきん'], 同1: ['どういち'] }),
    };
    expect(show('同一料金で')).toContain('[同:どう][一:いち]');
    expect(withContext('同一料金で', context)).toContain('[同一:どういつ][料金:りょうきん]');
    expect(withContext('同1の', context)).not.toContain('どういち');
  });

  it('reads a dictionary word a kanji numeral heads, the numeral sounding as before a counter (一回転 いっかいてん)', () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({ 一回転: ['いちかいてん', 'いっかいてん'], 二軍: ['にぐん'], 一人: ['ひとり', 'いちにん'] }),
    };
    expect(show('一回転する')).toContain('[一:いち][回転:かいてん]');
    expect(withContext('一回転する', context)).toContain('[一回転:いっかいてん]');
    expect(withContext('二軍公式戦', context)).toContain('[二軍:にぐん]');
    // A counter after the numeral is the number pass's (一人 ひとり, which the dictionary lists too).
    expect(withContext('一人で', context)).toBe('[一:ひと][人:り]で');
  });

  it('reads a dictionary word that runs on past a numeral and its counter (一枚上手 いちまいうわて), the count alone by the number pass', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 一枚上手: ['いちまいうわて'], 一枚: ['いちまい'] }) };
    expect(show('彼の方が一枚上手だ')).toContain('[上手:じょうず]');
    expect(withContext('彼の方が一枚上手だ', context)).toContain('[一枚上手:いちまいうわて]');
    expect(withContext('紙を一枚ください', context)).toContain('[一:いち][枚:まい]');
  });

  it('reads kanji digits the dictionary knows whole as that word (七五三 しちごさん), not as a number by place', () => {
    // 三百 みお stands for a name the dictionary might hold: with a unit the number is read by place.
    const context: ReadingContext = { dictionaryReadings: fromTable({ 七五三: ['しちごさん'], 五七五: ['ごしちご'], 三百: ['みお'] }) };
    expect(show('七五三のお祝い')).toContain('[七五三:ななひゃくごじゅうさん]');
    expect(withContext('七五三のお祝い', context)).toContain('[七五三:しちごさん]');
    expect(withContext('五七五の句', context)).toContain('[五七五:ごしちご]');
    // A year the dictionary does not know, and a number with a unit, stay the number pass's.
    expect(withContext('二〇一〇年', context)).toContain('[二〇一〇:にせんじゅう]');
    expect(withContext('三百の顔', context)).toContain('[三百:さんびゃく]');
  });

  it('reads a digit and what follows as the dictionary word it makes where it does not read as the count (九段 くだん)', () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({ 九段: ['くだん'], 一人: ['ひとり', 'いちにん'], 二十年: ['はたとせ'], 四十九日: ['しじゅうくにち'] }),
    };
    expect(show('九段の宿舎')).not.toContain('[九段:くだん]');
    expect(withContext('九段の宿舎', context)).toContain('[九段:くだん]');
    // The dictionary lists the count's reading: the count stands.
    expect(withContext('一人で', context)).toBe('[一:ひと][人:り]で');
    // A number read by place stays the count's where the dictionary cannot say its word is of today's language.
    expect(withContext('二十年前', context)).toContain('[二十:にじゅう][年:ねん]');
    expect(withContext('四十九日の法要', context)).toContain('[四十九:よんじゅうきゅう][日:にち]');
  });

  it("reads a number by place and its counter as the dictionary's word where that word is not archaic (四十九日 しじゅうくにち, not 二十年 はたとせ)", () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({ 二十年: ['はたとせ'], 四十九日: ['しじゅうくにち'] }),
      dictionaryArchaicReading: (surface, reading) => surface === '二十年' && reading === 'はたとせ',
    };
    expect(withContext('四十九日の法要を営む', context)).toContain('[四十九日:しじゅうくにち]');
    expect(withContext('二十年前の話', context)).toContain('[二十:にじゅう][年:ねん]');
  });

  it('leaves a dictionary word ending in a numeral to the count where a counter follows (第九条 だいきゅうじょう, not 第九 だいく)', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 第九: ['だいく'] }) };
    expect(withContext('憲法第九条を読む', context)).toContain('[第:だい][九:きゅう][条:じょう]');
    expect(withContext('第九回の大会', context)).toContain('[第:だい][九:きゅう][回:かい]');
    // With no counter after it, the word stands (Beethoven's Ninth).
    expect(withContext('年末に第九を聴く', context)).toContain('[第九:だいく]');
  });

  it('reads an institution ending in 所 voiced where the dictionary gives both readings', () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({ 造船所: ['ぞうせんしょ', 'ぞうせんじょ'], 取引所: ['とりひきじょ'] }),
    };
    expect(withContext('長崎の造船所へ', context)).toContain('[造船所:ぞうせんじょ]');
    const text = '長崎の造船所へ';
    const segment = readingSegments(text, segmenter.tokenize(text), context).find((s) => text.slice(s.start, s.end) === '造船所');
    expect(segment?.alternatives).toEqual(['ぞうせんしょ']);
  });

  it('reads a longer word ending in an institution as the institution (経済研究所 じょ)', () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({
        経済研究所: ['けいざいけんきゅうしょ'],
        研究所: ['けんきゅうしょ', 'けんきゅうじょ'],
        刑務所: ['けいむしょ'],
      }),
    };
    expect(withContext('一橋大学経済研究所教授', context)).toContain('[経済研究所:けいざいけんきゅうじょ]');
  });

  it("takes the dictionary's reading for a lone name before a katakana word, and a suffix between an adverb of time and a noun", () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 甲: ['こう', 'きのえ'], 顔: ['かお'] }) };
    expect(show('甲ベロ裏側には')).toContain('[甲:きのえ]');
    expect(withContext('甲ベロ裏側には', context)).toContain('[甲:こう]');
    expect(withContext('最近顔全体から毛が', context)).toContain('[顔:かお]');
    expect(withContext('ミニ丈が今年顔！', context)).toContain('[顔:がお]');
    expect(withContext('菅首相は', context)).toContain('[菅:かん]');
  });

  it('lets a suffix head a dictionary word after a noun it makes no word with, never a place or people suffix', () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({ 高精細: ['こうせいさい'], 市中: ['しちゅう'], 人たち: ['ひとたち'], 画面高: [] }),
    };
    expect(show('大画面高精細液晶')).toContain('[高:だか]');
    expect(withContext('大画面高精細液晶', context)).toContain('[高精細:こうせいさい]');
    expect(withContext('広島市中区', context)).not.toContain('しちゅう');
    expect(withContext('スラヴ人たちとの', context)).not.toContain('ひと');
  });

  it("takes kuromoji's reading of the pieces where the dictionary marks none of its readings common", () => {
    const table: Record<string, string[]> = { 鹿肉: ['かのしし', 'しかにく'] };
    const readings = (s: string) => table[s];
    expect(withContext('鹿肉タコライス', { dictionaryReadings: readings, dictionaryCommonCount: () => 0 })).toContain('[鹿肉:しかにく]');
    expect(withContext('鹿肉タコライス', { dictionaryReadings: readings, dictionaryCommonCount: () => 1 })).toContain('[鹿肉:かのしし]');
  });

  it('reads an irregular spelling with its word across a misparse (薄|っす|ら)', () => {
    const context: ReadingContext = { dictionaryReadings: (s) => (s === '薄っすら' ? ['うっすら'] : undefined) };
    expect(show('薄っすらとした')).toContain('[薄:すすき]');
    expect(withContext('薄っすらとした', context)).toBe('[薄:う]っすらとした');
  });

  it("prefers the dictionary's usual reading of the whole word, and offers the others", () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ この頃: ['このごろ', 'このころ'] }) };
    const text = 'この頃は';
    expect(show(text)).toBe('この[頃:ころ]は');
    const segments = readingSegments(text, segmenter.tokenize(text), context);
    expect(segments).toEqual([{ start: 2, end: 3, reading: 'ごろ', alternatives: ['ころ'] }]);
  });

  it('lets a suffix-like noun head a dictionary word when no noun comes before it', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 時系列: ['じけいれつ'] }) };
    expect(withContext('終了後の時系列で', context)).toContain('[時系列:じけいれつ]');
  });

  it("gives a known noun the dictionary's reading when the dictionary does not know kuromoji's at all", () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 金彩: ['きんだみ'], 反射: ['はんしゃ', 'はんじゃ'] }) };
    expect(show('金彩の反射')).toContain('[金彩:きんさい]');
    expect(withContext('金彩の反射', context)).toBe('[金彩:きんだみ]の[反射:はんしゃ]');
    const both: ReadingContext = { dictionaryReadings: fromTable({ 金彩: ['きんだみ', 'きんさい'] }) };
    expect(withContext('金彩の反射', both)).toContain('[金彩:きんさい]');
  });

  it("keeps a suffix's voiced reading where the dictionary lists the word only unvoiced (履き|心地 ごこち)", () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 心地: ['ここち'] }) };
    expect(withContext('靴の履き心地を試した', context)).toContain('[心地:ごこち]');
    // Standing alone it is the word itself, and the dictionary's reading is kept.
    expect(withContext('心地よい風', context)).not.toContain('ごこち');
  });

  it('reads 来る in a set phrase as it inflects (遊びに来て あそびにきて, not the dictionary form’s く)', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 遊びに来る: ['あそびにくる'] }) };
    expect(withContext('友達が遊びに来てくれた', context)).toBe('[友達:ともだち]が[遊:あそ]びに[来:き]てくれた');
    expect(withContext('誰も遊びに来ない', context)).toContain('びに[来:こ]ない');
  });

  it('gives words kuromoji does not know the dictionary reading', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 習: ['しゅう'] }) };
    expect(withContext('習とは', context)).toBe('[習:しゅう]とは');
    expect(show('習とは')).toBe('習とは');
  });

  it('rereads a lone kanji kuromoji could only place as a given name or a stray suffix', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 聡: ['そう', 'さとし'], 体: ['からだ', 'たい'] }) };
    // kuromoji tags 聡 after なりたい as a given name with nothing a name could follow.
    expect(show('なりたい聡、理想の')).toContain('[聡:さとし]');
    expect(withContext('なりたい聡、理想の', context)).toContain('[聡:そう]');
    // 等 so placed is read before the fallback, by the context row 等/after-clause.
    expect(show('なりたい等、理想の')).toContain('[等:とう]');
    expect(withContext('少しづつ体が老化して', context)).toContain('[体:からだ]が');
    // A name next to a name or a noun stays a name (小島聡); a suffix after a foreign word stays a suffix.
    expect(withContext('小島聡と対戦した', context)).toContain('[聡:さとし]');
    expect(withContext('Windows上で動く', { dictionaryReadings: fromTable({ 上: ['うえ'] }) })).toContain('[上:じょう]');
  });

  it('rereads a suffix that opens the text or follows a stop, a comma, an opening bracket or a middle dot', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 紙: ['かみ'], 等: ['など', 'とう'], 型: ['かた', 'けい'] }) };
    // kuromoji reads 紙 after ・ as the suffix し (和紙, 用紙).
    expect(show('パルプ・紙で検索した')).toContain('[紙:し]');
    expect(withContext('パルプ・紙で検索した', context)).toContain('[紙:かみ]');
    // After a closing bracket or a Latin letter it is a suffix of what stands before it.
    expect(withContext('近年「ＲＣＺ」等、数字を用いない', context)).toContain('[等:とう]');
    expect(withContext('血液型はＡＢ型。', context)).toContain('[型:がた]');
  });

  it("reads 分別 as sorting (ぶんべつ) only after what is sorted; a person's 分別 is good sense (ふんべつ)", () => {
    expect(show('大人の分別がある。')).toContain('[分別:ふんべつ]');
    expect(show('彼女の分別に任せた。')).toContain('[分別:ふんべつ]');
    expect(show('プラスチックの分別に協力する。')).toContain('[分別:ぶんべつ]');
    expect(show('燃えないごみを分別する。')).toContain('[分別:ぶんべつ]');
  });

  it("keeps kuromoji's reading where the dictionary's only adds sounds at the end (a slip: 移籍金 いせききんがく)", () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 移籍金: ['いせききんがく'], 雨靴: ['あまぐつ'] }) };
    expect(withContext('移籍金の額は', context)).toBe('[移籍:いせき][金:きん]の[額:がく]は');
    expect(withContext('雨靴を', context)).toBe('[雨靴:あまぐつ]を');
  });

  it('leaves Latin letters at the head of a word bare (ＪＲ東海)', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 東海: ['とうかい'] }) };
    expect(show('ＪＲ東海が')).toBe('[ＪＲ東海:じぇいあーるとうかい]が');
    expect(withContext('ＪＲ東海が', context)).toBe('ＪＲ[東海:とうかい]が');
  });

  it('reads a set phrase the dictionary knows across any parts of speech (瞬く|間|に, 体|良く)', () => {
    const context: ReadingContext = {
      dictionaryReadings: fromTable({ 瞬く間に: ['またたくまに'], 体良く: ['ていよく'], 現わす: ['あらわす'] }),
    };
    expect(show('瞬く間に完売')).toContain('[瞬:まばた]く[間:あいだ]に');
    expect(withContext('瞬く間に完売', context)).toBe('[瞬:またた]く[間:ま]に[完売:かんばい]');
    expect(withContext('参戦派を体良く国外に', context)).toContain('[体良:ていよ]く');
    expect(withContext('姿を現わすことは', context)).toContain('[現:あら]わす');
  });

  it('reads a set phrase whose closing verb is inflected from its dictionary form (印象|付け|た)', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 印象付ける: ['いんしょうづける'] }) };
    expect(withContext('人を印象付けた', context)).toContain('[印象付:いんしょうづ]けた');
    expect(withContext('人を印象付ける', context)).toContain('[印象付:いんしょうづ]ける');
  });

  it('leaves a word and its particle to the context rules, and X|の|Y and a noun with する as their words read', () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 時に: ['ときに'], 犬の子: ['いんのこ'], 説明し: ['ときあかし'] }) };
    expect(withContext('運転時に上部が', context)).toContain('[時:じ]に');
    expect(withContext('犬の子でも', context)).toBe('[犬:いぬ]の[子:こ]でも');
    expect(withContext('理想を説明した', context)).toContain('[説明:せつめい]した');
  });

  it("keeps kuromoji's reading of a set phrase when the dictionary gives it too", () => {
    const context: ReadingContext = { dictionaryReadings: fromTable({ 良い感じ: ['いいかんじ', 'よいかんじ'] }) };
    expect(withContext('良い感じで', context)).toContain('[良:よ]い[感:かん]じ');
  });

  it('stops looking when no dictionary word starts with the span', () => {
    const asked: string[] = [];
    const context: ReadingContext = {
      dictionaryReadings: (s) => (asked.push(s), undefined),
      dictionaryHasPrefix: () => false,
    };
    withContext('雨靴を', context);
    expect(asked).not.toContain('雨靴');
  });
});

describe("readingSegments: people's names", () => {
  let segmenter2: Segmenter;
  beforeAll(async () => {
    segmenter2 = await nodeSegmenter();
  });
  const NAMES: Record<string, string[]> = {
    了平: ['りょうへい'],
    敬司: ['けいじ', 'けいし', 'たかし'],
    智花: ['ともか'],
    東京: ['ひがしきょう'],
    会議: ['あいぎ'],
    順也: ['じゅんや'],
  };
  const context: ReadingContext = { nameReadings: (s) => NAMES[s] };
  const read = (text: string) => show(text, readingSegments(text, segmenter2.tokenize(text), context));

  it('reads a name kuromoji knows the way full names usually read it, a one-kanji name only after a family name', () => {
    const USUAL: Record<string, string> = { 智子: 'ともこ', 亮: 'りょう', 有: 'たもつ' };
    const usual: ReadingContext = { usualNameReading: (s) => USUAL[s] };
    const readUsual = (text: string) => show(text, readingSegments(text, segmenter2.tokenize(text), usual));
    expect(read('高市智子と')).toContain('[智子:さとこ]');
    expect(readUsual('高市智子と')).toContain('[智子:ともこ]');
    expect(
      readingSegments('高市智子と', segmenter2.tokenize('高市智子と'), usual).find((x) => x.reading === 'ともこ')?.alternatives,
    ).toEqual(['さとこ']);
    expect(readUsual('山田亮が')).toContain('[亮:りょう]');
    expect(readUsual('受信なのにインセン有！')).not.toContain('たもつ');
  });

  it('reads a numeral as a given name straight after a family name, never before a counter or after a place', () => {
    const usual: ReadingContext = { usualNameReading: (s) => (s === '一' ? 'はじめ' : undefined) };
    const readUsual = (text: string) => show(text, readingSegments(text, segmenter2.tokenize(text), usual));
    expect(read('しかし、円谷一自身は')).toContain('[一:いち]');
    expect(readUsual('しかし、円谷一自身は')).toContain('[一:はじめ]');
    expect(readUsual('鈴木一人で')).not.toContain('はじめ');
    expect(readUsual('中国一の山')).not.toContain('はじめ');
    expect(readUsual('第一の')).not.toContain('はじめ');
  });

  it("reads a numeral and 子 after a family name as a woman's name, not a counted number", () => {
    const names: ReadingContext = { nameReadings: (s) => (s === '零子' ? ['れいこ'] : s === '一子' ? ['かずこ'] : undefined) };
    const readNames = (text: string) => show(text, readingSegments(text, segmenter2.tokenize(text), names));
    expect(readNames('ゼロこと沢井零子を巻き込む')).toContain('[零子:れいこ]');
    expect(readNames('菓子一子')).not.toContain('かずこ');
  });

  it('reads a full name the names source knows whole, across a piece kuromoji takes for another word', () => {
    const full: ReadingContext = { nameReadings: (s) => (s === '菅義偉' ? ['すがよしひで'] : undefined) };
    const readFull = (text: string) => show(text, readingSegments(text, segmenter2.tokenize(text), full));
    expect(read('菅義偉首相は')).not.toContain('すがよしひで');
    expect(readFull('菅義偉首相は')).toBe('[菅義偉:すがよしひで][首相:しゅしょう]は');
  });

  it('reads a name kuromoji splits into pieces as the names source does', () => {
    expect(read('構成作家の矢野了平。')).toContain('[了平:りょうへい]');
    expect(read('武藤敬司、ベイダー')).toContain('[敬司:けいじ]');
    expect(read('黒川智花主演で')).toContain('[智花:ともか]');
  });

  it('reads 家 after a family name as the house, け (垂水家), but a trade as か', () => {
    const surnames: ReadingContext = { isSurname: (s) => s === '垂水' || s === '根本' };
    const withSurnames = (text: string) => show(text, readingSegments(text, segmenter2.tokenize(text), surnames));
    expect(show('加治木家と垂水家が')).toContain('[垂水:たるみ][家:か]');
    expect(withSurnames('加治木家と垂水家が')).toContain('[垂水:たるみ][家:け]');
    expect(withSurnames('いずれ根本家を支える')).toContain('[家:け]');
    expect(withSurnames('著名な建築家が')).toContain('[家:か]');
  });

  it('reads a place as the names source does (浦添市, 浪江町 まち), and a town it does not know with 町 ちょう', () => {
    const PLACES: Record<string, string> = { 浦添市: 'うらそえし', 浪江町: 'なみえまち', 光浦町: 'ひかりうらまち' };
    const places: ReadingContext = { placeReading: (s) => PLACES[s] };
    const withPlaces = (text: string) => show(text, readingSegments(text, segmenter2.tokenize(text), places));
    expect(show('浦添市に')).not.toContain('うらそえ');
    expect(withPlaces('浦添市に')).toContain('[浦添市:うらそえし]に');
    expect(show('浪江町の住民')).toContain('[町:ちょう]');
    expect(withPlaces('浪江町の住民')).toContain('[浪江町:なみえまち]');
    expect(withPlaces('輪島市光浦町です')).toContain('[光浦町:ひかりうらまち]');
    expect(withPlaces('能登町の')).toContain('[町:ちょう]');
  });

  it('reads a given name kuromoji splits into a common noun or a numeral and a name (半平|太, 六|太) as the names source does', () => {
    const given: ReadingContext = {
      nameReadings: (s) => ({ 半平太: ['はんぺいた'], 六太: ['ろくた'], 花火大会: ['はなびおおえ'] })[s],
    };
    const readGiven = (text: string) => show(text, readingSegments(text, segmenter2.tokenize(text), given));
    expect(read('半平太は幼い時に')).toContain('[太:ふとし]');
    expect(readGiven('半平太は幼い時に')).toContain('[半平太:はんぺいた]');
    expect(readGiven('杏と六太は出会った')).toContain('[六太:ろくた]');
    // The run must end in a piece kuromoji tags a person's name.
    expect(readGiven('花火大会に行く')).not.toContain('はなびおおえ');
  });

  it('takes a piece kuromoji does not know for part of a name (順|也)', () => {
    expect(show('２６分、順也の思い切り')).not.toContain('じゅんや');
    expect(read('２６分、順也の思い切り')).toContain('[順也:じゅんや]');
  });

  it("offers the names source's other readings", () => {
    const text = '武藤敬司、ベイダー';
    const segment = readingSegments(text, segmenter2.tokenize(text), context).find((s) => text.slice(s.start, s.end) === '敬司');
    expect(segment?.alternatives).toEqual(['けいし', 'たかし']);
  });

  it('leaves words kuromoji knows, and pieces that are no name, to kuromoji', () => {
    expect(read('東京で会議')).toBe('[東京:とうきょう]で[会議:かいぎ]');
    expect(read('矢野です')).toContain('[矢野:やの]');
  });
});
