/**
 * The in-page glossary panel's host: an element marked `data-yomu="glossary-panel"`, fixed to
 * the right edge of the viewport (so it stays while the page scrolls), holding an open shadow
 * root in which the Preact view renders with its own styles.
 */
import { render } from 'preact';
import listCss from '../../../components/glossary-list.css?inline';
import panelCss from '../../../components/glossary-panel.css?inline';
import { GlossaryPanel, type GlossaryPanelProps } from '../../../components/GlossaryPanel';
import { htmlElement, uiParent } from '../ui-root';
import { unzoom } from '../css-zoom';

export const PANEL_HOST_MARK = 'glossary-panel';

/** Inline, important: a page's own rules for `div` must not move or hide the panel. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  right: '0',
  bottom: '0',
  left: 'auto',
  width: 'min(23rem, 92vw)',
  height: '100vh',
  margin: '0',
  padding: '0',
  border: '0',
  'z-index': '2147483646',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
};

export type PanelViewProps = Omit<GlossaryPanelProps, 'onClose' | 'onSelect'>;

export class GlossaryPanelHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private props: PanelViewProps | undefined;

  constructor(
    private readonly doc: Document,
    private readonly handlers: { onSelect: (termId: string) => void; onClose: () => void },
  ) {}

  get isOpen(): boolean {
    return this.host?.isConnected ?? false;
  }

  get element(): HTMLElement | undefined {
    return this.host;
  }

  open(props: PanelViewProps): void {
    if (!this.isOpen) {
      const host = htmlElement(this.doc, 'div');
      host.setAttribute('data-yomu', PANEL_HOST_MARK);
      for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = htmlElement(this.doc, 'style');
      style.textContent = `${listCss}\n${panelCss}`;
      const mount = htmlElement(this.doc, 'div');
      mount.style.height = '100%';
      shadow.append(style, mount);
      // On the root element, not in <body>: a transform on the page's body would make
      // position: fixed relative to the body.
      uiParent(this.doc).append(host);
      // Sized in the viewport's px whatever CSS zoom the page puts on its root (css-zoom.ts).
      unzoom(host);
      this.host = host;
      this.mount = mount;
    }
    this.update(props);
  }

  update(props: PanelViewProps): void {
    this.props = props;
    if (!this.mount || !this.isOpen) return;
    render(<GlossaryPanel {...props} onSelect={this.handlers.onSelect} onClose={this.handlers.onClose} />, this.mount);
  }

  close(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
    this.mount = undefined;
  }

  /** The props last given (to reopen with). */
  get lastProps(): PanelViewProps | undefined {
    return this.props;
  }
}
