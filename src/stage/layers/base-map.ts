/**
 * The static sheet as a few image tiles. It is drawn once at the resolution the camera needs and
 * redrawn only when a resize asks for a clearly sharper (or much cheaper) sheet.
 */
import Phaser from 'phaser';
import { renderSheet } from '../cartography/render-map.ts';
import { makeCanvas } from '../cartography/shapes.ts';
import { MAP_H, MAP_W } from '../geography.ts';

const MAX_SCALE = 3;
const MAX_PIXELS = 14_000_000;

export class BaseMap {
  private tiles: Phaser.GameObjects.Image[] = [];
  private keys: string[] = [];
  private generation = 0;
  private pending: number | null = null;
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
  }

  /** Draws the sheet at `scale`; resolves false when a newer drawing (or closing) overtook this one. */
  async draw(scale: number, maxTexture: number): Promise<boolean> {
    const generation = (this.generation += 1);
    this.pending = scale;
    const sheet = await renderSheet(scale);
    if (generation !== this.generation) return false;
    this.pending = null;
    const tileSize = Math.min(maxTexture, 4096) - 2;
    const images: Phaser.GameObjects.Image[] = [];
    const keys: string[] = [];
    for (let y = 0; y < sheet.height; y += tileSize) {
      for (let x = 0; x < sheet.width; x += tileSize) {
        // Tiles overlap by two pixels so no seam opens between them when filtered.
        const w = Math.min(tileSize + 2, sheet.width - x);
        const h = Math.min(tileSize + 2, sheet.height - y);
        const { canvas, ctx } = makeCanvas(w, h);
        ctx.drawImage(sheet, x, y, w, h, 0, 0, w, h);
        const key = `sheet-${generation}-${x}-${y}`;
        this.scene.textures.addCanvas(key, canvas);
        const image = this.scene.add
          .image(x / scale, y / scale, key)
          .setOrigin(0, 0)
          .setScale(1 / scale);
        this.layer.add(image);
        images.push(image);
        keys.push(key);
      }
    }
    for (const old of this.tiles) old.destroy();
    for (const key of this.keys) this.scene.textures.remove(key);
    this.tiles = images;
    this.keys = keys;
    this.scale = scale;
    return true;
  }
}
