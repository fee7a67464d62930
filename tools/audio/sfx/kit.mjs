// Building blocks for procedural effects: resonator banks, bells, impacts, footsteps, voices.
import { SR, bandpass, filter, filterVarying, highpass, lowpass, smoothRandom, white, zeros } from '../lib/dsp.mjs';

/**
 * A bank of two-pole resonators (modes) driven by an excitation signal.
 * modes: [{ f, decay (s, to 1/e), amp }]. Returns a new array of the same length as `excite`.
 */
export function resonate(excite, modes) {
  const out = zeros(excite.length);
  for (const m of modes) {
    if (m.f <= 0 || m.f >= SR / 2) continue;
    const r = Math.exp(-1 / (m.decay * SR));
    const w = (2 * Math.PI * m.f) / SR;
    const c1 = 2 * r * Math.cos(w);
    const c2 = -r * r;
    const g = m.amp * Math.sin(w); // keep the gain roughly independent of frequency
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < excite.length; i++) {
      const y = excite[i] * g + c1 * y1 + c2 * y2;
      y2 = y1;
      y1 = y;
      out[i] += y;
    }
  }
  return out;
}

/** Scale x so its peak is `p` (in place). */
export function normTo(x, p) {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  if (m > 0) for (let i = 0; i < x.length; i++) x[i] *= p / m;
  return x;
}

/** A short excitation: a noise pulse of `ms` milliseconds, optionally darkened. */
export function pulse(rng, len, at, ms, amp = 1, lp = 0) {
  const x = zeros(len);
  const n = Math.max(1, Math.round((ms / 1000) * SR));
  const a = Math.round(at);
  for (let i = 0; i < n && a + i < len; i++) {
    if (a + i < 0) continue;
    const env = Math.sin((Math.PI * (i + 0.5)) / n);
    x[a + i] += amp * env * (0.6 + 0.4 * rng.bi());
  }
  if (lp) filter(x, lowpass(lp, 0.7));
  return x;
}

/** Decaying filtered noise (a burst): attack/decay in seconds. */
export function noiseBurst(rng, seconds, { attack = 0.001, decay = 0.05, hp = 0, lp = 0, bp = 0, q = 1 } = {}) {
  const n = Math.round(seconds * SR);
  const x = zeros(n);
  const a = Math.max(1, attack * SR);
  for (let i = 0; i < n; i++) {
    const env = i < a ? i / a : Math.exp(-(i - a) / (decay * SR));
    x[i] = rng.bi() * env;
  }
  const chain = [];
  if (hp) chain.push(highpass(hp, 0.7));
  if (lp) chain.push(lowpass(lp, 0.7));
  if (bp) chain.push(bandpass(bp, q));
  if (chain.length) filter(x, chain);
  return x;
}

/**
 * A struck bell or gong: inharmonic partials, each doubled with a slight detune so it beats, decaying at its own
 * rate, plus a short metallic strike noise. Ends with a fade, so it never clicks off.
 * partials: [{ ratio, amp, decay }]
 */
export function bellStrike(rng, { f0, partials, seconds, strike = 0.3, mistune = 0.004 }) {
  const n = Math.round(seconds * SR);
  const x = zeros(n);
  for (const p of partials) {
    const f = f0 * p.ratio * (1 + rng.uniform(-mistune, mistune));
    if (f >= SR / 2 - 1000) continue;
    const beat = rng.uniform(0.3, 1.6);
    const ph1 = rng.uniform(0, 2 * Math.PI);
    const ph2 = rng.uniform(0, 2 * Math.PI);
    const k = (2 * Math.PI) / SR;
    const dec = 1 / (p.decay * SR);
    for (let i = 0; i < n; i++) {
      const env = Math.exp(-i * dec);
      if (env < 1e-5) break;
      x[i] += p.amp * env * (Math.sin(k * f * i + ph1) + 0.45 * Math.sin(k * (f + beat) * i + ph2));
    }
  }
  // a soft onset (the clapper is not infinitely hard)
  const on = Math.round(0.0015 * SR);
  for (let i = 0; i < on && i < n; i++) x[i] *= i / on;
  if (strike > 0) {
    const s = noiseBurst(rng, 0.06, { attack: 0.0005, decay: 0.008, hp: 1500, lp: 9000 });
    for (let i = 0; i < s.length && i < n; i++) x[i] += s[i] * strike;
  }
  const f = Math.round(Math.min(0.5, seconds * 0.2) * SR);
  for (let i = 0; i < f; i++) x[n - 1 - i] *= (1 - Math.cos((Math.PI * i) / f)) / 2;
  return x;
}

