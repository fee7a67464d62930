import type { SlotView } from '../app/save-slots.ts';
import { LABEL_MAX } from '../core/save-file.ts';
import { el } from './dom.ts';
import { ROLE_CARDS } from './role-cards.ts';
import { formatSavedAt } from './saved-at.ts';

export interface SavesActions {
  /** A game is on screen, so it can be saved or exported. */
  readonly canSave: () => boolean;
  readonly defaultLabel: () => string;
  readonly slots: () => readonly SlotView[];
  readonly storageAvailable: boolean;
  /** Each returns what to tell the player. */
  save(slot: number, label: string): string;
  load(slot: number): void;
  remove(slot: number): string;
  exportFile(): string;
  importFile(file: File): void;
}

export interface SavesDialog {
  readonly element: HTMLDialogElement;
  open(): void;
  close(): void;
  /** Shows the outcome of an action in the dialog's status line. */
  say(message: string): void;
}

function roleName(role: string): string {
  return ROLE_CARDS.find((card) => card.role === role)?.name ?? role;
}

/** Manual save slots, export to a file and import from one. */
export function createSavesDialog(actions: SavesActions): SavesDialog {
  const status = el('p', { class: 'saves-status', role: 'status' });
  const labelInput = el('input', {
    id: 'save-label',
    type: 'text',
    maxlength: LABEL_MAX,
    autocomplete: 'off',
  });
  const labelRow = el(
    'p',
    { class: 'save-label' },
    el('label', { for: 'save-label' }, 'Name for a new save'),
    labelInput,
  );
  const list = el('ol', { class: 'slot-list' });
  const exportButton = el('button', { type: 'button' }, 'Save this game to a file');
  const fileInput = el('input', { id: 'import-save', type: 'file', accept: '.json,application/json' });
  const importRow = el('p', { class: 'import' }, el('label', { for: 'import-save' }, 'Open a save file'), fileInput);
  const close = el('button', { type: 'button', class: 'primary' }, 'Close');
  const element = el(
    'dialog',
    { class: 'saves', 'aria-labelledby': 'saves-title' },
    el('h2', { id: 'saves-title' }, 'Saved games'),
    el('p', { class: 'saves-help' }, 'Your game is also saved automatically after every choice.'),
    labelRow,
    list,
    el('h3', {}, 'Move a game between computers'),
    el('p', {}, exportButton),
    importRow,
    status,
    el('p', {}, close),
  );

  const say = (message: string): void => {
    status.textContent = message;
  };

  const slotItem = (view: SlotView): HTMLElement => {
    const heading = el('h3', { class: 'slot-title' }, `Slot ${view.slot}`);
    const details = el('p', { class: 'slot-details' });
    const buttons: HTMLButtonElement[] = [];
    if (view.state === 'empty') details.textContent = 'Empty.';
    if (view.state === 'damaged') details.textContent = `Cannot be read: ${view.reason}`;
    if (view.state === 'saved') {
      heading.textContent = `Slot ${view.slot}${view.label ? `: ${view.label}` : ''}`;
      details.append(
        `${roleName(view.role)}${view.chapter ? ` — ${view.chapter}` : ''}`,
        el('br'),
        view.storyTime ?? '',
        el('br'),
        `Saved ${formatSavedAt(view.savedAt)}`,
        view.storyChanged ? el('br') : '',
        view.storyChanged ? 'Made on an earlier version of the story.' : '',
      );
      const load = el('button', { type: 'button', 'aria-label': `Load slot ${view.slot}` }, 'Load');
      load.addEventListener('click', () => actions.load(view.slot));
      buttons.push(load);
    }
    if (actions.canSave()) {
      const save = el('button', { type: 'button', 'aria-label': `Save in slot ${view.slot}` }, 'Save here');
      save.addEventListener('click', () => {
        say(actions.save(view.slot, labelInput.value));
        refresh();
      });
      buttons.unshift(save);
    }
    if (view.state !== 'empty') {
      const remove = el('button', { type: 'button', 'aria-label': `Delete slot ${view.slot}` }, 'Delete');
      remove.addEventListener('click', () => {
        say(actions.remove(view.slot));
        refresh();
      });
      buttons.push(remove);
    }
    return el('li', { class: 'slot' }, heading, details, el('p', { class: 'slot-actions' }, ...buttons));
  };

  const refresh = (): void => {
    const saving = actions.canSave();
    labelRow.hidden = !saving || !actions.storageAvailable;
    exportButton.hidden = !saving;
    list.replaceChildren(...(actions.storageAvailable ? actions.slots().map(slotItem) : []));
    if (!actions.storageAvailable)
      say('This browser allows no storage, so there are no save slots. You can still save to a file.');
  };

  exportButton.addEventListener('click', () => say(actions.exportFile()));
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) actions.importFile(file);
  });
  close.addEventListener('click', () => element.close());

  return {
    element,
    open() {
      labelInput.value = actions.defaultLabel();
      say('');
      refresh();
      if (!element.open) element.showModal();
      close.focus();
    },
    close: () => element.close(),
    say,
  };
}
