import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SoundManifest } from '../../src/audio/manifest.ts';

const DIR = resolve(import.meta.dirname, '../../assets/audio');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as SoundManifest;
const MAX_TOTAL_BYTES = 8 * 1024 * 1024;

describe('the audio manifest', () => {
  it('has at least one period tune and two effects, each captioned', () => {
    expect(manifest.sounds.filter((s) => s.kind === 'music').length).toBeGreaterThanOrEqual(1);
    expect(manifest.sounds.filter((s) => s.kind === 'sfx').length).toBeGreaterThanOrEqual(2);
    for (const sound of manifest.sounds) {
      expect(sound.caption.trim(), sound.id).not.toBe('');
      expect(sound.kind === 'music' ? /^Music: / : /^\[.+\]$/, sound.id).toSatisfy((pattern: RegExp) =>
        pattern.test(sound.caption),
      );
    }
  });

  it('names files that exist, in a format every browser plays, under 8 MB in all', () => {
    let total = 0;
    for (const sound of manifest.sounds) {
      expect(sound.files.mp3, sound.id).toBeTruthy();
      for (const file of Object.values(sound.files)) total += statSync(join(DIR, file)).size;
    }
    expect(total).toBeLessThan(MAX_TOTAL_BYTES);
  });

  it('loops music and ambience within each file, and plays effects once', () => {
    for (const sound of manifest.sounds) {
      if (sound.kind === 'sfx') {
        expect(sound.loop, sound.id).toBeNull();
        continue;
      }
      for (const window of Object.values(sound.loop ?? {})) {
        expect(window.startMs, sound.id).toBeGreaterThanOrEqual(0);
        expect(window.durationMs, sound.id).toBeCloseTo(sound.durationMs, 0);
      }
      expect(sound.loop?.mp3, sound.id).toBeDefined();
    }
  });
});
