/**
 * The Phaser game behind the page. It renders at the device's pixel ratio (capped, so a huge screen
 * does not cost a huge canvas), follows its parent's size, and sends its loop to sleep whenever
 * nothing on the map is moving, waking it for the next change.
 */
import Phaser from 'phaser';
import type { Role } from '../core/roles.ts';
import type { SceneState } from '../core/scene.ts';
import { INK } from './palette.ts';
import { BootScene } from './scenes/boot-scene.ts';
import { CityScene } from './scenes/city-scene.ts';

const MAX_DPR = 2;
const MAX_CANVAS_PIXELS = 4_500_000;
const BOOT_TIMEOUT_MS = 20_000;

export interface RunningStage {
  show(scene: SceneState, role: Role | null): void;
  setReducedMotion(reduced: boolean): void;
  destroy(): void;
  /** For tests and tools: the loop's state. */
  readonly game: Phaser.Game;
}

interface Size {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
}

function measure(parent: HTMLElement): Size {
  const rect = parent.getBoundingClientRect();
  const cssWidth = Math.max(1, rect.width || window.innerWidth);
  const cssHeight = Math.max(1, rect.height || window.innerHeight);
  const wanted = Math.min(MAX_DPR, window.devicePixelRatio || 1, Math.sqrt(MAX_CANVAS_PIXELS / (cssWidth * cssHeight)));
  const dpr = Math.max(0.75, wanted);
  const width = Math.round(cssWidth * dpr);
  const height = Math.round(cssHeight * dpr);
  return { width, height, dpr: width / cssWidth };
}

export function startGame(parent: HTMLElement, reducedMotion: boolean): Promise<RunningStage> {
  return new Promise((resolve, reject) => {
    let size = measure(parent);
    let motion = !reducedMotion;
    let city: CityScene | null = null;
    let destroyed = false;
    let game: Phaser.Game | null = null;
    let frame = 0;

    const wake = (): void => {
      if (game && !destroyed && !game.loop.running) game.loop.wake();
    };
    const refit = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = measure(parent);
        if (!game || destroyed || (next.width === size.width && next.height === size.height)) return;
        size = next;
        // The city scene re-lays itself out on the resize event and wakes the loop to draw it.
        game.scale.setGameSize(size.width, size.height);
      });
    };
    const observer = new ResizeObserver(refit);
    const timer = window.setTimeout(() => fail(new Error('the map did not start in time')), BOOT_TIMEOUT_MS);

    function fail(error: unknown): void {
      window.clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('resize', refit);
      destroyed = true;
      try {
        game?.destroy(true);
      } catch {
        // A half-booted game may not tear down cleanly; the text carries on without it.
      }
      reject(error instanceof Error ? error : new Error(String(error)));
    }

    const stage = (running: Phaser.Game): RunningStage => ({
      game: running,
      show(scene, role) {
        if (destroyed || !city) return;
        // Present first: waking runs a frame at once, and it must see the new work to stay awake.
        city.present(scene, role, motion);
        wake();
      },
      setReducedMotion(reduced) {
        motion = !reduced;
        if (destroyed || !city) return;
        if (reduced) city.settle();
        wake();
      },
      destroy() {
        if (destroyed) return;
        destroyed = true;
        window.clearTimeout(timer);
        cancelAnimationFrame(frame);
        observer.disconnect();
        window.removeEventListener('resize', refit);
        if (!running.loop.running) running.loop.wake();
        running.destroy(true);
      },
    });

    const cityScene = new CityScene({
      dpr: () => size.dpr,
      ready: (scene) => {
        city = scene;
        window.clearTimeout(timer);
        if (game) resolve(stage(game));
      },
      failed: fail,
      idle: () => {
        if (game && game.loop.running) game.loop.sleep();
      },
      wake,
    });

    // The canvas is pure decoration: every fact on it is also in the text.
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.setAttribute('tabindex', '-1');
    canvas.style.pointerEvents = 'none';
    canvas.style.display = 'block';
    try {
      game = new Phaser.Game({
        type: Phaser.WEBGL,
        canvas,
        parent,
        banner: false,
        backgroundColor: INK.desk,
        autoFocus: false,
        scale: {
          mode: Phaser.Scale.FIT,
          autoCenter: Phaser.Scale.CENTER_BOTH,
          width: size.width,
          height: size.height,
          expandParent: false,
        },
        render: { antialias: true, antialiasGL: true, powerPreference: 'low-power' },
        audio: { noAudio: true },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
        scene: [new BootScene(), cityScene],
      });
    } catch (error) {
      fail(error);
      return;
    }
    observer.observe(parent);
    window.addEventListener('resize', refit);
  });
}
