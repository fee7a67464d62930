/**
 * Software WebGL (SwiftShader) compiles a shader program, and the machine code for its draws, the first
 * time a frame uses it, and the page's main thread waits for that frame: the first map frame linked the
 * tiled weather's program and took 100-130 ms (75-85 without it). Drawing one tiny tiled sprite into a
 * texture nobody sees, in a task of its own while the sheet is still being made, pays that cost where no
 * frame waits for it.
 */
import Phaser from 'phaser';

let warmed = 0;

export function warmTiledSpriteProgram(scene: Phaser.Scene, textureKey: string): void {
  const renderer = scene.game.renderer;
  if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return;
  const target = scene.textures.addDynamicTexture(`program-warmer-${(warmed += 1)}`, 4, 4);
  if (!target) return;
  // destroyed below, in the same task: it is never in a frame of the scene it is added to
  const sprite = scene.add.tileSprite(0, 0, 4, 4, textureKey).setOrigin(0, 0);
  target.draw(sprite).render();
  renderer.gl.flush();
  sprite.destroy();
  scene.textures.remove(target);
}
