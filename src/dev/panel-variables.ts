import { Narrator, type InkValue } from '../core/narrator.ts';
import type { Session } from '../core/session.ts';
import { storyOutline } from '../core/story-outline.ts';
import { el } from '../ui/dom.ts';
import type { DevRoom } from './room.ts';

/** An input for a value of ink's kind: a checkbox, a number or a line of text. */
function inputFor(name: string, value: InkValue, set: (value: InkValue) => void): HTMLInputElement {
  const label = `Set ${name}`;
  if (typeof value === 'boolean') {
    const box = el('input', { type: 'checkbox', 'aria-label': label, 'data-variable': name, checked: value });
    box.addEventListener('change', () => set(box.checked));
    return box;
  }
  const field = el('input', {
    type: typeof value === 'number' ? 'number' : 'text',
    step: typeof value === 'number' ? 'any' : undefined,
    value: String(value),
    'aria-label': label,
    'data-variable': name,
  });
  field.addEventListener('change', () => {
    if (typeof value !== 'number') set(field.value);
    else if (field.value.trim() !== '' && Number.isFinite(Number(field.value))) set(Number(field.value));
  });
  return field;
}

/**
 * The story's variables at the moment on screen, each settable. A value set here is part of the run:
 * the run is played again with it (so the passage and choices on screen may change), and again after every edit.
 */
export function createVariablesSection(room: DevRoom): {
  element: HTMLElement;
  refresh(session: Session | null): void;
} {
  const rows = el('tbody', {});
  const element = el(
    'section',
    { 'aria-labelledby': 'writers-variables' },
    el('h3', { id: 'writers-variables' }, 'Variables'),
    el('table', { class: 'writers-table' }, rows),
  );
  const set = (name: string, value: InkValue): void => {
    const record = room.tracker.withSet(name, value);
    if (!record) return;
    const broke = room.play(record);
    if (broke) room.status.alert(`Setting ${name} broke the path: ${broke.message}.`);
    else room.status.pass(`${name} = ${JSON.stringify(value)}`);
  };
  return {
    element,
    refresh(session) {
      if (!session) {
        rows.replaceChildren();
        return;
      }
      const part = room.live.part(session.role);
      const narrator = new Narrator(part);
      narrator.loadState(session.inkState);
      rows.replaceChildren(
        ...storyOutline(part).variables.map((name) => {
          const read = narrator.variable(name);
          const cell =
            read === null
              ? '—'
              : 'value' in read
                ? inputFor(name, read.value, (value) => set(name, value))
                : read.shown;
          return el('tr', {}, el('th', { scope: 'row' }, name), el('td', {}, cell));
        }),
      );
    },
  };
}
