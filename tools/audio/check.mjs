// Checks what we cannot hear. Needs the SoundFont only for the melody pitch track.
//   node check.mjs pitch      render each tune's melody alone and pitch-track it against the note data
//   node check.mjs chroma     check the melody's pitch classes in the decoded, finished MP3 of each tune
//   node check.mjs spec [dir] decode every committed file to WAV and draw sox spectrograms (default /tmp/spec)
//   node check.mjs seam       loop seams of the decoded files
//   node check.mjs browser    decode every file in headless Chromium (Debian's /usr/bin/chromium, playwright-core
//                             from the repo root's node_modules) and compare length and alignment with our decoders
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeMp3, decodeOpus } from './lib/codec.mjs';
import { SR } from './lib/dsp.mjs';
import { writeWav } from './lib/wav.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', '..', 'assets', 'audio');
const manifest = () => JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
const NAMES = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'];
const noteName = (m) => `${NAMES[((m % 12) + 12) % 12]}${Math.floor(m / 12) - 1}`;

/** YIN fundamental estimate of x[from..from+win) (Hz), or 0 if unvoiced. */
export function yin(x, from, win, sr, fmin = 60, fmax = 1200) {
  const maxLag = Math.floor(sr / fmin);
  const minLag = Math.floor(sr / fmax);
  const d = new Float64Array(maxLag + 2);
  for (let tau = 1; tau <= maxLag + 1; tau++) {
    let s = 0;
    for (let i = 0; i < win; i++) {
      const a = x[from + i] - x[from + i + tau];
      s += a * a;
    }
    d[tau] = s;
  }
  let run = 0;
  const cm = new Float64Array(maxLag + 2);
  cm[0] = 1;
  for (let tau = 1; tau <= maxLag + 1; tau++) {
    run += d[tau];
    cm[tau] = run > 0 ? (d[tau] * tau) / run : 1;
  }
  let tau = -1;
  for (let t = minLag; t <= maxLag; t++) {
    if (cm[t] < 0.15) {
      while (t + 1 <= maxLag && cm[t + 1] < cm[t]) t++;
      tau = t;
      break;
    }
  }
  if (tau < 0) {
    let best = Infinity;
    for (let t = minLag; t <= maxLag; t++)
      if (cm[t] < best) {
        best = cm[t];
        tau = t;
      }
    if (best > 0.4) return 0;
  }
  const a = cm[tau - 1];
  const b = cm[tau];
  const c = cm[tau + 1];
  const den = a - 2 * b + c;
  const shift = den !== 0 ? (0.5 * (a - c)) / den : 0;
  return sr / (tau + shift);
}

async function pitchTrack() {
  const { music } = await import('./music/index.mjs');
  const { renderLoop } = await import('./music/render.mjs');
  let bad = 0;
  let total = 0;
  for (const def of music) {
    const arr = def.arrange();
    const mel = arr.notes.filter((n) => n.ch === arr.melodyChannel);
    const y = await renderLoop({
      channels: arr.channels.filter((c) => c.ch === arr.melodyChannel),
      notes: mel,
      period: arr.period,
    });
    const lines = [];
    let ok = 0;
    for (const n of arr.melody) {
      if (n.dur < 0.12) continue;
      const mid = n.t + Math.min(n.dur * 0.5, 0.25);
      const win = Math.round(0.03 * SR);
      const from = Math.round(mid * SR) % y.length;
      if (from + win + SR / 50 >= y.length) continue;
      const f = yin(y, from, win, SR);
      const expected = 440 * 2 ** ((n.note - 69) / 12);
      const cents = f > 0 ? 1200 * Math.log2(f / expected) : NaN;
      total++;
      if (Math.abs(cents) <= 35) ok++;
      else {
        bad++;
        lines.push(
          `  t=${n.t.toFixed(2)}s expected ${noteName(n.note)} (${expected.toFixed(1)} Hz) got ${f.toFixed(1)} Hz (${cents.toFixed(0)} cents)`,
        );
      }
    }
    console.log(`${def.id}: ${ok}/${ok + lines.length} melody notes within 35 cents`);
    for (const l of lines) console.log(l);
  }
  console.log(`${total - bad} passed, ${bad} failed`);
  if (bad) process.exitCode = 1;
}

/** Energy per pitch class in x[from..from+win) by direct DFT at the equal-tempered pitches (octaves 3-5). */
function chroma(x, from, win, sr) {
  const c = new Float64Array(12);
  for (let m = 48; m < 84; m++) {
    const f = 440 * 2 ** ((m - 69) / 12);
    let re = 0;
    let im = 0;
    for (let i = 0; i < win; i++) {
      const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / win);
      const ph = (2 * Math.PI * f * i) / sr;
      re += x[from + i] * w * Math.cos(ph);
      im += x[from + i] * w * Math.sin(ph);
    }
    c[m % 12] += re * re + im * im;
  }
  return c;
}

async function chromaCheck() {
  const { music } = await import('./music/index.mjs');
  for (const def of music) {
    const arr = def.arrange();
    const entry = manifest().sounds.find((s) => s.id === def.id);
    const bytes = readFileSync(join(OUT, entry.files.mp3));
    const d = await decodeMp3(bytes);
    const x = d.samples.subarray(Math.round((entry.loop.mp3.startMs / 1000) * d.sampleRate));
    let top3 = 0;
    let n = 0;
    for (const note of arr.melody) {
      if (note.dur < 0.25) continue;
      const from = Math.round((note.t + 0.05) * d.sampleRate);
      const win = Math.round(Math.min(note.dur - 0.08, 0.3) * d.sampleRate);
      if (from + win >= x.length) continue;
      const c = chroma(x, from, win, d.sampleRate);
      const order = [...c.keys()].sort((a, b) => c[b] - c[a]);
      n++;
      if (order.slice(0, 3).includes(note.note % 12)) top3++;
    }
    console.log(`${def.id}: melody pitch class among the 3 strongest in the decoded mix for ${top3}/${n} notes`);
  }
}

