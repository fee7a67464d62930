// Ambience loops. Beds (noise) are generated exactly one period long and filtered circularly; events (drops,
// steps, voices) are rendered with their tails and the tails are folded onto the start. Reverb is circular.
import {
  SR,
  bandpass,
  brown,
  convolveCircular,
  filter,
  filterCircular,
  highpass,
  lowpass,
  makeIR,
  mixInto,
  peaking,
  pink,
  rms,
  scale,
  smoothRandom,
  white,
  zeros,
} from '../lib/dsp.mjs';
import { engine, fold, footstep, noiseBurst, normTo, pulse, resonate, voice } from '../sfx/kit.mjs';

const S = (s) => Math.round(s * SR);
const setRms = (x, r) => scale(x, r / (rms(x) || 1));

/** Wind: band-limited noise whose level and colour drift in slow gusts (periodic in the loop). */
function wind(rng, n, { level = 1, gustEvery = 5, centre = 350 } = {}) {
  const base = filterCircular(pink(rng, n), [lowpass(900, 0.7), highpass(60, 0.7)]);
  const howl = filterCircular(white(rng, n), [bandpass(centre, 2.5)]);
  const gust = smoothRandom(rng, n, gustEvery, SR, true);
  const flutter = smoothRandom(rng, n, 0.6, SR, true);
  const out = zeros(n);
  setRms(base, 1);
  setRms(howl, 1);
  for (let i = 0; i < n; i++) {
    const g = 0.55 + 0.35 * gust[i] + 0.08 * flutter[i];
    out[i] = level * (base[i] * g + howl[i] * 0.25 * Math.max(0, g - 0.3));
  }
  return out;
}

/** Rain: a hiss bed plus many small drops; `near` adds louder individual drops. */
function rain(rng, n, { drops = 180, hissLevel = 1, dropLevel = 1, dark = 7000 } = {}) {
  const hiss = filterCircular(pink(rng, n), [highpass(700, 0.7), lowpass(dark, 0.7)]);
  const sway = smoothRandom(rng, n, 3, SR, true);
  setRms(hiss, hissLevel);
  for (let i = 0; i < n; i++) hiss[i] *= 1 + 0.15 * sway[i];
  const d = zeros(n + S(0.1));
  let t = rng.exp(1 / drops);
  while (t * SR < n) {
    const a = rng.exp(1) * 0.5;
    const f = rng.uniform(1800, 5500);
    const len = S(rng.uniform(0.004, 0.012));
    const at = Math.floor(t * SR);
    for (let i = 0; i < len; i++) {
      const e = Math.exp(-i / (len / 4));
      d[at + i] += a * e * Math.sin(2 * Math.PI * f * (1 + i / len) * (i / SR));
    }
    t += rng.exp(1 / drops);
  }
  const dd = fold(d, n);
  filter(dd, highpass(800, 0.7));
  setRms(dd, hissLevel * 0.6 * dropLevel);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = hiss[i] + dd[i];
  return out;
}

// ---------------------------------------------------------------- rain and wind over the Neva
function rainRiver(rng) {
  const n = S(32);
  const out = zeros(n);
  const r = rain(rng.fork('rain'), n, { drops: 260, hissLevel: 1, dropLevel: 1.1 });
  const w = wind(rng.fork('wind'), n, { level: 1.1, gustEvery: 4.5, centre: 420 });
  // lapping water against the granite embankment: slow, irregular sloshes with a few bubbles
  const lap = zeros(n + S(2));
  let t = rng.uniform(0, 1);
  while (t < 32) {
    const len = rng.uniform(0.6, 1.2);
    const slosh = noiseBurst(rng, len, {
      attack: rng.uniform(0.08, 0.2),
      decay: len / 3,
      bp: rng.uniform(220, 420),
      q: 1.2,
    });
    const low = noiseBurst(rng, len, { attack: 0.12, decay: len / 2.5, lp: 180 });
    mixInto(lap, normTo(slosh, 1), S(t), rng.uniform(0.6, 1));
    mixInto(lap, normTo(low, 1), S(t), 0.5);
    for (let b = rng.int(1, 4); b > 0; b--) {
      const bt = t + rng.uniform(0.1, len);
      const blen = S(rng.uniform(0.02, 0.05));
      const f0 = rng.uniform(350, 900);
      const bub = zeros(blen);
      for (let i = 0; i < blen; i++) {
        bub[i] = Math.sin(2 * Math.PI * f0 * (1 + (0.6 * i) / blen) * (i / SR)) * Math.exp(-i / (blen / 3));
      }
      mixInto(lap, bub, S(bt), rng.uniform(0.15, 0.35));
    }
    t += rng.uniform(1.1, 2.6);
  }
  const l = fold(lap, n);
  setRms(r, 1);
  setRms(w, 0.9);
  setRms(l, 0.55);
  for (let i = 0; i < n; i++) out[i] = r[i] + w[i] + l[i];
  const ir = makeIR(rng.fork('air'), { rt60: 1.4, predelay: 0.03, damp: 3000, early: 4, earlySpread: 0.2 });
  const wet = convolveCircular(out, ir);
  for (let i = 0; i < n; i++) out[i] += wet[i] * 0.12;
  return filterCircular(out, [highpass(30, 0.7)]);
}

