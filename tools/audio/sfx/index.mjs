// One-shot effects, all synthesised from seeded noise and resonators (nothing recorded, nothing to license).
import {
  SR,
  bandpass,
  convolve,
  dcBlock,
  fade,
  filter,
  filterVarying,
  highpass,
  lowpass,
  makeIR,
  mixInto,
  peaking,
  reverb,
  smoothRandom,
  trimTail,
  white,
  zeros,
} from '../lib/dsp.mjs';
import { bellStrike, engine, footstep, noiseBurst, normTo, pulse, resonate } from './kit.mjs';

const S = (s) => Math.round(s * SR);

// ---------------------------------------------------------------- door knock: three knuckle raps on a wooden door
function doorKnock(rng) {
  const n = S(1.6);
  const ex = zeros(n);
  const times = [0.05, 0.33, 0.58];
  const amps = [0.9, 0.85, 1];
  const clicks = zeros(n);
  times.forEach((t, k) => {
    const a = amps[k] * rng.uniform(0.9, 1.05);
    const p = pulse(rng, n, S(t), rng.uniform(0.5, 0.8), a);
    for (let i = 0; i < n; i++) ex[i] += p[i];
    const c = pulse(rng, n, S(t), 0.4, a * 0.5);
    for (let i = 0; i < n; i++) clicks[i] += c[i];
  });
  const door = resonate(ex, [
    { f: 96, decay: 0.09, amp: 1.6 },
    { f: 163, decay: 0.07, amp: 1.3 },
    { f: 236, decay: 0.06, amp: 1.0 },
    { f: 318, decay: 0.045, amp: 0.9 },
    { f: 482, decay: 0.035, amp: 1.0 },
    { f: 725, decay: 0.022, amp: 1.0 },
    { f: 1110, decay: 0.014, amp: 0.9 },
    { f: 1660, decay: 0.009, amp: 0.7 },
    { f: 2450, decay: 0.006, amp: 0.5 },
  ]);
  filter(clicks, [highpass(1500, 0.7), lowpass(7000, 0.7)]);
  normTo(door, 1);
  normTo(clicks, 0.35);
  const dry = zeros(n);
  for (let i = 0; i < n; i++) dry[i] = door[i] + clicks[i];
  const ir = makeIR(rng.fork('hall'), { rt60: 0.7, predelay: 0.006, damp: 4000 });
  return trimTail(dcBlock(reverb(dry, ir, 0.18)));
}

// ---------------------------------------------------------------- magneto telephone: two gongs, hand-cranked ringer
function telephoneRing(rng) {
  const n = S(5.4);
  const gongs = [
    { f0: 1180, ex: zeros(n) },
    { f0: 1320, ex: zeros(n) },
  ];
  const rattle = zeros(n);
  // two bursts of cranking; the generator speeds up at the start and slows at the end
  const bursts = [
    [0.05, 1.45],
    [1.95, 3.55],
  ];
  for (const [a, b] of bursts) {
    let t = a;
    let k = 0;
    while (t < b) {
      const p = (t - a) / (b - a);
      const hz = 15 + 5 * Math.sin(Math.PI * Math.min(1, p * 1.6)) + rng.normal() * 0.3; // ringing current
      const amp = Math.min(1, p * 8) * Math.min(1, (1 - p) * 10 + 0.2) * rng.uniform(0.8, 1);
      const g = gongs[k % 2];
      const idx = S(t);
      g.ex[idx] += amp;
      rattle[idx] += amp * 0.6;
      t += 1 / (2 * hz);
      k++;
    }
  }
  const plate = (f0) => [
    { f: f0, decay: 0.9, amp: 1 },
    { f: f0 * 2.31, decay: 0.45, amp: 0.55 },
    { f: f0 * 3.98, decay: 0.25, amp: 0.35 },
    { f: f0 * 5.87, decay: 0.14, amp: 0.2 },
    { f: f0 * 8.2, decay: 0.08, amp: 0.12 },
  ];
  const out = zeros(n);
  for (const g of gongs) {
    filter(g.ex, lowpass(6000, 0.7));
    const y = resonate(g.ex, plate(g.f0));
    const y2 = resonate(g.ex, plate(g.f0 * 1.003)); // each gong is slightly out of round: it beats
    for (let i = 0; i < n; i++) out[i] += y[i] + 0.5 * y2[i];
  }
  filter(rattle, [highpass(2500, 0.7), lowpass(8000, 0.7)]);
  for (let i = 0; i < n; i++) out[i] += rattle[i] * 0.8;
  fade(out, 0, 0.5);
  const ir = makeIR(rng.fork('room'), { rt60: 0.5, predelay: 0.004, damp: 6000 });
  return trimTail(dcBlock(reverb(out, ir, 0.12)));
}

