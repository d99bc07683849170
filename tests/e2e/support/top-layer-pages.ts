/**
 * Pages with the page's own top layer for the hover tests (Chromium and Firefox): a modal dialog,
 * an auto popover, and the code news sites write for them. What the page's code sees is written
 * to `window.log`.
 */

/**
 * A modal dialog open (`#d`) holding 首相は制裁の強化を表明した。, with the dialog code news sites
 * write: a click on the backdrop (outside the dialog's box) closes it; and the browser's own
 * light dismiss for the same (`closedby="any"`, where the browser has it). Logged: 'backdrop click',
 * the dialog's 'cancel' and 'close', the document's 'keydown Escape' and 'keyup Escape', the
 * window's capture-phase 'window capture keydown Escape'.
 */
export const MODAL_DIALOG_PAGE = `<!doctype html><html lang="ja"><meta charset="utf-8">
  <style>::backdrop { background: rgba(0, 0, 0, 0.55) }</style>
  <body><p>政府は会見を開いた。</p>
  <dialog id="d" closedby="any" style="width:520px;margin:40px auto;padding:8px 16px"><p style="font-size:20px">首相は制裁の強化を表明した。</p></dialog>
  <script>
    window.log = [];
    const d = document.getElementById('d');
    d.addEventListener('click', (e) => {
      const r = d.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) { log.push('backdrop click'); d.close(); }
    });
    d.addEventListener('cancel', () => log.push('cancel'));
    d.addEventListener('close', () => log.push('close'));
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') log.push('keydown Escape'); });
    document.addEventListener('keyup', (e) => { if (e.key === 'Escape') log.push('keyup Escape'); });
    // A lightbox library's own Esc: the window's, in the capture phase, added before any content
    // script of document_idle runs.
    window.addEventListener('keydown', (e) => { if (e.key === 'Escape') log.push('window capture keydown Escape'); }, true);
    d.showModal();
  </script></body></html>`;

/**
 * An auto popover open (`#pop`) holding 同盟国は声明を出した。 (its toggles logged: 'pop open',
 * 'pop closed'; and the document's 'keydown Escape'), a manual popover over the whole window
 * (`#toast`) and a modal dialog (`#late`), both closed.
 */
export const AUTO_POPOVER_PAGE = `<!doctype html><html lang="ja"><meta charset="utf-8">
  <body><p>政府は会見を開いた。</p>
  <div id="pop" popover="auto" style="margin:60px auto auto;width:480px;padding:8px 16px"><p style="font-size:20px">同盟国は声明を出した。</p></div>
  <div id="toast" popover="manual" style="inset:0;margin:0;width:100vw;height:100vh;background:#fde8e8;border:0">お知らせ</div>
  <dialog id="late"><p>確認してください。</p></dialog>
  <script>
    window.log = [];
    const pop = document.getElementById('pop');
    pop.addEventListener('toggle', (e) => log.push('pop ' + e.newState));
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') log.push('keydown Escape'); });
    pop.showPopover();
  </script></body></html>`;

/** What the page's code logged (`window.log`), read in the page. */
export const readPageLog = (): string[] => (window as unknown as { log: string[] }).log;

/**
 * What the page's own hit test finds at (x, y): 'popup' for our popup (while it takes the
 * pointer), else the element's id. Run in the page.
 */
export const hitAt = ({ x, y }: { x: number; y: number }): string | undefined => {
  const el = document.elementFromPoint(x, y);
  return el?.getAttribute('data-yomu') ?? el?.id;
};