// ---------------------------------------------------------------- a wet street at night
function streetNight(rng) {
  const n = S(32);
  const w = wind(rng.fork('wind'), n, { level: 1, gustEvery: 6, centre: 300 });
  const drizzle = rain(rng.fork('drizzle'), n, { drops: 40, hissLevel: 0.25, dropLevel: 1.5, dark: 5000 });
  const events = zeros(n + S(4));
  // drips from the eaves into puddles
  let t = rng.uniform(0, 1);
  while (t < 32) {
    const len = S(0.06);
    const f0 = rng.uniform(700, 1600);
    const drip = zeros(len);
    for (let i = 0; i < len; i++)
      drip[i] = Math.sin(2 * Math.PI * f0 * (1 + (1.2 * i) / len) * (i / SR)) * Math.exp(-i / (len / 5));
    mixInto(events, drip, S(t), rng.uniform(0.05, 0.12));
    t += rng.uniform(0.5, 2.2);
  }
  // a distant walker on the wet pavement, coming and going (wraps round the loop)
  const walker = zeros(n + S(4));
  const startW = rng.uniform(3, 8);
  const steps = 20;
  for (let k = 0; k < steps; k++) {
    const p = k / (steps - 1);
    const a = Math.sin(Math.PI * p) ** 1.5;
    mixInto(
      walker,
      footstep(rng, { surface: 'wet', weight: rng.uniform(0.85, 1) }),
      S(startW + k * 0.58 + rng.normal() * 0.01),
      a,
    );
  }
  filter(walker, [lowpass(2500, 0.7)]);
  // a cab horse at a walk with its cart, far off: four hoof beats to the stride, and the wheels' rumble
  const cart = zeros(n + S(4));
  const startC = rng.uniform(17, 20);
  const strides = 9;
  for (let k = 0; k < strides; k++) {
    const p = k / (strides - 1);
    const a = Math.sin(Math.PI * p) ** 1.2;
    for (const [off, w] of [
      [0, 1],
      [0.27, 0.8],
      [0.55, 0.95],
      [0.8, 0.75],
    ]) {
      const hoof = zeros(S(0.2));
      const ex = pulse(rng, hoof.length, 0, 0.8, 1);
      const h = normTo(
        resonate(ex, [
          { f: rng.uniform(380, 460), decay: 0.02, amp: 1 },
          { f: rng.uniform(900, 1100), decay: 0.012, amp: 0.8 },
          { f: rng.uniform(2000, 2400), decay: 0.006, amp: 0.5 },
        ]),
        1,
      );
      mixInto(cart, h, S(startC + k * 1.15 + off + rng.normal() * 0.012), a * w * rng.uniform(0.8, 1));
    }
  }
  const rumbleLen = S(strides * 1.15);
  const rumble = filterCircular(brown(rng, rumbleLen), [lowpass(260, 0.7), highpass(50, 0.7)]);
  const bumps = smoothRandom(rng, rumbleLen, 0.07, SR);
  for (let i = 0; i < rumbleLen; i++) rumble[i] *= Math.sin((Math.PI * i) / rumbleLen) ** 1.2 * (0.7 + 0.3 * bumps[i]);
  normTo(rumble, 0.25);
  mixInto(cart, rumble, S(startC), 1);
  filter(cart, [lowpass(1800, 0.7)]);
  // sum the events, folded so they wrap round the loop, with a street's echo
  const ev = fold(events, n);
  const wk = fold(walker, n);
  const ct = fold(cart, n);
  setRms(wk, 0.12);
  setRms(ct, 0.1);
  const mix = zeros(n);
  for (let i = 0; i < n; i++) mix[i] = ev[i] + wk[i] + ct[i];
  const ir = makeIR(rng.fork('street'), { rt60: 1.6, predelay: 0.02, damp: 3000, early: 10, earlySpread: 0.12 });
  const wet = convolveCircular(mix, ir);
  setRms(w, 0.35);
  setRms(drizzle, 0.12);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = w[i] + drizzle[i] + mix[i] + wet[i] * 0.35;
  return filterCircular(out, [highpass(30, 0.7)]);
}

