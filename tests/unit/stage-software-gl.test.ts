import { describe, expect, it } from 'vitest';
import { FramePacer, MAIN_THREAD_SHARE, MIN_FPS, pacedFps } from '../../src/stage/frame-pacer.ts';
import { isSoftwareRenderer, rendererName, type RendererQuery } from '../../src/stage/software-gl.ts';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const UNMASKED = 0x9246;

/** A WebGL context as far as naming its renderer goes: RENDERER answers `masked`, the extension `unmasked`. */
function context(masked: string, unmasked: string | null): RendererQuery {
  return {
    RENDERER: 0x1f01,
    getParameter: (name) => (name === UNMASKED ? unmasked : masked),
    getExtension: () => (unmasked === null ? null : { UNMASKED_RENDERER_WEBGL: UNMASKED }),
  };
}

describe('naming the renderer', () => {
  it('finds SwiftShader behind Chromium\'s "WebKit WebGL"', () => {
    const name = rendererName(context('WebKit WebGL', SWIFTSHADER));
    expect(isSoftwareRenderer(name)).toBe(true);
  });

  it('reads RENDERER where the extension is gone (Firefox names the renderer there)', () => {
    expect(isSoftwareRenderer(rendererName(context('llvmpipe (LLVM 15.0.6, 256 bits)', null)))).toBe(true);
  });

  it('leaves a GPU alone', () => {
    const gpu = 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)';
    expect(isSoftwareRenderer(rendererName(context('WebKit WebGL', gpu)))).toBe(false);
  });
});

describe('pacing frames on software WebGL', () => {
  it('keeps frames within their share of the main thread', () => {
    for (const cost of [8, 20, 35, 45]) {
      const fps = pacedFps(cost, 12);
      expect(fps * cost).toBeLessThanOrEqual(1000 * MAIN_THREAD_SHARE);
      // and is not slower than it need be
      expect(Math.min(12, fps + 1) * cost > 1000 * MAIN_THREAD_SHARE || fps === 12).toBe(true);
    }
  });

  it('never goes above the cap nor below the slowest rate that still reads as motion', () => {
    expect(pacedFps(1, 12)).toBe(12);
    expect(pacedFps(400, 12)).toBe(MIN_FPS);
    expect(pacedFps(Number.NaN, 12)).toBe(12);
  });

  it('follows what frames cost, and tells the loop only when the rate changes', () => {
    const rates: number[] = [];
    const pacer = new FramePacer(12, (fps) => rates.push(fps));
    pacer.record(10); // 15 frames' worth: stays at the cap
    expect(rates).toEqual([]);
    for (let i = 0; i < 8; i += 1) pacer.record(40);
    expect(pacer.rate).toBe(pacedFps(40, 12));
    for (let i = 0; i < 12; i += 1) pacer.record(12);
    expect(pacer.rate).toBe(pacedFps(12, 12));
    expect(rates.at(-1)).toBe(pacer.rate);
    expect(rates.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < rates.length; i += 1) expect(rates[i]).not.toBe(rates[i - 1]);
  });
});
