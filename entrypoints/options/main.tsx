import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/yomu-pages.css';
import '../../components/glossary-list.css';

render(<OptionsApp />, document.getElementById('app')!);
