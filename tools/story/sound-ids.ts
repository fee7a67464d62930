import { readFileSync } from 'node:fs';

export interface SoundEntry {
  readonly id: string;
  readonly kind: 'music' | 'ambience' | 'sfx';
}

/** The sound ids the audio build made, by kind; an empty list when there is no manifest yet. */
export function readSoundIds(manifestPath: string): readonly SoundEntry[] {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sounds?: SoundEntry[] };
    return manifest.sounds ?? [];
  } catch {
    return [];
  }
}
