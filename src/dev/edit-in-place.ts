import type { DevRoom } from './room.ts';

const ERROR_GRACE_MS = 150;

export const choicesText = (count: number): string => `${count} ${count === 1 ? 'choice' : 'choices'}`;

/** The first line of the dev server's error since the last save (the plugin puts the file:line first). */
function watchErrors(): { last(): string | null; forget(): void } {
  let last: string | null = null;
  import.meta.hot?.on('vite:error', (payload) => {
    last = payload.err.message.split('\n')[0] ?? null;
  });
  return { last: () => last, forget: () => (last = null) };
}

/**
 * Saving an .ink file while playing: the story is fetched again and the run replayed to where the
 * writer stood. If the path no longer fits, play stops at the last choice that still exists and
 * says which one broke; if the story does not compile, Vite's overlay shows the error at its
 * file:line over the game, which stays as it was until the file is fixed.
 */
export function startEditInPlace(room: DevRoom, onScreen: () => boolean): void {
  const errors = watchErrors();
  let latest = 0;
  room.live.onChange((file) => {
    const started = performance.now();
    const save = ++latest;
    errors.forget();
    const record = onScreen() ? room.tracker.record() : null;
    room.live.refresh(record?.role ?? null).then(
      () => {
        if (save !== latest) return; // a later save is on its way
        room.director.replaceStory((role) => room.live.part(role));
        // the story compiles again: Vite's overlay for the old error has nothing more to say
        document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.remove());
        if (!record) {
          room.status.pass(`${file} saved: the story is rebuilt.`);
          return;
        }
        let broke;
        try {
          broke = room.play(record);
        } catch (error) {
          room.status.alert(`${file} saved, but the story fails when replayed: ${String(error)}`);
          return;
        }
        const took = Math.round(performance.now() - started);
        if (broke)
          room.status.alert(
            `${file} saved. The path broke: ${broke.message}. Play stops at the last choice that still exists.`,
          );
        else room.status.pass(`${file} saved: ${choicesText(record.choices.length)} replayed in ${took} ms.`);
      },
      () => {
        // the server's error comes by the socket, beside the failed fetch: give it a moment to arrive
        window.setTimeout(() => {
          if (save !== latest) return;
          const where = errors.last() ?? 'see the message over the game';
          room.status.alert(
            `${file} saved, but the story does not compile (${where}). The game stays where it was until the file is fixed.`,
          );
        }, ERROR_GRACE_MS);
      },
    );
  });
}
