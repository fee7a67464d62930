/**
 * Daylight, dusk and night over the sheet: a wash multiplied over the map (warm as the sun sets,
 * deep blue at night) and, after dark, a lamp's glow where the story is.
 */
import Phaser from 'phaser';
import type { StoryTime } from '../../core/clock.ts';
import type { Weather } from '../../core/events.ts';
import { lightAt } from '../daylight.ts';
import { MAP_H, MAP_W, type Pt } from '../geography.ts';

const DUSK = [242, 190, 132] as const;
const NIGHT = [66, 80, 118] as const;
const GREY: Readonly<Record<Weather, number>> = {
  clear: 1,
  overcast: 0.95,
  rain: 0.92,
  sleet: 0.91,
  snow: 0.96,
  fog: 0.9,
};

interface Wash {
  r: number;
  g: number;
  b: number;
  lamp: number;
}

/** The multiply colour and the lamp's strength for a time and weather. */
function washFor(time: StoryTime | null, weather: Weather): Wash {
  const light = lightAt(time);
  const grey = 1 - (1 - GREY[weather]) * (1 - light.darkness);
  const warm = light.warmth * 0.75 * (1 - light.darkness * 0.6);
  const channel = (i: 0 | 1 | 2): number => {
    const dusk = 255 + ((DUSK[i] as number) - 255) * warm;
    return (dusk + ((NIGHT[i] as number) - dusk) * light.darkness) * grey;
  };
  return { r: channel(0), g: channel(1), b: channel(2), lamp: light.darkness };
}

export class Light {
  private readonly wash: Phaser.GameObjects.Rectangle;
  private readonly lamp: Phaser.GameObjects.Image;
  private readonly now: Wash = { r: 255, g: 255, b: 255, lamp: 0 };

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Layer,
  ) {
    this.wash = scene.add
      .rectangle(MAP_W / 2, MAP_H / 2, MAP_W * 6, MAP_H * 6, 0xffffff)
      .setBlendMode(Phaser.BlendModes.MULTIPLY);
    this.lamp = scene.add.image(0, 0, 'glow').setBlendMode(Phaser.BlendModes.ADD).setDisplaySize(110, 110).setAlpha(0);
    layer.add([this.wash, this.lamp]);
    this.paint();
  }

  show(time: StoryTime | null, weather: Weather, here: Pt | null, animate: boolean): void {
    const goal = washFor(time, weather);
    if (here) this.lamp.setPosition(here.x, here.y);
    this.lamp.setVisible(here !== null);
    this.scene.tweens.killTweensOf(this.now);
    const same = Math.abs(goal.r - this.now.r) + Math.abs(goal.g - this.now.g) + Math.abs(goal.b - this.now.b) < 1;
    if (!animate || same) {
      Object.assign(this.now, goal);
      this.paint();
      return;
    }
    this.scene.tweens.add({
      targets: this.now,
      ...goal,
      duration: 1800,
      ease: 'Sine.easeInOut',
      onUpdate: () => this.paint(),
    });
  }

  private paint(): void {
    const { r, g, b, lamp } = this.now;
    this.wash.setFillStyle(Phaser.Display.Color.GetColor(Math.round(r), Math.round(g), Math.round(b)), 1);
    this.wash.setVisible(r + g + b < 764);
    this.lamp.setAlpha(lamp * 0.85);
  }
}
