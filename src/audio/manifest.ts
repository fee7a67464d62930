/** The audio build's manifest (tools/audio writes assets/audio/manifest.json). */
export type SoundKind = 'music' | 'ambience' | 'sfx';
export type SoundFormat = 'mp3' | 'opus';

export interface LoopWindow {
  readonly startMs: number;
  readonly durationMs: number;
}

export interface SoundEntry {
  readonly id: string;
  readonly kind: SoundKind;
  readonly title: string;
  readonly caption: string;
  readonly files: Partial<Record<SoundFormat, string>>;
  readonly durationMs: number;
  readonly loop: Partial<Record<SoundFormat, LoopWindow>> | null;
}

export interface SoundManifest {
  readonly version: number;
  readonly sounds: readonly SoundEntry[];
}

// A glob, not an import: a checkout without generated audio still builds, and the game plays silently.
const found = import.meta.glob<SoundManifest>('../../assets/audio/manifest.json', { eager: true, import: 'default' });

export const SOUND_MANIFEST: SoundManifest = Object.values(found)[0] ?? { version: 1, sounds: [] };

export function findSound(id: string, manifest: SoundManifest = SOUND_MANIFEST): SoundEntry | undefined {
  return manifest.sounds.find((sound) => sound.id === id);
}
