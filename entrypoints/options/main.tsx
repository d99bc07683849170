import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/yomu-pages.css';

render(<OptionsApp />, document.getElementById('app')!);
