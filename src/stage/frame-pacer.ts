/**
 * Paces the map's frames on software WebGL by what they really cost the page. Each frame holds the
 * page's main thread while the compositor reads the canvas back (it waits for the CPU to finish
 * drawing it), so a fixed frame rate that is fine on one laptop is 80 % of another's main thread.
 * The pacer measures every frame (from its step until the task that showed it has ended) and sets
 * the rate so that frames take at most a fixed share of the main thread while the map moves.
 */

/** The share of the main thread the map's frames may take while something on it moves (issue 19: ≤ 20 %). */
export const MAIN_THREAD_SHARE = 0.15;
/** Below this a move stops reading as motion; a frame dearer than share ÷ this rate is drawn at this rate anyway. */
export const MIN_FPS = 3;
/** How much one frame moves the running estimate: a single slow first frame must not hold the rate down for long. */
const WEIGHT = 0.4;

/** Whole frames per second that keep frames of `costMs` within `share` of the main thread, clamped to [MIN_FPS, maxFps]. */
export function pacedFps(costMs: number, maxFps: number, share = MAIN_THREAD_SHARE): number {
  if (!(costMs > 0)) return maxFps;
  return Math.max(MIN_FPS, Math.min(maxFps, Math.floor((1000 * share) / costMs)));
}

export class FramePacer {
  private cost: number | null = null;
  private fps: number;

  /** `apply` is called with the new rate whenever it changes. */
  constructor(
    private readonly maxFps: number,
    private readonly apply: (fps: number) => void,
  ) {
    this.fps = maxFps;
  }

  /** The main-thread milliseconds one frame took. */
  record(costMs: number): void {
    this.cost = this.cost === null ? costMs : this.cost + (costMs - this.cost) * WEIGHT;
    const fps = pacedFps(this.cost, this.maxFps);
    if (fps === this.fps) return;
    this.fps = fps;
    this.apply(fps);
  }

  get rate(): number {
    return this.fps;
  }
}
