import { describe, expect, it } from 'vitest';
import { tileRects } from '../../src/stage/cartography/sheet-protocol.ts';
import { isSoftwareRenderer } from '../../src/stage/software-gl.ts';
import { floorHtml } from '../../tools/bench/floor.ts';

describe('the sheet in tiles', () => {
  it('covers every pixel, each tile two pixels wider than its step so no seam opens', () => {
    const width = 2000;
    const height = 1500;
    const rects = tileRects(width, height, 512);
    expect(rects).toHaveLength(4 * 3);
    const covered = new Uint8Array(width * height);
    for (const { x, y, w, h } of rects) {
      expect(x + w).toBeLessThanOrEqual(width);
      expect(y + h).toBeLessThanOrEqual(height);
      if (x + 512 < width) expect(w).toBe(514);
      if (y + 512 < height) expect(h).toBe(514);
      for (let j = y; j < y + h; j += 1) covered.fill(1, j * width + x, j * width + x + w);
    }
    expect(covered.every((c) => c === 1)).toBe(true);
  });

  it('is one tile when the sheet is smaller than a tile', () => {
    expect(tileRects(300, 200, 512)).toEqual([{ x: 0, y: 0, w: 300, h: 200 }]);
  });
});

describe('software WebGL', () => {
  it('recognises the renderers that draw on the CPU', () => {
    expect(
      isSoftwareRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)')).toBe(false);
    expect(isSoftwareRenderer('WebKit WebGL')).toBe(false);
  });
});

describe('the bench floor page', () => {
  it('keeps the words and drops everything that loads or runs', () => {
    const html = [
      '<!doctype html><html><head><meta charset="UTF-8" /><title>Petrograd 1917</title>',
      '<script type="module" src="./assets/index.js"></script>',
      '<link rel="stylesheet" href="./assets/index.css"><link rel="modulepreload" href="./assets/play.js">',
      '<style>body{}</style></head><body><h2 class="choose-heading">Whose October will you live?</h2>',
      '<link rel="preload" as="font" href="./a.woff2" /><button class="role-card">Vladimir Lenin</button></body></html>',
    ].join('\n');
    const floor = floorHtml(html);
    expect(floor).toContain('<h2 class="choose-heading">Whose October will you live?</h2>');
    expect(floor).toContain('Vladimir Lenin');
    expect(floor).not.toMatch(/<script|<style|stylesheet|modulepreload|preload/);
    expect(floor).toContain('<link rel="icon" href="data:," />');
  });
});
