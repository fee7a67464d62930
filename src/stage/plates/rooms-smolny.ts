/** The Bolsheviks' rooms: the dining room on the Karpovka, and Smolny's corridors and assembly hall. */
import {
  BOARD_H,
  BOARD_W,
  chandelier,
  column,
  crowd,
  depths,
  figure,
  floorLines,
  glow,
  haze,
  poly,
  room,
  wallAt,
  wallPanel,
  windowPane,
  type Box,
  type Ctx,
} from './kit.ts';

/** The Central Committee round a table under a lamp, the samovar on the cloth, the night at the window. */
export function sukhanovFlat(ctx: Ctx): void {
  const back: Box = { x0: 230, y0: 120, x1: 970, y1: 560 };
  room(ctx, back, { ceiling: '#6d6253', floor: '#4a3c2e', left: '#6e6250', right: '#5f5446', back: '#7d705c' });
  // wallpaper: a small repeated figure
  ctx.fillStyle = 'rgba(40, 30, 20, 0.18)';
  for (let y = back.y0 + 12; y < back.y1 - 120; y += 28) {
    for (let x = back.x0 + 10; x < back.x1; x += 34) ctx.fillRect(x + ((y / 28) % 2) * 17, y, 5, 9);
  }
  windowPane(ctx, 420, 170, 150, 250, '#0d1116', '#3b3023');
  windowPane(ctx, 640, 170, 150, 250, '#0d1116', '#3b3023');
  // a tiled stove in the corner
  const s = wallAt(back, 'right', 0.55);
  poly(ctx, [s.x - 10, s.top + 40, BOARD_W - 40, 40, BOARD_W - 40, BOARD_H - 40, s.x - 10, s.bottom - 40], '#b6a98f');
  ctx.strokeStyle = 'rgba(60, 50, 40, 0.5)';
  for (let i = 1; i < 9; i += 1) {
    ctx.beginPath();
    ctx.moveTo(s.x - 10, s.top + 40 + ((s.bottom - s.top - 80) * i) / 9);
    ctx.lineTo(BOARD_W - 40, 40 + ((BOARD_H - 80) * i) / 9);
    ctx.stroke();
  }
  // the table and its cloth
  poly(ctx, [260, 560, 940, 560, 1040, 700, 160, 700], '#e8e2d2');
  poly(ctx, [160, 700, 1040, 700, 1040, 740, 160, 740], '#b9b09c');
  // the lamp over it, its shade and its light
  ctx.strokeStyle = '#221c15';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(600, 0);
  ctx.lineTo(600, 300);
  ctx.stroke();
  poly(ctx, [540, 300, 660, 300, 720, 372, 480, 372], '#3c3024');
  glow(ctx, 600, 560, 480, '#fff0c4', 0.55);
  glow(ctx, 600, 385, 110, '#fff6dc', 0.9);
  // the samovar and glasses
  const sx = 760;
  ctx.fillStyle = '#8a7a60';
  ctx.beginPath();
  ctx.ellipse(sx, 560, 46, 62, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillRect(sx - 14, 470, 28, 40);
  ctx.fillRect(sx - 38, 612, 76, 16);
  glow(ctx, sx - 14, 540, 40, '#fff2cf', 0.5);
  for (const gx of [380, 470, 560, 650, 880]) {
    ctx.fillStyle = 'rgba(230, 220, 200, 0.8)';
    ctx.fillRect(gx, 598 + (gx % 3) * 8, 14, 22);
  }
  // the committee, seated round it
  const seats: [number, number, number, -1 | 1][] = [
    [230, 640, 330, 1],
    [330, 560, 250, 1],
    [450, 545, 230, 1],
    [900, 560, 250, -1],
    [990, 640, 330, -1],
    [620, 545, 230, -1],
  ];
  for (const [x, y, h, facing] of seats) figure(ctx, x, y, h, { seated: true, facing, hat: 'bare', tone: '#1f1a15' });
  figure(ctx, 120, 800, 560, { seated: true, hat: 'bare', tone: '#15120e' });
  figure(ctx, 1090, 800, 560, { seated: true, hat: 'bare', tone: '#15120e', facing: -1 });
  haze(ctx, '#b8ad98', 0.18, 0, 420);
}

/** The long white vaulted corridor, its numbered doors, notices pinned up, soldiers and sailors passing. */
export function smolnyCorridor(ctx: Ctx): void {
  const back: Box = { x0: 540, y0: 300, x1: 660, y1: 430 };
  room(ctx, back, { ceiling: '#d9d4c6', floor: '#8d8372', left: '#c9c2b1', right: '#beb7a6', back: '#2b2925' });
  // the vault: arches across the corridor
  ctx.strokeStyle = 'rgba(90, 84, 72, 0.55)';
  for (const t of depths(9, 0.05, 0.95)) {
    const l = wallAt(back, 'left', t);
    const r = wallAt(back, 'right', t);
    ctx.lineWidth = 3 * (1 - t) + 0.6;
    ctx.beginPath();
    ctx.moveTo(l.x, l.top + (l.bottom - l.top) * 0.18);
    ctx.quadraticCurveTo((l.x + r.x) / 2, l.top - (l.bottom - l.top) * 0.1, r.x, r.top + (r.bottom - r.top) * 0.18);
    ctx.stroke();
  }
  // doors down both sides, each with its plate and a notice beside it
  for (const side of ['left', 'right'] as const) {
    const ts = depths(8, 0.08, 0.9);
    for (const t of ts) {
      const t1 = t + 0.045 * (1 - t) + 0.01;
      wallPanel(ctx, back, side, t, t1, 0.3, 1, '#4a3f31');
      wallPanel(ctx, back, side, t, t1, 0.36, 0.42, '#e9e4d6');
      wallPanel(ctx, back, side, t1 + 0.01 * (1 - t), t1 + 0.025 * (1 - t), 0.45, 0.6, '#f2eee2');
    }
  }
  floorLines(ctx, back, 10, 'rgba(50, 44, 36, 0.25)');
  // electric bulbs hanging down the middle
  for (const t of depths(6, 0.15, 0.92)) {
    const l = wallAt(back, 'left', t);
    const r = wallAt(back, 'right', t);
    const y = l.top + (l.bottom - l.top) * 0.12;
    glow(ctx, (l.x + r.x) / 2, y, 120 * (1 - t) + 12, '#fff4d8', 0.6);
  }
  // people: small towards the far end
  const people: [number, number, number, 'sailor' | 'cloth' | 'peaked' | 'papakha', boolean][] = [
    [560, 440, 60, 'cloth', false],
    [640, 445, 70, 'sailor', true],
    [500, 480, 130, 'peaked', true],
    [720, 500, 160, 'cloth', false],
    [430, 560, 260, 'papakha', true],
    [820, 600, 330, 'sailor', true],
  ];
  for (const [x, y, h, hat, rifle] of people)
    figure(ctx, x, y, h, { hat, rifle, coat: true, facing: x < 600 ? 1 : -1 });
  figure(ctx, 170, 820, 640, { hat: 'peaked', rifle: true, coat: true, tone: '#191613' });
  haze(ctx, '#a59f92', 0.12, 250, 560);
}

/** The white hall: two rows of columns, chandeliers, the presidium's table under them, the crowd of delegates. */
export function smolnyHall(ctx: Ctx, random: () => number): void {
  const back: Box = { x0: 300, y0: 190, x1: 900, y1: 500 };
  room(ctx, back, { ceiling: '#d8d2c2', floor: '#8e8574', left: '#c3bcaa', right: '#bab3a2', back: '#cfc8b6' });
  // the gallery of columns on either side
  for (const side of ['left', 'right'] as const) {
    for (const t of depths(6, 0.12, 0.92).reverse()) {
      const s = wallAt(back, side, t);
      const inset = (side === 'left' ? 1 : -1) * 60 * (1 - t);
      column(
        ctx,
        s.x + inset,
        s.top + (s.bottom - s.top) * 0.06,
        s.bottom - (s.bottom - s.top) * 0.02,
        58 * (1 - t) + 10,
        '#e4dfd2',
      );
    }
  }
  // the presidium's table and the speaker's stand on the platform
  poly(ctx, [380, 470, 820, 470, 840, 500, 360, 500], '#6d6352');
  ctx.fillStyle = '#e9e4d6';
  ctx.fillRect(420, 446, 360, 26);
  for (let i = 0; i < 11; i += 1) figure(ctx, 432 + i * 34, 462, 40, { seated: true, tone: '#2e2a24' });
  ctx.fillStyle = '#4a4034';
  ctx.fillRect(588, 430, 26, 44);
  figure(ctx, 601, 444, 52, { tone: '#201c17' });
  for (const [x, y, s] of [
    [600, 120, 80],
    [430, 190, 46],
    [770, 190, 46],
    [600, 250, 36],
  ] as const)
    chandelier(ctx, x, y, s, true);
  crowd(ctx, random, 720, 500, 60, 1140, 190, ['cloth', 'sailor', 'peaked', 'papakha', 'bare', 'bare']);
  haze(ctx, '#cfc7b4', 0.25, 100, 560);
}
