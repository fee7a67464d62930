/**
 * The six bridges, drawn as decks across the water. A raised bridge opens at its drawspan: the two
 * leaves swing apart and shorten as they lift, leaving a gap of open water.
 */
import Phaser from 'phaser';
import type { BridgeId } from '../../core/places.ts';
import { BRIDGE_SPANS, project, type Pt } from '../geography.ts';
import { INK, hex } from '../palette.ts';

const DECK = 6;
const IDS = Object.keys(BRIDGE_SPANS) as BridgeId[];

function rect(a: Pt, b: Pt, width: number): Pt[] {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const nx = (-(b.y - a.y) / len) * (width / 2);
  const ny = ((b.x - a.x) / len) * (width / 2);
  return [
    { x: a.x + nx, y: a.y + ny },
    { x: b.x + nx, y: b.y + ny },
    { x: b.x - nx, y: b.y - ny },
    { x: a.x - nx, y: a.y - ny },
  ];
}

export class Bridges {
  private readonly g: Phaser.GameObjects.Graphics;
  /** How far each bridge is raised, 0 to 1; one object per bridge so their tweens stay apart. */
  private readonly raised = Object.fromEntries(IDS.map((id) => [id, { t: 0 }])) as Record<BridgeId, { t: number }>;

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    this.g = scene.add.graphics();
    layer.add(this.g);
    this.draw();
  }

  show(bridges: Readonly<Partial<Record<BridgeId, boolean>>>, animate: boolean): void {
    for (const id of IDS) {
      const goal = bridges[id] === true ? 1 : 0;
      const state = this.raised[id];
      if (state.t === goal) continue;
      this.scene.tweens.killTweensOf(state);
      if (!animate) {
        state.t = goal;
        continue;
      }
      this.scene.tweens.add({
        targets: state,
        t: goal,
        duration: 1600,
        ease: 'Sine.easeInOut',
        onUpdate: () => this.draw(),
      });
    }
    this.draw();
  }

  private draw(): void {
    const g = this.g;
    g.clear();
    for (const id of IDS) {
      const span = BRIDGE_SPANS[id];
      const a = project(span.from);
      const b = project(span.to);
      const t = this.raised[id].t;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      const leaf = Math.min(len * 0.22, 15);
      const mid = { x: a.x + (b.x - a.x) * span.open, y: a.y + (b.y - a.y) * span.open };
      const ux = (b.x - a.x) / len;
      const uy = (b.y - a.y) / len;
      const pivotA = { x: mid.x - ux * leaf, y: mid.y - uy * leaf };
      const pivotB = { x: mid.x + ux * leaf, y: mid.y + uy * leaf };
      this.deck(rect(a, pivotA, DECK), hex(INK.street));
      this.deck(rect(pivotB, b, DECK), hex(INK.street));
      // Each leaf tips up about its pivot, drawn obliquely as on a plan: both tips lean the same way
      // off the axis, so a raised bridge reads as two leaves standing over a gap of open water.
      const side = -uy < 0 || (Math.abs(uy) > 0.95 && ux < 0) ? -1 : 1;
      const nx = -uy * side;
      const ny = ux * side;
      const lift = t * 1.15;
      const reach = leaf * Math.cos(lift);
      const rise = leaf * Math.sin(lift) * 0.8;
      const tipA = { x: pivotA.x + ux * reach + nx * rise, y: pivotA.y + uy * reach + ny * rise };
      const tipB = { x: pivotB.x - ux * reach + nx * rise, y: pivotB.y - uy * reach + ny * rise };
      const leafColour = t > 0.02 ? hex('#9c7b4e') : hex(INK.street);
      if (t > 0.02) {
        g.fillStyle(hex(INK.waterLine), 0.25 * t);
        g.fillCircle(mid.x, mid.y, leaf * 0.9);
      }
      this.deck(rect(pivotA, tipA, DECK), leafColour);
      this.deck(rect(pivotB, tipB, DECK), leafColour);
      g.fillStyle(hex(INK.ink), 1);
      for (const p of [a, b, pivotA, pivotB]) g.fillCircle(p.x, p.y, 1.2);
      if (t > 0.02) {
        g.lineStyle(1.3, hex(INK.red), 0.85 * t);
        g.strokeCircle(mid.x + nx * rise * 0.4, mid.y + ny * rise * 0.4, leaf + 4);
      }
    }
  }

  private deck(points: Pt[], colour: number): void {
    const g = this.g;
    const trace = (): void => {
      g.beginPath();
      points.forEach((p, i) => (i === 0 ? g.moveTo(p.x, p.y) : g.lineTo(p.x, p.y)));
      g.closePath();
    };
    g.fillStyle(colour, 1);
    trace();
    g.fillPath();
    g.lineStyle(0.9, hex(INK.ink), 1);
    trace();
    g.strokePath();
  }
}