// ---------------------------------------------------------------- a quiet room at night
function interiorQuiet(rng) {
  const n = S(30);
  // the clock: tick and tock, twice a second (60 beats fit the loop exactly)
  const clock = zeros(n + S(0.2));
  for (let k = 0; k < 60; k++) {
    const c = resonate(pulse(rng, S(0.06), 0, 0.25, 1), [
      { f: k % 2 ? 2350 : 2700, decay: 0.007, amp: 1 },
      { f: k % 2 ? 4050 : 4550, decay: 0.004, amp: 0.5 },
      { f: 780, decay: 0.012, amp: 0.45 },
      { f: 240, decay: 0.02, amp: 0.3 },
    ]);
    mixInto(clock, normTo(c, 1), S(0.25 + k * 0.5 + rng.normal() * 0.0006), k % 2 ? 0.8 : 1);
  }
  // rain on the window: muffled outside hiss and small taps on the glass
  const outside = filterCircular(pink(rng, n), [lowpass(1400, 0.7), highpass(150, 0.7)]);
  const sway = smoothRandom(rng, n, 4, SR, true);
  for (let i = 0; i < n; i++) outside[i] *= 1 + 0.2 * sway[i];
  const taps = zeros(n + S(0.1));
  let t = rng.exp(1 / 14);
  while (t < 30) {
    const len = S(0.012);
    const f = rng.uniform(2500, 4500);
    const tap = zeros(len);
    for (let i = 0; i < len; i++) tap[i] = Math.sin((2 * Math.PI * f * i) / SR) * Math.exp(-i / (len / 5));
    mixInto(taps, tap, S(t), rng.exp(1) * 0.4);
    t += rng.exp(1 / 14);
  }
  // the stove: a low roar of the fire, crackles and the odd settling log
  const roar = filterCircular(brown(rng, n), [lowpass(220, 0.7), highpass(40, 0.7)]);
  const breathe = smoothRandom(rng, n, 1.5, SR, true);
  for (let i = 0; i < n; i++) roar[i] *= 1 + 0.35 * breathe[i];
  const crackle = zeros(n + S(0.5));
  t = rng.exp(0.5);
  while (t < 30) {
    const count = rng.chance(0.3) ? rng.int(2, 5) : 1;
    for (let c = 0; c < count; c++) {
      const b = noiseBurst(rng, 0.03, { attack: 0.0003, decay: rng.uniform(0.002, 0.006), hp: 1200, lp: 7000 });
      mixInto(crackle, b, S(t + c * rng.uniform(0.02, 0.07)), rng.exp(1) * 0.5);
    }
    t += rng.exp(0.45);
  }
  const logs = zeros(n + S(1));
  for (const at of [rng.uniform(6, 9), rng.uniform(19, 23)]) {
    const k = normTo(
      resonate(pulse(rng, S(0.4), 0, 3, 1), [
        { f: 140, decay: 0.05, amp: 1 },
        { f: 330, decay: 0.03, amp: 0.7 },
        { f: 760, decay: 0.015, amp: 0.4 },
      ]),
      1,
    );
    mixInto(logs, k, S(at), 1);
  }
  const ck = fold(clock, n);
  filter(ck, lowpass(6000, 0.7)); // a wooden case softens the escapement's click
  const tp = fold(taps, n);
  const cr = fold(crackle, n);
  const lg = fold(logs, n);
  filter(cr, lowpass(5000, 0.7));
  setRms(ck, 0.06);
  setRms(outside, 0.1);
  setRms(tp, 0.02);
  setRms(roar, 0.12);
  setRms(cr, 0.035);
  setRms(lg, 0.01);
  const dry = zeros(n);
  for (let i = 0; i < n; i++) dry[i] = ck[i] + outside[i] + tp[i] + roar[i] + cr[i] + lg[i];
  const ir = makeIR(rng.fork('room'), { rt60: 0.55, predelay: 0.004, damp: 4500 });
  const wet = convolveCircular(dry, ir);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = dry[i] + wet[i] * 0.2;
  return filterCircular(out, [highpass(30, 0.7)]);
}

