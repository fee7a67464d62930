/**
 * The situation map. Two cameras: the main one looks at the sheet and moves over it; a second,
 * fixed one draws the weather and the clock card on top, unscaled. Each `present` compares the new
 * scene state with what is on screen and animates only the differences.
 */
import Phaser from 'phaser';
import type { Role } from '../../core/roles.ts';
import type { SceneState } from '../../core/scene.ts';
import { BaseMap } from '../layers/base-map.ts';
import { Bridges } from '../layers/bridges.ts';
import { ClockPanel } from '../layers/clock-panel.ts';
import { Here } from '../layers/here.ts';
import { Light } from '../layers/light.ts';
import { Markers } from '../layers/markers.ts';
import { OffMap } from '../layers/offmap.ts';
import { Plates } from '../layers/plates.ts';
import { RoleFrame } from '../layers/role-frame.ts';
import { Ship } from '../layers/ship.ts';
import { WeatherLayer } from '../layers/weather.ts';
import { FPS_LIMIT } from '../frame-rate.ts';
import { locate } from '../locate.ts';
import { INK } from '../palette.ts';
import { MAP_PEEK_ATTRIBUTE } from '../map-peek-attribute.ts';
import { lookOf } from '../plates/look.ts';
import { View } from '../view.ts';
import { warmTiledSpriteProgram } from '../warm-programs.ts';

/**
 * How long falling weather keeps falling after the story last changed the scene; with its 1.2 s
 * fade into still hatching, every change settles within 3 s (each frame costs a weak laptop's
 * software WebGL tens of milliseconds of the page's main thread, so the map must not keep drawing).
 */
const AMBIENT_MS = 1_800;

export interface CityHooks {
  /** Device pixels per CSS pixel that the game was sized with. */
  dpr(): number;
  /** WebGL is drawn on the CPU: the map is drawn only where the text leaves it uncovered. */
  readonly softwareGL: boolean;
  ready(scene: CityScene): void;
  failed(error: unknown): void;
  /** Nothing moves any more: the loop may sleep. */
  idle(): void;
  wake(): void;
}

interface Parts {
  base: BaseMap;
  bridges: Bridges;
  markers: Markers;
  ship: Ship;
  offMap: OffMap;
  light: Light;
  here: Here;
  weather: WeatherLayer;
  clock: ClockPanel;
  plates: Plates;
  frame: RoleFrame;
  view: View;
  hud: Phaser.Cameras.Scene2D.Camera;
}

export class CityScene extends Phaser.Scene {
  private parts: Parts | null = null;
  private shown: SceneState | null = null;
  private role: Role | null = null;
  private ambientUntil = 0;
  private frames = 0;
  /** A sleep is asked for once the frame being drawn is done. */
  private sleeping = false;
  private redraw: number | undefined;
  /**
   * The map's layers in the order they first appear, one group per frame. Software WebGL spends a
   * while on each layer the first time a frame draws it (the sheet's tiles, the light's wash, the
   * clock card and hatching: about 40, 15 and 30 ms), and the page's main thread waits for that
   * frame; all in one frame it was a task of 80-100 ms.
   */
  private firstShowing: Phaser.GameObjects.Layer[][] = [];
  private readonly onResize = (): void => this.layout();
  private readonly onRestore = (): void => {
    this.frames = 1;
    this.hooks.wake();
  };

  constructor(private readonly hooks: CityHooks) {
    super({ key: 'city' });
  }