// ---------------------------------------------------------------- typewriter: a line of typing, the bell, the return
function typewriter(rng) {
  const n = S(4.4);
  const out = zeros(n);
  const strike = (t, space) => {
    const len = S(0.2);
    const ex = pulse(rng, len, 0, rng.uniform(0.25, 0.45), 1);
    const body = resonate(ex, [
      { f: rng.uniform(170, 200), decay: 0.03, amp: space ? 1.6 : 0.8 },
      { f: rng.uniform(400, 460), decay: 0.02, amp: 0.8 },
      { f: rng.uniform(880, 980), decay: 0.012, amp: 1 },
      { f: rng.uniform(1900, 2200), decay: 0.008, amp: space ? 0.3 : 1 },
      { f: rng.uniform(3300, 3900), decay: 0.005, amp: space ? 0.1 : 0.8 },
    ]);
    const hit = Float64Array.from(ex);
    filter(hit, [highpass(1500, 0.7)]);
    normTo(body, 1);
    normTo(hit, space ? 0 : 0.8);
    const y = zeros(len);
    for (let i = 0; i < len; i++) y[i] = body[i] + hit[i];
    mixInto(out, y, S(t), rng.uniform(0.75, 1.0));
    // escapement click as the carriage steps
    const esc = zeros(S(0.05));
    const e2 = resonate(pulse(rng, esc.length, 0, 0.3, 1), [
      { f: 3100, decay: 0.006, amp: 1 },
      { f: 4700, decay: 0.004, amp: 0.6 },
    ]);
    mixInto(out, e2, S(t + rng.uniform(0.018, 0.028)), 0.25);
  };
  let t = 0.05;
  let col = 0;
  while (t < 2.9) {
    const space = col > 2 && rng.chance(0.17);
    strike(t, space);
    col++;
    t += rng.uniform(0.09, 0.17) + (rng.chance(0.08) ? rng.uniform(0.15, 0.3) : 0);
  }
  // margin bell
  const bell = bellStrike(rng, {
    f0: 2850,
    seconds: 1.2,
    strike: 0.1,
    partials: [
      { ratio: 1, amp: 1, decay: 0.45 },
      { ratio: 2.72, amp: 0.3, decay: 0.2 },
      { ratio: 5.1, amp: 0.1, decay: 0.1 },
    ],
  });
  mixInto(out, bell, S(t), 0.22);
  // carriage return: a ratcheting zip and a thump
  const crStart = t + 0.35;
  const crLen = 0.42;
  for (let k = 0; k < 22; k++) {
    const tt = crStart + (k / 22) * crLen * (1 + 0.15 * (k / 22));
    const c = resonate(pulse(rng, S(0.03), 0, 0.3, 1), [
      { f: rng.uniform(1900, 2300), decay: 0.004, amp: 1 },
      { f: rng.uniform(600, 700), decay: 0.008, amp: 0.6 },
    ]);
    mixInto(out, c, S(tt), 0.18);
  }
  const slide = noiseBurst(rng, crLen, { attack: 0.05, decay: 0.25, bp: 1400, q: 0.8 });
  mixInto(out, slide, S(crStart), 0.05);
  const thump = resonate(pulse(rng, S(0.25), 0, 2, 1, 1500), [
    { f: 120, decay: 0.05, amp: 1.2 },
    { f: 310, decay: 0.03, amp: 0.8 },
    { f: 1500, decay: 0.01, amp: 0.3 },
  ]);
  mixInto(out, thump, S(crStart + crLen + 0.02), 0.9);
  const ir = makeIR(rng.fork('office'), { rt60: 0.45, predelay: 0.004, damp: 5000 });
  return trimTail(dcBlock(reverb(out, ir, 0.15)));
}

// ---------------------------------------------------------------- tram bell: the motorman's gong, struck twice
function tramBell(rng) {
  const partials = [
    { ratio: 1, amp: 1, decay: 1.6 },
    { ratio: 2.66, amp: 0.6, decay: 0.9 },
    { ratio: 4.98, amp: 0.35, decay: 0.5 },
    { ratio: 7.9, amp: 0.18, decay: 0.25 },
    { ratio: 11.3, amp: 0.08, decay: 0.12 },
  ];
  const n = S(3.2);
  const out = zeros(n);
  for (const [t, a] of [
    [0.02, 1],
    [0.3, 0.85],
  ]) {
    mixInto(out, bellStrike(rng, { f0: 760, partials, seconds: 2.9, strike: 0.25, mistune: 0.002 }), S(t), a);
  }
  const ir = makeIR(rng.fork('street'), { rt60: 1.2, predelay: 0.02, damp: 5000 });
  return trimTail(dcBlock(reverb(out, ir, 0.16)));
}

