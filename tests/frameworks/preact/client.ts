import { h, hydrate as preactHydrate, render } from 'preact';
import { afterRender, boot } from '../boot';
import type { FrontPageState } from '../front-page';
import { FrontPage } from './front-page';

void boot(
  (root, state, hydrate) =>
    new Promise((resolve) => {
      const register = (setState: (update: (s: FrontPageState) => FrontPageState) => void) =>
        resolve({
          async set(patch) {
            setState((s) => ({ ...s, ...patch }));
            await afterRender(); // Preact renders state changes in a microtask
          },
        });
      const app = h(FrontPage, { initial: state, register });
      if (hydrate) preactHydrate(app, root);
      else render(app, root);
    }),
);
