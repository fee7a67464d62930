// Encoders (MP3 via lamejs, Ogg-Opus via opusscript with our own Ogg muxer) and independent decoders
// (mpg123 and libopus builds from wasm-audio-decoders) used to check what a player will hear.
import { createRequire } from 'node:module';
import { Mp3Encoder } from '@breezystack/lamejs';
import { MPEGDecoder } from 'mpg123-decoder';
import { OggOpusDecoder } from 'ogg-opus-decoder';

const require = createRequire(import.meta.url);
const OpusScript = require('opusscript');

/** lamejs writes no gapless tag: decoded audio starts this many samples late (576 encoder + 529 decoder). */
export const MP3_DELAY_SAMPLES = 1105;
export const MP3_RATE = 44100;
export const OPUS_RATE = 48000;
/** Extra audio (the end of the loop) encoded in front of an Opus loop and dropped by pre-skip, so the encoder
 *  has settled by the seam: measured, the first ~0.3 s of a cold Opus stream are coded noticeably worse. */
const OPUS_LEAD_IN = 24000;
/** The same for MP3 loops: lamejs's first frames are coded poorly from a cold start, so the end of the loop is
 *  encoded in front of it and the loop starts later in the file. 1105 + 7715 = 8820 samples = exactly 200 ms. */
export const MP3_LOOP_LEAD_IN = 7715;
export const MP3_LOOP_START_SAMPLES = MP3_DELAY_SAMPLES + MP3_LOOP_LEAD_IN;
/** Loops start 200 ms into the MP3 at every rate: the lead-in is whatever fills the time after the delay. */
export const MP3_LOOP_START_MS = 200;
/** The MP3 sample rates lamejs keeps for mono (below 64 kbps it resamples on its own unless fed one of these):
 *  44.1 kHz for effects, 32 kHz (48 kbps) for music and beds, 24 kHz (40 kbps) for the darker quiet music. */
export const MP3_RATES = [44100, 32000, 24000];
export const mp3LoopStartSamples = (rate) => Math.round((rate * MP3_LOOP_START_MS) / 1000);

function toInt16(x) {
  const out = new Int16Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = Math.max(-1, Math.min(1, x[i]));
    out[i] = Math.round(v < 0 ? v * 32768 : v * 32767);
  }
  return out;
}

/**
 * MP3 (mono, 44.1 kHz). For a loop, the end of the loop is encoded first (a lead-in) and the head of the loop
 * again after its end, so the encoder sees the seam as continuous; the player loops
 * [MP3_LOOP_START_SAMPLES, + period]. One-shots start after the plain MP3_DELAY_SAMPLES.
 */
export function encodeMp3(x44, kbps, { loop = false, rate = MP3_RATE } = {}) {
  let src = x44;
  if (loop) {
    const lead = mp3LoopStartSamples(rate) - MP3_DELAY_SAMPLES;
    const tail = Math.min(x44.length, 8192);
    src = new Float64Array(lead + x44.length + tail);
    for (let i = 0; i < lead; i++) src[i] = x44[(((x44.length - lead + i) % x44.length) + x44.length) % x44.length];
    src.set(x44, lead);
    src.set(x44.subarray(0, tail), lead + x44.length);
  }
  const pcm = toInt16(src);
  const enc = new Mp3Encoder(1, rate, kbps);
  const chunks = [];
  const block = 1152 * 16;
  for (let i = 0; i < pcm.length; i += block) {
    const b = enc.encodeBuffer(pcm.subarray(i, Math.min(pcm.length, i + block)));
    if (b.length) chunks.push(Uint8Array.from(b));
  }
  const f = enc.flush();
  if (f.length) chunks.push(Uint8Array.from(f));
  return concatBytes(chunks);
}

function concatBytes(chunks) {
  const len = chunks.reduce((a, c) => a + c.length, 0);
  const out = new Uint8Array(len);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

// ---------------------------------------------------------------- Ogg
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    t[i] = r >>> 0;
  }
  return t;
})();
function oggCrc(bytes) {
  let crc = 0;
  for (let i = 0; i < bytes.length; i++) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ bytes[i]) & 0xff]) >>> 0;
  return crc >>> 0;
}
function oggPage(packets, { serial, seq, granule, bos = false, eos = false, continued = false }) {
  const segs = [];
  for (const p of packets) {
    let n = p.length;
    while (n >= 255) {
      segs.push(255);
      n -= 255;
    }
    segs.push(n);
  }
  if (segs.length > 255) throw new Error('too many segments in one Ogg page');
  const body = concatBytes(packets);
  const h = new Uint8Array(27 + segs.length);
  const dv = new DataView(h.buffer);
  h.set([0x4f, 0x67, 0x67, 0x53], 0); // OggS
  h[4] = 0;
  h[5] = (continued ? 1 : 0) | (bos ? 2 : 0) | (eos ? 4 : 0);
  dv.setBigUint64(6, BigInt(granule), true);
  dv.setUint32(14, serial, true);
  dv.setUint32(18, seq, true);
  dv.setUint32(22, 0, true);
  h[26] = segs.length;
  h.set(segs, 27);
  const page = concatBytes([h, body]);
  new DataView(page.buffer).setUint32(22, oggCrc(page), true);
  return page;
}