// ---------------------------------------------------------------- distant rifle shot, echoing off stone facades
function rifleShot(rng) {
  const n = S(4.5);
  const dry = zeros(n);
  const crack = noiseBurst(rng, 0.05, { attack: 0.0002, decay: 0.005, hp: 600, lp: 5000 });
  const boom = resonate(pulse(rng, S(0.4), 0, 6, 1, 600), [
    { f: 70, decay: 0.06, amp: 2.2 },
    { f: 120, decay: 0.05, amp: 1.5 },
    { f: 210, decay: 0.03, amp: 0.8 },
  ]);
  const body = noiseBurst(rng, 0.3, { attack: 0.001, decay: 0.03, lp: 2500, hp: 250 });
  normTo(crack, 1);
  normTo(boom, 0.35);
  normTo(body, 0.5);
  mixInto(dry, crack, S(0.05), 1);
  mixInto(dry, boom, S(0.05), 1);
  mixInto(dry, body, S(0.05), 1);
  // discrete echoes from the embankment and the facades, later ones darker
  const src = dry.slice(0, S(0.5));
  const echoes = [
    [0.17, 0.45],
    [0.29, 0.35],
    [0.44, 0.3],
    [0.61, 0.22],
    [0.83, 0.16],
    [1.12, 0.12],
    [1.5, 0.07],
  ];
  const wet = zeros(n);
  for (const [d, a] of echoes) {
    const e = Float64Array.from(src);
    filter(e, lowpass(2200 / (1 + d * 2), 0.7));
    mixInto(wet, e, S(d + rng.uniform(-0.01, 0.01)), a * (rng.chance(0.5) ? 1 : -1));
  }
  const ir = makeIR(rng.fork('city'), { rt60: 3.0, predelay: 0.05, damp: 2500, early: 10, earlySpread: 0.3 });
  const tail = convolve(dry, ir);
  const out = zeros(n);
  for (let i = 0; i < n; i++) out[i] = dry[i] + wet[i] + tail[i] * 0.7;
  // distance: air absorbs the highs
  filter(out, [lowpass(4500, 0.6), highpass(60, 0.7)]);
  return trimTail(out, -62, 0.1);
}

// ---------------------------------------------------------------- mantel clock striking three, over its ticking
function clockStrike(rng) {
  const n = S(7.5);
  const out = zeros(n);
  // ticking (tick and tock differ)
  for (let k = 0; k * 0.5 < 7.3; k++) {
    const c = resonate(pulse(rng, S(0.05), 0, 0.25, 1), [
      { f: k % 2 ? 2400 : 2750, decay: 0.006, amp: 1 },
      { f: k % 2 ? 4100 : 4600, decay: 0.004, amp: 0.5 },
      { f: 820, decay: 0.01, amp: 0.4 },
    ]);
    mixInto(out, c, S(0.1 + k * 0.5), 0.05);
  }
  // warning: the strike train unlocks and the fly whirrs briefly
  const whirr = (t, dur) => {
    const w = noiseBurst(rng, dur, { attack: 0.01, decay: dur / 2, bp: 1100, q: 2 });
    for (let i = 0; i < w.length; i++) w[i] *= 0.6 + 0.4 * Math.sin((2 * Math.PI * 38 * i) / SR);
    mixInto(out, w, S(t), 0.05);
  };
  const lock = resonate(pulse(rng, S(0.05), 0, 0.3, 1), [
    { f: 1900, decay: 0.01, amp: 1 },
    { f: 3300, decay: 0.006, amp: 0.5 },
  ]);
  mixInto(out, lock, S(0.3), 0.12);
  const gong = [
    { ratio: 1, amp: 1, decay: 2.4 },
    { ratio: 2.76, amp: 0.55, decay: 1.4 },
    { ratio: 5.4, amp: 0.35, decay: 0.8 },
    { ratio: 8.93, amp: 0.18, decay: 0.45 },
    { ratio: 13.3, amp: 0.08, decay: 0.25 },
  ];
  for (let k = 0; k < 3; k++) {
    const t = 0.55 + k * 1.45;
    whirr(t - 0.22, 0.2);
    mixInto(
      out,
      bellStrike(rng, { f0: 236, partials: gong, seconds: 6.5 - k * 1.45, strike: 0.15, mistune: 0.003 }),
      S(t),
      0.9,
    );
  }
  const ir = makeIR(rng.fork('room'), { rt60: 0.6, predelay: 0.005, damp: 4500 });
  return fade(dcBlock(reverb(out, ir, 0.15).slice(0, n)), 0.002, 1.2);
}

// ---------------------------------------------------------------- footsteps on cobbles
function footstepsCobbles(rng) {
  const n = S(5);
  const out = zeros(n);
  let t = 0.05;
  for (let k = 0; k < 8; k++) {
    const w = (k % 2 ? 0.85 : 1) * rng.uniform(0.85, 1.05);
    mixInto(out, footstep(rng, { surface: 'cobble', weight: w }), S(t), 1);
    t += rng.uniform(0.52, 0.6);
  }
  const ir = makeIR(rng.fork('street'), { rt60: 0.9, predelay: 0.015, damp: 4000, early: 8, earlySpread: 0.08 });
  return trimTail(dcBlock(reverb(out, ir, 0.2)));
}

