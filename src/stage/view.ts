/**
 * Where the camera looks. The text sits over the right of a wide screen and the lower part of a
 * narrow one, so the place in the story is framed in the middle of the part of the map left free.
 */
import type Phaser from 'phaser';
import { MAP_H, MAP_W, type Pt } from './geography.ts';
import { MAP_PEEK_ATTRIBUTE } from './map-peek-attribute.ts';

/** The whole story's ground, from the Franco-Russian Works to Smolny and from Fofanova's flat to the Baltic Station. */
const OVERVIEW = { x: 450, y: 90, w: 880, h: 1030 };
/** How far inside the free area (as a fraction of it) the framed place must stay. */
const KEEP = 0.2;

/** Where the text begins on a narrow screen (styles.css: 38vh down the page), in game pixels. */
const textTop = (height: number): number => height * 0.38;

interface Frame {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export class View {
  /** The camera's centre (world units) and zoom. */
  private current: Frame = { x: OVERVIEW.x + OVERVIEW.w / 2, y: OVERVIEW.y + OVERVIEW.h / 2, zoom: 1 };
  private goal: Pt | null = null;
  private tween: Phaser.Tweens.Tween | null = null;
  /** Device pixels per CSS pixel of the canvas. */
  dpr = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly camera: Phaser.Cameras.Scene2D.Camera,
  ) {}

  /** The part of the canvas (in game pixels) not covered by the text. */
  free(): { x: number; y: number; w: number; h: number } {
    const { width, height } = this.screen();
    if (document.body.hasAttribute(MAP_PEEK_ATTRIBUTE)) return { x: 0, y: 0, w: width, h: height };
    const column = this.column();
    // the map keeps at least a quarter of a wide screen to frame places in
    if (column !== null) return { x: 0, y: 0, w: Math.max(width * 0.25, width - column), h: height };
    // On a phone the clock card takes the top-left corner: frame the strip between it and the text.
    const top = Math.min(height * 0.16, 96 * this.dpr);
    return { x: 0, y: top, w: width, h: Math.max(height * 0.2, textTop(height) - top) };
  }

  /**
   * The part of the canvas the text does not lie over (the clock card's corner included): all a
   * camera need draw where every pixel costs the page's main thread (software WebGL). Under the
   * text, nearly opaque paper, the canvas shows its plain background instead of the map.
   */
  uncovered(): { x: number; y: number; w: number; h: number } {
    const { width, height } = this.screen();
    if (document.body.hasAttribute(MAP_PEEK_ATTRIBUTE)) return { x: 0, y: 0, w: width, h: height };
    const column = this.column();
    if (column !== null) return { x: 0, y: 0, w: Math.max(1, Math.ceil(width - column)), h: height };
    return { x: 0, y: 0, w: width, h: Math.max(1, Math.ceil(textTop(height))) };
  }

  /** The whole ground in the free area, but never so far out that the desk shows round the sheet. */
  overviewZoom(): number {
    const f = this.free();
    // Cover the sheet across the free area's short way; the long way may show desk under the text.
    const { width, height } = this.screen();
    const cover = f.h >= height ? height / MAP_H : width / MAP_W;
    return Math.max(cover, Math.min(f.w / OVERVIEW.w, f.h / OVERVIEW.h));
  }

  /** Close enough to read the lettering (about 1.2 CSS pixels per map unit), never so close that the city is lost. */
  focusZoom(): number {
    return Math.max(this.overviewZoom() * 1.5, this.dpr * 1.2);
  }

  frame(point: Pt | null, animate: boolean): void {
    this.goal = point;
    const zoom = point ? this.focusZoom() : this.overviewZoom();
    const target = this.clamp(point ?? { x: OVERVIEW.x + OVERVIEW.w / 2, y: OVERVIEW.y + OVERVIEW.h / 2 }, zoom);
    this.tween?.stop();
    this.tween = null;
    const from = this.current;
    const far = Math.hypot(target.x - from.x, target.y - from.y);
    if (!animate || (far < 0.5 && Math.abs(target.zoom - from.zoom) < 0.001)) {
      this.apply(target);
      return;
    }
    this.tween = this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: Math.min(2200, 900 + far * 2.2),
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        const t = tween.getValue() ?? 1;
        const zoom = Math.exp(Math.log(from.zoom) + (Math.log(target.zoom) - Math.log(from.zoom)) * t);
        this.apply({ x: from.x + (target.x - from.x) * t, y: from.y + (target.y - from.y) * t, zoom });
      },
      onComplete: () => {
        this.tween = null;
      },
    });
  }

  /** After a resize: the same place, framed for the new shape at once. */
  reframe(): void {
    this.frame(this.goal, false);
  }

  /**
   * The camera centre for a point: the point in the middle of the free area, then slid (as far as
   * keeps the point well inside the free area) so that no desk shows round the sheet in the part of
   * the screen the text leaves visible (the free area and the corner above or beside it).
   */
  private clamp(point: Pt, zoom: number): Frame {
    const f = this.free();
    const screen = this.screen();
    const axis = (p: number, from: number, size: number, screen: number, map: number): number => {
      const centred = p - (from + size / 2 - screen / 2) / zoom;
      const low = screen / 2 / zoom;
      const high = map - (from + size - screen / 2) / zoom;
      const onSheet = low > high ? centred : Math.max(low, Math.min(high, centred));
      const lo = p - (from + size * (1 - KEEP) - screen / 2) / zoom;
      const hi = p - (from + size * KEEP - screen / 2) / zoom;
      return Math.max(lo, Math.min(hi, onSheet));
    };
    return { x: axis(point.x, f.x, f.w, screen.width, MAP_W), y: axis(point.y, f.y, f.h, screen.height, MAP_H), zoom };
  }

  /**
   * Frames are for the whole canvas; a camera that draws only part of it (see `uncovered`) is
   * centred so that every place lands where the whole canvas's camera would have drawn it.
   */
  private apply(frame: Frame): void {
    this.current = frame;
    const { width, height } = this.screen();
    const cam = this.camera;
    cam.setZoom(frame.zoom);
    cam.centerOn(
      frame.x + (cam.x + cam.width / 2 - width / 2) / frame.zoom,
      frame.y + (cam.y + cam.height / 2 - height / 2) / frame.zoom,
    );
  }

  /** The whole canvas, in game pixels. */
  private screen(): { width: number; height: number } {
    return { width: this.scene.scale.width, height: this.scene.scale.height };
  }

  /**
   * Mirrors src/ui/styles.css: from 48rem up the text is a column of at most 46rem on the right
   * (its width in game pixels); below that (null) it starts 38vh down the page.
   */
  private column(): number | null {
    const cssWidth = this.screen().width / this.dpr;
    if (cssWidth < 768) return null;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return Math.min(cssWidth, 46 * rem) * this.dpr;
  }
}
