/**
 * The popup's kanji view for one kanji (KANJIDIC2): meanings, on and kun readings (kun with the
 * okurigana set apart: さば.く shown さば·く), strokes, grade, JLPT level, radical, and which
 * reading the hovered word uses (no frequency rank: see dict/kanji/LICENSE). Host: `data-yomu-card="kanji"`.
 */
import type { KanjiCardInfo } from '../core/kanji/kanji-card';

const GRADE: Record<number, string> = { 8: 'jōyō (secondary school)', 9: 'jinmeiyō (names)', 10: 'jinmeiyō (names, variant)' };

function gradeText(grade: number): string {
  return GRADE[grade] ?? `grade ${grade}`;
}

/** A kun reading with its okurigana set apart: "さば.く" → さば + (く). */
function Kun({ listed, used }: { listed: string; used: boolean }) {
  const [stem, okurigana] = listed.split('.') as [string, string?];
  return (
    <span class={used ? 'yomu-kanji-reading yomu-used' : 'yomu-kanji-reading'} lang="ja">
      {stem}
      {okurigana ? <span class="yomu-okurigana">{okurigana}</span> : null}
    </span>
  );
}

export function KanjiCard({ kanji, word }: { kanji: KanjiCardInfo; word: string }) {
  const facts: string[] = [];
  if (kanji.strokes !== undefined) facts.push(`${kanji.strokes} strokes`);
  if (kanji.radical !== undefined) facts.push(`radical ${kanji.radical}`);
  if (kanji.grade !== undefined) facts.push(gradeText(kanji.grade));
  if (kanji.jlpt !== undefined) facts.push(`JLPT ${kanji.jlpt} (old levels)`);
  return (
    <section class="yomu-kanji" data-yomu-card="kanji" aria-label={`Kanji ${kanji.literal}`}>
      <div class="yomu-kanji-head">
        <span class="yomu-kanji-literal" lang="ja">
          {kanji.literal}
        </span>
        <span class="yomu-kanji-meanings">{kanji.meanings.length ? kanji.meanings.join(', ') : 'no English meaning listed'}</span>
      </div>
      <dl class="yomu-kanji-readings">
        {kanji.on.length ? (
          <>
            <dt>on</dt>
            <dd>
              {kanji.on.map((r, i) => (
                <span
                  key={i}
                  class={kanji.usedOn && kanji.usedReading === r ? 'yomu-kanji-reading yomu-used' : 'yomu-kanji-reading'}
                  lang="ja"
                >
                  {r}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {kanji.kun.length ? (
          <>
            <dt>kun</dt>
            <dd>
              {kanji.kun.map((r, i) => (
                <Kun key={i} listed={r} used={!kanji.usedOn && kanji.usedReading === r} />
              ))}
            </dd>
          </>
        ) : null}
        {kanji.nanori.length ? (
          <>
            <dt>names</dt>
            <dd lang="ja">{kanji.nanori.slice(0, 6).join('、')}</dd>
          </>
        ) : null}
      </dl>
      {kanji.usedReading ? (
        <p class="yomu-kanji-used">
          <span lang="ja">{word}</span> reads it <span lang="ja">{kanji.usedReading.replace('.', '')}</span>
          {kanji.usedOn ? ' (on)' : ' (kun)'}
        </p>
      ) : null}
      {facts.length ? <p class="yomu-kanji-facts">{facts.join(' · ')}</p> : null}
      {kanji.variants.length ? (
        <p class="yomu-kanji-facts">
          variants <span lang="ja">{kanji.variants.join(' ')}</span>
        </p>
      ) : null}
    </section>
  );
}