// ---------------------------------------------------------------- Orthodox trezvon (not a melody)
// 3 slow strokes of the big bell (blagovest), then 8 bars: 4 small zazvonnye bells in an eighth-note ostinato,
// 2 middle podzvonnye bells on the accents, the big bell every second bar; a final stroke on all bells.
function churchBells(rng) {
  const bellPartials = (r) => [
    { ratio: 0.5 * (1 + r.uniform(-0.03, 0.03)), amp: 0.7, decay: 1.0 },
    { ratio: 1, amp: 1, decay: 0.7 },
    { ratio: 1.19 + r.uniform(-0.04, 0.05), amp: 0.8, decay: 0.55 },
    { ratio: 1.5 + r.uniform(-0.05, 0.05), amp: 0.45, decay: 0.4 },
    { ratio: 2.0 + r.uniform(-0.06, 0.06), amp: 0.7, decay: 0.35 },
    { ratio: 2.61 + r.uniform(-0.08, 0.08), amp: 0.35, decay: 0.25 },
    { ratio: 3.2 + r.uniform(-0.1, 0.1), amp: 0.3, decay: 0.18 },
    { ratio: 4.2 + r.uniform(-0.15, 0.15), amp: 0.2, decay: 0.12 },
    { ratio: 5.4 + r.uniform(-0.2, 0.2), amp: 0.15, decay: 0.08 },
    { ratio: 6.8 + r.uniform(-0.3, 0.3), amp: 0.1, decay: 0.06 },
    { ratio: 8.5 + r.uniform(-0.4, 0.4), amp: 0.07, decay: 0.045 },
    { ratio: 10.6 + r.uniform(-0.5, 0.5), amp: 0.05, decay: 0.035 },
    { ratio: 13.1 + r.uniform(-0.6, 0.6), amp: 0.03, decay: 0.025 },
  ];
  // decays above are relative: scale by each bell's size
  const makeBell = (f0, size, label) => {
    const r = rng.fork(label);
    const partials = bellPartials(r).map((p) => ({ ...p, decay: p.decay * size }));
    return { f0: f0 * (1 + r.uniform(-0.02, 0.02)), partials, size, r };
  };
  const big = makeBell(104, 9, 'big');
  const middle = [makeBell(311, 4, 'mid1'), makeBell(367, 3.6, 'mid2')];
  const small = [
    makeBell(723, 2.2, 's1'),
    makeBell(861, 2, 's2'),
    makeBell(1019, 1.8, 's3'),
    makeBell(1187, 1.6, 's4'),
  ];
  const events = [];
  const hit = (bell, t, a) => events.push({ bell, t, a: a * rng.uniform(0.88, 1.05) });
  // blagovest
  [0, 3.2, 6.4].forEach((t) => hit(big, t, 1));
  // trezvon: 8 bars of 4/4 at about 138 to the quarter
  const q = 60 / 138;
  const start = 9.4;
  const pattern = [0, 1, 0, 2, 0, 1, 3, 2];
  for (let bar = 0; bar < 8; bar++) {
    const t0 = start + bar * 4 * q;
    for (let e = 0; e < 8; e++) {
      const sw = e % 2 ? 0.03 * q : 0; // a slight lilt on the off-beats
      hit(
        small[pattern[(e + (bar % 2 ? 4 : 0)) % 8]],
        t0 + e * 0.5 * q + sw + rng.normal() * 0.008,
        e % 2 ? 0.55 : 0.7,
      );
    }
    hit(middle[0], t0, 0.75);
    hit(middle[1], t0 + 1.5 * q, 0.65);
    hit(middle[0], t0 + 2 * q, 0.6);
    hit(middle[1], t0 + 3.5 * q, 0.55);
    if (bar % 2 === 0) hit(big, t0, 0.9);
  }
  const end = start + 8 * 4 * q;
  for (const b of [big, ...middle, ...small]) hit(b, end + rng.uniform(0, 0.03), b === big ? 1 : 0.75);
  const total = end + 6.5;
  const n = S(total);
  const out = zeros(n);
  for (const ev of events) {
    const { bell } = ev;
    const left = Math.min(total - ev.t, bell.size * 1.4);
    if (left <= 0.05) continue;
    const s = bellStrike(bell.r, {
      f0: bell.f0,
      partials: bell.partials,
      seconds: left,
      strike: 0.35,
      mistune: 0.0015,
    });
    // bigger bells are louder; distance softens the highest partials
    const level = bell === big ? 1 : middle.includes(bell) ? 0.55 : 0.32;
    mixInto(out, s, S(ev.t), ev.a * level);
  }
  filter(out, [lowpass(6500, 0.7), peaking(250, 0.8, 2)]);
  const ir = makeIR(rng.fork('square'), { rt60: 2.2, predelay: 0.04, damp: 3500, early: 8, earlySpread: 0.2 });
  const wet = reverb(out, ir, 0.3);
  return fade(dcBlock(wet.slice(0, n)), 0.002, 2.5);
}

