import { el } from '../dom.ts';
import type { CrowdPlayOptions, CrowdPlay } from './crowd-play.ts';

/**
 * Crowd play's switch in the club dialog, and the rest of it fetched only when a group turns it on (the room SDK
 * is not part of the game's bundle). Single-screen club mode stays the default.
 */
export function createCrowdEntry(options: CrowdPlayOptions) {
  const box = el('input', { id: 'club-crowd', type: 'checkbox' });
  const field = el(
    'p',
    { class: 'club-key-only club-crowd' },
    box,
    ' ',
    el(
      'label',
      { for: 'club-crowd' },
      'Crowd play: everyone votes from their own phone (needs the room server: npm start or npm run serve).',
    ),
  );
  let running: CrowdPlay | null = null;
  return {
    field,
    /** After the group's session started or resumed: opens the room if crowd play was chosen. */
    begin(): void {
      if (!box.checked || running) return;
      void import('./crowd-play.ts').then(
        ({ createCrowdPlay }) => {
          running = createCrowdPlay(options);
          running.start();
        },
        (error: unknown) => {
          console.warn('[crowd]', error);
          options.notice('Crowd play could not be loaded (are you offline?). Count hands as usual.');
        },
      );
    },
    /** Crowd play's reasons revealed on the projector, for the vote being recorded. */
    voices: () => running?.voices() ?? [],
    /** The group left club mode: the room closes. */
    end(): void {
      running?.end();
      running = null;
    },
  };
}
