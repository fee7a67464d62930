/** Renderer names (WebGL's RENDERER string) of implementations that draw on the CPU: no usable GPU. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_GL.test(renderer);
}

/** The part of a WebGL context that names its renderer. */
export interface RendererQuery {
  readonly RENDERER: number;
  getParameter(name: number): unknown;
  getExtension(name: 'WEBGL_debug_renderer_info'): { readonly UNMASKED_RENDERER_WEBGL: number } | null;
}

/**
 * What draws this context. Chromium answers RENDERER with "WebKit WebGL" and names the real renderer
 * (e.g. "ANGLE (…, SwiftShader Device …)") only through WEBGL_debug_renderer_info; Firefox names it in
 * RENDERER and is dropping the extension. Both, so either way the name is in the answer.
 */
export function rendererName(gl: RendererQuery): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const unmasked = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  return `${String(gl.getParameter(gl.RENDERER))} ${unmasked}`.trim();
}

/**
 * Device pixels per CSS pixel the map is drawn at on software WebGL. Every frame costs the CPU in
 * proportion to its pixels, and the page's main thread waits for it (the compositor reads the frame
 * back once it is drawn). At a half the map is softer, its clock card's small print too (the story's
 * header says the same date and hour in sharp type), and a frame costs about half what it did at two
 * thirds: the frames that first draw a layer (30-45 ms of drawing at two thirds, a main-thread task of
 * 50-70 ms) come in under 50 ms.
 */
export const SOFTWARE_GL_RESOLUTION = 0.5;