// ---------------------------------------------------------------- telegraph sounder: "ПЕТРОГРАД" in Russian Morse
// Russian Morse (1856 table): П ·−−·  Е ·  Т −  Р ·−·  О −−−  Г −−·  Р ·−·  А ·−  Д −··
export const RUSSIAN_MORSE = {
  А: '.-',
  Б: '-...',
  В: '.--',
  Г: '--.',
  Д: '-..',
  Е: '.',
  Ж: '...-',
  З: '--..',
  И: '..',
  Й: '.---',
  К: '-.-',
  Л: '.-..',
  М: '--',
  Н: '-.',
  О: '---',
  П: '.--.',
  Р: '.-.',
  С: '...',
  Т: '-',
  У: '..-',
  Ф: '..-.',
  Х: '....',
  Ц: '-.-.',
  Ч: '---.',
  Ш: '----',
  Щ: '--.-',
  Ы: '-.--',
  Ь: '-..-',
  Э: '..-..',
  Ю: '..--',
  Я: '.-.-',
};
export const TELEGRAPH_TEXT = 'ПЕТРОГРАД';

/** Key-down/key-up times (in dot units) for a word. */
export function morseTimeline(word) {
  const marks = [];
  let u = 0;
  [...word].forEach((ch, ci) => {
    const code = RUSSIAN_MORSE[ch];
    if (!code) throw new Error(`no Morse for ${ch}`);
    if (ci > 0) u += 3 - 1; // a letter gap is 3 units (1 already added after the last element)
    for (const el of code) {
      const len = el === '.' ? 1 : 3;
      marks.push({ down: u, up: u + len, el });
      u += len + 1;
    }
  });
  return { marks, units: u };
}

function telegraph(rng) {
  const unit = 0.07; // about 17 words a minute
  const { marks, units } = morseTimeline(TELEGRAPH_TEXT);
  const n = S(units * unit + 0.8);
  const out = zeros(n);
  const click = (down) =>
    resonate(
      pulse(rng, S(0.08), 0, 0.35, 1),
      down
        ? [
            { f: 640, decay: 0.022, amp: 1 },
            { f: 1850, decay: 0.012, amp: 0.9 },
            { f: 3150, decay: 0.008, amp: 0.6 },
            { f: 330, decay: 0.03, amp: 0.7 },
          ]
        : [
            { f: 910, decay: 0.015, amp: 0.7 },
            { f: 2450, decay: 0.009, amp: 0.9 },
            { f: 4200, decay: 0.006, amp: 0.6 },
          ],
    );
  const jitter = () => rng.normal() * 0.06; // hand-keyed, a little uneven (in units)
  for (const m of marks) {
    const d = 0.1 + (m.down + jitter()) * unit;
    const u = 0.1 + (m.up + jitter() * 0.5) * unit;
    mixInto(out, click(true), S(d), rng.uniform(0.9, 1));
    mixInto(out, click(false), S(u), rng.uniform(0.6, 0.7));
  }
  const ir = makeIR(rng.fork('office'), { rt60: 0.5, predelay: 0.003, damp: 5000 });
  return trimTail(dcBlock(reverb(out, ir, 0.14)));
}

// ---------------------------------------------------------------- guns: a shared model of a report heard from afar
/** One report: a broadband blast, a low thump falling in pitch (bigger guns lower and longer), darkened by distance. */
function report(rng, { size = 1, distance = 1 } = {}) {
  const n = S(0.6 + size * 1.2);
  const out = zeros(n);
  const blast = noiseBurst(rng, 0.25 * size, { attack: 0.0003, decay: 0.012 * size, hp: 200, lp: 7000 / distance });
  normTo(blast, 1);
  mixInto(out, blast, 0, 1);
  // the thump: a sine sweep from ~80/size Hz downwards with a fast attack
  const f0 = 90 / Math.sqrt(size);
  const len = S(0.5 * size + 0.2);
  let ph = 0;
  for (let i = 0; i < len && i < n; i++) {
    const t = i / SR;
    const f = f0 * (0.45 + 0.55 * Math.exp(-t / (0.08 * size)));
    ph += (2 * Math.PI * f) / SR;
    out[i] += 1.4 * Math.sin(ph) * Math.exp(-t / (0.12 * size)) * Math.min(1, t / 0.002);
  }
  const rumble = noiseBurst(rng, 0.6 * size + 0.2, { attack: 0.003, decay: 0.18 * size, lp: 300, hp: 25 });
  normTo(rumble, 0.7);
  mixInto(out, rumble, 0, 1);
  filter(out, [lowpass(5000 / distance, 0.6), highpass(22, 0.7)]);
  return out;
}

