import { createElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { boot } from '../boot';
import type { FrontPageState } from '../front-page';
import { FrontPage } from './front-page';

void boot(
  (root, state, hydrate) =>
    new Promise((resolve) => {
      const register = (setState: (update: (s: FrontPageState) => FrontPageState) => void) =>
        resolve({
          async set(patch) {
            flushSync(() => setState((s) => ({ ...s, ...patch })));
          },
        });
      const app = createElement(FrontPage, { initial: state, register });
      if (hydrate) hydrateRoot(root, app);
      else createRoot(root).render(app);
    }),
);
