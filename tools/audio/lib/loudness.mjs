// ITU-R BS.1770-4 loudness (mono), with the K-weighting coefficients derived for any sample rate
// (the same derivation libebur128 uses), plus sample peak.

function kWeighting(sr) {
  // stage 1: high shelf
  let f0 = 1681.974450955533;
  const G = 3.999843853973347;
  let Q = 0.7071752369554196;
  let K = Math.tan((Math.PI * f0) / sr);
  const Vh = Math.pow(10, G / 20);
  const Vb = Math.pow(Vh, 0.4996667741545416);
  let a0 = 1 + K / Q + K * K;
  const s1 = {
    b: [(Vh + (Vb * K) / Q + K * K) / a0, (2 * (K * K - Vh)) / a0, (Vh - (Vb * K) / Q + K * K) / a0],
    a: [(2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0],
  };
  // stage 2: high pass
  f0 = 38.13547087602444;
  Q = 0.5003270373238773;
  K = Math.tan((Math.PI * f0) / sr);
  a0 = 1 + K / Q + K * K;
  const s2 = { b: [1, -2, 1], a: [(2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0] };
  return [s1, s2];
}

function applyK(x, sr) {
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = x[i];
  for (const s of kWeighting(sr)) {
    let x1 = 0;
    let x2 = 0;
    let y1 = 0;
    let y2 = 0;
    for (let i = 0; i < y.length; i++) {
      const v = y[i];
      const o = s.b[0] * v + s.b[1] * x1 + s.b[2] * x2 - s.a[0] * y1 - s.a[1] * y2;
      x2 = x1;
      x1 = v;
      y2 = y1;
      y1 = o;
      y[i] = o;
    }
  }
  return y;
}

/** Integrated loudness in LUFS (gated). With `loop`, the signal is measured as one period of a loop
 *  (the K filter is warmed up on the end of the period, so the seam is measured too). */
export function integratedLoudness(x, sr, { loop = false } = {}) {
  let y;
  if (loop) {
    const warm = Math.min(x.length, sr);
    const t = new Float64Array(x.length + warm);
    t.set(x.subarray(x.length - warm), 0);
    t.set(x, warm);
    y = applyK(t, sr).subarray(warm);
  } else {
    y = applyK(x, sr);
  }
  const block = Math.round(0.4 * sr);
  const hop = Math.round(0.1 * sr);
  const n = y.length;
  const energies = [];
  const nBlocks = loop ? Math.floor(n / hop) : Math.floor((n - block) / hop) + 1;
  for (let b = 0; b < nBlocks; b++) {
    let s = 0;
    const start = b * hop;
    for (let i = 0; i < block; i++) {
      let j = start + i;
      if (j >= n) {
        if (!loop) break;
        j -= n;
      }
      s += y[j] * y[j];
    }
    energies.push(s / block);
  }
  if (energies.length === 0) {
    // shorter than one block: use the whole signal
    let s = 0;
    for (let i = 0; i < n; i++) s += y[i] * y[i];
    energies.push(s / Math.max(1, n));
  }
  const L = (z) => -0.691 + 10 * Math.log10(z);
  const abs = energies.filter((z) => z > 0 && L(z) > -70);
  if (abs.length === 0) return -Infinity;
  const mean = (a) => a.reduce((p, q) => p + q, 0) / a.length;
  const rel = L(mean(abs)) - 10;
  const gated = abs.filter((z) => L(z) > rel);
  return L(mean(gated));
}

export function samplePeakDb(x) {
  let p = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (a > p) p = a;
  }
  return 20 * Math.log10(Math.max(p, 1e-12));
}
