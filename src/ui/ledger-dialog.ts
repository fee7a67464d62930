import { describeBeginning } from '../core/debrief/beginning.ts';
import { ledgerOf } from '../core/debrief/ledger.ts';
import type { Session } from '../core/session.ts';
import { el } from './dom.ts';
import { renderLedger } from './debrief-view.ts';

/** "How far from history?": the ledger of the run so far, on demand from the menu. */
export function createLedgerDialog(current: () => Session | null): { element: HTMLDialogElement; open(): void } {
  const body = el('div', {});
  const close = el('button', { type: 'button', class: 'primary' }, 'Back to the story');
  const element = el(
    'dialog',
    { class: 'ledger-dialog', 'aria-labelledby': 'ledger-dialog-title' },
    el('h2', { id: 'ledger-dialog-title' }, 'How far from history?'),
    body,
    el('p', {}, close),
  );
  close.addEventListener('click', () => element.close());
  return {
    element,
    open() {
      const session = current();
      const ledger = ledgerOf(session?.decisions ?? []);
      const divergences = ledger.divergences.map((d) =>
        el('li', { 'data-historicity': d.historicity }, `${d.historicity}: “${d.decision.text}”`),
      );
      body.replaceChildren(
        ...(session?.beganAt ? [el('p', { class: 'debrief-began' }, describeBeginning(session.beganAt))] : []),
        renderLedger(ledger),
      );
      if (divergences.length > 0)
        body.append(
          el('section', {}, el('h3', {}, 'Where you left it'), el('ol', { class: 'ledger-list' }, ...divergences)),
        );
      element.showModal();
      close.focus();
    },
  };
}
