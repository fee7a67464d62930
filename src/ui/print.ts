/**
 * Prints one part of the page: the print styles (debrief.css) hide everything else while
 * `<html data-printing>` is set, so "Save as PDF" gives just the debrief or the map.
 */
export function printOnly(target: HTMLElement): void {
  const root = document.documentElement;
  target.classList.add('print-target');
  root.dataset['printing'] = 'true';
  const done = (): void => {
    target.classList.remove('print-target');
    delete root.dataset['printing'];
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
