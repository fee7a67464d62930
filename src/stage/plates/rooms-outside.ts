/** Out of doors and away from the centre: Palace Square, the Aurora, the road south, Gatchina, a cadets' dormitory. */
import {
  BOARD_H,
  BOARD_W,
  depths,
  figure,
  floorLines,
  glow,
  haze,
  poly,
  rain,
  room,
  vertical,
  wallAt,
  windowPane,
  type Box,
  type Ctx,
} from './kit.ts';

/** A row of lit and dark windows along a façade. */
function windows(
  ctx: Ctx,
  random: () => number,
  x0: number,
  x1: number,
  ys: readonly number[],
  w: number,
  h: number,
): void {
  for (const y of ys) {
    for (let x = x0; x < x1; x += w * 2.2) {
      ctx.fillStyle = random() < 0.3 ? '#d8c48a' : '#15171a';
      ctx.fillRect(x, y, w, h);
    }
  }
}

/** The square by night: the Alexander Column, the palace's lit windows, the junkers' firewood barricade, the arch. */
export function palaceSquareNight(ctx: Ctx, random: () => number): void {
  ctx.fillStyle = vertical(ctx, 0, 420, ['#07090c', '#1a1e24']);
  ctx.fillRect(0, 0, BOARD_W, 420);
  // the palace across the back, long and low, with its columns and roof statues
  ctx.fillStyle = '#3a3a38';
  ctx.fillRect(0, 250, BOARD_W, 200);
  ctx.fillStyle = '#2c2c2a';
  for (let x = 10; x < BOARD_W; x += 40) ctx.fillRect(x, 250, 9, 200);
  for (let x = 20; x < BOARD_W; x += 80) ctx.fillRect(x, 232, 6, 18);
  windows(ctx, random, 26, BOARD_W, [285, 345, 405], 14, 30);
  // the column with its angel
  ctx.fillStyle = '#55524c';
  ctx.fillRect(583, 110, 34, 400);
  ctx.fillRect(560, 480, 80, 40);
  ctx.fillRect(575, 100, 50, 14);
  figure(ctx, 600, 100, 60, { tone: '#55524c' });
  ctx.fillRect(597, 20, 4, 40);
  // the square: wet cobbles under the lamps
  ctx.fillStyle = vertical(ctx, 450, BOARD_H, ['#2b2b2a', '#141414']);
  ctx.fillRect(0, 450, BOARD_W, BOARD_H - 450);
  for (const [x, h] of [
    [160, 300],
    [1040, 300],
    [380, 180],
    [820, 180],
  ] as const) {
    ctx.fillStyle = '#111';
    ctx.fillRect(x - 3, 470 + 300 - h - 300 + 300 - h * 0.2, 6, h);
    glow(ctx, x, 470 - h * 0.2 + 300 - h, 120, '#ffe6a8', 0.7);
    glow(ctx, x, 760, 90, '#ffe6a8', 0.2);
  }
  // the barricade of stacked logs before the palace gates, junkers behind it
  for (let row = 0; row < 5; row += 1) {
    for (let i = 0; i < 40; i += 1) {
      const x = 120 + i * 24 + (row % 2) * 12;
      const y = 560 - row * 18;
      ctx.fillStyle = '#5b4c3a';
      ctx.beginPath();
      ctx.ellipse(x, y, 12, 9, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#a48b66';
      ctx.beginPath();
      ctx.ellipse(x, y, 7, 5, 0, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  for (const x of [260, 420, 700, 900]) figure(ctx, x, 500, 90, { hat: 'peaked', rifle: true, coat: true });
  // a searchlight beam from the river
  ctx.save();
  ctx.globalAlpha = 0.14;
  poly(ctx, [1200, 60, 1200, 110, 700, 0, 760, 0], '#fff7e0');
  ctx.restore();
  rain(ctx, random, 700, 0.22);
  haze(ctx, '#40444a', 0.25, 300, BOARD_H);
}

/** The cruiser's deck at night: a forward gun trained on the palace, three funnels, sailors at the rail, the bridge beyond. */
export function auroraDeck(ctx: Ctx, random: () => number): void {
  ctx.fillStyle = vertical(ctx, 0, 430, ['#08090b', '#20232a']);
  ctx.fillRect(0, 0, BOARD_W, 430);
  // the far bank and the bridge with its lamps
  ctx.fillStyle = '#16181b';
  ctx.fillRect(0, 360, BOARD_W, 60);
  ctx.fillStyle = '#202328';
  ctx.fillRect(0, 330, BOARD_W, 12);
  for (let x = 40; x < BOARD_W; x += 160) {
    ctx.beginPath();
    ctx.arc(x + 80, 342, 80, Math.PI, 0);
    ctx.strokeStyle = '#202328';
    ctx.lineWidth = 6;
    ctx.stroke();
    glow(ctx, x, 320, 40, '#ffe4a0', 0.6);
  }
  // water
  ctx.fillStyle = '#0d0f12';
  ctx.fillRect(0, 420, BOARD_W, 80);
  for (let i = 0; i < 40; i += 1) {
    ctx.fillStyle = 'rgba(255, 228, 160, 0.18)';
    ctx.fillRect(random() * BOARD_W, 425 + random() * 70, 30 + random() * 40, 2);
  }
  // the three tall funnels and the masts
  for (const [x, h] of [
    [760, 330],
    [880, 340],
    [1000, 330],
  ] as const) {
    ctx.fillStyle = '#2a2b2c';
    ctx.fillRect(x, 470 - h, 58, h);
    ctx.fillStyle = '#1a1b1c';
    ctx.fillRect(x, 470 - h, 58, 16);
  }
  ctx.strokeStyle = '#2a2b2c';
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.moveTo(640, 480);
  ctx.lineTo(640, 20);
  ctx.moveTo(600, 120);
  ctx.lineTo(690, 120);
  ctx.stroke();
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(640, 30);
  ctx.lineTo(1150, 480);
  ctx.moveTo(640, 30);
  ctx.lineTo(120, 480);
  ctx.stroke();
  // the deck, planked, running forward
  poly(ctx, [0, 800, 1200, 800, 1200, 500, 0, 470], '#8a8070');
  ctx.strokeStyle = 'rgba(40, 36, 30, 0.4)';
  for (let i = 0; i < 24; i += 1) {
    ctx.beginPath();
    ctx.moveTo(0, 480 + i * 14);
    ctx.lineTo(1200, 505 + i * 13);
    ctx.stroke();
  }
  // the rail
  ctx.strokeStyle = '#1b1a18';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(0, 440);
  ctx.lineTo(1200, 470);
  ctx.stroke();
  for (let x = 0; x < BOARD_W; x += 50) {
    ctx.beginPath();
    ctx.moveTo(x, 440 + x * 0.025);
    ctx.lineTo(x, 475 + x * 0.025);
    ctx.stroke();
  }
  // the forward 6-inch gun in its shield
  poly(ctx, [160, 560, 420, 560, 440, 660, 140, 660], '#3a3936');
  poly(ctx, [200, 520, 400, 520, 420, 570, 180, 570], '#4a4945');
  ctx.strokeStyle = '#2a2927';
  ctx.lineWidth = 22;
  ctx.beginPath();
  ctx.moveTo(240, 540);
  ctx.lineTo(-20, 470);
  ctx.stroke();
  const sailors: [number, number, number][] = [
    [520, 600, 260],
    [600, 560, 200],
    [1040, 680, 380],
    [300, 720, 300],
  ];
  for (const [x, y, h] of sailors) figure(ctx, x, y, h, { hat: 'sailor', rifle: x > 900, coat: true, facing: -1 });
  haze(ctx, '#2a2d33', 0.2, 200, 520);
}

/** An open touring car on a straight road south: telegraph poles, bare birches, flat fields, a little flag. */
export function kerenskyCar(ctx: Ctx, random: () => number): void {
  ctx.fillStyle = vertical(ctx, 0, 400, ['#9a9a94', '#cfcdc4']);
  ctx.fillRect(0, 0, BOARD_W, 400);
  ctx.fillStyle = vertical(ctx, 380, BOARD_H, ['#8c8874', '#5a5646']);
  ctx.fillRect(0, 380, BOARD_W, BOARD_H - 380);
  // the road to the horizon
  poly(ctx, [560, 380, 640, 380, 1150, 800, 50, 800], '#a29d8a');
  ctx.strokeStyle = 'rgba(60, 55, 45, 0.35)';
  for (let i = 0; i < 12; i += 1) {
    ctx.beginPath();
    ctx.moveTo(600 + (i - 6) * 6, 382);
    ctx.lineTo(600 + (i - 6) * 90, 800);
    ctx.stroke();
  }
  // telegraph poles and birches along it
  for (const t of depths(8, 0.05, 0.95)) {
    const y = 800 + (380 - 800) * t;
    const k = 1 - t;
    const x = 600 - (560 - 0) * k - 40;
    ctx.fillStyle = '#2b2923';
    ctx.fillRect(x, y - 360 * k - 12, Math.max(1.5, 8 * k), 360 * k + 12);
    ctx.fillRect(x - 30 * k, y - 340 * k - 10, 60 * k + 4, Math.max(1, 4 * k));
    const bx = 600 + 560 * k + 60;
    ctx.fillStyle = '#e6e3da';
    ctx.fillRect(bx, y - 300 * k - 10, Math.max(1.5, 10 * k), 300 * k + 10);
    ctx.strokeStyle = '#3a3830';
    ctx.lineWidth = Math.max(0.5, 2 * k);
    for (let b = 0; b < 6; b += 1) {
      ctx.beginPath();
      const by = y - (120 + b * 30) * k;
      ctx.moveTo(bx, by);
      ctx.lineTo(bx + (b % 2 ? 1 : -1) * 50 * k, by - 40 * k);
      ctx.stroke();
    }
  }
  ctx.strokeStyle = 'rgba(40, 38, 32, 0.6)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(-10, 430);
  ctx.quadraticCurveTo(300, 470, 590, 390);
  ctx.stroke();
  // the car, seen from behind and a little to the side
  const cx = 560;
  poly(ctx, [cx - 200, 700, cx + 200, 700, cx + 180, 560, cx - 180, 560], '#24231f');
  poly(ctx, [cx - 170, 560, cx + 170, 560, cx + 140, 500, cx - 140, 500], '#33312b');
  ctx.fillStyle = '#111';
  for (const wx of [cx - 170, cx + 170]) {
    ctx.beginPath();
    ctx.ellipse(wx, 705, 38, 62, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#7a776c';
  ctx.fillRect(cx - 60, 640, 120, 26);
  // the passengers in caps and greatcoats
  for (const [x, h] of [
    [cx - 90, 220],
    [cx, 230],
    [cx + 95, 220],
  ] as const)
    figure(ctx, x, 600, h, { hat: 'peaked', seated: true, coat: true, tone: '#1a1915' });
  // the pennant on the wing
  ctx.strokeStyle = '#111';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(cx + 200, 600);
  ctx.lineTo(cx + 200, 520);
  ctx.stroke();
  poly(ctx, [cx + 200, 520, cx + 250, 530, cx + 200, 545], '#d8d4c8');
  // dust thrown up behind the wheels
  for (let i = 0; i < 50; i += 1) glow(ctx, cx + (random() - 0.5) * 500, 760 + random() * 40, 40, '#d8d2c0', 0.12);
}

/** A Cossack on his horse, side on, facing left: the horse's body, legs, neck and head, the rider in his papakha. */
function horseman(ctx: Ctx, x: number, y: number, h: number): void {
  const tone = '#23211c';
  ctx.fillStyle = tone;
  ctx.beginPath();
  ctx.ellipse(x, y - h * 0.5, h * 0.36, h * 0.14, 0, 0, Math.PI * 2);
  ctx.fill();
  for (const [lx, lean] of [
    [-0.28, -0.04],
    [-0.2, 0.03],
    [0.2, -0.03],
    [0.28, 0.04],
  ] as const) {
    poly(
      ctx,
      [
        x + h * lx,
        y - h * 0.5,
        x + h * (lx + 0.05),
        y - h * 0.5,
        x + h * (lx + lean + 0.035),
        y,
        x + h * (lx + lean),
        y,
      ],
      tone,
    );
  }
  // the neck rising forward to the head, the tail behind
  poly(
    ctx,
    [x - h * 0.3, y - h * 0.56, x - h * 0.2, y - h * 0.6, x - h * 0.4, y - h * 0.9, x - h * 0.48, y - h * 0.84],
    tone,
  );
  ctx.beginPath();
  ctx.ellipse(x - h * 0.5, y - h * 0.82, h * 0.1, h * 0.045, 0.5, 0, Math.PI * 2);
  ctx.fill();
  poly(
    ctx,
    [x + h * 0.34, y - h * 0.55, x + h * 0.38, y - h * 0.52, x + h * 0.42, y - h * 0.2, x + h * 0.36, y - h * 0.22],
    tone,
  );
  figure(ctx, x - h * 0.02, y - h * 0.42, h * 0.8, { hat: 'papakha', seated: true, coat: true, facing: -1, tone });
}

/** The long palace at Gatchina with its two towers, the parade ground before it, Paul I on his plinth. */
export function gatchina(ctx: Ctx, random: () => number): void {
  ctx.fillStyle = vertical(ctx, 0, 460, ['#a8a8a2', '#dedbd0']);
  ctx.fillRect(0, 0, BOARD_W, 460);
  // bare trees of the park behind
  ctx.strokeStyle = 'rgba(50, 48, 40, 0.55)';
  for (let i = 0; i < 60; i += 1) {
    const x = random() * BOARD_W;
    ctx.lineWidth = 1 + random() * 2;
    ctx.beginPath();
    ctx.moveTo(x, 320);
    ctx.lineTo(x + (random() - 0.5) * 40, 140 + random() * 80);
    ctx.stroke();
  }
  // the wings and the central block
  ctx.fillStyle = '#c8bea6';
  ctx.fillRect(60, 260, 1080, 170);
  ctx.fillStyle = '#d6ccb3';
  ctx.fillRect(380, 210, 440, 220);
  ctx.fillStyle = '#7a7262';
  poly(ctx, [370, 210, 830, 210, 800, 190, 400, 190], '#7a7262');
  // the two pentagonal towers, each with a flag pole
  for (const tx of [390, 770]) {
    ctx.fillStyle = '#cbc1a8';
    ctx.fillRect(tx, 120, 60, 310);
    ctx.fillStyle = '#6e6758';
    poly(ctx, [tx - 6, 120, tx + 66, 120, tx + 30, 96], '#6e6758');
    ctx.fillStyle = '#3a372f';
    for (let y = 140; y < 420; y += 50) ctx.fillRect(tx + 22, y, 16, 26);
    ctx.fillRect(tx + 29, 60, 2, 40);
  }
  poly(ctx, [801, 60, 840, 68, 801, 78], '#e9e6da');
  ctx.fillStyle = '#3a372f';
  for (let x = 80; x < 1130; x += 34) {
    if (x > 370 && x < 840) continue;
    ctx.fillRect(x, 290, 14, 34);
    ctx.fillRect(x, 360, 14, 40);
  }
  for (let x = 470; x < 750; x += 36) {
    ctx.fillRect(x, 240, 14, 32);
    ctx.fillRect(x, 300, 14, 40);
    ctx.fillRect(x, 365, 14, 40);
  }
  // the parade ground, muddy, Cossacks' horses and a motor car
  ctx.fillStyle = vertical(ctx, 430, BOARD_H, ['#8c8672', '#4f4b3e']);
  ctx.fillRect(0, 430, BOARD_W, BOARD_H - 430);
  ctx.fillStyle = '#5a5548';
  ctx.fillRect(570, 520, 60, 120);
  ctx.fillRect(548, 630, 104, 24);
  figure(ctx, 600, 520, 110, { hat: 'bowler', coat: true, tone: '#2e2b25' });
  for (const [x, y, h] of [
    [200, 640, 170],
    [300, 610, 130],
    [880, 630, 160],
    [980, 700, 220],
  ] as const)
    horseman(ctx, x, y, h);
  haze(ctx, '#cfcbbf', 0.25, 200, 600);
}

/** A cadets' dormitory: iron cots in rows, greatcoats on hooks, rifles in the rack, an icon with its lamp. */
export function cadetBarracks(ctx: Ctx): void {
  const back: Box = { x0: 300, y0: 160, x1: 900, y1: 500 };
  room(ctx, back, { ceiling: '#bdb6a3', floor: '#6d604b', left: '#a9a18c', right: '#a29a86', back: '#b3ab96' });
  for (const wx of [380, 560, 740]) windowPane(ctx, wx, 200, 90, 180, '#e8e6de', '#3a342a');
  // the icon corner, its lamp burning
  ctx.fillStyle = '#c9a955';
  ctx.fillRect(850, 190, 36, 46);
  ctx.fillStyle = '#5a3a22';
  ctx.fillRect(856, 196, 24, 34);
  glow(ctx, 868, 250, 50, '#ffcf7a', 0.8);
  // rows of cots with grey blankets
  for (const side of [-1, 1] as const) {
    for (const t of depths(6, 0.08, 0.9).reverse()) {
      const k = 1 - t;
      const yFloor = BOARD_H + (back.y1 - BOARD_H) * t;
      const cx = 600 + side * (110 + 300 * k);
      const w = 240 * k + 26;
      const h = 60 * k + 7;
      ctx.fillStyle = '#6a675e';
      ctx.fillRect(cx - w / 2, yFloor - h * 1.5, w, h);
      ctx.fillStyle = '#efece2';
      ctx.fillRect(cx - side * w * 0.5 - (side > 0 ? 0 : -0), yFloor - h * 1.5, -side * w * 0.2, h * 0.5);
      ctx.strokeStyle = '#1e1c18';
      ctx.lineWidth = Math.max(1, 3 * k);
      ctx.strokeRect(cx - w / 2, yFloor - h * 1.5, w, h * 1.5);
    }
  }
  // greatcoats on hooks along the left wall
  for (const t of depths(7, 0.1, 0.85)) {
    const s = wallAt(back, 'left', t);
    const h = s.bottom - s.top;
    poly(
      ctx,
      [
        s.x + 4,
        s.top + h * 0.3,
        s.x + 18 * (1 - t) + 6,
        s.top + h * 0.3,
        s.x + 26 * (1 - t) + 8,
        s.top + h * 0.62,
        s.x,
        s.top + h * 0.62,
      ],
      '#3d3a32',
    );
  }
  // the rifle rack in the middle aisle and two cadets, one writing
  ctx.strokeStyle = '#1c1a16';
  ctx.lineWidth = 4;
  for (let i = 0; i < 9; i += 1) {
    ctx.beginPath();
    ctx.moveTo(500 + i * 22, 660);
    ctx.lineTo(505 + i * 22, 470);
    ctx.stroke();
  }
  ctx.fillStyle = '#3b3226';
  ctx.fillRect(480, 620, 220, 14);
  figure(ctx, 960, 760, 360, { seated: true, hat: 'bare', facing: -1, tone: '#24211b' });
  ctx.fillStyle = '#efeadb';
  ctx.fillRect(880, 620, 50, 34);
  figure(ctx, 230, 800, 560, { hat: 'peaked', coat: true, tone: '#1a1814' });
  floorLines(ctx, back, 14, 'rgba(30, 24, 16, 0.22)');
}
