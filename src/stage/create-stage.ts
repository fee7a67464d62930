/**
 * The only door into the stage: play.ts imports this module lazily. Phaser itself is loaded only
 * once WebGL is known to work, so a machine without it never downloads the engine.
 */
import '@fontsource/old-standard-tt/400.css';
import '@fontsource/old-standard-tt/400-italic.css';
import '@fontsource/old-standard-tt/700.css';
import type { Role } from '../core/roles.ts';
import { nextTask } from '../platform/next-task.ts';
import { settledOrAfter } from '../platform/settled-or-after.ts';
import type { SceneState } from '../core/scene.ts';
import { FONT, FONT_SAMPLE } from './palette.ts';
import { isSoftwareRenderer, rendererName } from './software-gl.ts';

export interface Stage {
  /** Render this state (animating changes unless reduced motion) in the palette and frame of `role`'s story. */
  show(scene: SceneState, role: Role | null): void;
  setReducedMotion(reduced: boolean): void;
  destroy(): void;
}

export class StageUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StageUnavailableError';
  }
}

/** Whether WebGL works, and whether it is drawn on the CPU (SwiftShader and the like: no usable GPU). */
function probeWebGL(): { available: boolean; software: boolean } {
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl2') ?? probe.getContext('webgl');
    if (!gl) return { available: false, software: false };
    const renderer = rendererName(gl);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: isSoftwareRenderer(renderer) };
  } catch {
    return { available: false, software: false };
  }
}

/** The map's lettering needs the period face (and its Cyrillic subsets) before it is drawn; wait, but not forever. */
async function fontsReady(): Promise<void> {
  const faces = [`16px ${FONT}`, `italic 16px ${FONT}`, `bold 16px ${FONT}`].map((font) =>
    document.fonts.load(font, FONT_SAMPLE),
  );
  await settledOrAfter(Promise.allSettled(faces), 4000);
}

/** Rejects with StageUnavailableError when WebGL is unavailable (check before creating the game). */
export async function createStage(parent: HTMLElement, options: { reducedMotion: boolean }): Promise<Stage> {
  const webgl = probeWebGL();
  if (!webgl.available) throw new StageUnavailableError('WebGL is not available in this browser');
  try {
    await fontsReady();
    const { startGame } = await import('./game.ts');
    // running Phaser's module and booting the game are a task each (together, a long one on a weak laptop)
    await nextTask();
    return await startGame(parent, options.reducedMotion, webgl.software);
  } catch (error) {
    throw new StageUnavailableError('The map could not start', { cause: error });
  }
}
