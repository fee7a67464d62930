// Checks the committed audio (assets/audio) without the SoundFont: manifest shape, files, durations, peaks,
// loudness, loop seams, total size, and that the telegraph really spells ПЕТРОГРАД in Russian Morse.
//   npm --prefix tools/audio test
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MP3_DELAY_SAMPLES, decodeMp3, decodeOpus } from '../lib/codec.mjs';
import { filter, highpass, powerSpectrum } from '../lib/dsp.mjs';
import { integratedLoudness, samplePeakDb } from '../lib/loudness.mjs';
import { RUSSIAN_MORSE, TELEGRAPH_TEXT, morseTimeline } from '../sfx/index.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIR = join(here, '..', '..', '..', 'assets', 'audio');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));

const EXPECTED = {
  music: [
    'internationale',
    'funeral_march',
    'salon_waltz',
    'palace_march',
    'internationale_quiet',
    'funeral_march_quiet',
    'salon_waltz_quiet',
  ],
  ambience: [
    'rain_river',
    'street_night',
    'interior_quiet',
    'crowd_corridor',
    'palace_rooms',
    'motor_road',
    'railway',
    'barracks',
  ],
  sfx: [
    'door_knock',
    'telephone_ring',
    'typewriter',
    'tram_bell',
    'rifle_shot',
    'clock_strike',
    'footsteps_cobbles',
    'church_bells',
    'telegraph',
    'aurora_blank',
    'fortress_guns',
    'volley',
    'machine_gun_far',
    'armoured_car',
    'motor_car',
    'footsteps_parquet',
    'door_slam',
    'crowd_shout',
  ],
};
/** Loudness targets (LUFS): full music −16, the quiet (ambient) versions −20, beds −24 (within −26..−22). */
const quietMusic = (s) => s.kind === 'music' && s.id.endsWith('_quiet');
const musicTarget = (s) => (quietMusic(s) ? -20 : -16);
/** MP3 rates: effects 44.1 kHz, music and beds 32 kHz, quiet music 24 kHz (see build.mjs). */
const mp3Rate = (s) => (s.kind === 'sfx' ? 44100 : quietMusic(s) ? 24000 : 32000);
const PEAK_MAX = -1.5;

const decoded = new Map();
async function decode(s, fmt) {
  const key = `${s.id}.${fmt}`;
  if (!decoded.has(key)) {
    const bytes = readFileSync(join(DIR, s.files[fmt]));
    decoded.set(key, fmt === 'mp3' ? await decodeMp3(bytes) : await decodeOpus(bytes));
  }
  return decoded.get(key);
}
/** The part a player hears: for MP3 the encoder delay is skipped; loops use their manifest region. */
function heard(s, fmt, d) {
  const sr = d.sampleRate;
  const start = s.loop ? Math.round((s.loop[fmt].startMs / 1000) * sr) : fmt === 'mp3' ? MP3_DELAY_SAMPLES : 0;
  const n = Math.round((s.durationMs / 1000) * sr);
  return d.samples.subarray(start, start + n);
}

test('manifest has the expected shape, ids, order and captions', () => {
  const raw = readFileSync(join(DIR, 'manifest.json'), 'utf8');
  assert.ok(raw.endsWith('}\n'), 'trailing newline');
  assert.equal(raw, `${JSON.stringify(manifest, null, 2)}\n`, '2-space indentation');
  assert.equal(manifest.version, 1);
  const ids = manifest.sounds.map((s) => s.id);
  assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
  assert.deepEqual([...ids].sort(), Object.values(EXPECTED).flat().sort());
  for (const s of manifest.sounds) {
    const kind = Object.keys(EXPECTED).find((k) => EXPECTED[k].includes(s.id));
    assert.equal(s.kind, kind, s.id);
    assert.deepEqual(Object.keys(s), [
      'id',
      'kind',
      'title',
      'caption',
      'files',
      'durationMs',
      'loop',
      'loudnessLufs',
      'peakDbfs',
    ]);
    assert.ok(s.title.length > 5);
    if (kind === 'music') assert.match(s.caption, /^Music: /, s.id);
    else assert.match(s.caption, /^\[.+\]$/, s.id);
    assert.deepEqual(s.files, { mp3: `${s.id}.mp3`, opus: `${s.id}.opus` });
    if (kind === 'sfx') assert.equal(s.loop, null, s.id);
    else {
      // MP3 loops start after lamejs's 1105-sample delay plus a lead-in (the end of the loop, encoded first so
      // the codec is warm at the seam) that together make 200 ms at the file's rate. Opus is exact.
      assert.deepEqual(s.loop, {
        mp3: { startMs: 200, durationMs: s.durationMs },
        opus: { startMs: 0, durationMs: s.durationMs },
      });
    }
    assert.ok(s.peakDbfs <= PEAK_MAX, `${s.id} peak ${s.peakDbfs}`);
  }
  for (const id of ['salon_waltz', 'palace_march']) {
    const piece = manifest.sounds.find((s) => s.id === id);
    assert.match(piece.title, /original composition in period style/i, id);
    assert.match(piece.title, /not a 1917 tune/i, id);
  }
  assert.match(manifest.sounds.find((s) => s.id === 'salon_waltz_quiet').title, /not a 1917 tune/i);
  assert.equal(
    manifest.sounds.find((s) => s.id === 'aurora_blank').caption,
    '[A single gun from the river — the Aurora]',
  );
});

