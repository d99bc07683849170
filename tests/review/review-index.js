/* global document */
// The review page's grid: every view of frame.html, light and dark, one frame each (plain
// script, no module, so that the built page opens from the file system too).
const VIEWS = [
  { title: 'Hover popup: a word with its glossary card', query: 'view=popup&fixture=0', width: 520, height: 560 },
  { title: 'Hover popup: an inflected word (saved)', query: 'view=popup&fixture=1', width: 520, height: 360 },
  { title: 'Hover popup: the kanji view (裁 of 制裁)', query: 'view=popup&fixture=2', width: 520, height: 460 },
  { title: 'Hover popup: a name with no dictionary entry (known)', query: 'view=popup&fixture=3', width: 520, height: 320 },
  { title: 'Hover popup: the dictionary still loading (a fresh browser)', query: 'view=popup&fixture=4', width: 520, height: 200 },
  { title: 'Glossary panel (Alt+G)', query: 'view=panel', width: 420, height: 640 },
  { title: 'Toolbar popup', query: 'view=toolbar', width: 360, height: 640 },
];
const root = document.getElementById('views');
for (const view of VIEWS) {
  const h2 = document.createElement('h2');
  h2.textContent = view.title;
  const row = document.createElement('div');
  row.className = 'row';
  for (const theme of ['light', 'dark']) {
    const figure = document.createElement('figure');
    const caption = document.createElement('figcaption');
    caption.textContent = theme;
    const frame = document.createElement('iframe');
    frame.src = `frame.html?${view.query}&theme=${theme}`;
    frame.width = String(view.width);
    frame.height = String(view.height);
    frame.title = `${view.title}, ${theme}`;
    figure.append(caption, frame);
    row.append(figure);
  }
  root.append(h2, row);
}
