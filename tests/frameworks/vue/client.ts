import { createApp, createSSRApp, nextTick, reactive } from 'vue';
import { boot } from '../boot';
import { FrontPage } from './front-page';

void boot((root, initial, hydrate) => {
  const state = reactive(initial);
  // createSSRApp().mount() hydrates the server-rendered markup in the root.
  (hydrate ? createSSRApp : createApp)(FrontPage, { state }).mount(root);
  return {
    async set(patch) {
      Object.assign(state, patch);
      await nextTick();
    },
  };
});
