/**
 * A frame round the screen in the colour of whose story it is, with that person's name on a tab,
 * so a glance tells Lenin's night from Kerensky's or the cadet's. Drawn once per layout or role.
 */
import Phaser from 'phaser';
import type { Role } from '../../core/roles.ts';
import { makeCanvas } from '../cartography/shapes.ts';
import { lookOf } from '../plates/look.ts';
import type { Area } from '../plates/placement.ts';
import { FONT, hex } from '../palette.ts';

const TAB_KEY = 'role-tab';

export class RoleFrame {
  private readonly border: Phaser.GameObjects.Graphics;
  private readonly tab: Phaser.GameObjects.Image;
  private role: Role | null = null;
  private size = { width: 1, height: 1, dpr: 1, phone: false };
  private free: Area = { x: 0, y: 0, w: 1, h: 1 };

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    this.border = scene.add.graphics();
    this.tab = scene.add.image(0, 0, '__DEFAULT').setVisible(false);
    layer.add([this.border, this.tab]);
  }

  show(role: Role | null): void {
    if (role === this.role) return;
    this.role = role;
    this.draw();
  }

  layout(width: number, height: number, dpr: number, cssWidth: number, free: Area): void {
    this.size = { width, height, dpr, phone: cssWidth < 768 };
    this.free = free;
    this.draw();
  }

  private draw(): void {
    const { width, height, dpr } = this.size;
    const look = lookOf(this.role);
    const g = this.border.clear();
    if (!this.role) {
      this.tab.setVisible(false);
      return;
    }
    const band = 6 * dpr;
    g.fillStyle(hex(look.frame), 1);
    g.fillRect(0, 0, width, band);
    g.fillRect(0, height - band, width, band);
    g.fillRect(0, 0, band, height);
    g.fillRect(width - band, 0, band, height);
    g.lineStyle(Math.max(1, dpr), hex(look.frameLight), 0.9);
    g.strokeRect(band + 3 * dpr, band + 3 * dpr, width - 2 * band - 6 * dpr, height - 2 * band - 6 * dpr);
    this.paintTab(look.russian, look.english, look.frame, look.frameLight, dpr);
    // Top right of the part the text leaves free: clear of the clock card, the captions and the text.
    const margin = band + 10 * dpr;
    this.tab.setOrigin(1, 0).setPosition(Math.min(width, this.free.x + this.free.w) - margin, margin);
    this.tab.setVisible(true);
  }

  private paintTab(russian: string, english: string, frame: string, light: string, dpr: number): void {
    const k = dpr * (this.size.phone ? 0.8 : 1);
    const probe = makeCanvas(1, 1).ctx;
    probe.font = `bold ${18 * k}px ${FONT}`;
    const w = Math.ceil(Math.max(probe.measureText(russian).width, 60 * k) + 28 * k);
    const h = Math.ceil(46 * k);
    const { canvas, ctx } = makeCanvas(w, h);
    ctx.fillStyle = frame;
    ctx.fillRect(0, 0, w, h);
    ctx.strokeStyle = light;
    ctx.lineWidth = Math.max(1, k);
    ctx.strokeRect(3 * k, 3 * k, w - 6 * k, h - 6 * k);
    ctx.fillStyle = '#f4ead2';
    ctx.textAlign = 'center';
    ctx.font = `bold ${18 * k}px ${FONT}`;
    ctx.fillText(russian, w / 2, 22 * k);
    ctx.font = `italic ${12 * k}px ${FONT}`;
    ctx.fillStyle = light;
    ctx.fillText(english, w / 2, 38 * k);
    if (this.scene.textures.exists(TAB_KEY)) this.scene.textures.remove(TAB_KEY);
    this.scene.textures.addCanvas(TAB_KEY, canvas);
    this.tab.setTexture(TAB_KEY);
  }
}