test('durations: music loops as specified, ambience 20-40 s, one-shots short', () => {
  const by = Object.fromEntries(manifest.sounds.map((s) => [s.id, s]));
  for (const id of ['internationale', 'internationale_quiet']) assert.equal(by[id].durationMs, 76800, id);
  for (const id of ['funeral_march', 'funeral_march_quiet', 'palace_march']) assert.equal(by[id].durationMs, 64000, id);
  for (const id of ['salon_waltz', 'salon_waltz_quiet']) assert.equal(by[id].durationMs, 54000, id);
  for (const id of EXPECTED.ambience) assert.ok(by[id].durationMs >= 20000 && by[id].durationMs <= 40000, id);
  for (const id of EXPECTED.sfx) assert.ok(by[id].durationMs > 300 && by[id].durationMs <= 32000, id);
});

test('total size of assets/audio is under 8 MB', () => {
  const total = readdirSync(DIR).reduce((a, f) => a + statSync(join(DIR, f)).size, 0);
  assert.ok(total < 8 * 1024 * 1024, `${total} bytes`);
});

for (const s of manifest.sounds) {
  test(`${s.id}: decodes in both formats; length, peak and loudness as stated`, async () => {
    for (const fmt of ['mp3', 'opus']) {
      const d = await decode(s, fmt);
      assert.equal(d.errors.length, 0, `${fmt} decode errors`);
      assert.equal(d.sampleRate, fmt === 'mp3' ? mp3Rate(s) : 48000);
      const x = heard(s, fmt, d);
      const want = Math.round((s.durationMs / 1000) * d.sampleRate);
      assert.equal(x.length, want, `${fmt} holds the whole sound`);
      if (fmt === 'opus' && !s.loop) assert.equal(d.samples.length, want, 'opus one-shots are trimmed exactly');
      // no clipping: not a single decoded sample near full scale (the ceiling is −1.5 dBFS = 0.84)
      assert.equal(
        d.samples.findIndex((v) => Math.abs(v) >= 0.99),
        -1,
        `${fmt} clips`,
      );
      const pk = samplePeakDb(d.samples);
      assert.ok(pk <= PEAK_MAX + 0.01, `${fmt} peak ${pk.toFixed(2)} dBFS`);
      assert.ok(pk >= -12, `${fmt} is not silent`);
      const lufs = integratedLoudness(x, d.sampleRate, { loop: !!s.loop });
      if (s.kind === 'music') assert.ok(Math.abs(lufs - musicTarget(s)) <= 0.5, `${fmt} ${lufs.toFixed(2)} LUFS`);
      if (s.kind === 'ambience') assert.ok(lufs >= -26 && lufs <= -22, `${fmt} ${lufs.toFixed(2)} LUFS`);
      if (fmt === 'mp3') {
        assert.ok(Math.abs(lufs - s.loudnessLufs) <= 0.15, `manifest loudness ${s.loudnessLufs} vs ${lufs.toFixed(2)}`);
        assert.ok(Math.abs(pk - s.peakDbfs) <= 0.1, `manifest peak ${s.peakDbfs} vs ${pk.toFixed(2)}`);
      }
    }
  });
}