// ---------------------------------------------------------------- Smolny's crowded corridors
function crowdCorridor(rng) {
  const n = S(30);
  // many voices, none intelligible: a few near, most further down the corridor
  const near = zeros(n);
  const far = zeros(n);
  for (let v = 0; v < 28; v++) {
    const r = rng.fork(`voice${v}`);
    const isNear = v < 6;
    const x = voice(r, n, { female: r.chance(0.15), loudness: r.uniform(0.6, 1.2), busy: r.uniform(0.5, 0.8) });
    filter(x, lowpass(isNear ? r.uniform(3500, 5000) : r.uniform(1500, 2600), 0.7));
    const f = fold(x, n);
    const dst = isNear ? near : far;
    for (let i = 0; i < n; i++) dst[i] += f[i];
  }
  // boots on the parquet and stone: walkers passing
  const boots = zeros(n + S(8));
  for (let w = 0; w < 14; w++) {
    const start = rng.uniform(0, 30);
    const steps = rng.int(5, 12);
    const pace = rng.uniform(0.48, 0.6);
    const level = rng.uniform(0.3, 1);
    for (let k = 0; k < steps; k++) {
      const a = level * Math.sin((Math.PI * (k + 0.5)) / steps);
      mixInto(
        boots,
        footstep(rng, { surface: rng.chance(0.6) ? 'wood' : 'cobble', weight: rng.uniform(0.9, 1.1) }),
        S(start + k * pace),
        a,
      );
    }
  }
  // doors: a latch, and the heavy door swinging to
  const doors = zeros(n + S(2));
  for (const at of [rng.uniform(4, 7), rng.uniform(18, 22)]) {
    const latch = normTo(
      resonate(pulse(rng, S(0.1), 0, 0.3, 1), [
        { f: 2100, decay: 0.012, amp: 1 },
        { f: 3400, decay: 0.008, amp: 0.6 },
        { f: 900, decay: 0.02, amp: 0.5 },
      ]),
      0.5,
    );
    mixInto(doors, latch, S(at), 1);
    const thud = normTo(
      resonate(pulse(rng, S(0.6), 0, 4, 1), [
        { f: 72, decay: 0.09, amp: 1 },
        { f: 130, decay: 0.07, amp: 0.8 },
        { f: 260, decay: 0.05, amp: 0.6 },
        { f: 610, decay: 0.025, amp: 0.35 },
      ]),
      1,
    );
    mixInto(doors, thud, S(at + rng.uniform(0.8, 1.4)), 1);
    mixInto(doors, latch, S(at + rng.uniform(0.8, 1.4) + 0.01), 0.6);
  }
  const bt = fold(boots, n);
  const dr = fold(doors, n);
  filter(bt, lowpass(5000, 0.7));
  setRms(near, 0.1);
  setRms(far, 0.14);
  setRms(bt, 0.045);
  setRms(dr, 0.02);
  const ir = makeIR(rng.fork('corridor'), { rt60: 1.9, predelay: 0.012, damp: 3500, early: 12, earlySpread: 0.06 });
  const dryNear = zeros(n);
  const sendFar = zeros(n);
  for (let i = 0; i < n; i++) {
    dryNear[i] = near[i] + bt[i] + dr[i];
    sendFar[i] = far[i] + 0.4 * dryNear[i];
  }
  const wet = convolveCircular(sendFar, ir);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = dryNear[i] + far[i] * 0.35 + wet[i] * 0.6;
  return filterCircular(out, [highpass(60, 0.7), peaking(250, 0.8, -2)]);
}

