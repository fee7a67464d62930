// "Gramophone" treatment for a loop period (after shared/design/audio.md): wow and flutter through a modulated
// delay, an acoustic-era band-pass with a small horn resonance, gentle saturation, surface hiss, sparse crackle
// and pops, and a faint once-per-revolution tick. Everything is periodic in the loop, so the seam stays clean.
import {
  SR,
  bandpass,
  circular,
  filter,
  filterCircular,
  highpass,
  lowpass,
  peaking,
  pink,
  readFrac,
  rms,
  saturate,
  scale,
  zeros,
} from '../lib/dsp.mjs';

/** Nearest frequency to `f` that fits a whole number of cycles into `n` samples. */
function periodicFreq(f, n) {
  const cycles = Math.max(1, Math.round((f * n) / SR));
  return (cycles * SR) / n;
}

export function gramophone(x, rng, { hissDb = -40, crackleRate = 6, popRate = 0.25, drive = 1.4 } = {}) {
  const n = x.length;
  // wow (78 rpm ≈ 1.3 Hz, 0.25 %) and flutter (~7.5 Hz, 0.04 %) as a modulated delay
  const fw = periodicFreq(78 / 60, n);
  const ff = periodicFreq(7.5, n);
  const aw = (0.0025 / (2 * Math.PI * fw)) * SR; // samples
  const af = (0.0004 / (2 * Math.PI * ff)) * SR;
  const phase = rng.uniform(0, 2 * Math.PI);
  const y = zeros(n);
  for (let i = 0; i < n; i++) {
    const d = 40 + aw * Math.sin((2 * Math.PI * fw * i) / SR + phase) + af * Math.sin((2 * Math.PI * ff * i) / SR);
    y[i] = readFrac(x, i - d, true);
  }
  // acoustic-era band (≈300–3500 Hz) with a horn resonance near 1.2 kHz
  let z = filterCircular(y, [
    highpass(260, 0.7),
    highpass(260, 0.7),
    lowpass(3800, 0.7),
    lowpass(4200, 0.6),
    peaking(1200, 1.2, 4),
    peaking(600, 1.0, 1.5),
  ]);
  // gentle tanh saturation at a fixed level, then a 5 kHz low-pass
  const level = rms(z) || 1;
  scale(z, 0.25 / level);
  saturate(z, drive);
  z = filterCircular(z, [lowpass(5000, 0.7)]);
  const ref = rms(z);

  // surface noise: pink hiss, band-limited like the pickup
  const hiss = filterCircular(pink(rng, n), [highpass(400, 0.7), lowpass(6000, 0.7)]);
  scale(hiss, (ref * Math.pow(10, hissDb / 20)) / (rms(hiss) || 1));
  // crackle: sparse Poisson clicks, a few louder pops; positions wrap round the loop
  const crackle = zeros(n);
  let t = rng.exp(SR / crackleRate);
  while (t < n) {
    const a = ref * 0.35 * rng.exp(1) * (rng.chance(0.5) ? 1 : -1);
    const len = rng.int(2, 6);
    for (let k = 0; k < len; k++) crackle[(Math.floor(t) + k) % n] += a * (1 - k / len) * (k % 2 ? -0.6 : 1);
    t += rng.exp(SR / crackleRate);
  }
  const pops = zeros(n);
  t = rng.exp(SR / popRate);
  while (t < n) {
    const a = ref * rng.uniform(0.9, 1.8) * (rng.chance(0.5) ? 1 : -1);
    const len = rng.int(20, 60);
    for (let k = 0; k < len; k++) pops[(Math.floor(t) + k) % n] += a * Math.exp(-k / (len / 4)) * Math.cos(k * 0.5);
    t += rng.exp(SR / popRate);
  }
  const crk = filterCircular(crackle, [highpass(900, 0.7), lowpass(7000, 0.7)]);
  const pp = filterCircular(pops, [highpass(150, 0.7), lowpass(2500, 0.7)]);
  // once-per-revolution tick
  const tick = zeros(n);
  const rev = SR / fw;
  const tickAt = rng.uniform(0, rev);
  for (let k = 0; tickAt + k * rev < n; k++) {
    const p = Math.floor(tickAt + k * rev);
    tick[p % n] += ref * 0.12;
    tick[(p + 1) % n] -= ref * 0.08;
  }
  const tk = filterCircular(tick, [bandpass(1800, 1.5)]);
  for (let i = 0; i < n; i++) z[i] += hiss[i] + crk[i] + pp[i] + tk[i];
  return circular(z, (s) => filter(s, highpass(30, 0.7)));
}
