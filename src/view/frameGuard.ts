// Refuses to run inside another site's frame. GitHub Pages cannot send `frame-ancestors` (a header),
// and a <meta> CSP cannot carry it, so a hostile page could frame the app and dress it up (clickjacking,
// or a fake "upload here" around the drop zone). The app only starts as the top window or inside a
// frame of its own origin; otherwise the frame shows one sentence and a link that opens the app alone.

export function framedByAnotherSite(win: Window): boolean {
  if (win.top === win.self) return false;
  try {
    // Reading a cross-origin window's location throws; a same-origin parent answers.
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}

export function showFramedRefusal(target: HTMLElement, href: string): void {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.dataset.testid = 'framed-refusal';
  box.style.cssText = 'margin:2rem;font:16px/1.6 system-ui,sans-serif';
  box.append('对账不能在其他网站的页面中运行。 Duizhang does not run inside another site’s page. ');
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = '在新窗口中打开 / Open it on its own';
  box.append(link);
  target.replaceChildren(box);
}