// ---------------------------------------------------------------- the Winter Palace's vast rooms
// Huge, nearly empty halls: a long, dark reverb; boots on parquet far down an enfilade; a door; a few low voices;
// wind at the tall windows; a clock somewhere, slow.
function palaceRooms(rng) {
  const n = S(32);
  const air = filterCircular(pink(rng, n), [lowpass(500, 0.7), highpass(40, 0.7)]);
  const gusts = smoothRandom(rng, n, 6, SR, true);
  for (let i = 0; i < n; i++) air[i] *= 0.8 + 0.3 * gusts[i];
  const events = zeros(n + S(6));
  // walkers crossing the halls: two or three at a time, far off, on parquet
  for (let w = 0; w < 5; w++) {
    const start = rng.uniform(0, 32);
    const steps = rng.int(8, 16);
    const pace = rng.uniform(0.5, 0.62);
    const level = rng.uniform(0.4, 1);
    for (let k = 0; k < steps; k++) {
      const a = level * Math.sin((Math.PI * (k + 0.5)) / steps);
      mixInto(events, footstep(rng, { surface: 'wood', weight: rng.uniform(0.9, 1.1) }), S(start + k * pace), a);
    }
  }
  // a tall door closing somewhere, once
  const thud = normTo(
    resonate(pulse(rng, S(0.8), 0, 5, 1), [
      { f: 58, decay: 0.12, amp: 1 },
      { f: 110, decay: 0.09, amp: 0.8 },
      { f: 240, decay: 0.05, amp: 0.5 },
    ]),
    0.7,
  );
  mixInto(events, thud, S(rng.uniform(12, 16)), 1);
  // a few low voices, far off
  const voices = zeros(n);
  for (let v = 0; v < 4; v++) {
    const r = rng.fork(`voice${v}`);
    const x = voice(r, n, { loudness: r.uniform(0.5, 0.9), busy: 0.35 });
    filter(x, lowpass(1500, 0.7));
    const f = fold(x, n);
    for (let i = 0; i < n; i++) voices[i] += f[i];
  }
  const ev = fold(events, n);
  filter(ev, lowpass(4000, 0.7));
  setRms(ev, 0.05);
  setRms(voices, 0.03);
  setRms(air, 0.08);
  const send = zeros(n);
  for (let i = 0; i < n; i++) send[i] = ev[i] + voices[i];
  const ir = makeIR(rng.fork('hall'), { rt60: 3.6, predelay: 0.04, damp: 3000, early: 14, earlySpread: 0.15 });
  const wet = convolveCircular(send, ir);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = air[i] + send[i] * 0.35 + wet[i] * 0.9;
  return filterCircular(out, [highpass(35, 0.7)]);
}

// ---------------------------------------------------------------- a motor road at night
// Lorries and motor cars of the period pass now and then on the setts; wind between them.
function motorRoad(rng) {
  const n = S(30);
  const w = wind(rng.fork('wind'), n, { level: 1, gustEvery: 5, centre: 260 });
  const traffic = zeros(n + S(12));
  const passes = [
    { at: rng.uniform(1, 3), len: 9, rpm: 620, size: 1.3, level: 1 }, // a lorry
    { at: rng.uniform(12, 14), len: 6, rpm: 1100, size: 0.8, level: 0.7 }, // a motor car
    { at: rng.uniform(21, 23), len: 8, rpm: 700, size: 1.1, level: 0.5 }, // further off
  ];
  for (const p of passes) {
    const len = S(p.len);
    const e = engine(rng, len, { rpm: p.rpm, size: p.size });
    const tyres = filterCircular(brown(rng, len), [lowpass(400, 0.7), highpass(60, 0.7)]);
    const bumps = smoothRandom(rng, len, 0.05, SR);
    setRms(e, 1);
    setRms(tyres, 0.6);
    const y = zeros(len);
    for (let i = 0; i < len; i++) {
      const pos = i / len;
      const near = Math.exp(-(((pos - 0.5) / 0.22) ** 2)); // approach, pass, recede
      y[i] = (e[i] + tyres[i] * (0.8 + 0.4 * bumps[i])) * near * p.level;
    }
    filter(y, lowpass(2500, 0.7));
    mixInto(traffic, y, S(p.at), 1);
  }
  const tr = fold(traffic, n);
  setRms(tr, 0.22);
  setRms(w, 0.2);
  const ir = makeIR(rng.fork('street'), { rt60: 1.4, predelay: 0.02, damp: 2500, early: 8, earlySpread: 0.1 });
  const wet = convolveCircular(tr, ir);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = w[i] + tr[i] + wet[i] * 0.3;
  return filterCircular(out, [highpass(30, 0.7)]);
}

