/**
 * Debian's Chromium as the tests and the benchmark drive it. Without the background-networking
 * flags it floods this machine's closed network with refused connections; --disable-gpu gives
 * SwiftShader WebGL.
 */
export const CHROMIUM_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];
