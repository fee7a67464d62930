// Small DSP toolkit: filters, noise, reverb by FFT convolution, limiter, resampler.
// Signals are Float64Array at SR unless stated. "Circular" helpers treat a signal as one period of a loop.

export const SR = 48000;

export const dbToGain = (db) => Math.pow(10, db / 20);
export const gainToDb = (g) => 20 * Math.log10(Math.max(g, 1e-12));

export function zeros(n) {
  return new Float64Array(Math.max(0, Math.round(n)));
}
export function secs(s, sr = SR) {
  return Math.round(s * sr);
}

// ---------------------------------------------------------------- biquads (RBJ cookbook)
function norm(b0, b1, b2, a0, a1, a2) {
  return { b0: b0 / a0, b1: b1 / a0, b2: b2 / a0, a1: a1 / a0, a2: a2 / a0 };
}
export function lowpass(fc, q = Math.SQRT1_2, sr = SR) {
  const w = (2 * Math.PI * fc) / sr;
  const c = Math.cos(w);
  const al = Math.sin(w) / (2 * q);
  return norm((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + al, -2 * c, 1 - al);
}
export function highpass(fc, q = Math.SQRT1_2, sr = SR) {
  const w = (2 * Math.PI * fc) / sr;
  const c = Math.cos(w);
  const al = Math.sin(w) / (2 * q);
  return norm((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + al, -2 * c, 1 - al);
}
/** Band-pass with 0 dB peak gain. */
export function bandpass(fc, q = 1, sr = SR) {
  const w = (2 * Math.PI * fc) / sr;
  const c = Math.cos(w);
  const al = Math.sin(w) / (2 * q);
  return norm(al, 0, -al, 1 + al, -2 * c, 1 - al);
}
export function peaking(fc, q, db, sr = SR) {
  const A = Math.pow(10, db / 40);
  const w = (2 * Math.PI * fc) / sr;
  const c = Math.cos(w);
  const al = Math.sin(w) / (2 * q);
  return norm(1 + al * A, -2 * c, 1 - al * A, 1 + al / A, -2 * c, 1 - al / A);
}
export function highshelf(fc, db, sr = SR) {
  const A = Math.pow(10, db / 40);
  const w = (2 * Math.PI * fc) / sr;
  const c = Math.cos(w);
  const al = (Math.sin(w) / 2) * Math.SQRT2;
  const sq = 2 * Math.sqrt(A) * al;
  return norm(
    A * (A + 1 + (A - 1) * c + sq),
    -2 * A * (A - 1 + (A + 1) * c),
    A * (A + 1 + (A - 1) * c - sq),
    A + 1 - (A - 1) * c + sq,
    2 * (A - 1 - (A + 1) * c),
    A + 1 - (A - 1) * c - sq,
  );
}
export function lowshelf(fc, db, sr = SR) {
  const A = Math.pow(10, db / 40);
  const w = (2 * Math.PI * fc) / sr;
  const c = Math.cos(w);
  const al = (Math.sin(w) / 2) * Math.SQRT2;
  const sq = 2 * Math.sqrt(A) * al;
  return norm(
    A * (A + 1 - (A - 1) * c + sq),
    2 * A * (A - 1 - (A + 1) * c),
    A * (A + 1 - (A - 1) * c - sq),
    A + 1 + (A - 1) * c + sq,
    -2 * (A - 1 + (A + 1) * c),
    A + 1 + (A - 1) * c - sq,
  );
}

/** Run a chain of biquads over x in place (transposed direct form II). */
export function filter(x, chain) {
  const list = Array.isArray(chain) ? chain : [chain];
  for (const f of list) {
    let z1 = 0;
    let z2 = 0;
    const { b0, b1, b2, a1, a2 } = f;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      const y = b0 * v + z1;
      z1 = b1 * v - a1 * y + z2;
      z2 = b2 * v - a2 * y;
      x[i] = y;
    }
  }
  return x;
}

/** Filter one loop period as if it repeated forever: run over two copies and keep the second. */
export function filterCircular(x, chain) {
  return circular(x, (t) => filter(t, chain));
}

/** Apply fn to a doubled copy of the loop and keep the second period (warm state at the seam). */
export function circular(x, fn, copies = 2) {
  const n = x.length;
  const t = new Float64Array(n * copies);
  for (let k = 0; k < copies; k++) t.set(x, k * n);
  const y = fn(t) ?? t;
  return y.slice((copies - 1) * n, copies * n);
}

/** One-pole low-pass, in place. */
export function onePoleLP(x, fc, sr = SR) {
  const a = Math.exp((-2 * Math.PI * fc) / sr);
  let y = 0;
  for (let i = 0; i < x.length; i++) {
    y = (1 - a) * x[i] + a * y;
    x[i] = y;
  }
  return x;
}

/** A biquad whose coefficients are recomputed every `step` samples from a function of time. */
export function filterVarying(x, coeffAt, step = 32, sr = SR) {
  let z1 = 0;
  let z2 = 0;
  let f = coeffAt(0);
  for (let i = 0; i < x.length; i++) {
    if (i % step === 0) f = coeffAt(i / sr);
    const v = x[i];
    const y = f.b0 * v + z1;
    z1 = f.b1 * v - f.a1 * y + z2;
    z2 = f.b2 * v - f.a2 * y;
    x[i] = y;
  }
  return x;
}

// ---------------------------------------------------------------- noise
export function white(rng, n) {
  const x = zeros(n);
  for (let i = 0; i < x.length; i++) x[i] = rng.bi();
  return x;
}
/** Pink noise (Paul Kellet's filter), roughly unit RMS. */
export function pink(rng, n) {
  const x = zeros(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  let b4 = 0;
  let b5 = 0;
  let b6 = 0;
  for (let i = 0; i < x.length; i++) {
    const w = rng.bi();
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    x[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.2;
    b6 = w * 0.115926;
  }
  return x;
}
/** Brown(ish) noise: leaky integration of white noise. */
export function brown(rng, n) {
  const x = zeros(n);
  let y = 0;
  for (let i = 0; i < x.length; i++) {
    y = 0.998 * y + rng.bi() * 0.06;
    x[i] = y;
  }
  return x;
}

/** A smooth random curve (values in about [-1, 1]) with knots every `interval` seconds, cosine-interpolated.
 *  If `period` samples is given the curve is periodic with that length. */
export function smoothRandom(rng, n, interval, sr = SR, periodic = false) {
  const step = Math.max(1, Math.round(interval * sr));
  const knots = Math.ceil(n / step) + 2;
  const k = [];
  for (let i = 0; i < knots; i++) k.push(rng.bi());
  let stepUsed = step;
  let count = knots;
  if (periodic) {
    count = Math.max(1, Math.round(n / step));
    stepUsed = n / count;
    k.length = count;
  }
  const x = zeros(n);
  for (let i = 0; i < n; i++) {
    const p = i / stepUsed;
    const j = Math.floor(p);
    const f = p - j;
    const a = k[periodic ? j % count : j];
    const b = k[periodic ? (j + 1) % count : j + 1];
    const w = (1 - Math.cos(Math.PI * f)) / 2;
    x[i] = a + (b - a) * w;
  }
  return x;
}

// ---------------------------------------------------------------- mixing helpers
/** Add src (times gain) into dst at offset; with `wrap`, anything past the end wraps to the start. */
export function mixInto(dst, src, offset = 0, gain = 1, wrap = false) {
  const n = dst.length;
  const o = Math.round(offset);
  for (let i = 0; i < src.length; i++) {
    let j = o + i;
    if (wrap) j = ((j % n) + n) % n;
    else if (j < 0 || j >= n) continue;
    dst[j] += src[i] * gain;
  }
  return dst;
}
export function scale(x, g) {
  for (let i = 0; i < x.length; i++) x[i] *= g;
  return x;
}
export function peak(x) {
  let p = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (a > p) p = a;
  }
  return p;
}
export function rms(x, from = 0, to = x.length) {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i] * x[i];
  return Math.sqrt(s / Math.max(1, to - from));
}
export function normalizePeak(x, db) {
  const p = peak(x);
  if (p > 0) scale(x, dbToGain(db) / p);
  return x;
}
/** Raised-cosine fade in/out, in seconds. */
export function fade(x, inS, outS, sr = SR) {
  const a = Math.min(x.length, Math.round(inS * sr));
  const b = Math.min(x.length, Math.round(outS * sr));
  for (let i = 0; i < a; i++) x[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / a);
  for (let i = 0; i < b; i++) x[x.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / b);
  return x;
}
/** Remove DC with a gentle high-pass (20 Hz), in place. */
export function dcBlock(x, sr = SR) {
  return filter(x, highpass(20, Math.SQRT1_2, sr));
}
/** Trim trailing near-silence (below db relative to peak), keeping `padS` seconds, and fade the end. */
export function trimTail(x, db = -70, padS = 0.05, sr = SR) {
  const thr = peak(x) * dbToGain(db);
  let end = x.length;
  while (end > 0 && Math.abs(x[end - 1]) < thr) end--;
  const y = x.slice(0, Math.min(x.length, end + Math.round(padS * sr)));
  return fade(y, 0, Math.min(0.05, y.length / sr / 4), sr);
}

// ---------------------------------------------------------------- FFT and convolution
function fftInPlace(re, im, inverse) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i];
      re[i] = re[j];
      re[j] = t;
      t = im[i];
      im[i] = im[j];
      im[j] = t;
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = ((inverse ? 2 : -2) * Math.PI) / len;
    const wr = Math.cos(ang);
    const wi = Math.sin(ang);
    const half = len >> 1;
    for (let i = 0; i < n; i += len) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < half; k++) {
        const a = i + k;
        const b = a + half;
        const xr = re[b] * cr - im[b] * ci;
        const xi = re[b] * ci + im[b] * cr;
        re[b] = re[a] - xr;
        im[b] = im[a] - xi;
        re[a] += xr;
        im[a] += xi;
        const ncr = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = ncr;
      }
    }
  }
  if (inverse) {
    for (let i = 0; i < n; i++) {
      re[i] /= n;
      im[i] /= n;
    }
  }
}

