/**
 * Makes the small textures every other layer uses (nothing is loaded from the network), then opens
 * the map. A few per frame, within a small budget: painted and uploaded at once, with the map's
 * first frame after them, they held the page's main thread for a long moment on software WebGL.
 */
import Phaser from 'phaser';
import { weatherTextureJobs } from '../layers/weather.ts';
import { spriteJobs } from '../sprites.ts';
import { BOOT_STEP_BUDGET_MS, runJobs } from '../run-jobs.ts';

export class BootScene extends Phaser.Scene {
  private jobs: (() => void)[] = [];
  private started = false;

  constructor() {
    super({ key: 'boot' });
  }

  create(): void {
    this.jobs = [...spriteJobs(this.textures), ...weatherTextureJobs(this.textures)];
  }

  override update(): void {
    if (this.started || !runJobs(this.jobs, BOOT_STEP_BUDGET_MS)) return;
    this.started = true;
    this.scene.start('city');
  }
}