/** Echoes from embankments and facades (irregular, darker with delay) and a long city reverb. */
function overTheCity(rng, dry, seconds, { rt60 = 3.5, echoes = 8, spread = 1.8, wet = 0.8 } = {}) {
  const n = S(seconds);
  const out = zeros(n);
  mixInto(out, dry, 0, 1);
  for (let k = 0; k < echoes; k++) {
    const d = rng.uniform(0.12, spread) * (1 + k / echoes);
    const e = Float64Array.from(dry);
    filter(e, lowpass(2400 / (1 + d * 1.5), 0.7));
    mixInto(out, e, S(d), (rng.uniform(0.12, 0.4) / (1 + d)) * (rng.chance(0.5) ? 1 : -1));
  }
  const ir = makeIR(rng.fork('city'), { rt60, predelay: 0.06, damp: 1800, early: 12, earlySpread: 0.4 });
  const tail = convolve(dry, ir);
  for (let i = 0; i < n && i < tail.length; i++) out[i] += tail[i] * wet;
  return out;
}

// ---------------------------------------------------------------- the Aurora's blank, from the river
function auroraBlank(rng) {
  const dry = report(rng, { size: 2.2, distance: 1.3 });
  const out = overTheCity(rng, dry, 8, { rt60: 4.5, echoes: 10, spread: 2.2, wet: 1 });
  return trimTail(dcBlock(out), -60, 0.1);
}

// ---------------------------------------------------------------- the Peter and Paul Fortress's guns
function fortressGuns(rng) {
  const dry = zeros(S(8));
  for (const [t, a] of [
    [0.05, 1],
    [2.6, 0.85],
    [4.3, 0.95],
  ]) {
    mixInto(dry, report(rng, { size: 1.8 + rng.uniform(-0.2, 0.2), distance: 1.8 }), S(t), a);
  }
  const out = overTheCity(rng, dry, 11, { rt60: 4, echoes: 9, spread: 2, wet: 0.9 });
  return trimTail(dcBlock(out), -60, 0.1);
}

// ---------------------------------------------------------------- a volley of rifles
function volley(rng) {
  const dry = zeros(S(1.2));
  for (let k = 0; k < 16; k++) {
    const crack = noiseBurst(rng, 0.05, { attack: 0.0002, decay: 0.004, hp: 700, lp: 6000 });
    normTo(crack, 1);
    const boom = report(rng, { size: 0.35, distance: 1.2 });
    normTo(boom, 0.5);
    const t = Math.abs(rng.normal()) * 0.045 + (k === 15 ? rng.uniform(0.15, 0.25) : 0); // one rifle late
    mixInto(dry, crack, S(0.02 + t), rng.uniform(0.5, 1));
    mixInto(dry, boom, S(0.02 + t), rng.uniform(0.5, 1));
  }
  const out = overTheCity(rng, dry, 5, { rt60: 3, echoes: 8, spread: 1.4, wet: 0.7 });
  filter(out, [lowpass(5000, 0.6)]);
  return trimTail(dcBlock(out), -62, 0.1);
}

// ---------------------------------------------------------------- a machine gun, far off
// A Maxim fires about 600 rounds a minute: two bursts, heard across the rooftops.
function machineGunFar(rng) {
  const dry = zeros(S(4));
  const burst = (from, count) => {
    for (let k = 0; k < count; k++) {
      const shot = report(rng, { size: 0.3, distance: 2.5 });
      const crack = noiseBurst(rng, 0.03, { attack: 0.0002, decay: 0.003, hp: 900, lp: 3000 });
      normTo(shot, 1);
      normTo(crack, 0.5);
      const t = from + k * 0.1 + rng.normal() * 0.003;
      const a = rng.uniform(0.8, 1);
      mixInto(dry, shot, S(t), a);
      mixInto(dry, crack, S(t), a);
    }
  };
  burst(0.05, 14);
  burst(2.1, 9);
  const out = overTheCity(rng, dry, 6, { rt60: 2.8, echoes: 6, spread: 1.2, wet: 0.8 });
  filter(out, [lowpass(3000, 0.6)]);
  return trimTail(dcBlock(out), -62, 0.1);
}

// ---------------------------------------------------------------- vehicles
/** A vehicle passing: engine and tyres, approaching, loudest at `peakAt` (0–1), receding; with armour plates. */
function passing(rng, seconds, { rpm, size, peakAt = 0.5, width = 0.25, rattle = 0, gear = 0 }) {
  const n = S(seconds);
  const e = engine(rng, n, { rpm, size, rough: 0.2 });
  const rev = smoothRandom(rng, n, 1.2, SR);
  const tyres = white(rng, n);
  filter(tyres, [lowpass(500, 0.7), highpass(50, 0.7)]);
  normTo(e, 1);
  normTo(tyres, 0.5);
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    const p = i / n;
    const near = Math.exp(-(((p - peakAt) / width) ** 2));
    out[i] = (e[i] * (1 + 0.15 * rev[i]) + tyres[i]) * near;
  }
  if (gear) {
    // the gearbox whine of a heavy chassis
    let ph = 0;
    for (let i = 0; i < n; i++) {
      const p = i / n;
      ph += (2 * Math.PI * gear * (1 + 0.1 * p)) / SR;
      out[i] += 0.06 * Math.sin(ph) * Math.exp(-(((p - peakAt) / width) ** 2));
    }
  }
  if (rattle) {
    // loose armour plates and chains knocking over the setts
    for (let t = rng.uniform(0, 0.1); t < seconds; t += rng.uniform(0.06, 0.22)) {
      const p = t / seconds;
      const near = Math.exp(-(((p - peakAt) / width) ** 2));
      const k = normTo(
        resonate(pulse(rng, S(0.2), 0, 0.6, 1), [
          { f: rng.uniform(700, 1100), decay: 0.03, amp: 1 },
          { f: rng.uniform(1900, 2600), decay: 0.02, amp: 0.6 },
        ]),
        1,
      );
      mixInto(out, k, S(t), rattle * near * rng.uniform(0.4, 1));
    }
  }
  filter(out, [lowpass(3500, 0.7)]);
  return out;
}

