import { ROLES, type Role } from '../core/roles.ts';
import type { Session } from '../core/session.ts';
import { storyOutline } from '../core/story-outline.ts';
import { el } from '../ui/dom.ts';
import type { DevRoom } from './room.ts';

/** Jump to any knot or stitch of a role: a new run starts there, with the story's variables as they begin. */
export function createJumpSection(room: DevRoom): { element: HTMLElement; refresh(session: Session | null): void } {
  const role = el('select', { 'aria-label': 'Role' }, ...ROLES.map((name) => el('option', { value: name }, name)));
  const target = el('select', { 'aria-label': 'Knot or stitch' });
  const jump = el('button', { type: 'button' }, 'Jump');
  const element = el(
    'section',
    { 'aria-labelledby': 'writers-jump' },
    el('h3', { id: 'writers-jump' }, 'Jump to'),
    el('p', { class: 'writers-row' }, role, ' ', target, ' ', jump),
  );
  let listed: Role | null = null;
  const chosenRole = (): Role => ROLES.find((known) => known === role.value) ?? 'lenin';
  // after a save the knots may have new names: list them again
  room.live.onChange(() => (listed = null));
  const list = (chosen: Role): void => {
    const current = target.value;
    room.live.ready(chosen).then(
      (part) => {
        listed = chosen;
        const paths = storyOutline(part, chosen).paths;
        target.replaceChildren(...paths.map((path) => el('option', { value: path }, path)));
        if (paths.includes(current)) target.value = current;
      },
      (error: unknown) => room.status.alert(`The ${chosen} story cannot be fetched: ${String(error)}`),
    );
  };
  role.addEventListener('change', () => list(chosenRole()));
  jump.addEventListener('click', () => {
    const chosen = chosenRole();
    const from = target.value;
    if (!from || listed !== chosen) return;
    const broke = room.play({ role: chosen, from, choices: [], sets: [] });
    if (broke) room.status.alert(`Cannot jump: ${broke.message}.`);
    else room.status.pass(`Jumped to ${from}.`);
  });
  return {
    element,
    refresh(session) {
      const wanted = session?.role ?? chosenRole();
      if (listed === wanted) return;
      role.value = wanted;
      list(wanted);
    },
  };
}
