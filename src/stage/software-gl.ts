/** Renderer names (WebGL's RENDERER string) of implementations that draw on the CPU: no usable GPU. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_GL.test(renderer);
}
