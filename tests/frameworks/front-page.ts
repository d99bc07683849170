/**
 * The state of the test apps' "front page" and the text it must show: one model for the four
 * framework apps (React, Preact, Vue, Svelte), so that a test computes what the reader must see
 * from the state it set, independently of the app it drives.
 *
 * Every app renders the same pieces (the cases of issue 12):
 *   <h2><span>速報</span>{title}</h2>                  a prefix element beside interpolated text
 *   <p>{午前|午後}{h}時{m}分</p>                       a clock of several interpolations
 *   <p>残り{n}件の記事</p>                             a counter
 *   <ul>{keyed.map(item => <li key={item.id}>…)}</ul>  a keyed list
 *   <ul>{unkeyed.map(item => <li>…)}</ul>              an unkeyed list
 *   <p>{urgent && '【速報】'}首相が記者会見</p>          conditional text next to other text
 *   <p>東京都の人口は{n}人です</p>                      text split across interpolations
 *   <section>{articles.map(p => <p>{p}</p>)}</section> long static text (makes the first pass long)
 */

export interface Headline {
  id: number;
  title: string;
}

export interface FrontPageState {
  title: string;
  /** 0–23; shown as 午前/午後 and hour % 12. */
  hour: number;
  minute: number;
  remaining: number;
  keyed: Headline[];
  unkeyed: Headline[];
  urgent: boolean;
  population: number;
  articles: string[];
}

/** What each app sets on `window.__app` once it is mounted or hydrated. */
export interface AppControl {
  /** Merges `patch` into the state and resolves once the framework has written the DOM. */
  set(patch: Partial<FrontPageState>): Promise<void>;
}

/** The page's configuration, read by the client bundle from `<script type="application/json" id="app-config">`. */
export interface AppConfig {
  state: FrontPageState;
  /** `render`: client-side render into an empty root; `hydrate`: the root holds server-rendered markup. */
  mode: 'render' | 'hydrate';
  /** With `hydrate`: wait until the test calls `window.__startHydration()`. */
  delayHydration: boolean;
}

export const APP_ROOT_ID = 'app';

export function clockText(hour: number, minute: number): string {
  return `${hour < 12 ? '午前' : '午後'}${hour % 12}時${minute}分`;
}

/** The lines the app root must show for `state`, in order (what `innerText` gives, blank lines dropped). */
export function expectedLines(state: FrontPageState): string[] {
  return [
    `速報${state.title}`,
    clockText(state.hour, state.minute),
    `残り${state.remaining}件の記事`,
    ...state.keyed.map((h) => h.title),
    ...state.unkeyed.map((h) => h.title),
    `${state.urgent ? '【速報】' : ''}首相が記者会見`,
    `東京都の人口は${state.population}人です`,
    ...state.articles,
  ];
}

export const HEADLINES: readonly string[] = [
  '円相場が大幅に下落',
  '国会で予算案が成立',
  '台風が九州に接近',
  '新幹線の運転を再開',
  '株価が最高値を更新',
  '外務大臣が欧州を訪問',
  '大雨で河川が氾濫',
  '選挙の投票率が上昇',
];

export function initialState(articles: string[] = []): FrontPageState {
  return {
    title: '政府が経済対策を発表',
    hour: 11,
    minute: 58,
    remaining: 12,
    keyed: HEADLINES.slice(0, 4).map((title, id) => ({ id, title })),
    unkeyed: HEADLINES.slice(0, 4).map((title, id) => ({ id, title })),
    urgent: false,
    population: 14000000,
    articles,
  };
}
