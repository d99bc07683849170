import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { GlossaryPage } from '../../components/GlossaryPage';
import { usePageTheme } from '../../components/page-theme';
import type { Theme } from '../../core/settings/settings';
import { bundledGlossary } from '../../dict/glossary/glossary';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import '../../components/yomu-pages.css';
import '../../components/glossary-list.css';
import '../../components/glossary-page.css';

/** The glossary page in the reader's theme. */
function GlossaryApp() {
  const [theme, setTheme] = useState<Theme>();
  useEffect(() => {
    void loadSettings().then((p) => setTheme(p.settings.theme));
    return watchSettings((p) => setTheme(p.settings.theme));
  }, []);
  usePageTheme(theme);
  return <GlossaryPage terms={bundledGlossary()} />;
}

render(<GlossaryApp />, document.getElementById('app')!);
