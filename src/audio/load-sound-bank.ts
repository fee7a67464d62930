import { audioUrl } from './asset-urls.ts';
import { createSoundBank, type SoundBank } from './sound-bank.ts';

/** howler, the bank and the audio files' URLs travel together in one chunk, fetched for the first sound. */
export function loadSoundBank(): SoundBank {
  return createSoundBank(audioUrl);
}
