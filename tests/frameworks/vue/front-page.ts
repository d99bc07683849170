/** The front page in Vue 3, as a render function (what a template compiles to, without the compiler). */
import { defineComponent, h, type PropType } from 'vue';
import type { FrontPageState } from '../front-page';

export const FrontPage = defineComponent({
  props: { state: { type: Object as PropType<FrontPageState>, required: true } },
  setup(props) {
    return () => {
      const s = props.state;
      return h('div', [
        h('h2', [h('span', '速報'), s.title]),
        // A template's {{ampm}}{{h}}時{{m}}分 compiles to one text node.
        h('p', { class: 'clock' }, `${s.hour < 12 ? '午前' : '午後'}${s.hour % 12}時${s.minute}分`),
        h('p', { class: 'counter' }, `残り${s.remaining}件の記事`),
        h(
          'ul',
          { class: 'keyed' },
          s.keyed.map((item) => h('li', { key: item.id }, item.title)),
        ),
        // Unkeyed on purpose: Vue then patches children in place.
        h(
          'ul',
          { class: 'unkeyed' },
          s.unkeyed.map((item) => h('li', item.title)),
        ),
        // v-if beside text: a comment anchor when false.
        h('p', { class: 'conditional' }, [s.urgent ? '【速報】' : null, '首相が記者会見']),
        h('p', { class: 'population' }, ['東京都の人口は', String(s.population), '人です']),
        h(
          'section',
          s.articles.map((text, i) => h('p', { key: i }, text)),
        ),
      ]);
    };
  },
});
