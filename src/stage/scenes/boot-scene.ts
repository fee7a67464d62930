/** Makes the small textures every other layer uses (nothing is loaded from the network), then opens the map. */
import Phaser from 'phaser';
import { makeSprites } from '../sprites.ts';

export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: 'boot' });
  }

  create(): void {
    makeSprites(this.textures);
    this.scene.start('city');
  }
}
