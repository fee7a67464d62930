/**
 * The static sheet as image tiles. It is drawn once (in a worker where possible) at the resolution
 * the camera needs and redrawn only when a resize asks for a clearly sharper (or much cheaper) sheet.
 */
import Phaser from 'phaser';
import { MAP_H, MAP_W } from '../geography.ts';
import { drawSheet } from './sheet-source.ts';

const MAX_SCALE = 3;
const MAX_PIXELS = 14_000_000;
/** Tile edge in pixels: a 512 x 512 upload is a few milliseconds even with software WebGL. */
const TILE = 512;

/** Time between two tile uploads: the GPU process copies one while the page goes on with its work. */
const UPLOAD_GAP_MS = 32;
const pauseBetweenTiles = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, UPLOAD_GAP_MS));

let warmers = 0;

export class BaseMap {
  private tiles: Phaser.GameObjects.Image[] = [];
  private keys: string[] = [];
  private generation = 0;
  private pending: number | null = null;
  /**
   * A texture nobody sees, into which each tile is drawn once, outside its edges, as it is uploaded.
   * Software WebGL (SwiftShader under ANGLE) puts a texture's pixels in place only when a draw first
   * uses it: the frame that first showed the sheet used every tile at once, a long task for the page.
   */
  private readonly warmer: Phaser.Textures.DynamicTexture | null;
  scale = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Layer,
  ) {
    // A soft shadow along the right and bottom edges, as strips: cheap to fill, unlike full-sheet quads.
    const shadow = scene.add.graphics();
    for (let i = 1; i <= 5; i += 1) {
      shadow.fillStyle(0x000000, 0.07);
      shadow.fillRect(MAP_W, 6 + i, 2 + i * 2.2, MAP_H);
      shadow.fillRect(6 + i, MAP_H, MAP_W - 6 - i, 2 + i * 2.2);
    }
    layer.add(shadow);
    this.warmer = scene.textures.addDynamicTexture(`sheet-warmer-${(warmers += 1)}`, 4, 4);
  }

  /** The sheet resolution worth drawing for a camera that zooms up to `zoom` device pixels per map unit. */
  static scaleFor(zoom: number, maxTexture: number): number {
    const wanted = Math.ceil(zoom * 4) / 4;
    const byPixels = Math.sqrt(MAX_PIXELS / (MAP_W * MAP_H));
    return Math.max(1, Math.min(MAX_SCALE, wanted, byPixels, (maxTexture * 4) / MAP_W));
  }

  /** True when the sheet at hand (or being drawn) is good enough for `scale`: not blurred, not wastefully large. */
  fits(scale: number): boolean {
    const have = this.pending ?? this.scale;
    return have > 0 && have >= scale * 0.8 && have <= scale * 1.6;
  }

  /** Stops any drawing under way from landing in a closed scene. */
  dispose(): void {
    this.generation += 1;
    this.pending = null;
    if (this.warmer) this.scene.textures.remove(this.warmer);
  }

  /**
   * Draws the sheet at `scale`; resolves false when a newer drawing (or closing) overtook this one.
   * The tiles are uploaded one per task and shown together once all are in: a whole sheet uploaded
   * at once is a long task with software WebGL, and half a sheet must never show.
   */
  async draw(scale: number, maxTexture: number): Promise<boolean> {
    const generation = (this.generation += 1);
    this.pending = scale;
    const sheet = await drawSheet(scale, Math.min(TILE, maxTexture - 2));
    const images: Phaser.GameObjects.Image[] = [];
    const keys: string[] = [];
    const abandon = (from: number): false => {
      for (const tile of sheet.tiles.slice(from)) tile.drop();
      for (const image of images) image.destroy();
      for (const key of keys) this.scene.textures.remove(key);
      return false;
    };
    for (const [i, tile] of sheet.tiles.entries()) {
      if (i > 0) await pauseBetweenTiles();
      if (generation !== this.generation) return abandon(i);
      const key = `sheet-${generation}-${tile.x}-${tile.y}`;
      this.scene.textures.addCanvas(key, tile.paint());
      // Put its pixels in place now (see `warmer`), and send that off at once, so it is done by the
      // time a frame needs it (else that frame waits for all of them).
      this.warmer?.stamp(key, undefined, -4 * TILE, -4 * TILE).render();
      const renderer = this.scene.game.renderer;
      if (renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer) renderer.gl.flush();
      const image = this.scene.add
        .image(tile.x / scale, tile.y / scale, key)
        .setOrigin(0, 0)
        .setScale(1 / scale)
        .setVisible(false);
      this.layer.add(image);
      images.push(image);
      keys.push(key);
    }
    this.pending = null;
    for (const image of images) image.setVisible(true);
    for (const old of this.tiles) old.destroy();
    for (const key of this.keys) this.scene.textures.remove(key);
    this.tiles = images;
    this.keys = keys;
    this.scale = scale;
    return true;
  }
}