// ---------------------------------------------------------------- a railway station at night
// A steam locomotive standing at the platform: the hiss of steam, the air pump's double beat, couplings clanking
// in the yard, a wagon's wheels knocking over points far off.
function railway(rng) {
  const n = S(30);
  const hiss = filterCircular(white(rng, n), [highpass(2500, 0.7), lowpass(9000, 0.7)]);
  const hissEnv = smoothRandom(rng, n, 3, SR, true);
  for (let i = 0; i < n; i++) hiss[i] *= 0.6 + 0.35 * hissEnv[i];
  // the Westinghouse air pump: a double "thump-whoosh" about every 1.5 s (20 beats fit the loop)
  const pump = zeros(n + S(1));
  for (let k = 0; k < 20; k++) {
    for (const [off, a] of [
      [0, 1],
      [0.42, 0.75],
    ]) {
      const b = noiseBurst(rng, 0.35, { attack: 0.02, decay: 0.09, bp: 700, q: 0.8 });
      const thump = resonate(pulse(rng, S(0.3), 0, 6, 1, 400), [
        { f: 70, decay: 0.05, amp: 1 },
        { f: 160, decay: 0.03, amp: 0.6 },
      ]);
      normTo(b, 1);
      normTo(thump, 0.8);
      mixInto(pump, b, S(k * 1.5 + off + rng.normal() * 0.01), a);
      mixInto(pump, thump, S(k * 1.5 + off), a);
    }
  }
  // couplings and buffers in the yard
  const yard = zeros(n + S(3));
  for (let c = 0; c < 4; c++) {
    const at = rng.uniform(0, 30);
    for (let j = 0; j < rng.int(2, 4); j++) {
      const clank = normTo(
        resonate(pulse(rng, S(1.2), 0, 2, 1), [
          { f: rng.uniform(180, 240), decay: 0.25, amp: 1 },
          { f: rng.uniform(520, 640), decay: 0.15, amp: 0.7 },
          { f: rng.uniform(1300, 1500), decay: 0.08, amp: 0.5 },
          { f: rng.uniform(2700, 3100), decay: 0.04, amp: 0.3 },
        ]),
        1,
      );
      mixInto(yard, clank, S(at + j * rng.uniform(0.25, 0.5)), rng.uniform(0.5, 1));
    }
  }
  // wheels over rail joints, far off: pairs of knocks (a bogie) slowing down
  let t = rng.uniform(15, 18);
  let gap = 0.55;
  for (let k = 0; k < 14; k++) {
    for (const d of [0, 0.11]) {
      const knock = normTo(
        resonate(pulse(rng, S(0.3), 0, 1.5, 1), [
          { f: 260, decay: 0.04, amp: 1 },
          { f: 900, decay: 0.02, amp: 0.5 },
        ]),
        1,
      );
      mixInto(yard, knock, S(t + d), 0.6 * Math.sin((Math.PI * (k + 0.5)) / 14));
    }
    t += gap;
    gap *= 1.04;
  }
  const pm = fold(pump, n);
  const yd = fold(yard, n);
  setRms(hiss, 0.05);
  setRms(pm, 0.1);
  setRms(yd, 0.06);
  const ir = makeIR(rng.fork('shed'), { rt60: 2.6, predelay: 0.03, damp: 3500, early: 10, earlySpread: 0.12 });
  const send = zeros(n);
  for (let i = 0; i < n; i++) send[i] = pm[i] + yd[i];
  const wet = convolveCircular(send, ir);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = hiss[i] + pm[i] + yd[i] * 0.5 + wet[i] * 0.6;
  return filterCircular(out, [highpass(35, 0.7)]);
}

