import { createSave, LABEL_MAX, serializeSave } from '../core/save-file.ts';
import { el } from '../ui/dom.ts';
import type { DevRoom } from './room.ts';

/**
 * A bug report is a save file: the path and the state, which "Saved games and files…" opens. Its
 * label says where the run began when the writer jumped, which a save has no other place for.
 */
export function createReportSection(room: DevRoom): { element: HTMLElement } {
  const copy = el('button', { type: 'button' }, 'Copy a bug report');
  const download = el('button', { type: 'button' }, 'Download it');
  const said = el('p', { 'aria-live': 'polite' });
  const element = el(
    'section',
    { 'aria-labelledby': 'writers-report' },
    el('h3', { id: 'writers-report' }, 'Bug report'),
    el('p', { class: 'writers-row' }, copy, ' ', download),
    said,
  );
  const report = (): { text: string; name: string } | null => {
    const session = room.director.current();
    const record = room.tracker.record();
    if (!session) return null;
    const began = record && record.from !== session.role ? `, from ${record.from}` : '';
    const label = `Bug report: ${session.scene.chapter ?? session.role}${began}, ${session.path.length} choices`;
    const text = serializeSave(createSave(session, room.storyHash, new Date(), label.slice(0, LABEL_MAX)));
    return { text, name: `petrograd-1917-bug-${session.role}-${session.path.length}.json` };
  };
  copy.addEventListener('click', () => {
    const made = report();
    if (!made) return void (said.textContent = 'There is no game on screen.');
    navigator.clipboard.writeText(made.text).then(
      () => (said.textContent = 'Copied: paste it into a file ending .json, which Saved games and files… opens.'),
      () => (said.textContent = 'The browser refused the clipboard: download it instead.'),
    );
  });
  download.addEventListener('click', () => {
    const made = report();
    if (!made) return void (said.textContent = 'There is no game on screen.');
    const link = el('a', {
      href: URL.createObjectURL(new Blob([made.text], { type: 'application/json' })),
      download: made.name,
    });
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    said.textContent = `Downloaded ${made.name}: Saved games and files… opens it.`;
  });
  return { element };
}
