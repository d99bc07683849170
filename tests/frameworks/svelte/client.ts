import { flushSync, hydrate as svelteHydrate, mount } from 'svelte';
import { boot } from '../boot';
import type { FrontPageState } from '../front-page';
import FrontPage from './FrontPage.svelte';

void boot((target, initial, hydrate) => {
  let state: FrontPageState | undefined;
  const props = { initial, register: (s: FrontPageState) => (state = s) };
  (hydrate ? svelteHydrate : mount)(FrontPage, { target, props });
  return {
    async set(patch) {
      Object.assign(state!, patch);
      flushSync();
    },
  };
});