// ---------------------------------------------------------------- a barracks room
// Soldiers in a big room with a plank floor: talk, a laugh now and then, boots, a stove, rifles and mess tins.
function barracks(rng) {
  const n = S(30);
  const talk = zeros(n);
  for (let v = 0; v < 14; v++) {
    const r = rng.fork(`voice${v}`);
    const x = voice(r, n, { loudness: r.uniform(0.6, 1.2), busy: r.uniform(0.4, 0.75) });
    filter(x, lowpass(v < 4 ? 4000 : 2000, 0.7));
    const f = fold(x, n);
    for (let i = 0; i < n; i++) talk[i] += f[i];
  }
  const events = zeros(n + S(4));
  for (let k = 0; k < 18; k++) {
    mixInto(
      events,
      footstep(rng, { surface: 'wood', weight: rng.uniform(1, 1.3) }),
      S(rng.uniform(0, 30)),
      rng.uniform(0.3, 0.8),
    );
  }
  // metal: a rifle bolt worked, a mess tin set down
  for (let k = 0; k < 6; k++) {
    const metal = normTo(
      resonate(pulse(rng, S(0.5), 0, 0.5, 1), [
        { f: rng.uniform(1700, 2300), decay: 0.05, amp: 1 },
        { f: rng.uniform(3300, 4200), decay: 0.03, amp: 0.7 },
        { f: rng.uniform(600, 900), decay: 0.06, amp: 0.5 },
      ]),
      1,
    );
    mixInto(events, metal, S(rng.uniform(0, 30)), rng.uniform(0.2, 0.5));
  }
  const roar = filterCircular(brown(rng, n), [lowpass(200, 0.7), highpass(40, 0.7)]);
  const ev = fold(events, n);
  setRms(talk, 0.14);
  setRms(ev, 0.05);
  setRms(roar, 0.06);
  const ir = makeIR(rng.fork('room'), { rt60: 1.3, predelay: 0.01, damp: 3500, early: 10, earlySpread: 0.05 });
  const send = zeros(n);
  for (let i = 0; i < n; i++) send[i] = talk[i] + ev[i];
  const wet = convolveCircular(send, ir);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = send[i] + roar[i] + wet[i] * 0.45;
  return filterCircular(out, [highpass(60, 0.7)]);
}

const def = (id, title, caption, render, opusKbps) => ({
  id,
  kind: 'ambience',
  title,
  caption,
  opusKbps,
  async render(rng) {
    return { samples: render(rng), loop: true };
  },
});

export const ambience = [
  def(
    'rain_river',
    'Rain and wind over the Neva (synthesised)',
    '[Rain and wind over the river; water laps at the embankment]',
    rainRiver,
  ),
  def(
    'street_night',
    'A wet street at night (synthesised)',
    '[A wet street at night: wind, dripping eaves, distant footsteps and a horse and cart]',
    streetNight,
  ),
  def(
    'interior_quiet',
    'A quiet room at night (synthesised)',
    '[A quiet room at night: a clock ticks, rain taps the window, the stove crackles]',
    interiorQuiet,
  ),
  def(
    'crowd_corridor',
    "Smolny's crowded corridors (synthesised)",
    '[Crowded corridors: a murmur of many voices, boots, doors]',
    crowdCorridor,
    32, // near voices: at 24 kbps the Opus seam steps further than anything inside the loop
  ),
  def(
    'palace_rooms',
    "The Winter Palace's vast rooms (synthesised)",
    '[Vast, echoing rooms: distant boots on parquet, a door far off, wind at tall windows]',
    palaceRooms,
  ),
  def(
    'motor_road',
    'A motor road at night (synthesised)',
    '[A road at night: a motor lorry and a car pass on the setts; wind]',
    motorRoad,
  ),
  def(
    'railway',
    'A railway station at night (synthesised)',
    '[A railway station: a locomotive hisses and pants, couplings clank in the yard]',
    railway,
  ),
  def(
    'barracks',
    'A barracks room (synthesised)',
    '[A barracks room: soldiers talking, boots on planks, the clink of rifles and mess tins]',
    barracks,
  ),
];
