/**
 * Mountains and volcanoes that news names (eruption alerts, climbing accidents), read as the
 * authorities that name them read them, where IPADIC gives one word another reading or splits
 * it so that it is misread (浅間山 せんげんやま, a shrine's mountain; 大|雪山 だい ゆきやま), and
 * ENAMDICT, which lists them unclassified (u) with every reading some place of that name has,
 * cannot tell which. Only names whose reading is not in doubt in news: 大山 (だいせん in Tottori,
 * おおやま elsewhere and as a family name) and 硫黄島 (いおうとう in Tokyo, いおうじま in
 * Kagoshima) are not here.
 *
 * A row: the name as written, its reading, the source of the reading, and an example sentence
 * (tests/core/furigana/landform-words.test.ts reads each example). Sources:
 * - JMA: Japan Meteorological Agency, 日本活火山総覧 (第4版) and its list of the 111 active
 *   volcanoes (活火山一覧), which gives each volcano's name with its reading.
 * - GSI: Geospatial Information Authority of Japan, 日本の主な山岳標高 (readings of peaks).
 */
export interface LandformRow {
  surface: string;
  reading: string;
  source: 'JMA' | 'GSI';
  example: string;
}

export const LANDFORM_ROWS: readonly LandformRow[] = [
  { surface: '浅間山', reading: 'あさまやま', source: 'JMA', example: '浅間山で小規模な噴火が発生した。' },
  { surface: '御嶽山', reading: 'おんたけさん', source: 'JMA', example: '御嶽山の噴火警戒レベルが引き上げられた。' },
  { surface: '蔵王山', reading: 'ざおうざん', source: 'JMA', example: '蔵王山の火口周辺に警報が出された。' },
  { surface: '鳥海山', reading: 'ちょうかいさん', source: 'JMA', example: '鳥海山で火山性地震が増えている。' },
  { surface: '樽前山', reading: 'たるまえさん', source: 'JMA', example: '樽前山の山頂付近で噴気が観測された。' },
  { surface: '岩木山', reading: 'いわきさん', source: 'JMA', example: '岩木山の山頂で初冠雪が観測された。' },
  { surface: '赤城山', reading: 'あかぎさん', source: 'JMA', example: '赤城山に登る人が増えている。' },
  { surface: '妙高山', reading: 'みょうこうさん', source: 'JMA', example: '妙高山のふもとのスキー場が開業した。' },
  { surface: '韓国岳', reading: 'からくにだけ', source: 'JMA', example: '霧島連山の韓国岳で登山規制が解除された。' },
  { surface: '平成新山', reading: 'へいせいしんざん', source: 'JMA', example: '雲仙岳の平成新山で溶岩ドームの崩落が懸念される。' },
  { surface: '大雪山', reading: 'たいせつざん', source: 'JMA', example: '大雪山が紅葉の見頃を迎えた。' },
  { surface: '旭岳', reading: 'あさひだけ', source: 'GSI', example: '大雪山系の旭岳で初雪が降った。' },
  { surface: '槍ヶ岳', reading: 'やりがたけ', source: 'GSI', example: '北アルプスの槍ヶ岳で遭難が相次いだ。' },
  { surface: '槍ケ岳', reading: 'やりがたけ', source: 'GSI', example: '槍ケ岳の山荘が営業を始めた。' },
];