function armouredCar(rng) {
  const dry = passing(rng, 8, { rpm: 600, size: 1.5, peakAt: 0.55, width: 0.28, rattle: 0.25, gear: 180 });
  const ir = makeIR(rng.fork('street'), { rt60: 1.6, predelay: 0.02, damp: 2500, early: 8, earlySpread: 0.1 });
  return fade(dcBlock(reverb(dry, ir, 0.25).slice(0, S(8))), 0.3, 0.8);
}

/** A bulb horn: a reed buzzing through a brass horn, squeezed twice. */
function bulbHorn(rng) {
  const n = S(0.9);
  const out = zeros(n);
  for (const [t, d] of [
    [0, 0.28],
    [0.4, 0.38],
  ]) {
    const len = S(d);
    let ph = 0;
    const y = zeros(len);
    for (let i = 0; i < len; i++) {
      const p = i / len;
      const f = 330 * (1 - 0.06 * p) * (1 + 0.004 * rng.normal());
      ph += f / SR;
      const saw = 2 * (ph - Math.floor(ph)) - 1;
      y[i] = saw * Math.min(1, p / 0.08) * Math.min(1, (1 - p) / 0.15);
    }
    filter(y, [bandpass(1100, 1.5), peaking(2400, 2, 6), highpass(250, 0.7)]);
    normTo(y, 1);
    mixInto(out, y, S(t), 1);
  }
  return out;
}

function motorCar(rng) {
  const dry = passing(rng, 6.5, { rpm: 1000, size: 0.8, peakAt: 0.5, width: 0.24 });
  normTo(dry, 1);
  mixInto(dry, bulbHorn(rng), S(1.6), 0.45);
  const ir = makeIR(rng.fork('street'), { rt60: 1.4, predelay: 0.02, damp: 3000, early: 8, earlySpread: 0.1 });
  return fade(dcBlock(reverb(dry, ir, 0.22).slice(0, S(6.5))), 0.3, 0.8);
}

// ---------------------------------------------------------------- footsteps on parquet, in a large room
function footstepsParquet(rng) {
  const n = S(5.5);
  const out = zeros(n);
  let t = 0.05;
  for (let k = 0; k < 8; k++) {
    const w = (k % 2 ? 0.85 : 1) * rng.uniform(0.9, 1.05);
    mixInto(out, footstep(rng, { surface: 'wood', weight: w }), S(t), 1);
    if (rng.chance(0.3)) {
      // a board creaks under the weight
      const len = S(0.18);
      const creak = zeros(len);
      const f0 = rng.uniform(380, 620);
      let ph = 0;
      for (let i = 0; i < len; i++) {
        ph += (f0 * (1 + 0.3 * Math.sin((Math.PI * i) / len))) / SR;
        creak[i] = (ph % 1 < 0.1 ? 1 : 0) * Math.sin((Math.PI * i) / len);
      }
      filter(creak, [bandpass(1200, 2)]);
      mixInto(out, normTo(creak, 0.25), S(t + 0.06), 1);
    }
    t += rng.uniform(0.54, 0.62);
  }
  const ir = makeIR(rng.fork('hall'), { rt60: 2.4, predelay: 0.025, damp: 3500, early: 12, earlySpread: 0.1 });
  return trimTail(dcBlock(reverb(out, ir, 0.35)));
}

// ---------------------------------------------------------------- a heavy door slammed
function doorSlam(rng) {
  const n = S(3);
  const dry = zeros(n);
  const slab = normTo(
    resonate(pulse(rng, n, S(0.05), 4, 1), [
      { f: 52, decay: 0.14, amp: 1.4 },
      { f: 97, decay: 0.1, amp: 1.1 },
      { f: 184, decay: 0.07, amp: 0.9 },
      { f: 355, decay: 0.04, amp: 0.6 },
      { f: 720, decay: 0.02, amp: 0.4 },
      { f: 1450, decay: 0.01, amp: 0.25 },
    ]),
    1,
  );
  const smack = noiseBurst(rng, 0.08, { attack: 0.0004, decay: 0.01, hp: 300, lp: 5000 });
  const latch = resonate(pulse(rng, S(0.2), 0, 0.3, 1), [
    { f: 2300, decay: 0.03, amp: 1 },
    { f: 3600, decay: 0.02, amp: 0.6 },
  ]);
  mixInto(dry, slab, 0, 1);
  mixInto(dry, normTo(smack, 0.6), S(0.05), 1);
  mixInto(dry, normTo(latch, 0.3), S(0.07), 1);
  const ir = makeIR(rng.fork('hall'), { rt60: 2, predelay: 0.015, damp: 3000, early: 10, earlySpread: 0.08 });
  return trimTail(dcBlock(reverb(dry, ir, 0.4)));
}