/** One footstep (heel then toe), about 0.3 s. surface: 'cobble' | 'wood' | 'wet' */
export function footstep(rng, { surface = 'cobble', weight = 1 } = {}) {
  const n = Math.round(0.35 * SR);
  const x = zeros(n);
  const hard = surface === 'wood' ? 1.5 : 1;
  const heel = pulse(rng, n, 0, rng.uniform(0.6, 1.2) * hard, weight);
  const toeAt = Math.round(rng.uniform(0.05, 0.09) * SR);
  const toe = pulse(rng, n, toeAt, rng.uniform(0.4, 0.8) * hard, weight * rng.uniform(0.4, 0.7));
  const ex = zeros(n);
  for (let i = 0; i < n; i++) ex[i] = heel[i] + toe[i];
  let modes;
  if (surface === 'wood') {
    modes = [
      { f: rng.uniform(90, 120), decay: 0.05, amp: 1.4 },
      { f: rng.uniform(180, 240), decay: 0.035, amp: 1 },
      { f: rng.uniform(380, 460), decay: 0.02, amp: 0.7 },
      { f: rng.uniform(800, 1000), decay: 0.01, amp: 0.4 },
    ];
  } else {
    modes = [
      { f: rng.uniform(110, 160), decay: 0.018, amp: 0.8 },
      { f: rng.uniform(300, 420), decay: 0.012, amp: 1 },
      { f: rng.uniform(900, 1300), decay: 0.007, amp: 1 },
      { f: rng.uniform(2200, 3200), decay: 0.005, amp: 0.8 },
      { f: rng.uniform(4200, 5200), decay: 0.003, amp: 0.4 },
    ];
  }
  const body = normTo(resonate(ex, modes), weight);
  const click = Float64Array.from(ex);
  filter(click, [highpass(2000, 0.7), lowpass(8000, 0.7)]);
  normTo(click, weight * (surface === 'wood' ? 0.15 : 0.3));
  for (let i = 0; i < n; i++) x[i] = body[i] + click[i];
  // grit under the sole on stone, a splash on a wet street
  if (surface !== 'wood') {
    const g = noiseBurst(rng, 0.12, { attack: 0.004, decay: surface === 'wet' ? 0.05 : 0.02, hp: 2500, lp: 9000 });
    const at = Math.round(rng.uniform(0.01, 0.03) * SR);
    const ga = (surface === 'wet' ? 0.35 : 0.12) * weight;
    for (let i = 0; i < g.length && at + i < n; i++) x[at + i] += g[i] * ga;
  }
  return x;
}

// ---------------------------------------------------------------- voices (babble without words)
const VOWELS = [
  [700, 1220, 2600], // а
  [500, 850, 2500], // о
  [330, 800, 2300], // у
  [290, 2200, 2950], // и
  [480, 1750, 2500], // э
  [320, 1500, 2400], // ы
];

/**
 * A murmuring voice: a glottal pulse train through moving formants, syllables in phrases, pauses between.
 * Returns an array of `len + tail` samples (fold the tail onto the start for loops).
 */