/** Power spectrum of x (Hann window, zero-padded to a power of two): bins 0..N/2. */
export function powerSpectrum(x) {
  let n = 1;
  while (n < x.length) n <<= 1;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < x.length; i++) re[i] = x[i] * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / x.length));
  fftInPlace(re, im, false);
  const p = new Float64Array(n / 2 + 1);
  for (let k = 0; k <= n / 2; k++) p[k] = re[k] * re[k] + im[k] * im[k];
  return p;
}

/** Linear convolution by FFT (overlap-add in blocks to keep memory small). */
export function convolve(x, h) {
  const out = zeros(x.length + h.length - 1);
  let n = 1;
  while (n < h.length * 2) n <<= 1;
  const block = n - h.length + 1;
  const hr = new Float64Array(n);
  const hi = new Float64Array(n);
  hr.set(h);
  fftInPlace(hr, hi, false);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let start = 0; start < x.length; start += block) {
    re.fill(0);
    im.fill(0);
    const end = Math.min(x.length, start + block);
    for (let i = start; i < end; i++) re[i - start] = x[i];
    fftInPlace(re, im, false);
    for (let k = 0; k < n; k++) {
      const r = re[k] * hr[k] - im[k] * hi[k];
      im[k] = re[k] * hi[k] + im[k] * hr[k];
      re[k] = r;
    }
    fftInPlace(re, im, true);
    const lim = Math.min(n, out.length - start);
    for (let i = 0; i < lim; i++) out[start + i] += re[i];
  }
  return out;
}