async function spectrograms(dir) {
  mkdirSync(dir, { recursive: true });
  for (const s of manifest().sounds) {
    const d = await decodeMp3(readFileSync(join(OUT, s.files.mp3)));
    const wav = join(dir, `${s.id}.wav`);
    writeWav(wav, d.samples, d.sampleRate);
    const png = join(dir, `${s.id}.png`);
    execFileSync('sox', [
      wav,
      '-n',
      'spectrogram',
      '-x',
      '1200',
      '-y',
      '400',
      '-z',
      '90',
      '-t',
      `${s.id} (decoded MP3)`,
      '-o',
      png,
    ]);
    console.log(png);
  }
}

async function seams() {
  for (const s of manifest().sounds) {
    if (!s.loop) continue;
    for (const fmt of ['mp3', 'opus']) {
      const bytes = readFileSync(join(OUT, s.files[fmt]));
      const d = fmt === 'mp3' ? await decodeMp3(bytes) : await decodeOpus(bytes);
      const sr = d.sampleRate;
      const start = Math.round((s.loop[fmt].startMs / 1000) * sr);
      const n = Math.round((s.loop[fmt].durationMs / 1000) * sr);
      const x = d.samples.subarray(start, start + n);
      // step across the seam vs. the typical step inside the loop
      const steps = [];
      for (let i = 1; i < x.length; i++) steps.push(Math.abs(x[i] - x[i - 1]));
      steps.sort((a, b) => a - b);
      const p999 = steps[Math.floor(steps.length * 0.999)];
      const seam = Math.abs(x[0] - x[x.length - 1]);
      // RMS of the 20 ms on each side of the seam vs. the loop
      const w = Math.round(0.02 * sr);
      const r = (a, b) => Math.sqrt(x.subarray(a, b).reduce((p, v) => p + v * v, 0) / (b - a));
      console.log(
        `${s.id.padEnd(16)} ${fmt.padEnd(4)} seam step ${seam.toFixed(4)} (99.9th pct step ${p999.toFixed(4)})  ` +
          `rms end ${r(n - w, n).toFixed(4)} start ${r(0, w).toFixed(4)} loop ${r(0, n).toFixed(4)}`,
      );
    }
  }
}

/** Best lag (samples) aligning a with b, over the loudest stretch of b. */
function lagOf(a, b, range = 3000) {
  const win = Math.min(20000, b.length - 2 * range - 10);
  let start = range;
  let bestE = -1;
  for (let s = range; s + win < b.length - range; s += 5000) {
    let e = 0;
    for (let i = s; i < s + win; i += 8) e += b[i] * b[i];
    if (e > bestE) {
      bestE = e;
      start = s;
    }
  }
  let best = -Infinity;
  let lag = 0;
  for (let d = -range; d <= range; d++) {
    let c = 0;
    for (let i = start; i < start + win; i += 2) {
      const j = i + d;
      if (j >= 0 && j < a.length) c += a[j] * b[i];
    }
    if (c > best) {
      best = c;
      lag = d;
    }
  }
  return lag;
}

async function browserCheck() {
  const { createRequire } = await import('node:module');
  const { chromium } = createRequire(join(here, '..', '..', 'package.json'))('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage();
  await page.setContent('<html><body></body></html>');
  let bad = 0;
  for (const s of manifest().sounds) {
    const row = [s.id.padEnd(18)];
    for (const fmt of ['mp3', 'opus']) {
      const bytes = readFileSync(join(OUT, s.files[fmt]));
      const sr = fmt === 'mp3' ? (await decodeMp3(bytes)).sampleRate : 48000;
      const res = await page.evaluate(
        async ({ b64, rate }) => {
          const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const buf = await new OfflineAudioContext(1, 1, rate).decodeAudioData(bin.buffer);
          return { len: buf.length, data: Array.from(buf.getChannelData(0)) };
        },
        { b64: bytes.toString('base64'), rate: sr },
      );
      const ref = fmt === 'mp3' ? await decodeMp3(bytes) : await decodeOpus(bytes);
      const lag = lagOf(Float64Array.from(res.data), ref.samples);
      if (lag !== 0 || res.len !== ref.samples.length) bad++;
      row.push(`${fmt}: chromium ${res.len} samples, reference ${ref.samples.length}, lag ${lag}`);
    }
    console.log(row.join('  '));
  }
  await browser.close();
  console.log(`${manifest().sounds.length * 2 - bad} passed, ${bad} failed`);
  if (bad) process.exitCode = 1;
}

const cmd = process.argv[2];
if (cmd === 'pitch') await pitchTrack();
else if (cmd === 'chroma') await chromaCheck();
else if (cmd === 'spec') await spectrograms(process.argv[3] ?? '/tmp/spec');
else if (cmd === 'seam') await seams();
else if (cmd === 'browser') await browserCheck();
else console.log('usage: node check.mjs pitch|chroma|spec [dir]|seam|browser');
