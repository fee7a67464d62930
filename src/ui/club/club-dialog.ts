import type { ClubSlotView } from '../../app/club-store.ts';
import type { ClubOutcome } from '../../app/club-mode.ts';
import { GROUP_NAME_MAX } from '../../core/club-file.ts';
import { startsFor } from '../../core/club-starts.ts';
import type { Role } from '../../core/roles.ts';
import { el } from '../dom.ts';
import { ROLE_CARDS } from '../role-cards.ts';
import { formatSavedAt } from '../saved-at.ts';

export interface ClubDialogActions {
  readonly storageAvailable: boolean;
  readonly slots: () => readonly ClubSlotView[];
  readonly hasFreeSlot: () => boolean;
  /** `startId`: a named start of the role, or null for the role's beginning. */
  start(groupName: string, role: Role, how: { readonly keyOnly: boolean; readonly startId: string | null }): void;
  resume(slot: number): ClubOutcome;
  remove(slot: number): void;
  /** Fields other modes add under "Key decisions only" (crowd play's switch). */
  readonly extraFields?: readonly HTMLElement[];
  /** The printable handouts for a role, before its session (the group's name goes on the exit ticket). */
  openHandouts?(role: Role, groupName: string): void;
}

const roleName = (role: Role): string => ROLE_CARDS.find((card) => card.role === role)?.name ?? role;

/** "Vladimir Lenin — chapter. Finished — ending reached. 12 votes, in 2 sittings. Last played …". */
function slotSummary(view: Extract<ClubSlotView, { state: 'saved' }>): string {
  const votes = `${view.votes} ${view.votes === 1 ? 'vote' : 'votes'}`;
  const sittings = view.sittings > 1 ? `, in ${view.sittings} sittings` : '';
  return [
    `${roleName(view.role)}${view.chapter ? ` — ${view.chapter}` : ''}.`,
    view.ending ? `Finished — ending reached. ${votes}${sittings}.` : `${votes} so far${sittings}.`,
    `Last played ${formatSavedAt(view.savedAt)}.`,
  ].join(' ');
}

/** "Handouts for [role] Handouts…": a heading and the row that opens a role's printable handouts. */
function handoutsRow(open: (role: Role) => void): HTMLElement[] {
  const which = el(
    'select',
    { id: 'club-handouts-role' },
    ...ROLE_CARDS.map((card) => el('option', { value: card.role }, card.name)),
  );
  const button = el('button', { type: 'button' }, 'Handouts…');
  button.addEventListener('click', () => {
    const card = ROLE_CARDS.find((candidate) => candidate.role === which.value);
    if (card) open(card.role);
  });
  return [
    el('h3', {}, 'Before the lesson'),
    el(
      'p',
      { class: 'club-handouts' },
      el('label', { for: 'club-handouts-role' }, 'Handouts for'),
      ' ',
      which,
      ' ',
      button,
    ),
    el(
      'p',
      { class: 'club-handouts-note' },
      'Role cards, the role’s glossary and an exit ticket, to print for the group.',
    ),
  ];
}

