// Builds every sound into assets/audio (MP3 + Ogg-Opus + manifest.json).
//   node build.mjs                  all sounds
//   node build.mjs id1 id2          only these (the manifest keeps the other entries)
//   AUDIO_DEBUG_DIR=/tmp/x node build.mjs   also write the 48 kHz masters as WAV and the music as .mid there
// Same input, same bytes: all randomness comes from generators seeded by the sound's id.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MP3_DELAY_SAMPLES,
  MP3_LOOP_START_MS,
  MP3_RATES,
  mp3LoopStartSamples,
  OPUS_RATE,
  decodeMp3,
  decodeOpus,
  encodeMp3,
  encodeOpus,
} from './lib/codec.mjs';
import { SR, dbToGain, limit, peak, resample, scale } from './lib/dsp.mjs';
import { integratedLoudness, samplePeakDb } from './lib/loudness.mjs';
import { Rng, seedFrom } from './lib/prng.mjs';
import { writeWav } from './lib/wav.mjs';
import { ambience } from './ambience/index.mjs';
import { music } from './music/index.mjs';
import { sfx } from './sfx/index.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', '..', 'assets', 'audio');
const MANIFEST = join(OUT, 'manifest.json');
const PEAK_CEILING_DB = -1.5;

/**
 * Per kind: target loudness (null = peak-normalise) and bit rates. The rates keep the whole library under 8 MB:
 * the music is band-limited to ~5 kHz by its gramophone treatment and the beds are mostly noise, so both code
 * well at low rates; effects keep more for their transients.
 */
const KIND = {
  music: { lufs: -16, mp3: 48, mp3Rate: 32000, opus: 24 },
  ambience: { lufs: -24, mp3: 48, mp3Rate: 32000, opus: 24 },
  sfx: { lufs: null, mp3: 64, mp3Rate: 44100, opus: 32 },
};
/** Quiet (ambient) music versions sit 4 LU under the full pieces and are darker still: a lower rate suffices. */
const QUIET_MUSIC = { mp3: 40, mp3Rate: 24000, opus: 20 };

/** The level and rates for one sound: its kind's, with the sound's own loudness target if it sets one. */
function profileOf(def) {
  const base = KIND[def.kind];
  const own = def.lufs === undefined ? {} : { lufs: def.lufs, ...(def.lufs < base.lufs ? QUIET_MUSIC : {}) };
  // a sound whose Opus seam the check finds rough at the kind's rate names a higher one (`opusKbps`)
  return { ...base, ...own, ...(def.opusKbps ? { opus: def.opusKbps } : {}) };
}

const round = (v, d) => Math.round(v * 10 ** d) / 10 ** d;

/** Level a 48 kHz master: loudness target with a limiter (loops) or peak normalisation (one-shots). */
function master(x, k, loop) {
  if (k.lufs === null) {
    const p = peak(x);
    return scale(x, dbToGain(PEAK_CEILING_DB - 0.3) / p);
  }
  let y = x;
  for (let pass = 0; pass < 4; pass++) {
    const l = integratedLoudness(y, SR, { loop });
    scale(y, dbToGain(k.lufs - l));
    y = limit(y, dbToGain(PEAK_CEILING_DB - 0.7), { loop, lookahead: 0.003, release: 0.06 });
  }
  const l = integratedLoudness(y, SR, { loop });
  return scale(y, dbToGain(k.lufs - l));
}

/**
 * Encode one format and check the decoded result: peak under the ceiling, loudness on target (lamejs scales
 * its input by 0.95, so each format gets its own gain), and sample alignment with the source.
 */