/** Convolve one loop period circularly: the tail past the end is folded back onto the start. */
export function convolveCircular(x, h) {
  const y = convolve(x, h);
  const n = x.length;
  const out = y.slice(0, n);
  for (let i = n; i < y.length; i++) out[i % n] += y[i];
  return out;
}

/** A synthetic room impulse response: sparse early reflections, then a dense decaying tail,
 *  darker as it decays. */
export function makeIR(
  rng,
  { rt60 = 1.2, predelay = 0.01, early = 6, earlySpread = 0.04, lowCut = 80, damp = 5000, length, sr = SR } = {},
) {
  const len = Math.round((length ?? rt60 * 1.1) * sr);
  const ir = zeros(len);
  const pd = Math.round(predelay * sr);
  const decay = Math.log(1000) / (rt60 * sr);
  // dense tail: noise in two bands, the high band decays faster
  const lo = white(rng, len);
  const hi = white(rng, len);
  filter(lo, [lowpass(damp * 0.35, 0.7, sr)]);
  filter(hi, [highpass(damp * 0.35, 0.7, sr), lowpass(damp, 0.7, sr)]);
  for (let i = pd; i < len; i++) {
    const t = i - pd;
    const env = Math.exp(-decay * t);
    const onset = Math.min(1, t / (0.012 * sr));
    ir[i] = (lo[i] * env + hi[i] * Math.pow(env, 1.8)) * onset;
  }
  // early reflections
  for (let k = 0; k < early; k++) {
    const t = pd + Math.round(rng.uniform(0.002, earlySpread) * sr);
    if (t < len) ir[t] += rng.uniform(0.3, 0.8) * (rng.chance(0.5) ? 1 : -1) * 6;
  }
  filter(ir, highpass(lowCut, 0.7, sr));
  // unit energy
  let e = 0;
  for (let i = 0; i < len; i++) e += ir[i] * ir[i];
  scale(ir, 1 / Math.sqrt(e));
  return ir;
}

/** Dry/wet reverb. With `loop`, the tail wraps onto the start. */
export function reverb(x, ir, wet = 0.25, dry = 1, loop = false) {
  const w = loop ? convolveCircular(x, ir) : convolve(x, ir);
  const out = loop ? zeros(x.length) : zeros(w.length);
  for (let i = 0; i < out.length; i++) out[i] = (i < x.length ? x[i] * dry : 0) + w[i] * wet;
  return out;
}