// ---------------------------------------------------------------- a crowd's shout: "Ура!"
// Some forty voices, each a glottal source through formants moving from "у" to a rolled "р" to a long "а",
// starting a little apart and rising in pitch as they shout.
function crowdShout(rng) {
  const n = S(4.2);
  const out = zeros(n);
  const U = [330, 800, 2300];
  const A = [750, 1250, 2600];
  for (let v = 0; v < 40; v++) {
    const r = rng.fork(`voice${v}`);
    const female = r.chance(0.15);
    const start = 0.05 + Math.abs(r.normal()) * 0.18;
    const dur = r.uniform(1.6, 2.6);
    const len = S(dur);
    const base = (female ? r.uniform(300, 380) : r.uniform(170, 250)) * 1.0;
    const src = zeros(len);
    const trill = S(0.25);
    let ph = 0;
    for (let i = 0; i < len; i++) {
      const p = i / len;
      const f = base * (1 + 0.18 * Math.min(1, p / 0.3) - 0.1 * Math.max(0, p - 0.7)) * (1 + 0.01 * r.normal());
      ph += f / SR;
      const saw = 1 - 2 * (ph - Math.floor(ph));
      let a = Math.min(1, p / 0.05) * Math.min(1, (1 - p) / 0.25);
      // the rolled r: a dip in level flapping at ~28 Hz
      if (i > S(0.18) && i < S(0.18) + trill) a *= 0.55 + 0.45 * Math.cos((2 * Math.PI * 28 * (i - S(0.18))) / SR);
      src[i] = saw * a + r.bi() * 0.05 * a;
    }
    filter(src, [lowpass(2000, 0.6), highpass(90, 0.7)]);
    const y = zeros(len);
    [0, 1, 2].forEach((k) => {
      const band = Float64Array.from(src);
      filterVarying(
        band,
        (sec) => {
          const w = Math.min(1, Math.max(0, (sec - 0.2) / 0.2));
          const fk = U[k] + (A[k] - U[k]) * w;
          return bandpass(fk, fk / [90, 120, 170][k]);
        },
        32,
      );
      for (let i = 0; i < len; i++) y[i] += band[i] * [1, 0.7, 0.35][k];
    });
    normTo(y, r.uniform(0.5, 1));
    mixInto(out, y, S(start), 1);
  }
  const ir = makeIR(rng.fork('square'), { rt60: 2.2, predelay: 0.03, damp: 3000, early: 10, earlySpread: 0.2 });
  return trimTail(dcBlock(reverb(out, ir, 0.5)));
}

const def = (id, caption, render) => ({
  id,
  kind: 'sfx',
  title: `${caption.replace(/^\[|\]$/g, '')} (synthesised)`,
  caption,
  async render(rng) {
    return { samples: render(rng), loop: false };
  },
});

export const sfx = [
  def('door_knock', '[Three knocks at a wooden door]', doorKnock),
  def('telephone_ring', '[A telephone bell rings]', telephoneRing),
  def('typewriter', '[A typewriter clatters; its bell rings and the carriage returns]', typewriter),
  def('tram_bell', '[A tram bell clangs twice]', tramBell),
  def('rifle_shot', '[A distant rifle shot echoes off stone]', rifleShot),
  def('clock_strike', '[A mantel clock strikes three]', clockStrike),
  def('footsteps_cobbles', '[Footsteps on cobblestones]', footstepsCobbles),
  def('church_bells', '[Church bells ring out]', churchBells),
  def('telegraph', '[A telegraph sounder clicks out Morse code]', telegraph),
  def('aurora_blank', '[A single gun from the river — the Aurora]', auroraBlank),
  def('fortress_guns', '[Heavy guns boom from the Peter and Paul Fortress]', fortressGuns),
  def('volley', '[A volley of rifle fire]', volley),
  def('machine_gun_far', '[A machine gun rattles, far off]', machineGunFar),
  def('armoured_car', '[An armoured car grinds past, its plates rattling]', armouredCar),
  def('motor_car', '[A motor car passes and sounds its horn]', motorCar),
  def('footsteps_parquet', '[Footsteps on parquet, echoing]', footstepsParquet),
  def('door_slam', '[A heavy door slams]', doorSlam),
  def('crowd_shout', '[A crowd shouts “Hurrah!”]', crowdShout),
];
