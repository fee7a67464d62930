/**
 * Rain, sleet, snow and fog over the screen. Falling weather runs for a while after each change and
 * then settles into still pencil hatching, which is also what reduced motion shows from the start:
 * so nothing keeps the page awake while the player reads. The hatching lies faintly under the falling
 * weather from the first frame and deepens as it settles: on software WebGL, the frame in which it
 * first appeared at the settling was a main-thread task of 50-60 ms, wherever else it had been drawn.
 */
import Phaser from 'phaser';
import type { Weather } from '../../core/events.ts';
import { makeCanvas, seeded } from '../cartography/shapes.ts';
import { MAP_H, MAP_W } from '../geography.ts';

type Fall = 'rain' | 'sleet' | 'snow';

/** The settled hatching's strength, and its strength under weather still falling. */
const HATCH = 0.5;
const HATCH_UNDER_FALLING = 0.2;

const FALL: Record<
  Fall,
  { texture: string; speedX: [number, number]; speedY: [number, number]; every: number; alpha: number }
> = {
  rain: { texture: 'wx-drop', speedX: [150, 210], speedY: [820, 980], every: 10, alpha: 0.55 },
  sleet: { texture: 'wx-sleet', speedX: [90, 160], speedY: [380, 520], every: 14, alpha: 0.6 },
  snow: { texture: 'wx-flake', speedX: [-25, 45], speedY: [55, 110], every: 45, alpha: 0.85 },
};

function texture(
  textures: Phaser.Textures.TextureManager,
  key: string,
  w: number,
  h: number,
  paint: (ctx: CanvasRenderingContext2D) => void,
): void {
  if (textures.exists(key)) return;
  const { canvas, ctx } = makeCanvas(w, h);
  paint(ctx);
  textures.addCanvas(key, canvas);
}

function strokes(ctx: CanvasRenderingContext2D, count: number, length: number, random: () => number): void {
  ctx.strokeStyle = 'rgba(70, 86, 100, 0.75)';
  ctx.lineWidth = 1.2;
  ctx.lineCap = 'round';
  for (let i = 0; i < count; i += 1) {
    const x = random() * 256;
    const y = random() * 256;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + length * 0.2, y + length);
    ctx.stroke();
  }
}

function dots(ctx: CanvasRenderingContext2D, count: number, random: () => number): void {
  for (let i = 0; i < count; i += 1) {
    ctx.beginPath();
    ctx.arc(random() * 256, random() * 256, 1.2 + random() * 1.4, 0, Math.PI * 2);
    ctx.fillStyle = 'rgba(250, 248, 240, 0.9)';
    ctx.fill();
    ctx.strokeStyle = 'rgba(70, 86, 100, 0.5)';
    ctx.lineWidth = 0.6;
    ctx.stroke();
  }
}

/**
 * The weather's textures, a function each (each makes its texture once): the boot scene makes a few per
 * frame, since painting and uploading them all at once held the page too long on software WebGL.
 */
export function weatherTextureJobs(textures: Phaser.Textures.TextureManager): (() => void)[] {
  return [
    // Pale streaks edged in slate: visible on the paper by day and on the dark map by night.
    () =>
      texture(textures, 'wx-drop', 4, 30, (ctx) => {
        const edge = ctx.createLinearGradient(0, 0, 0, 30);
        edge.addColorStop(0, 'rgba(60, 76, 90, 0)');
        edge.addColorStop(1, 'rgba(60, 76, 90, 0.55)');
        ctx.fillStyle = edge;
        ctx.fillRect(0.5, 0, 3, 30);
        const core = ctx.createLinearGradient(0, 0, 0, 30);
        core.addColorStop(0, 'rgba(214, 226, 234, 0)');
        core.addColorStop(1, 'rgba(214, 226, 234, 0.95)');
        ctx.fillStyle = core;
        ctx.fillRect(1.5, 1, 1, 29);
      }),
    () =>
      texture(textures, 'wx-sleet', 6, 14, (ctx) => {
        ctx.fillStyle = 'rgba(90, 105, 118, 0.7)';
        ctx.fillRect(2, 0, 1.6, 9);
        ctx.beginPath();
        ctx.arc(3, 11, 2.4, 0, Math.PI * 2);
        ctx.fillStyle = 'rgba(245, 245, 240, 0.95)';
        ctx.fill();
      }),
    () =>
      texture(textures, 'wx-flake', 8, 8, (ctx) => {
        const g = ctx.createRadialGradient(4, 4, 0, 4, 4, 4);
        g.addColorStop(0, 'rgba(255, 255, 252, 1)');
        g.addColorStop(0.6, 'rgba(240, 244, 248, 0.8)');
        g.addColorStop(1, 'rgba(200, 210, 220, 0)');
        ctx.fillStyle = g;
        ctx.fillRect(0, 0, 8, 8);
      }),
    () => texture(textures, 'wx-still-rain', 256, 256, (ctx) => strokes(ctx, 90, 16, seeded(11))),
    () =>
      texture(textures, 'wx-still-sleet', 256, 256, (ctx) => {
        strokes(ctx, 50, 10, seeded(12));
        dots(ctx, 30, seeded(13));
      }),
    () => texture(textures, 'wx-still-snow', 256, 256, (ctx) => dots(ctx, 70, seeded(14))),
    () =>
      texture(textures, 'wx-fog', 512, 512, (ctx) => {
        const random = seeded(15);
        for (let i = 0; i < 60; i += 1) {
          const x = random() * 512;
          const y = random() * 512;
          const r = 40 + random() * 110;
          for (const [dx, dy] of [-512, 0, 512].flatMap((ox) => [-512, 0, 512].map((oy) => [ox, oy] as const))) {
            const g = ctx.createRadialGradient(x + dx, y + dy, 0, x + dx, y + dy, r);
            g.addColorStop(0, 'rgba(232, 228, 218, 0.5)');
            g.addColorStop(1, 'rgba(232, 228, 218, 0)');
            ctx.fillStyle = g;
            ctx.fillRect(x + dx - r, y + dy - r, r * 2, r * 2);
          }
        }
      }),
  ];
}