/** libopus look-ahead at 48 kHz, application AUDIO (2.5 ms + 192 samples of delay compensation);
 *  the build checks that decoded Opus lines up with the source to the sample. */
export const OPUS_LOOKAHEAD = 312;

/**
 * Ogg-Opus (mono, 48 kHz), sample-exact: pre-skip removes the encoder look-ahead (and, for loops, a lead-in
 * taken from the end of the loop), and the last page's granule position trims the padding at the end.
 */
export function encodeOpus(x48, kbps, { loop = false, serial = 0x50313917 } = {}) {
  const lookahead = OPUS_LOOKAHEAD;
  const lead = loop ? Math.min(OPUS_LEAD_IN, x48.length) : 0;
  const frame = 960;
  const tailPad = loop ? Math.min(x48.length, 4800) : 0;
  const bodyLen = lead + x48.length + tailPad + lookahead;
  const total = Math.ceil(bodyLen / frame) * frame;
  const src = new Float64Array(total);
  if (lead) src.set(x48.subarray(x48.length - lead), 0);
  src.set(x48, lead);
  if (tailPad) src.set(x48.subarray(0, tailPad), lead + x48.length);
  const pcm = toInt16(src);

  const enc = new OpusScript(OPUS_RATE, 1, OpusScript.Application.AUDIO);
  enc.setBitrate(kbps * 1000);
  const preSkip = lookahead + lead;

  const head = new Uint8Array(19);
  head.set([0x4f, 0x70, 0x75, 0x73, 0x48, 0x65, 0x61, 0x64], 0); // OpusHead
  const hv = new DataView(head.buffer);
  head[8] = 1; // version
  head[9] = 1; // channels
  hv.setUint16(10, preSkip, true);
  hv.setUint32(12, OPUS_RATE, true);
  hv.setInt16(16, 0, true);
  head[18] = 0; // mapping family
  const vendor = new TextEncoder().encode('libopus (opusscript)');
  const tags = new Uint8Array(8 + 4 + vendor.length + 4);
  tags.set([0x4f, 0x70, 0x75, 0x73, 0x54, 0x61, 0x67, 0x73], 0); // OpusTags
  const tv = new DataView(tags.buffer);
  tv.setUint32(8, vendor.length, true);
  tags.set(vendor, 12);
  tv.setUint32(12 + vendor.length, 0, true);

  const pages = [];
  let seq = 0;
  pages.push(oggPage([head], { serial, seq: seq++, granule: 0, bos: true }));
  pages.push(oggPage([tags], { serial, seq: seq++, granule: 0 }));

  // the granule position of the last page = pre-skip + the samples that should be heard
  const keep = (loop ? x48.length + tailPad : x48.length) + preSkip;
  const packets = [];
  for (let i = 0; i < pcm.length; i += frame) {
    // opusscript wants the PCM as little-endian bytes in a Buffer
    const b = Buffer.from(pcm.buffer, pcm.byteOffset + i * 2, frame * 2);
    packets.push(enc.encode(b, frame));
  }
  enc.delete();
  let granule = 0;
  let pagePackets = [];
  let pageSegs = 0;
  for (let k = 0; k < packets.length; k++) {
    const p = Uint8Array.from(packets[k]);
    const segs = Math.floor(p.length / 255) + 1;
    if (pageSegs + segs > 255 || pagePackets.length >= 50) {
      pages.push(oggPage(pagePackets, { serial, seq: seq++, granule }));
      pagePackets = [];
      pageSegs = 0;
    }
    pagePackets.push(p);
    pageSegs += segs;
    granule += frame;
  }
  pages.push(oggPage(pagePackets, { serial, seq, granule: Math.min(granule, keep), eos: true }));
  return concatBytes(pages);
}

// ---------------------------------------------------------------- decoders (for checks)
export async function decodeMp3(bytes) {
  const d = new MPEGDecoder({ enableGapless: true });
  await d.ready;
  const r = d.decode(bytes);
  d.free();
  return { samples: Float64Array.from(r.channelData[0]), sampleRate: r.sampleRate, errors: r.errors };
}

export async function decodeOpus(bytes) {
  const d = new OggOpusDecoder();
  await d.ready;
  const r = await d.decodeFile(bytes);
  d.free();
  return { samples: Float64Array.from(r.channelData[0]), sampleRate: r.sampleRate, errors: r.errors };
}
