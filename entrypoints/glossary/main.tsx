import { render } from 'preact';
import { GlossaryPage } from '../../components/GlossaryPage';
import { bundledGlossary } from '../../dict/glossary/glossary';
import '../../components/yomu-pages.css';
import '../../components/glossary-list.css';
import '../../components/glossary-page.css';

render(<GlossaryPage terms={bundledGlossary()} />, document.getElementById('app')!);