for (const s of manifest.sounds.filter((e) => e.loop)) {
  test(`${s.id}: the loop seam plays like a continuous render`, async () => {
    for (const fmt of ['mp3', 'opus']) {
      const d = await decode(s, fmt);
      const sr = d.sampleRate;
      const start = Math.round((s.loop[fmt].startMs / 1000) * sr);
      const n = Math.round((s.loop[fmt].durationMs / 1000) * sr);
      // the encoder was given the loop's head again after its end, so what follows the loop in the file is what
      // a continuous playback would hear; looping back to `start` must sound the same. Compared by band energies
      // (Opus fills noise bands with its own noise, so waveforms of noisy sounds legitimately differ), and for
      // MP3 also by waveform.
      const k = 4096;
      assert.ok(d.samples.length >= start + n + k, `${fmt}: continuation after the loop is present`);
      const head = d.samples.subarray(start, start + k);
      const cont = d.samples.subarray(start + n, start + n + k);
      const dist = bandDistanceDb(head, cont, sr);
      // Opus at 32-40 kbps moves third-octave band energies of broadband noise by ~2 dB anywhere in a file
      // (measured against the 48 kHz masters); a dropout or a misplaced loop would be tens of dB
      const limit = fmt === 'mp3' ? 2 : 3;
      assert.ok(
        dist < limit,
        `${fmt}: band energies after the seam differ from the loop start by ${dist.toFixed(2)} dB rms`,
      );
      if (fmt === 'mp3' || s.kind === 'music') {
        let e = 0;
        let r = 0;
        for (let i = 0; i < k; i++) {
          e += (head[i] - cont[i]) ** 2;
          r += head[i] ** 2;
        }
        const err = 10 * Math.log10(e / r);
        assert.ok(err < -8, `${fmt}: head after the seam differs from the loop start by ${err.toFixed(1)} dB`);
      }
      // and no step at the seam larger than the loop's own biggest steps
      let maxStep = 0;
      for (let i = start + 1; i < start + n; i++)
        maxStep = Math.max(maxStep, Math.abs(d.samples[i] - d.samples[i - 1]));
      const seamStep = Math.abs(d.samples[start] - d.samples[start + n - 1]);
      assert.ok(seamStep <= maxStep, `${fmt}: seam step ${seamStep} > ${maxStep}`);
    }
  });
}

/** RMS difference in dB between the third-octave band energies (250 Hz - 12.5 kHz) of two equal-length signals. */
function bandDistanceDb(a, b, sr) {
  const pa = powerSpectrum(a);
  const pb = powerSpectrum(b);
  const binHz = sr / ((pa.length - 1) * 2);
  const ea = [];
  const eb = [];
  for (let f = 250; f <= 12500; f *= 2 ** (1 / 3)) {
    let x = 0;
    let y = 0;
    for (let k = Math.round((f * 2 ** (-1 / 6)) / binHz); k < Math.round((f * 2 ** (1 / 6)) / binHz); k++) {
      x += pa[k];
      y += pb[k];
    }
    ea.push(x);
    eb.push(y);
  }
  const top = Math.max(...ea, ...eb);
  let s = 0;
  let c = 0;
  for (let i = 0; i < ea.length; i++) {
    if (Math.max(ea[i], eb[i]) < top * 1e-5) continue; // ignore bands 50 dB below the loudest
    s += (10 * Math.log10((ea[i] + 1e-20) / (eb[i] + 1e-20))) ** 2;
    c++;
  }
  return Math.sqrt(s / Math.max(1, c));
}

test('Russian Morse table and the telegraph text', () => {
  const code = [...TELEGRAPH_TEXT].map((c) => RUSSIAN_MORSE[c]).join(' ');
  assert.equal(code, '.--. . - .-. --- --. .-. .- -..');
  const { marks } = morseTimeline(TELEGRAPH_TEXT);
  assert.equal(marks.length, code.replace(/ /g, '').length);
});

test('telegraph: the clicks in the decoded MP3 spell ПЕТРОГРАД', async () => {
  const s = manifest.sounds.find((e) => e.id === 'telegraph');
  const d = await decode(s, 'mp3');
  const x = Float64Array.from(heard(s, 'mp3', d));
  filter(x, highpass(1500, 0.7));
  const sr = d.sampleRate;
  const hop = Math.round(0.001 * sr);
  const env = [];
  for (let i = 0; i + hop <= x.length; i += hop) {
    let m = 0;
    for (let j = i; j < i + hop; j++) m = Math.max(m, Math.abs(x[j]));
    env.push(m);
  }
  const top = Math.max(...env);
  const onsets = [];
  let armed = true;
  for (let i = 0; i < env.length; i++) {
    if (armed && env[i] > top * 0.2 && (onsets.length === 0 || i - onsets[onsets.length - 1] > 35)) {
      onsets.push(i);
      armed = false;
    }
    if (env[i] < top * 0.08) armed = true;
  }
  assert.equal(onsets.length % 2, 0, `clicks come in down/up pairs (${onsets.length})`);
  const marks = [];
  for (let i = 0; i < onsets.length; i += 2) marks.push({ down: onsets[i], up: onsets[i + 1] });
  const unit = Math.min(...marks.map((m) => m.up - m.down));
  let text = '';
  let letter = '';
  const byCode = Object.fromEntries(Object.entries(RUSSIAN_MORSE).map(([k, v]) => [v, k]));
  marks.forEach((m, i) => {
    letter += m.up - m.down > 2 * unit ? '-' : '.';
    const next = marks[i + 1];
    if (!next || next.down - m.up > 2 * unit) {
      text += byCode[letter] ?? '?';
      letter = '';
    }
  });
  assert.equal(text, TELEGRAPH_TEXT);
});
