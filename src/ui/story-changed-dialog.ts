import { el } from './dom.ts';

/** Asks before a save made on an earlier version of the story is replayed on this one. */
export function createStoryChangedDialog(): {
  element: HTMLDialogElement;
  ask(onReplay: () => void, onKeep: () => void): void;
} {
  const replay = el('button', { type: 'button', class: 'primary' }, 'Replay my choices on the new version');
  const keep = el('button', { type: 'button' }, 'Keep the old save untouched');
  const element = el(
    'dialog',
    { class: 'story-changed', 'aria-labelledby': 'story-changed-title', 'aria-describedby': 'story-changed-text' },
    el('h2', { id: 'story-changed-title' }, 'The story has changed'),
    el(
      'p',
      { id: 'story-changed-text' },
      'This game was saved on an earlier version of the story. Your choices can be replayed on the new version, as far as they still exist; or you can leave the save exactly as it is.',
    ),
    el('p', { class: 'actions' }, replay, ' ', keep),
  );
  let answer: { replay: () => void; keep: () => void } | null = null;
  replay.addEventListener('click', () => {
    const chosen = answer;
    answer = null;
    element.close();
    chosen?.replay();
  });
  keep.addEventListener('click', () => element.close());
  // Escape, or "keep": nothing is loaded and nothing is overwritten
  element.addEventListener('close', () => {
    const chosen = answer;
    answer = null;
    chosen?.keep();
  });
  return {
    element,
    ask(onReplay, onKeep) {
      answer = { replay: onReplay, keep: onKeep };
      if (!element.open) element.showModal();
      replay.focus();
    },
  };
}
