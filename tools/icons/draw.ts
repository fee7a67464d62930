/**
 * The game's icon, drawn by code: a clock face on the Palace's dark red, its hands at 9:40 in the
 * evening, the hour of the Aurora's blank. Pure: the same size gives the same pixels.
 */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

const OXBLOOD: Rgb = { r: 0x6b, g: 0x1f, b: 0x1b };
const CREAM: Rgb = { r: 0xef, g: 0xe6, b: 0xd2 };
const INK: Rgb = { r: 0x22, g: 0x1a, b: 0x16 };

/** Distance from p to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

interface Stroke {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly width: number;
}

/** A point on the dial, in face radii, clockwise from twelve. */
function onDial(turns: number, radius: number): [number, number] {
  const angle = turns * 2 * Math.PI;
  return [Math.sin(angle) * radius, -Math.cos(angle) * radius];
}

function strokes(): Stroke[] {
  const ticks = Array.from({ length: 12 }, (_, hour): Stroke => {
    const long = hour % 3 === 0;
    return { from: onDial(hour / 12, long ? 0.68 : 0.76), to: onDial(hour / 12, 0.86), width: long ? 0.07 : 0.04 };
  });
  const minute = 40 / 60;
  const hour = (9 + minute) / 12;
  return [
    ...ticks,
    { from: onDial(hour + 0.5, 0.1), to: onDial(hour, 0.5), width: 0.1 },
    { from: onDial(minute + 0.5, 0.12), to: onDial(minute, 0.74), width: 0.06 },
  ];
}

/**
 * Colour of one pixel: `face` is the dial's radius as a share of half the icon (smaller for
 * maskable icons, whose edges the platform may crop).
 */
function shade(x: number, y: number, face: number, marks: readonly Stroke[]): Rgb {
  const radius = Math.hypot(x, y) / face;
  if (radius > 1) return OXBLOOD;
  if (radius > 0.93) return CREAM;
  if (radius > 0.9) return OXBLOOD;
  const px = x / face;
  const py = y / face;
  if (radius < 0.06) return INK;
  for (const mark of marks) {
    if (segmentDistance(px, py, mark.from[0], mark.from[1], mark.to[0], mark.to[1]) < mark.width / 2) return INK;
  }
  return CREAM;
}

/** RGBA pixels of a square icon, anti-aliased by 4×4 supersampling. */
export function drawIcon(size: number, options: { maskable: boolean }): Uint8Array {
  const face = options.maskable ? 0.62 : 0.86;
  const marks = strokes();
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((column + (sx + 0.5) / samples) / size) * 2 - 1;
          const y = ((row + (sy + 0.5) / samples) / size) * 2 - 1;
          const colour = shade(x, y, face, marks);
          r += colour.r;
          g += colour.g;
          b += colour.b;
        }
      }
      const n = samples * samples;
      const at = (row * size + column) * 4;
      pixels[at] = Math.round(r / n);
      pixels[at + 1] = Math.round(g / n);
      pixels[at + 2] = Math.round(b / n);
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}