async function encodeFormat(id, fmt, x48, k, loop) {
  let gain = 1;
  let peakBound = false;
  const ATTEMPTS = 10;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const src = Float64Array.from(x48, (v) => v * gain);
    let bytes;
    let ref;
    let region;
    let rate;
    if (fmt === 'mp3') {
      ref = resample(src, SR, k.mp3Rate, { loop });
      bytes = encodeMp3(ref, k.mp3, { loop, rate: k.mp3Rate });
      const d = await decodeMp3(bytes);
      if (d.sampleRate !== k.mp3Rate) throw new Error(`${id}: lamejs resampled to ${d.sampleRate} Hz`);
      const start = loop ? mp3LoopStartSamples(k.mp3Rate) : MP3_DELAY_SAMPLES;
      region = d.samples.subarray(start, start + ref.length);
      rate = k.mp3Rate;
    } else {
      ref = src;
      bytes = encodeOpus(src, k.opus, { loop, serial: seedFrom(id) });
      const d = await decodeOpus(bytes);
      region = d.samples.subarray(0, src.length);
      rate = OPUS_RATE;
    }
    const pk = samplePeakDb(region);
    const loudness = integratedLoudness(region, rate, { loop });
    const last = attempt === ATTEMPTS - 1;
    if (pk > PEAK_CEILING_DB - 0.02) {
      // lossy coding moves a transient's peak by a fraction of a dB either way: step down with room to spare
      gain *= dbToGain(PEAK_CEILING_DB - 0.1 - pk - 0.05 * attempt);
      peakBound = true;
      continue;
    }
    if (k.lufs !== null && Math.abs(loudness - k.lufs) > 0.1 && !last && !(peakBound && loudness < k.lufs)) {
      gain *= dbToGain(Math.min(k.lufs - loudness, PEAK_CEILING_DB - 0.1 - pk));
      continue;
    }
    if (k.lufs === null && pk < PEAK_CEILING_DB - 0.6 && !last) {
      // one-shots: the decoded peak should sit just under the ceiling
      gain *= dbToGain(PEAK_CEILING_DB - 0.1 - pk);
      continue;
    }
    const lag = bestLag(region, ref);
    // lossy codecs smear the phase of transients a little; selfTest() proves the exact alignment on noise
    if (Math.abs(lag) > 2) console.warn(`  note: ${id} ${fmt} cross-correlation peaks at lag ${lag}`);
    return { bytes, loudness, peakDb: pk, gain };
  }
  throw new Error(`${id}: could not bring the decoded ${fmt}'s peak under ${PEAK_CEILING_DB} dBFS`);
}

async function encodeChecked(id, x48, profile, loop) {
  const m = await encodeFormat(id, 'mp3', x48, profile, loop);
  const o = await encodeFormat(id, 'opus', x48, profile, loop);
  return {
    mp3: m.bytes,
    opus: o.bytes,
    loudness: m.loudness,
    loudnessOpus: o.loudness,
    peakDb: m.peakDb,
    peakOpus: o.peakDb,
  };
}

/** Lag (in samples, -8..8) that best aligns y with x, by cross-correlation over the loudest second. */
function bestLag(y, x) {
  const win = Math.min(x.length - 40, Math.round(x.length > 96000 ? 48000 : x.length - 40));
  let start = 20;
  let bestE = -1;
  for (let s = 20; s + win < x.length - 20; s += Math.max(1, Math.floor(win / 2))) {
    let e = 0;
    for (let i = s; i < s + win; i += 4) e += x[i] * x[i];
    if (e > bestE) {
      bestE = e;
      start = s;
    }
  }
  let best = -Infinity;
  let lag = 0;
  for (let d = -8; d <= 8; d++) {
    let c = 0;
    for (let i = start; i < start + win; i++) {
      const j = i + d;
      if (j >= 0 && j < y.length) c += y[j] * x[i];
    }
    if (c > best) {
      best = c;
      lag = d;
    }
  }
  return lag;
}

/** The codecs' alignment, proved once on white noise at a high bit rate: decoded MP3 must start exactly
 *  MP3_DELAY_SAMPLES late and decoded Opus exactly on time, or every loop offset in the manifest is wrong. */