  create(): void {
    const worldLayers = [this.add.layer(), this.add.layer(), this.add.layer(), this.add.layer()] as const;
    const [sheet, features, night, top] = worldLayers;
    // on the screen, unscaled: falling weather and its hatching, then over them the clock card, pages and frame
    const weatherLayer = this.add.layer();
    const hudLayer = this.add.layer();
    // the light first (over the bare desk), so that the sheet never shows in daylight on a night scene
    this.firstShowing = [[night], [sheet], [features, top], [weatherLayer], [hudLayer]];
    for (const layer of this.firstShowing.flat()) layer.setVisible(false);
    // Tweens follow the clock even when software WebGL makes a frame slow (by default a gap over
    // half a second is skipped, which would stretch a 3 s change to many seconds on a weak laptop);
    // after the loop has slept, a new tween starts one frame in.
    this.tweens.setLagSmooth(2000, 1000 / FPS_LIMIT);
    const main = this.cameras.main.setBackgroundColor(INK.desk);
    const hud = this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'hud');
    main.ignore([weatherLayer, hudLayer]);
    hud.ignore([...worldLayers]);
    const view = new View(this, main);
    view.dpr = this.hooks.dpr();
    const base = new BaseMap(this, sheet);
    // Construction order is drawing order within each layer: fog under the light, the card over the weather.
    const weather = new WeatherLayer(this, weatherLayer, night);
    // Over the weather, under the clock card and the frame: a room or a front page in place of the map.
    const plates = new Plates(this, hudLayer);
    this.parts = {
      base,
      bridges: new Bridges(this, features),
      markers: new Markers(this, features),
      ship: new Ship(this, features, 'aurora'),
      offMap: new OffMap(this, features),
      light: new Light(this, night),
      here: new Here(this, top),
      weather,
      clock: new ClockPanel(this, hudLayer),
      plates,
      frame: new RoleFrame(this, hudLayer),
      view,
      hud,
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize);
    // the story's column put away for a moment (src/ui/map-peek.ts): the whole window is the map's
    const peek = new MutationObserver(this.onResize);
    peek.observe(document.body, { attributes: true, attributeFilter: [MAP_PEEK_ATTRIBUTE] });
    // After a lost WebGL context comes back, Phaser re-uploads the textures; draw a frame to show them.
    this.game.renderer?.on(Phaser.Renderer.Events.RESTORE_WEBGL, this.onRestore);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize);
      peek.disconnect();
      this.game.renderer?.off(Phaser.Renderer.Events.RESTORE_WEBGL, this.onRestore);
      window.clearTimeout(this.redraw);
      base.dispose();
    });
    // in a task of its own, while the sheet below is made: the weather's tiled sprites need a program of their own
    window.setTimeout(() => {
      if (this.parts) warmTiledSpriteProgram(this, 'wx-still-rain');
    }, 0);
    // The sheet is drawn in steps between frames; the stage is ready once it is on screen.
    const first = base.draw(BaseMap.scaleFor(view.focusZoom(), this.maxTexture()), this.maxTexture());
    this.layout();
    view.frame(null, false);
    first.then(
      (drawn) => {
        if (!drawn) return;
        this.frames = 1;
        this.hooks.wake();
        this.hooks.ready(this);
      },
      (error: unknown) => this.hooks.failed(error),
    );
  }

  present(next: SceneState, role: Role | null, motion: boolean): void {
    const p = this.parts;
    if (!p) return;
    const prev = this.shown;
    this.shown = next;
    const here = next.place ? locate(next.place) : null;
    this.role = role;
    this.cameras.main.setBackgroundColor(lookOf(role).desk);
    p.frame.show(role);
    p.plates.show(next, role, motion);
    p.bridges.show(next.bridges, motion);
    p.markers.showRoute(next.route, next.place, motion);
    p.markers.showControl(next.control, motion);
    p.ship.show(next.ships.aurora, motion);
    p.offMap.show(next.place, motion);
    p.light.show(next.time, next.weather, here, motion);
    p.here.show(here, motion);
    p.clock.show(next.time, next.weather, motion);
    p.weather.show(next.weather, motion);
    if (!prev || prev.place !== next.place) p.view.frame(here, motion && prev !== null);
    // Weather falls only over the map: under a room or a page it settles at once.
    if (p.plates.up) p.weather.settle(false);
    this.ambientUntil = motion && p.weather.animating ? performance.now() + AMBIENT_MS : 0;
    this.frames = 1;
  }

  /** Ends every animation at its final state, e.g. when reduced motion is switched on mid-way. */
  settle(): void {
    const p = this.parts;
    if (!p) return;
    this.tweens.killAll();
    p.plates.settle();
    if (this.shown) this.present(this.shown, this.role, false);
    p.view.reframe();
  }

  override update(_time: number, delta: number): void {
    const p = this.parts;
    if (!p) return;
    p.weather.update(delta);
    this.showNextLayers();
    // The map need not be drawn under an opaque plate.
    this.cameras.main.setVisible(!p.plates.covering);
    if (this.ambientUntil > 0 && performance.now() > this.ambientUntil) {
      this.ambientUntil = 0;
      p.weather.settle(true);
    }
    this.frames = Math.max(0, this.frames - 1);
    const more = this.frames > 0 || this.tweens.getTweens().length > 0 || p.weather.animating || this.ambientUntil > 0;
    // The frame this step draws is the last one needed: sleep once it is drawn. With software WebGL a
    // frame costs tens of milliseconds of the page's main thread, so not one more is drawn than needed.
    if (!more && !this.sleeping) {
      this.sleeping = true;
      this.game.renderer?.once(Phaser.Renderer.Events.POST_RENDER, () => {
        this.sleeping = false;
        if (this.frames === 0) this.hooks.idle();
      });
    }
  }

  /** After the first `present`, one more group of layers each frame until all are shown. */
  private showNextLayers(): void {
    if (!this.shown) return;
    const group = this.firstShowing.shift();
    if (!group) return;
    for (const layer of group) layer.setVisible(true);
    this.frames = Math.max(this.frames, 2);
  }

  private maxTexture(): number {
    const renderer = this.game.renderer;
    return renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? renderer.getMaxTextureSize() : 4096;
  }

  private layout(): void {
    const p = this.parts;
    if (!p) return;
    const { width, height } = this.scale;
    const dpr = this.hooks.dpr();
    p.hud.setSize(width, height);
    p.view.dpr = dpr;
    // On software WebGL every pixel a frame draws holds the page's main thread: the sheet, its lines
    // and the light under the story's column (nearly opaque paper, about half a wide screen) cost as
    // much as the map that shows. The canvas's own background (the desk's colour) lies there instead.
    const drawn = this.hooks.softwareGL ? p.view.uncovered() : { x: 0, y: 0, w: width, h: height };
    this.cameras.main.setViewport(drawn.x, drawn.y, drawn.w, drawn.h);
    p.view.reframe();
    const free = p.view.free();
    // Weather falls only where the map is seen: the story's column (nearly opaque paper) covers the rest,
    // and on software WebGL every pixel of a frame costs the page's main thread.
    p.weather.resize(free.x + free.w, free.y + free.h, dpr);
    p.clock.layout(dpr, width / dpr);
    // A plate keeps clear of the clock card in the top-left corner.
    const below = Math.max(free.y, p.clock.bottom);
    p.plates.layout(width, height, dpr, { ...free, y: below, h: Math.max(free.h * 0.5, free.y + free.h - below) });
    p.frame.layout(width, height, dpr, width / dpr, free);
    this.frames = 1;
    this.hooks.wake();
    window.clearTimeout(this.redraw);
    const wanted = BaseMap.scaleFor(p.view.focusZoom(), this.maxTexture());
    if (!p.base.fits(wanted)) {
      this.redraw = window.setTimeout(() => {
        p.base.draw(wanted, this.maxTexture()).then(
          (drawn) => {
            if (!drawn) return;
            this.frames = 1;
            this.hooks.wake();
          },
          (error: unknown) => console.warn('[stage] could not redraw the map', error),
        );
      }, 500);
    }
  }
}
