/**
 * Tests over the clause before a word that a rule row can name (`clause` in a row): the few
 * conditions a neighbour's part of speech cannot say.
 */
import type { Token } from '../../segmenter/token';
import type { ClauseTest } from './reading-rule';
import { WORD_LISTS } from './context-rows';

/**
 * Where the を marking an object comes before token i in its clause (across adverbs and
 * に-adverbs: 会議を頻繁に行って), or -1: the scan stops at a verb, a symbol or a noun's に.
 */
function objectMark(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = tokens[k]!;
    if (t.surface === 'を' && t.pos === '助詞') return k;
    if (
      t.pos === '動詞' ||
      t.pos === '記号' ||
      (t.surface === 'に' && tokens[k - 1]?.pos === '名詞' && tokens[k - 1]?.pos1 !== '形容動詞語幹')
    )
      return -1;
  }
  return -1;
}

/** Whether a を-marked object comes before token i in its clause (across adverbs and に-adverbs): 会議を頻繁に行って. */
function objectBefore(tokens: readonly Token[], i: number): boolean {
  return objectMark(tokens, i) >= 0;
}

/** Verbs of looking, facing and pointing: what is looked toward with 方を is a side (ほう). */
const LOOKING_VERBS = new Set([
  '見る',
  '見つめる',
  '眺める',
  '向く',
  '振り向く',
  '向ける',
  '指さす',
  '指差す',
  '睨む',
  '確認',
  '注目',
  '見やる',
]);

/** Whether a verb of looking follows を after token i (across an adverb or an honorific ご/お): 写真の方をご確認. */
function lookedToward(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.surface !== 'を') return false;
  for (let k = i + 2; k < tokens.length && k < i + 5; k++) {
    const t = tokens[k]!;
    if (LOOKING_VERBS.has(t.basicForm)) return true;
    if (t.pos !== '副詞' && t.pos !== '接頭詞') return false;
  }
  return false;
}

/** Abstract nouns that are "attributed to" (帰す きす) rather than sent home: 責任を…に帰す; and what returns to nothing (無に帰す). */
const ATTRIBUTED = new Set(['責任', '原因', '罪', '失敗', '功', '功績', '手柄', '敗因', '勝因', '過失', '咎', '成功', '責め']);
const RETURNED_TO_NOTHING = new Set(['無', '水泡', '灰燼', '烏有']);

/** Whether token i follows に, and before it nothing or an attributed noun with を in the sentence: 責任を他者に帰した. */
function attributedTo(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.surface !== 'に') return false;
  if (RETURNED_TO_NOTHING.has(tokens[i - 2]?.surface ?? '')) return true;
  for (let k = i - 2; k >= 1 && k >= i - 12; k--) {
    const w = tokens[k]!;
    if (w.surface === '。') return false;
    if (w.surface === 'を' && ATTRIBUTED.has(tokens[k - 1]!.surface)) return true;
  }
  return false;
}

const RECIPIENTS = new Set(WORD_LISTS.recipients);
const TIMES = new Set(WORD_LISTS.times);

/**
 * Whether a destination (a place with に or へ, then は or も) comes before token i in its clause,
 * across adverbs, times, counts, a manner (元気に) and a means (電車で): 公園にはよく行っています,
 * 東京には毎週行って, 病院に定期的に行っている. A time (9月に), ため, 的に and people (市民に) are no destination.
 */
function destinationBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 8; k--) {
    const t = tokens[k]!;
    if ((t.surface === 'に' || t.surface === 'へ') && t.pos1 === '格助詞') {
      const place = tokens[k - 1]!;
      return (
        place.pos === '名詞' &&
        !['副詞可能', '数', '非自立', '接尾', '代名詞', '形容動詞語幹'].includes(place.pos1) &&
        !RECIPIENTS.has(place.surface) &&
        !TIMES.has(place.surface) &&
        !place.surface.endsWith('者')
      );
    }
    const passable =
      t.pos === '副詞' ||
      t.pos1 === '係助詞' ||
      t.pos1 === '副助詞' ||
      t.pos1 === '副詞化' ||
      t.pos1 === '形容動詞語幹' ||
      (t.pos === '名詞' && (t.pos1 === '副詞可能' || t.pos1 === '数' || t.pos1 === '接尾')) ||
      (t.surface === 'で' && t.pos1 === '格助詞') ||
      (t.pos === '名詞' && (tokens[k + 1]?.surface === 'で' || tokens[k + 1]?.surface === '的'));
    if (!passable) return false;
  }
  return false;
}

/** Ways one goes along, which take を without being a thing done: 道を１０分ほど行った. */
const PATHS = new Set(WORD_LISTS.paths);

/** Things done that a clause may put first as its topic, with は or も, instead of as an object with を. */
const DONE_ENDINGS = ['会', '式', '祭', '祭り', '試験', 'イベント', 'セミナー', '講座', 'ミサ'];

/**
 * Whether a thing done is the topic of token i's clause (この体操は１日１０分ほど行って, 説明会は先月行った):
 * a verbal noun or an event before は or も, across adverbs, times and counts, as far as the verb before.
 */
function doneAsTopic(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (t.pos === '動詞' || (t.pos === '記号' && t.pos1 !== '一般')) return false;
    if ((t.surface === 'は' || t.surface === 'も') && t.pos === '助詞') {
      const topic = tokens[k - 1]!;
      return topic.pos === '名詞' && (topic.pos1 === 'サ変接続' || DONE_ENDINGS.some((e) => topic.surface.endsWith(e)));
    }
  }
  return false;
}

/**
 * Whether token i's clause has no を-marked object, or only a way one goes along (道を, 坂を), and no
 * thing done as its topic: 道を１０分ほど行った (going) but ストレッチを１０分ほど行って and
 * この体操は１０分ほど行って (done).
 */
function pathOrNoObject(tokens: readonly Token[], i: number): boolean {
  if (doneAsTopic(tokens, i)) return false;
  const mark = objectMark(tokens, i);
  return mark < 0 || (mark > 0 && PATHS.has(tokens[mark - 1]!.surface));
}

/** Whether token i's clause has no を-marked object at all, nor a thing done as its topic. */
function noObjectBefore(tokens: readonly Token[], i: number): boolean {
  return !objectBefore(tokens, i) && !doneAsTopic(tokens, i);
}

export const CLAUSE_TESTS: Record<ClauseTest, (tokens: readonly Token[], i: number) => boolean> = {
  objectBefore,
  noObjectBefore,
  pathOrNoObject,
  destinationBefore,
  lookedToward,
  attributedTo,
};
