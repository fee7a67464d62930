import { el } from '../ui/dom.ts';

/** Good news leaves by itself after this long; a broken path or a story that does not compile stays. */
const PASSING_MS = 6_000;

export interface DevStatus {
  readonly element: HTMLElement;
  /** Something done that needs nothing from the writer (a save replayed). */
  pass(message: string): void;
  /** Something the writer must see: where the path broke, a story that does not compile. */
  alert(message: string): void;
  clear(): void;
}

/** One line over the game that says what the writers' room just did with a saved file. */
export function createDevStatus(): DevStatus {
  const text = el('span', {});
  const dismiss = el('button', { type: 'button', 'aria-label': 'Dismiss' }, '×');
  // a live region exists before its message, or screen readers miss the first one
  const element = el('div', { class: 'writers-status', role: 'status', hidden: true }, text, ' ', dismiss);
  let timer = 0;
  const show = (message: string, kind: 'pass' | 'alert'): void => {
    window.clearTimeout(timer);
    text.textContent = message;
    element.dataset['kind'] = kind;
    element.hidden = false;
    if (kind === 'pass') timer = window.setTimeout(() => (element.hidden = true), PASSING_MS);
  };
  dismiss.addEventListener('click', () => (element.hidden = true));
  return {
    element,
    pass: (message) => show(message, 'pass'),
    alert: (message) => show(message, 'alert'),
    clear: () => {
      window.clearTimeout(timer);
      element.hidden = true;
    },
  };
}