export class WeatherLayer {
  private readonly still: Phaser.GameObjects.TileSprite;
  private readonly fog: Phaser.GameObjects.TileSprite;
  private emitter: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private weather: Weather = 'clear';
  private size = { w: 1, h: 1, dpr: 1 };
  private drifting = false;

  /** Fog lies on the map itself (`world`, under the light), falling weather on the screen (`layer`). */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Layer,
    world: Phaser.GameObjects.Layer,
  ) {
    // made by the boot scene already; a layer built without it makes them here
    for (const job of weatherTextureJobs(scene.textures)) job();
    this.fog = scene.add
      .tileSprite(-300, -300, MAP_W + 600, MAP_H + 600, 'wx-fog')
      .setOrigin(0, 0)
      .setVisible(false);
    this.still = scene.add.tileSprite(0, 0, 1, 1, 'wx-still-rain').setOrigin(0, 0).setVisible(false);
    world.add(this.fog);
    layer.add(this.still);
  }

  /** True while something still moves (falling particles or drifting fog). */
  get animating(): boolean {
    return this.emitter !== null || this.drifting;
  }

  resize(w: number, h: number, dpr: number): void {
    this.size = { w, h, dpr };
    this.still.setSize(w, h).setTileScale(dpr, dpr);
    if (this.emitter) this.start();
  }

  show(weather: Weather, motion: boolean): void {
    if (weather === this.weather && motion && (this.emitter !== null || this.drifting)) return;
    this.weather = weather;
    this.stopFalling(false);
    const fall = weather === 'rain' || weather === 'sleet' || weather === 'snow' ? weather : null;
    this.fog.setVisible(weather === 'fog').setAlpha(0.65);
    this.drifting = weather === 'fog' && motion;
    this.still.setVisible(fall !== null).setAlpha(motion ? HATCH_UNDER_FALLING : HATCH);
    if (fall) this.still.setTexture(`wx-still-${fall}`);
    if (fall && motion) this.start();
  }

  /** Lets falling weather come to rest as hatching (fading across if `fade`), and fog stop drifting. */
  settle(fade: boolean): void {
    this.drifting = false;
    if (!this.emitter) return;
    this.stopFalling(fade);
    this.still.setVisible(true);
    if (fade) this.scene.tweens.add({ targets: this.still, alpha: HATCH, duration: 1200 });
    else this.still.setAlpha(HATCH);
  }

  update(delta: number): void {
    if (this.drifting) this.fog.tilePositionX += delta * 0.006;
  }

  private start(): void {
    const kind = this.weather === 'rain' || this.weather === 'sleet' || this.weather === 'snow' ? this.weather : null;
    this.emitter?.destroy();
    this.emitter = null;
    if (!kind) return;
    const { w, h, dpr } = this.size;
    const f = FALL[kind];
    const fallSeconds = h / (f.speedY[0] * dpr);
    const emitter = this.scene.add.particles(0, 0, f.texture, {
      x: { min: -w * 0.25, max: w },
      y: { min: -40 * dpr, max: 0 },
      speedX: { min: f.speedX[0] * dpr, max: f.speedX[1] * dpr },
      speedY: { min: f.speedY[0] * dpr, max: f.speedY[1] * dpr },
      lifespan: fallSeconds * 1000 + 300,
      frequency: f.every,
      quantity: Math.max(1, Math.round(w / (900 * dpr))),
      scale: kind === 'snow' ? { min: dpr * 0.6, max: dpr * 1.2 } : dpr,
      rotate: kind === 'snow' ? 0 : -Math.atan2(f.speedX[0], f.speedY[0]) * (180 / Math.PI),
      alpha: { min: f.alpha * 0.5, max: f.alpha },
    });
    emitter.fastForward(fallSeconds * 1000);
    this.layer.addAt(emitter, 1);
    this.emitter = emitter;
  }

  private stopFalling(fade: boolean): void {
    const emitter = this.emitter;
    if (!emitter) return;
    // Nothing falls any more: the fade below is a tween, and tweens keep the loop awake on their own.
    this.emitter = null;
    emitter.stop();
    if (!fade) {
      emitter.destroy();
      return;
    }
    this.scene.tweens.add({
      targets: emitter,
      alpha: 0,
      duration: 1200,
      onComplete: () => emitter.destroy(),
    });
  }
}
