/**
 * The Phaser game behind the page. It renders at the device's pixel ratio (capped, so a huge screen
 * does not cost a huge canvas), follows its parent's size, and sends its loop to sleep whenever
 * nothing on the map is moving, waking it for the next change.
 */
import Phaser from 'phaser';
import type { Role } from '../core/roles.ts';
import type { SceneState } from '../core/scene.ts';
import { FPS_LIMIT } from './frame-rate.ts';
import { FramePacer } from './frame-pacer.ts';
import { SOFTWARE_GL_RESOLUTION } from './software-gl.ts';
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

function measure(parent: HTMLElement, softwareGL: boolean): Size {
  const rect = parent.getBoundingClientRect();
  const cssWidth = Math.max(1, rect.width || window.innerWidth);
  const cssHeight = Math.max(1, rect.height || window.innerHeight);
  const wanted = Math.min(MAX_DPR, window.devicePixelRatio || 1, Math.sqrt(MAX_CANVAS_PIXELS / (cssWidth * cssHeight)));
  const dpr = softwareGL ? Math.min(SOFTWARE_GL_RESOLUTION, wanted) : Math.max(0.75, wanted);
  const width = Math.round(cssWidth * dpr);
  const height = Math.round(cssHeight * dpr);
  return { width, height, dpr: width / cssWidth };
}

/**
 * Runs `task` once the page has painted what the current task changed. A map frame drawn in the
 * same task as the story's new words would hold their paint until software WebGL has finished it.
 */
function afterPaint(task: () => void): void {
  requestAnimationFrame(() => window.setTimeout(task, 0));
}

/**
 * On software WebGL, measures each frame's hold on the main thread (from its step until the task that
 * drew it, the compositor's read-back included, has ended) and lowers or raises the frame rate to fit.
 */
function paceFrames(game: Phaser.Game): void {
  const pacer = new FramePacer(FPS_LIMIT, (fps) => game.loop.setFPSLimit(fps));
  let stepStart = 0;
  const afterFrame = new MessageChannel();
  afterFrame.port1.onmessage = () => pacer.record(performance.now() - stepStart);
  // Phaser's game events (Phaser.Core.Events, not in the slim build): PRE_STEP, POST_RENDER, DESTROY
  game.events.on('prestep', () => {
    stepStart = performance.now();
  });
  game.events.on('postrender', () => afterFrame.port2.postMessage(null));
  game.events.once('destroy', () => afterFrame.port1.close());
}

/**
 * `softwareGL`: WebGL is drawn on the CPU (no usable GPU, as on many school laptops and projector
 * PCs). Every frame then costs the page's main thread tens of milliseconds, so frames are drawn
 * without multisampling (about half the cost; only the edges of the few vector shapes drawn over
 * the sheet lose their smoothing), at half the CSS resolution, and paced to what they cost
 * (src/stage/frame-pacer.ts). With a GPU the map draws as it always did.
 */
export function startGame(parent: HTMLElement, reducedMotion: boolean, softwareGL: boolean): Promise<RunningStage> {
  return new Promise((resolve, reject) => {
    let size = measure(parent, softwareGL);
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
        const next = measure(parent, softwareGL);
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

    // The newest state waiting to be shown, and whether a task to show it is already on its way.
    let next: { scene: SceneState; role: Role | null } | null = null;
    const presentNext = (): void => {
      const wanted = next;
      next = null;
      if (destroyed || !city || !wanted) return;
      // Present first: waking runs a frame at once, and it must see the new work to stay awake.
      city.present(wanted.scene, wanted.role, motion);
      if (canvas.style.visibility === 'hidden') game?.events.once('postrender', () => (canvas.style.visibility = ''));
      wake();
    };

    const stage = (running: Phaser.Game): RunningStage => ({
      game: running,
      show(scene, role) {
        if (destroyed || !city) return;
        const queued = next !== null;
        next = { scene, role };
        if (!queued) afterPaint(presentNext);
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
      softwareGL,
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
    // unseen until it has drawn its first scene: on software WebGL that is a second or two, when the
    // desk under it would otherwise be covered by a blank dark canvas
    canvas.style.visibility = 'hidden';
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
        // One texture per batch: with more, every pixel runs a shader that picks its texture through
        // a chain of branches, which software WebGL (SwiftShader) pays for in full, about 4x a frame.
        render: {
          antialias: true,
          antialiasGL: !softwareGL,
          powerPreference: 'low-power',
          maxTextures: 1,
          // the loop sleeps between changes: a compositor that redraws the page (software compositing, when
          // a caption above the map goes) must find the last frame still there, not a cleared buffer
          preserveDrawingBuffer: true,
        },
        audio: { noAudio: true },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
        fps: { limit: softwareGL ? FPS_LIMIT : 0 },
        scene: [new BootScene(), cityScene],
      });
    } catch (error) {
      fail(error);
      return;
    }
    if (softwareGL) paceFrames(game);
    observer.observe(parent);
    window.addEventListener('resize', refit);
  });
}