/** From the title: start a session for a group at a projector, or resume one from an earlier week. */
export function createClubDialog(actions: ClubDialogActions): { element: HTMLDialogElement; open(): void } {
  const status = el('p', { class: 'club-status', role: 'status' });
  const list = el('ol', { class: 'slot-list' });
  const nameInput = el('input', { id: 'club-group', type: 'text', maxlength: GROUP_NAME_MAX, autocomplete: 'off' });
  const full = el(
    'p',
    { class: 'club-warning' },
    'Every club slot holds a group. Remove one above to keep a new group’s session for next week; a new session started now is played without being kept.',
  );
  const takes = el('p', { class: 'club-takes' });
  const noStorage = el(
    'p',
    { class: 'club-warning' },
    'This browser keeps no storage, so a club session cannot be kept for next week. You can still play it and download its report at the end.',
  );
  const keyOnly = el('input', { id: 'club-key-only', type: 'checkbox' });
  const keyOnlyField = el(
    'p',
    { class: 'club-key-only' },
    keyOnly,
    ' ',
    el(
      'label',
      { for: 'club-key-only' },
      'Key decisions only: the group votes on the decisions that touch the record or change how the story can end; you settle the rest with one click.',
    ),
  );
  const startButtons = ROLE_CARDS.map((card) => {
    const where = el(
      'select',
      { id: `club-start-${card.role}`, class: 'club-start-at' },
      el('option', { value: '' }, 'From the beginning'),
      ...startsFor(card.role).map((start) => el('option', { value: start.id }, `${start.title} (${start.date})`)),
    );
    // "Start as a cadet…": a name that opens with an article reads on inside the sentence
    const button = el('button', { type: 'button', class: 'primary' }, `Start as ${card.name.replace(/^A /, 'a ')}`);
    button.addEventListener('click', () => {
      element.close();
      actions.start(nameInput.value, card.role, { keyOnly: keyOnly.checked, startId: where.value || null });
    });
    return el(
      'li',
      {},
      button,
      ' ',
      el('label', { for: `club-start-${card.role}`, class: 'club-start-label' }, 'Begin at'),
      ' ',
      where,
    );
  });
  const close = el('button', { type: 'button' }, 'Close');
  close.addEventListener('click', () => element.close());
  const handouts = handoutsRow((role) => {
    element.close();
    actions.openHandouts?.(role, nameInput.value);
  });
  if (!actions.openHandouts) handouts.forEach((part) => (part.hidden = true));
  const element = el(
    'dialog',
    { class: 'club-dialog', 'aria-labelledby': 'club-title' },
    el('h2', { id: 'club-title' }, 'Club mode'),
    el(
      'p',
      {},
      'For a group at a projector: large type, a discussion timer at each decision, then a vote. The majority decides, the facilitator breaks ties, and the votes and reasons go into a session report.',
    ),
    el('h3', {}, 'Resume a group’s session'),
    list,
    el('h3', {}, 'Start a new session'),
    takes,
    el('p', { class: 'club-name' }, el('label', { for: 'club-group' }, 'Name of the group (optional)'), nameInput),
    keyOnlyField,
    ...(actions.extraFields ?? []),
    full,
    noStorage,
    el('ul', { class: 'club-start' }, ...startButtons),
    ...handouts,
    status,
    el('p', {}, close),
  );

  const slotItem = (view: ClubSlotView): HTMLElement => {
    const heading = el('h4', { class: 'slot-title' }, `Club slot ${view.slot}`);
    const details = el('p', { class: 'slot-details' });
    const buttons: HTMLButtonElement[] = [];
    if (view.state === 'empty') details.textContent = 'Empty.';
    if (view.state === 'damaged') details.textContent = `Cannot be read: ${view.reason}`;
    if (view.state === 'saved') {
      heading.textContent = `Club slot ${view.slot}: ${view.groupName || 'unnamed group'}`;
      details.textContent = slotSummary(view);
      const resume = el('button', { type: 'button', class: 'primary' }, `Resume club slot ${view.slot}`);
      resume.addEventListener('click', () => {
        element.close();
        const outcome = actions.resume(view.slot);
        if (!outcome.ok) {
          open();
          status.textContent = outcome.reason;
        }
      });
      buttons.push(resume);
    }
    if (view.state !== 'empty') {
      const remove = el('button', { type: 'button' }, `Remove club slot ${view.slot}`);
      remove.addEventListener('click', () => {
        actions.remove(view.slot);
        render();
        status.textContent = `Club slot ${view.slot} is now empty.`;
      });
      buttons.push(remove);
    }
    return el('li', { class: 'slot' }, heading, details, el('p', { class: 'slot-buttons' }, ...buttons));
  };

  const render = (): void => {
    const slots = actions.slots();
    list.replaceChildren(...slots.map(slotItem));
    // the store keeps a new session in the first empty slot: say which, before anyone starts
    const free = slots.find((view) => view.state === 'empty');
    takes.hidden = !actions.storageAvailable || !free;
    takes.textContent = free ? `A new session is kept in club slot ${free.slot}.` : '';
    noStorage.hidden = actions.storageAvailable;
    full.hidden = !actions.storageAvailable || actions.hasFreeSlot();
  };

  function open(): void {
    render();
    status.textContent = '';
    if (!element.open) element.showModal();
    // the name field is where a new group starts, but the slots above it come first: open at the top
    nameInput.focus({ preventScroll: true });
    element.scrollTop = 0;
  }

  return { element, open };
}