export function voice(rng, len, { female = false, loudness = 1, busy = 0.6 } = {}) {
  const tail = Math.round(3 * SR);
  const n = len + tail;
  const src = zeros(n);
  const env = zeros(n);
  let base = female ? rng.uniform(185, 240) : rng.uniform(95, 145);
  let t = Math.round(rng.uniform(0, 2) * SR);
  // plan syllables
  const syl = [];
  while (t < len) {
    if (rng.next() < busy) {
      const phraseSyl = rng.int(4, 16);
      const rate = rng.uniform(4, 6.5);
      const decl = rng.uniform(0.1, 0.25);
      for (let s = 0; s < phraseSyl; s++) {
        const d = Math.round((1 / rate) * rng.uniform(0.7, 1.3) * SR);
        const pitch = base * (1 + decl * (1 - s / phraseSyl) - decl / 2) * (1 + rng.normal() * 0.06);
        syl.push({
          t,
          d,
          pitch,
          vowel: rng.int(0, VOWELS.length - 1),
          stress: rng.next() < 0.25,
          fric: rng.next() < 0.35,
        });
        t += d;
      }
    }
    t += Math.round(rng.uniform(0.3, 1.6) * SR);
  }
  // pitch and amplitude envelopes
  const pitch = new Float64Array(n).fill(base);
  const f1 = new Float64Array(n);
  const f2 = new Float64Array(n);
  const f3 = new Float64Array(n);
  let cur = VOWELS[0];
  for (const s of syl) {
    const v = VOWELS[s.vowel];
    for (let i = 0; i < s.d && s.t + i < n; i++) {
      const p = i / s.d;
      const j = s.t + i;
      // rise 25 %, hold, fall; stressed syllables a bit louder and higher
      const a = p < 0.25 ? p / 0.25 : p > 0.7 ? Math.max(0, (1 - p) / 0.3) : 1;
      env[j] = a * (s.stress ? 1.4 : 1);
      pitch[j] = s.pitch * (s.stress ? 1.08 : 1) * (1 - 0.05 * p);
      const w = Math.min(1, p / 0.35);
      f1[j] = cur[0] + (v[0] - cur[0]) * w;
      f2[j] = cur[1] + (v[1] - cur[1]) * w;
      f3[j] = cur[2] + (v[2] - cur[2]) * w;
    }
    cur = v;
  }
  for (let i = 0; i < n; i++) {
    if (!f1[i]) {
      f1[i] = cur[0];
      f2[i] = cur[1];
      f3[i] = cur[2];
    }
  }
  // glottal source: band-limited-ish sawtooth with jitter, tilted by a low-pass
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const f = pitch[i] * (1 + rng.bi() * 0.01);
    ph += f / SR;
    if (ph >= 1) ph -= 1;
    src[i] = (1 - 2 * ph) * env[i] + rng.bi() * 0.04 * env[i];
  }
  filter(src, [lowpass(1400, 0.6), highpass(70, 0.7)]);
  const out = zeros(n);
  const bands = [
    [f1, 80, 1],
    [f2, 110, 0.55],
    [f3, 160, 0.3],
  ];
  for (const [track, bw, g] of bands) {
    const y = Float64Array.from(src);
    filterVarying(
      y,
      (sec) => {
        const i = Math.min(n - 1, Math.round(sec * SR));
        return bandpass(track[i], track[i] / bw);
      },
      32,
    );
    for (let i = 0; i < n; i++) out[i] += y[i] * g;
  }
  // fricatives between some syllables
  for (const s of syl) {
    if (!s.fric) continue;
    const b = noiseBurst(rng, 0.08, { attack: 0.01, decay: 0.02, bp: rng.uniform(3000, 6000), q: 1.5 });
    for (let i = 0; i < b.length && s.t + i < n; i++) out[s.t + i] += b[i] * 0.25;
  }
  for (let i = 0; i < n; i++) out[i] *= loudness;
  return out;
}

/** Fold everything past `len` back onto the start (for loops built from events). */
export function fold(x, len) {
  const out = zeros(len);
  for (let i = 0; i < x.length; i++) out[i % len] += x[i];
  return out;
}

/** A period motor engine: a slow firing pulse train through a low body resonance, with valve clatter. */
export function engine(rng, len, { rpm = 700, cylinders = 4, size = 1, rough = 0.15 } = {}) {
  const x = zeros(len);
  const fire = (rpm / 60) * (cylinders / 2);
  const wobble = smoothRandom(rng, len, 0.4, SR);
  let t = 0;
  while (t < len) {
    const amp = 1 + rough * rng.normal();
    x[Math.floor(t)] += amp;
    t += (SR / fire) * (1 + 0.03 * wobble[Math.floor(t)] + rough * 0.1 * rng.normal());
  }
  const body = resonate(x, [
    { f: 45 / size, decay: 0.04, amp: 1.2 },
    { f: 95 / size, decay: 0.03, amp: 1 },
    { f: 210 / size, decay: 0.02, amp: 0.6 },
    { f: 520, decay: 0.008, amp: 0.3 },
  ]);
  const clatter = white(rng, len);
  filter(clatter, [bandpass(2200, 1.2)]);
  const env = Float64Array.from(x);
  filter(env, lowpass(30, 0.7));
  for (let i = 0; i < len; i++) body[i] += clatter[i] * Math.abs(env[i]) * 0.5;
  return body;
}
