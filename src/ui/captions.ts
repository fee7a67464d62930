import type { Bus } from '../app/bus.ts';
import type { GameEvents } from '../app/game-events.ts';
import { findSound } from '../audio/manifest.ts';
import { el } from './dom.ts';

const EFFECT_CAPTION_MS = 5000;
/** A burst of effects (a fast reader, a battle) shows its latest few, not a wall over the map. */
const MAX_EFFECT_CAPTIONS = 3;

/**
 * Captions for every sound: what music and ambience are playing, and each effect as it fires.
 * They come from the manifest, not from the player, so they show even when a sound fails to load.
 */
export function createCaptions(bus: Bus<GameEvents>): HTMLElement {
  const music = el('p', { class: 'caption caption-music' });
  const ambience = el('p', { class: 'caption caption-ambience' });
  const effects = el('div', { class: 'caption-effects', 'aria-live': 'polite' });
  const element = el('aside', { class: 'captions', 'aria-label': 'Sound captions' }, music, ambience, effects);
  const setLine = (line: HTMLElement, id: string | null): void => {
    const caption = id ? (findSound(id)?.caption ?? `[${id.replaceAll('_', ' ')}]`) : '';
    line.textContent = caption;
    line.hidden = caption === '';
  };
  setLine(music, null);
  setLine(ambience, null);
  bus.on('session', ({ session }) => {
    setLine(music, session.scene.music);
    setLine(ambience, session.scene.ambience);
  });
  bus.on('title', () => {
    setLine(music, null);
    setLine(ambience, null);
    effects.replaceChildren();
  });
  bus.on('sfx', ({ id }) => {
    const line = el('p', { class: 'caption caption-effect' }, findSound(id)?.caption ?? `[${id.replaceAll('_', ' ')}]`);
    effects.append(line);
    while (effects.children.length > MAX_EFFECT_CAPTIONS) effects.firstElementChild?.remove();
    setTimeout(() => line.remove(), EFFECT_CAPTION_MS);
  });
  return element;
}
