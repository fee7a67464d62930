import { formatBothCalendars } from '../core/clock.ts';
import type { TagEvent } from '../core/events.ts';
import type { SceneState } from '../core/scene.ts';
import type { Session } from '../core/session.ts';
import { el } from '../ui/dom.ts';
import type { DevRoom } from './room.ts';

/** A tag as the writer wrote it, from its parsed event. */
export function tagText(event: TagEvent): string {
  if (event.kind === 'time') return `# time: ${formatBothCalendars(event.time)}`;
  const { kind, ...values } = event;
  // the only flag among the tags' values is a bridge's
  const parts = Object.values(values).map((value: unknown) =>
    typeof value === 'boolean' ? (value ? 'raised' : 'lowered') : typeof value === 'string' ? value : '',
  );
  return `# ${kind}: ${parts.filter(Boolean).join(' ')}`;
}

const list = (items: readonly string[]): HTMLElement =>
  items.length === 0 ? el('p', {}, '—') : el('ul', {}, ...items.map((item) => el('li', {}, item)));

function sceneLines(scene: SceneState): string[] {
  const entries = <T>(record: Readonly<Partial<Record<string, T>>>, say: (value: T) => string): string =>
    Object.entries(record)
      .filter((entry): entry is [string, T] => entry[1] !== undefined)
      .map(([id, value]) => `${id} ${say(value)}`)
      .join(', ') || '—';
  return [
    `chapter: ${scene.chapter ?? '—'}`,
    `place: ${scene.place ?? '—'}`,
    `time: ${scene.time ? formatBothCalendars(scene.time) : '—'}`,
    `weather: ${scene.weather}`,
    `room: ${scene.vignette ?? 'the map'}${scene.front ? `; front page: ${scene.front.paper}${scene.front.invented ? ' (invented)' : ''} “${scene.front.headline}”` : ''}`,
    `map control: ${entries(scene.control, (control) => control)}`,
    `bridges: ${entries(scene.bridges, (raised) => (raised ? 'raised' : 'lowered'))}`,
    `ships: ${entries(scene.ships, (place) => place)}`,
    `sound: music ${scene.music ?? 'off'}, ambience ${scene.ambience ?? 'off'}`,
  ];
}

/**
 * The passage on screen as the story wrote it: each line's tags (basis marks among them), the
 * historicity of the choices on offer and of the last one taken; and the scene state.
 */
export function createPassageSection(room: DevRoom): { element: HTMLElement; refresh(session: Session | null): void } {
  const tags = el('div', {});
  const choices = el('div', {});
  const scene = el('div', {});
  const element = el(
    'section',
    { 'aria-labelledby': 'writers-passage' },
    el('h3', { id: 'writers-passage' }, 'This passage'),
    tags,
    el('h4', {}, 'Historicity'),
    choices,
    el('h4', {}, 'Scene'),
    scene,
  );
  return {
    element,
    refresh(session) {
      const record = room.tracker.record();
      if (!session || !record) {
        tags.replaceChildren(el('p', {}, 'No story on screen.'));
        choices.replaceChildren();
        scene.replaceChildren();
        return;
      }
      // the director keeps no beats: the run is replayed (a few milliseconds) to read the passage's tags
      const { beat } = room.replay(record);
      tags.replaceChildren(
        list(
          beat.lines
            .filter((line) => line.events.length > 0)
            .map(
              (line) =>
                `${line.events.map(tagText).join(' ')} — “${line.text.slice(0, 60)}${line.text.length > 60 ? '…' : ''}”`,
            ),
        ),
      );
      const last = session.decisions.at(-1);
      choices.replaceChildren(
        list([
          ...(last
            ? [`taken: “${last.text}” — ${last.historicity ?? 'no historicity'}${last.branch ? ` ${last.branch}` : ''}`]
            : []),
          ...session.choices.map(
            (choice) =>
              `offered: “${choice.text}” — ${choice.historicity ?? 'no historicity'}${choice.branch ? ` ${choice.branch}` : ''}`,
          ),
        ]),
      );
      scene.replaceChildren(list(sceneLines(session.scene)));
    },
  };
}
