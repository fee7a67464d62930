/**
 * A card in the corner with a clock face and the date in both calendars (Old Style, which the
 * story uses, and New Style). Drawn with Canvas 2D into one texture; the hands sweep forward when
 * the story's time moves on.
 */
import Phaser from 'phaser';
import { formatClock, formatDate, minutesSinceEpoch, toNewStyle, weekday, type StoryTime } from '../../core/clock.ts';
import type { Weather } from '../../core/events.ts';
import { lightAt } from '../daylight.ts';
import { FONT, INK } from '../palette.ts';

const W = 262;
const H = 104;
const KEY = 'clock-panel';
const WEATHER_WORD: Record<Weather, string> = {
  clear: 'clear',
  overcast: 'overcast',
  rain: 'rain',
  sleet: 'sleet',
  snow: 'snow',
  fog: 'fog',
};

export class ClockPanel {
  private readonly image: Phaser.GameObjects.Image;
  private readonly texture: Phaser.Textures.CanvasTexture;
  private time: StoryTime | null = null;
  private weather: Weather = 'overcast';
  private readonly hands = { minutes: 0 };
  private pixels = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    const texture = scene.textures.createCanvas(KEY, W, H);
    if (!texture) throw new Error('clock texture');
    this.texture = texture;
    this.image = scene.add.image(0, 0, KEY).setOrigin(0, 0).setVisible(false);
    layer.add(this.image);
  }

  /** Places the card in the top-left corner, `pixels` device pixels per CSS pixel (smaller on a phone). */
  layout(pixels: number, cssWidth: number): void {
    this.pixels = pixels * (cssWidth < 520 ? 0.72 : 1);
    this.texture.setSize(Math.round(W * this.pixels), Math.round(H * this.pixels));
    this.image.setTexture(KEY).setPosition(14 * pixels, 14 * pixels);
    this.draw();
  }

  /** The card's lower edge in game pixels. */
  get bottom(): number {
    return this.image.y + H * this.pixels;
  }

  show(time: StoryTime | null, weather: Weather, animate: boolean): void {
    const before = this.time;
    this.time = time;
    this.weather = weather;
    this.image.setVisible(time !== null);
    this.scene.tweens.killTweensOf(this.hands);
    if (!time) return;
    const goal = minutesSinceEpoch(time);
    const delta = before ? goal - minutesSinceEpoch(before) : 0;
    if (!animate || !before || delta === 0) {
      this.hands.minutes = goal;
      this.draw();
      return;
    }
    // Sweep at most twelve hours of the dial; a longer jump starts the sweep closer in.
    this.hands.minutes = goal - Math.sign(delta) * Math.min(Math.abs(delta), 720);
    this.scene.tweens.add({
      targets: this.hands,
      minutes: goal,
      duration: Math.min(1800, 500 + Math.abs(delta) * 2.5),
      ease: 'Sine.easeInOut',
      onUpdate: () => this.draw(),
    });
    this.draw();
  }

  private draw(): void {
    const ctx = this.texture.context;
    const k = this.pixels;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.texture.width, this.texture.height);
    ctx.setTransform(k, 0, 0, k, 0, 0);
    ctx.fillStyle = 'rgba(239, 228, 200, 0.96)';
    ctx.fillRect(2, 2, W - 4, H - 4);
    ctx.strokeStyle = INK.ink;
    ctx.lineWidth = 1.6;
    ctx.strokeRect(3, 3, W - 6, H - 6);
    ctx.lineWidth = 0.6;
    ctx.strokeRect(6.5, 6.5, W - 13, H - 13);
    if (this.time) {
      this.face(ctx, 53, 52, 38);
      this.words(ctx, this.time);
    }
    this.texture.refresh();
  }

  private face(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number): void {
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.fillStyle = '#f6efdc';
    ctx.fill();
    ctx.lineWidth = 1.4;
    ctx.stroke();
    for (let i = 0; i < 60; i += 1) {
      const a = (i / 60) * Math.PI * 2;
      const inner = i % 5 === 0 ? r - 6 : r - 3;
      ctx.lineWidth = i % 5 === 0 ? 1.3 : 0.5;
      ctx.beginPath();
      ctx.moveTo(cx + Math.sin(a) * inner, cy - Math.cos(a) * inner);
      ctx.lineTo(cx + Math.sin(a) * (r - 1), cy - Math.cos(a) * (r - 1));
      ctx.stroke();
    }
    ctx.fillStyle = INK.ink;
    ctx.font = `8px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const [label, a] of [
      ['XII', 0],
      ['III', 90],
      ['VI', 180],
      ['IX', 270],
    ] as const) {
      const t = (a * Math.PI) / 180;
      ctx.fillText(label, cx + Math.sin(t) * (r - 12), cy - Math.cos(t) * (r - 12));
    }
    const time = this.time;
    if (time && lightAt(time).darkness > 0.5) {
      ctx.fillStyle = '#3a4a6a';
      ctx.beginPath();
      ctx.arc(cx, cy + 15, 5, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#f6efdc';
      ctx.beginPath();
      ctx.arc(cx + 2.2, cy + 13.8, 4.2, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.fillStyle = '#c9893a';
      ctx.beginPath();
      ctx.arc(cx, cy + 15, 3.6, 0, Math.PI * 2);
      ctx.fill();
    }
    const minutes = ((this.hands.minutes % 720) + 720) % 720;
    const hand = (angle: number, length: number, width: number): void => {
      ctx.lineWidth = width;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(cx - Math.sin(angle) * length * 0.18, cy + Math.cos(angle) * length * 0.18);
      ctx.lineTo(cx + Math.sin(angle) * length, cy - Math.cos(angle) * length);
      ctx.stroke();
    };
    ctx.strokeStyle = INK.ink;
    hand((minutes / 720) * Math.PI * 2, r * 0.55, 3);
    hand(((minutes % 60) / 60) * Math.PI * 2, r * 0.82, 1.8);
    ctx.fillStyle = INK.red;
    ctx.beginPath();
    ctx.arc(cx, cy, 2.6, 0, Math.PI * 2);
    ctx.fill();
  }

  private words(ctx: CanvasRenderingContext2D, time: StoryTime): void {
    const ns = toNewStyle(time);
    const x = 104;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = INK.ink;
    ctx.font = `9.5px ${FONT}`;
    const day = weekday(time).toUpperCase().split('').join('\u200a');
    ctx.fillText(day, x, 27);
    ctx.font = `bold 17px ${FONT}`;
    const date = formatDate(time);
    ctx.fillText(date, x, 49);
    const after = x + ctx.measureText(date).width + 4;
    ctx.font = `italic 10px ${FONT}`;
    ctx.fillText('O.S.', after, 49);
    ctx.font = `italic 11.5px ${FONT}`;
    ctx.fillText(`${formatDate(ns)} N.S.`, x, 66);
    ctx.font = `12px ${FONT}`;
    ctx.fillText(`${formatClock(time)} · ${lightAt(time).phase} · ${WEATHER_WORD[this.weather]}`, x, 86);
  }
}
