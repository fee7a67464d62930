/** The Winter Palace from inside: the Malachite Room, the Small Dining Room, a corridor, the hospital, Kerensky's office. */
import {
  BOARD_H,
  BOARD_W,
  chandelier,
  depths,
  figure,
  floorLines,
  glow,
  haze,
  horizontal,
  poly,
  room,
  vertical,
  wallAt,
  wallPanel,
  windowPane,
  type Box,
  type Ctx,
} from './kit.ts';

/** Veined stone: the malachite's bands drawn as wavy lines over green. */
function malachite(ctx: Ctx, x: number, y: number, w: number, h: number, random: () => number): void {
  ctx.fillStyle = '#2f6b4a';
  ctx.fillRect(x, y, w, h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.lineWidth = 1.4;
  for (let i = 0; i < h / 6; i += 1) {
    ctx.strokeStyle = i % 3 === 0 ? 'rgba(10, 40, 24, 0.7)' : 'rgba(120, 190, 150, 0.35)';
    ctx.beginPath();
    const y0 = y + i * 6;
    ctx.moveTo(x, y0);
    for (let k = 0; k <= 8; k += 1) ctx.lineTo(x + (w * k) / 8, y0 + Math.sin(k * 1.3 + i * 0.7) * 4 + random() * 2);
    ctx.stroke();
  }
  ctx.restore();
  ctx.fillStyle = horizontal(ctx, x, x + w, ['rgba(0,0,0,0.45)', 'rgba(255,255,255,0.12)', 'rgba(0,0,0,0.5)']);
  ctx.fillRect(x, y, w, h);
}

/** The cabinet at its long table; green malachite columns and hearth, gilded ceiling, the Neva dark in the windows. */
export function malachiteRoom(ctx: Ctx, random: () => number): void {
  const back: Box = { x0: 260, y0: 150, x1: 940, y1: 560 };
  room(ctx, back, { ceiling: '#b59a5e', floor: '#6b5336', left: '#c7b27c', right: '#c2ad78', back: '#cdb985' });
  // gilt coffering on the ceiling
  ctx.strokeStyle = 'rgba(90, 70, 30, 0.6)';
  for (let i = 1; i < 6; i += 1) {
    ctx.beginPath();
    ctx.moveTo((BOARD_W * i) / 6, 0);
    ctx.lineTo(back.x0 + ((back.x1 - back.x0) * i) / 6, back.y0);
    ctx.stroke();
  }
  // the windows onto the Neva (night) on the back wall, the malachite pilasters between
  for (const wx of [330, 540, 750]) windowPane(ctx, wx, 210, 120, 250, '#0f1418', '#7a6432');
  for (const px of [280, 480, 690, 890]) {
    malachite(ctx, px, 180, 34, 380, random);
    ctx.fillStyle = '#d8bc6a';
    ctx.fillRect(px - 6, 168, 46, 16);
  }
  // the malachite hearth on the left wall
  wallPanel(ctx, back, 'left', 0.35, 0.6, 0.55, 1, '#2f6b4a');
  wallPanel(ctx, back, 'left', 0.4, 0.55, 0.7, 1, '#141411');
  for (const [side, t] of [
    ['left', 0.15],
    ['right', 0.15],
    ['right', 0.5],
  ] as const) {
    const s = wallAt(back, side, t);
    const w = 60 * (1 - t) + 14;
    malachite(ctx, s.x - w / 2, s.top + (s.bottom - s.top) * 0.08, w, (s.bottom - s.top) * 0.88, random);
  }
  chandelier(ctx, 600, 170, 90, true);
  // the long table, its green cloth, the ministers round it
  poly(ctx, [380, 560, 820, 560, 980, 740, 220, 740], '#3d5a44');
  for (let i = 0; i < 4; i += 1) {
    const y = 580 + i * 40;
    const h = 170 + i * 40;
    figure(ctx, 360 - i * 40, y + h * 0.3, h, { seated: true, tone: '#1c1915' });
    figure(ctx, 840 + i * 40, y + h * 0.3, h, { seated: true, tone: '#1c1915', facing: -1 });
  }
  figure(ctx, 600, 560, 150, { tone: '#26221c' });
  ctx.fillStyle = '#e8e0c8';
  for (let i = 0; i < 9; i += 1) ctx.fillRect(420 + i * 44, 600 + (i % 3) * 30, 26, 14);
  glow(ctx, 600, 420, 420, '#fff0c8', 0.35);
}

/** The small inner room: a table, the mantel clock, a telephone, candles; the ministers waiting. */
export function smallDiningRoom(ctx: Ctx): void {
  const back: Box = { x0: 300, y0: 150, x1: 900, y1: 580 };
  room(ctx, back, { ceiling: '#8e7d5e', floor: '#5a4430', left: '#a08c68', right: '#9a8663', back: '#a99570' });
  // silk panels in gilt frames
  for (const x of [330, 720]) {
    ctx.strokeStyle = '#d3b768';
    ctx.lineWidth = 4;
    ctx.strokeRect(x, 200, 150, 250);
  }
  // the mantel and its clock, hands at ten past two
  ctx.fillStyle = '#d9d0bc';
  ctx.fillRect(500, 360, 200, 220);
  ctx.fillStyle = '#1a1714';
  ctx.fillRect(540, 440, 120, 140);
  ctx.fillStyle = '#c9a955';
  ctx.fillRect(560, 280, 80, 84);
  ctx.fillStyle = '#f1ead8';
  ctx.beginPath();
  ctx.arc(600, 318, 28, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = '#1a1714';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(600, 318);
  ctx.lineTo(600 + Math.sin((2.17 / 12) * Math.PI * 2) * 15, 318 - Math.cos((2.17 / 12) * Math.PI * 2) * 15);
  ctx.moveTo(600, 318);
  ctx.lineTo(600 + Math.sin((10 / 60) * Math.PI * 2) * 22, 318 - Math.cos((10 / 60) * Math.PI * 2) * 22);
  ctx.stroke();
  // the table with its cloth, papers, a telephone and candles
  poly(ctx, [330, 600, 870, 600, 1000, 760, 200, 760], '#e6dfcc');
  ctx.fillStyle = '#141210';
  ctx.fillRect(760, 610, 30, 40);
  ctx.fillRect(752, 600, 46, 10);
  for (const cx of [430, 640]) {
    ctx.fillStyle = '#f4efe0';
    ctx.fillRect(cx, 560, 8, 50);
    glow(ctx, cx + 4, 552, 150, '#ffe7b0', 0.55);
  }
  const chairs: [number, number, number, -1 | 1][] = [
    [250, 700, 300, 1],
    [360, 620, 220, 1],
    [860, 620, 220, -1],
    [960, 700, 300, -1],
  ];
  for (const [x, y, h, f] of chairs) figure(ctx, x, y, h, { seated: true, facing: f, tone: '#1e1a16' });
  figure(ctx, 1080, 800, 520, { tone: '#141210', facing: -1 });
  haze(ctx, '#3a3026', 0.35, 0, 200);
}

/** A long enfilade with parquet and gilt doors, cadets resting on mattresses along the wall. */
export function palaceCorridor(ctx: Ctx): void {
  const back: Box = { x0: 520, y0: 250, x1: 680, y1: 470 };
  room(ctx, back, { ceiling: '#8c7c5c', floor: '#6e5438', left: '#a89672', right: '#9e8c69', back: '#d8c89a' });
  // open doors one behind the other, the light of the far room
  for (let i = 0; i < 5; i += 1) {
    const k = 1 - i * 0.18;
    const w = (back.x1 - back.x0) * k * 0.6;
    const h = (back.y1 - back.y0) * k * 0.85;
    ctx.strokeStyle = '#c7a650';
    ctx.lineWidth = 4 * k;
    ctx.strokeRect(600 - w / 2, back.y1 - h, w, h);
  }
  glow(ctx, 600, 400, 130, '#fff2cc', 0.6);
  for (const side of ['left', 'right'] as const) {
    for (const t of depths(6, 0.1, 0.85)) {
      wallPanel(ctx, back, side, t, t + 0.05 * (1 - t), 0.08, 0.7, '#c9ab58');
      wallPanel(ctx, back, side, t + 0.008 * (1 - t), t + 0.042 * (1 - t), 0.12, 0.66, '#7d6a4a');
    }
  }
  // parquet
  floorLines(ctx, back, 16, 'rgba(40, 28, 16, 0.3)');
  ctx.strokeStyle = 'rgba(40, 28, 16, 0.25)';
  for (const t of depths(12, 0.02, 0.97)) {
    const y = BOARD_H + (back.y1 - BOARD_H) * t;
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(BOARD_W, y);
    ctx.stroke();
  }
  // mattresses and cadets along the left wall, rifles stacked
  for (const [x, y, w] of [
    [120, 700, 300],
    [330, 560, 160],
    [440, 500, 90],
  ] as const) {
    poly(ctx, [x, y, x + w, y - w * 0.12, x + w, y - w * 0.05, x, y + w * 0.08], '#d5ccb6');
    figure(ctx, x + w * 0.4, y, w * 0.9, { seated: true, hat: 'peaked', tone: '#1e1b16' });
  }
  for (const [x, y, h] of [
    [760, 560, 200],
    [680, 480, 110],
  ] as const)
    figure(ctx, x, y, h, { hat: 'peaked', rifle: true, coat: true, facing: -1 });
  // a pyramid of rifles
  ctx.strokeStyle = '#1a1713';
  ctx.lineWidth = 3;
  for (let i = -3; i <= 3; i += 1) {
    ctx.beginPath();
    ctx.moveTo(960 + i * 18, 760);
    ctx.lineTo(960 - i * 3, 520);
    ctx.stroke();
  }
  haze(ctx, '#2c2418', 0.3, 0, 300);
}

/** A state hall turned ward: iron beds in rows under the chandeliers, a nurse in her kerchief. */
export function palaceHospital(ctx: Ctx): void {
  const back: Box = { x0: 340, y0: 180, x1: 860, y1: 470 };
  room(ctx, back, { ceiling: '#cbc0a4', floor: '#8a7a60', left: '#d6ccb2', right: '#cfc5ab', back: '#d9cfb6' });
  for (const t of depths(5, 0.1, 0.85)) {
    const s = wallAt(back, 'right', t);
    const h = s.bottom - s.top;
    const w = 90 * (1 - t) + 16;
    ctx.fillStyle = '#f3efe2';
    ctx.fillRect(s.x - w, s.top + h * 0.15, w * 0.8, h * 0.55);
    glow(ctx, s.x - w * 0.6, s.top + h * 0.4, w * 2, '#ffffff', 0.25);
  }
  for (const [x, y, s] of [
    [600, 140, 70],
    [600, 250, 40],
  ] as const)
    chandelier(ctx, x, y, s, false);
  // two rows of iron beds running to the back
  for (const side of [-1, 1] as const) {
    for (const t of depths(6, 0.05, 0.85).reverse()) {
      const k = 1 - t;
      const yFloor = BOARD_H + (back.y1 - BOARD_H) * t;
      const cx = 600 + side * (140 + 330 * k);
      const w = 260 * k + 30;
      const h = 70 * k + 8;
      ctx.fillStyle = '#f1ede3';
      ctx.fillRect(cx - w / 2, yFloor - h * 1.6, w, h);
      ctx.fillStyle = '#cfc9bb';
      ctx.fillRect(cx - w / 2, yFloor - h * 1.6, w, h * 0.25);
      ctx.strokeStyle = '#25221e';
      ctx.lineWidth = Math.max(1, 4 * k);
      ctx.strokeRect(cx - w / 2, yFloor - h * 2.4, w * 0.06, h * 2.4);
      ctx.beginPath();
      ctx.moveTo(cx - w / 2, yFloor - h * 0.6);
      ctx.lineTo(cx + w / 2, yFloor - h * 0.6);
      ctx.stroke();
      ctx.fillStyle = '#fbf9f2';
      ctx.beginPath();
      ctx.ellipse(cx - side * w * 0.35, yFloor - h * 1.65, w * 0.1, h * 0.3, 0, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  figure(ctx, 640, 620, 330, { hat: 'kerchief', coat: true, tone: '#e9e6dd' });
  ctx.fillStyle = '#a3271d';
  ctx.fillRect(632, 444, 16, 5);
  ctx.fillRect(637, 439, 6, 15);
  figure(ctx, 640, 620, 330, { hat: 'kerchief', tone: 'rgba(30,26,22,0.25)' });
}

/** Nicholas II's library as Kerensky's office: bookcases, the desk and its telephones, a map of the front. */
export function kerenskyOffice(ctx: Ctx, random: () => number): void {
  const back: Box = { x0: 260, y0: 130, x1: 940, y1: 560 };
  room(ctx, back, { ceiling: '#5e4c36', floor: '#4c3a28', left: '#6a5440', right: '#654f3a', back: '#735c44' });
  // bookcases all round the walls
  const shelf = (x: number, y: number, w: number, h: number): void => {
    ctx.fillStyle = '#3a2c1e';
    ctx.fillRect(x, y, w, h);
    for (let r = 0; r < 6; r += 1) {
      const sy = y + 8 + (r * (h - 16)) / 6;
      for (let bx = x + 6; bx < x + w - 8;) {
        const bw = 5 + random() * 9;
        const tone = 60 + Math.floor(random() * 80);
        ctx.fillStyle = `rgb(${tone}, ${tone - 12}, ${tone - 26})`;
        ctx.fillRect(bx, sy + 4 + random() * 6, bw - 1, (h - 16) / 6 - 10);
        bx += bw;
      }
    }
  };
  shelf(back.x0 + 10, back.y0 + 60, 170, 360);
  shelf(back.x1 - 180, back.y0 + 60, 170, 360);
  for (const side of ['left', 'right'] as const) {
    for (const t of [0.15, 0.45, 0.75]) wallPanel(ctx, back, side, t, t + 0.22, 0.18, 0.85, '#3a2c1e');
  }
  // the map of the front on the back wall, with pins
  ctx.fillStyle = '#e3d9bf';
  ctx.fillRect(480, 200, 240, 170);
  ctx.strokeStyle = '#5a4a36';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(500, 220);
  ctx.bezierCurveTo(560, 260, 600, 230, 650, 300);
  ctx.bezierCurveTo(670, 330, 690, 320, 705, 355);
  ctx.stroke();
  ctx.fillStyle = '#a3271d';
  for (let i = 0; i < 8; i += 1) ctx.fillRect(510 + random() * 190, 230 + random() * 120, 4, 4);
  // the desk, the lamp, two telephones
  poly(ctx, [300, 560, 900, 560, 980, 680, 220, 680], '#2c2117');
  poly(ctx, [220, 680, 980, 680, 980, 800, 220, 800], '#21180f');
  ctx.fillStyle = '#e8e2cf';
  ctx.fillRect(480, 590, 120, 70);
  ctx.fillRect(560, 600, 110, 60);
  ctx.fillStyle = '#111';
  ctx.fillRect(760, 580, 28, 40);
  ctx.fillRect(820, 590, 28, 40);
  ctx.fillRect(752, 570, 44, 10);
  ctx.fillRect(812, 580, 44, 10);
  ctx.fillStyle = '#2a3d2a';
  poly(ctx, [360, 520, 440, 520, 460, 560, 340, 560], '#2f4a33');
  ctx.fillRect(396, 560, 8, 30);
  glow(ctx, 400, 600, 260, '#fff0c0', 0.6);
  // the empty chair
  ctx.fillStyle = '#1a130c';
  ctx.fillRect(560, 470, 90, 100);
  ctx.fillStyle = vertical(ctx, 0, BOARD_H, ['rgba(0,0,0,0.35)', 'rgba(0,0,0,0)', 'rgba(0,0,0,0.3)']);
  ctx.fillRect(0, 0, BOARD_W, BOARD_H);
}