async function selfTest() {
  const rng = new Rng('codec-self-test');
  const x = Float64Array.from({ length: SR * 2 }, () => rng.bi() * 0.3);
  for (const rate of MP3_RATES) {
    const xr = resample(x, SR, rate);
    const dm = await decodeMp3(encodeMp3(xr, 128, { rate }));
    const lm = bestLag(dm.samples.subarray(MP3_DELAY_SAMPLES, MP3_DELAY_SAMPLES + xr.length), xr);
    const dl = await decodeMp3(encodeMp3(xr, 128, { loop: true, rate }));
    const start = mp3LoopStartSamples(rate);
    const ll = bestLag(dl.samples.subarray(start, start + xr.length), xr);
    if (lm !== 0 || ll !== 0 || dm.sampleRate !== rate)
      throw new Error(`codec alignment self-test failed at ${rate} Hz (${dm.sampleRate}): mp3 lag ${lm} (loop ${ll})`);
  }
  const dop = await decodeOpus(encodeOpus(x, 128));
  const lo = bestLag(dop.samples.subarray(0, x.length), x);
  const dol = await decodeOpus(encodeOpus(x, 128, { loop: true }));
  const lol = bestLag(dol.samples.subarray(0, x.length), x);
  if (lo !== 0 || lol !== 0 || dop.samples.length !== x.length) {
    throw new Error(
      `codec alignment self-test failed: opus lag ${lo} (loop ${lol}), opus length ${dop.samples.length}/${x.length}`,
    );
  }
}

async function main() {
  await selfTest();
  const args = process.argv.slice(2);
  const debugDir = process.env.AUDIO_DEBUG_DIR || null;
  if (debugDir) mkdirSync(debugDir, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const all = [...music, ...ambience, ...sfx];
  const ids = new Set(all.map((s) => s.id));
  for (const a of args) if (!ids.has(a)) throw new Error(`unknown sound id ${a}`);
  const chosen = args.length ? all.filter((s) => args.includes(s.id)) : all;

  let entries = [];
  if (args.length && existsSync(MANIFEST)) entries = JSON.parse(readFileSync(MANIFEST, 'utf8')).sounds;

  for (const def of chosen) {
    const t0 = Date.now();
    const rng = new Rng(`petrograd-1917/${def.id}`);
    const { samples, loop } = await def.render(rng, debugDir);
    const kind = def.kind;
    const profile = profileOf(def);
    if (loop && (samples.length * profile.mp3Rate) % SR !== 0)
      throw new Error(`${def.id}: loop length must resample to whole samples`);
    const x = master(samples, profile, loop);
    if (debugDir) writeWav(join(debugDir, `${def.id}.wav`), x, SR);
    const enc = await encodeChecked(def.id, x, profile, loop);
    writeFileSync(join(OUT, `${def.id}.mp3`), enc.mp3);
    writeFileSync(join(OUT, `${def.id}.opus`), enc.opus);
    const durationMs = round((x.length / SR) * 1000, 3);
    const entry = {
      id: def.id,
      kind,
      title: def.title,
      caption: def.caption,
      files: { mp3: `${def.id}.mp3`, opus: `${def.id}.opus` },
      durationMs,
      loop: loop
        ? {
            mp3: { startMs: MP3_LOOP_START_MS, durationMs },
            opus: { startMs: 0, durationMs },
          }
        : null,
      loudnessLufs: round(enc.loudness, 1),
      peakDbfs: round(enc.peakDb, 1),
    };
    entries = entries.filter((e) => e.id !== def.id);
    entries.push(entry);
    console.log(
      `${def.id.padEnd(18)} ${kind.padEnd(8)} ${(durationMs / 1000).toFixed(2).padStart(6)} s  ` +
        `${enc.loudness.toFixed(1)} LUFS (opus ${enc.loudnessOpus.toFixed(1)})  peak ${enc.peakDb.toFixed(2)} (opus ${enc.peakOpus.toFixed(2)}) dBFS  ` +
        `mp3 ${(enc.mp3.length / 1024).toFixed(0)} KiB  opus ${(enc.opus.length / 1024).toFixed(0)} KiB  ` +
        `${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeFileSync(MANIFEST, `${JSON.stringify({ version: 1, sounds: entries }, null, 2)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