// ---------------------------------------------------------------- delay-line helpers
/** Read x at fractional position p (cubic), with wrap for loops or zero outside. */
export function readFrac(x, p, wrap) {
  const n = x.length;
  const i = Math.floor(p);
  const f = p - i;
  const g = (k) => {
    if (wrap) return x[((k % n) + n) % n];
    return k >= 0 && k < n ? x[k] : 0;
  };
  const y0 = g(i - 1);
  const y1 = g(i);
  const y2 = g(i + 1);
  const y3 = g(i + 2);
  const c1 = 0.5 * (y2 - y0);
  const c2 = y0 - 2.5 * y1 + 2 * y2 - 0.5 * y3;
  const c3 = 0.5 * (y3 - y0) + 1.5 * (y1 - y2);
  return ((c3 * f + c2) * f + c1) * f + y1;
}

// ---------------------------------------------------------------- dynamics
/** Look-ahead peak limiter: never lets |x| exceed `ceiling` (linear). Circular when `loop`. */
export function limit(x, ceiling, { lookahead = 0.004, release = 0.08, loop = false, sr = SR } = {}) {
  const run = (sig) => {
    const n = sig.length;
    const la = Math.max(1, Math.round(lookahead * sr));
    const need = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const a = Math.abs(sig[i]);
      need[i] = a > ceiling ? ceiling / a : 1;
    }
    // running minimum over the look-ahead window (simple deque)
    const g = new Float64Array(n);
    const dq = new Int32Array(n);
    let h = 0;
    let t = 0;
    for (let i = 0; i < n + la; i++) {
      if (i < n) {
        while (t > h && need[dq[t - 1]] >= need[i]) t--;
        dq[t++] = i;
      }
      const j = i - la;
      if (j >= 0) {
        while (dq[h] < j) h++;
        g[j] = need[dq[h]];
      }
    }
    // release: gain may rise only slowly; then a box average over the look-ahead smooths the attack
    // (every sample in the window before a peak already holds a gain no higher than the peak needs)
    const rel = Math.exp(-1 / (release * sr));
    const r = new Float64Array(n);
    let cur = 1;
    for (let i = 0; i < n; i++) {
      cur = Math.min(g[i], 1 - (1 - cur) * rel);
      r[i] = cur;
    }
    const out = new Float64Array(n);
    let acc = 0;
    for (let i = 0; i < n; i++) {
      acc += r[i];
      if (i >= la + 1) acc -= r[i - la - 1];
      const cnt = Math.min(i + 1, la + 1);
      out[i] = sig[i] * (acc / cnt);
    }
    return out;
  };
  if (!loop) return run(x);
  return circular(x, (t) => run(t), 3);
}

/** Soft saturation, keeping small signals linear-ish. */
export function saturate(x, drive = 1.5) {
  const k = Math.tanh(drive);
  for (let i = 0; i < x.length; i++) x[i] = Math.tanh(drive * x[i]) / k;
  return x;
}

// ---------------------------------------------------------------- resampling
/** Windowed-sinc resampler for rational ratios (e.g. 48000 -> 44100). Circular when `loop`. */
export function resample(x, from, to, { loop = false, taps = 32 } = {}) {
  if (from === to) return Float64Array.from(x);
  const gcd = (a, b) => (b ? gcd(b, a % b) : a);
  const g = gcd(from, to);
  const up = to / g; // output phases
  const down = from / g;
  const n = Math.round((x.length * to) / from);
  const out = zeros(n);
  const cutoff = Math.min(1, to / from) * 0.93; // relative to input Nyquist
  const kernels = [];
  for (let p = 0; p < up; p++) {
    const frac = ((p * down) % up) / up;
    const k = new Float64Array(2 * taps);
    let sum = 0;
    for (let j = 0; j < 2 * taps; j++) {
      const d = j - taps + 1 - frac;
      const s = d === 0 ? 1 : Math.sin(Math.PI * cutoff * d) / (Math.PI * cutoff * d);
      const w = 0.42 + 0.5 * Math.cos((Math.PI * d) / taps) + 0.08 * Math.cos((2 * Math.PI * d) / taps);
      k[j] = Math.abs(d) >= taps ? 0 : s * w;
      sum += k[j];
    }
    for (let j = 0; j < 2 * taps; j++) k[j] /= sum;
    kernels.push(k);
  }
  const len = x.length;
  for (let i = 0; i < n; i++) {
    const pos = i * down;
    const base = Math.floor(pos / up);
    const k = kernels[i % up];
    let s = 0;
    for (let j = 0; j < 2 * taps; j++) {
      let idx = base + j - taps + 1;
      if (loop) idx = ((idx % len) + len) % len;
      else if (idx < 0 || idx >= len) continue;
      s += x[idx] * k[j];
    }
    out[i] = s;
  }
  return out;
}
