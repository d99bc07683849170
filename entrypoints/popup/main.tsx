import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../components/yomu-pages.css';
import '../../components/glossary-list.css';

render(<PopupApp />, document.getElementById('app')!);
