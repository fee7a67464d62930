// Arrangements: melody + chords -> note events for a small band. Times are in beats here and converted to
// seconds with the tempo at the end. All "humanising" comes from a seeded generator.
import { Rng } from '../lib/prng.mjs';
import { internationale, funeral, palaceMarch, waltz } from './notes.mjs';

// General MIDI programs (FluidR3Mono)
const TRUMPET = 56; // cornet
const TROMBONE = 57; // baritone voice
const TUBA = 58;
const HORNS = 60; // alto / tenor horns
const CLARINET = 71;
const VIOLIN = 40;
const CELLO = 42;
const PIANO = 0; // bank 8 = "Mellow Yamaha Grand"
const DRUMS = 9; // channel
const ORCHESTRA_KIT = 48;
const BASS_DRUM = 36;
const SNARE = 38;
const CYMBAL = 57;

/** The chord sounding at beat `b` of bar `bar` (0-based bar index). */
function chordAt(chords, bar, beatInBar, beatsPerBar) {
  const list = chords[bar];
  const i = Math.min(list.length - 1, Math.floor((beatInBar / beatsPerBar) * list.length));
  return list[i];
}

/** Pitch classes -> the nearest MIDI note of that class at or below `limit`. */
function below(pc, limit) {
  let n = limit - ((((limit - pc) % 12) + 12) % 12);
  return n;
}

/** Choose a close voicing of `count` chord tones within [lo, hi] that moves least from `prev`. */
function voice(chord, count, lo, hi, prev) {
  const tones = chord.tones;
  const cands = [];
  for (let bass = lo; bass <= hi; bass++) {
    if (!tones.includes(bass % 12)) continue;
    // stack chord tones upward from bass
    const v = [bass];
    let p = bass;
    let idx = tones.indexOf(bass % 12);
    while (v.length < count) {
      idx = (idx + 1) % tones.length;
      let n = p + 1;
      while (n % 12 !== tones[idx]) n++;
      v.push(n);
      p = n;
    }
    if (v[v.length - 1] <= hi) cands.push(v);
  }
  // with 4-note chords voiced in three parts, drop the fifth rather than the third or seventh
  if (!cands.length) throw new Error(`no voicing for ${chord.name}`);
  if (!prev) return cands[Math.floor(cands.length / 2)];
  let best = cands[0];
  let bestCost = Infinity;
  for (const c of cands) {
    const cost = c.reduce((a, n, i) => a + Math.abs(n - (prev[i] ?? n)), 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = c;
    }
  }
  return best;
}

/** A harmony note a third-to-sixth below the melody note: the highest chord tone 3..9 semitones under it. */
function harmonyBelow(mel, chord) {
  for (let d = 3; d <= 9; d++) if (chord.tones.includes((mel - d + 120) % 12)) return mel - d;
  return mel - 12;
}

function toSeconds(events, bpm) {
  const k = 60 / bpm;
  return events.map((e) => ({ ...e, t: e.t * k, dur: e.dur * k }));
}

// ---------------------------------------------------------------- The Internationale: brass band march
export function arrangeInternationale() {
  const song = internationale;
  const rng = new Rng('internationale-arrangement');
  const bpm = 100;
  const bpb = 4;
  const T = song.transpose;
  const P = song.totalBeats; // 128
  const barStart = (bar) => song.pickupBeats + bar * bpb; // bar is 0-based; bar 31 (the 32nd) wraps its last beat
  const wrap = (t) => ((t % P) + P) % P;
  const notes = [];
  const jitter = () => rng.normal() * 0.006; // in beats (~4 ms)
  const add = (ch, t, dur, note, vel) =>
    notes.push({ ch, t: wrap(t + jitter()), dur, note: note + T, vel: vel + rng.normal() * 3 });
  const refrainStart = barStart(16);

  // Cornet melody; baritone: a harmony line a tenth below in the verse, the tune an octave below in the refrain
  for (const n of song.notes) {
    if (n.pitch === null) continue;
    const bar = Math.floor((n.start - song.pickupBeats) / bpb);
    const inRefrain = n.start >= refrainStart - 1e-9;
    const barIdx = ((bar % 32) + 32) % 32;
    const beatIn = n.start - barStart(bar);
    const chord = chordAt(song.chords, barIdx, Math.max(0, beatIn), bpb);
    const onBeat = Math.abs(n.start - Math.round(n.start)) < 1e-9;
    const accent = onBeat && Math.round(n.start - song.pickupBeats) % bpb === 0 ? 8 : 0;
    const art = n.beats >= 1 ? 0.9 : 0.78;
    const vel = (inRefrain ? 100 : 88) + accent;
    add(0, n.start, n.beats * art, n.pitch, vel);
    const bari = inRefrain ? n.pitch - 12 : harmonyBelow(n.pitch, chord) - 12;
    add(2, n.start, n.beats * art, bari, vel - 10);
  }

  // Tuba on 1 and 3; horns on the after-beats (2 and 4); drums
  let prevVoicing = null;
  for (let bar = 0; bar < 32; bar++) {
    const t0 = barStart(bar);
    const refrain = bar >= 16;
    for (let beat = 0; beat < bpb; beat++) {
      const chord = chordAt(song.chords, bar, beat, bpb);
      if (beat % 2 === 0) {
        const root = below(chord.root, 45); // B1..A2 before transposing: D2..C3 after
        const fifth = below((chord.root + 7) % 12, 45);
        const firstOfChord = beat === 0 || chordAt(song.chords, bar, beat - 1, bpb) !== chord;
        const n = firstOfChord ? root : fifth;
        add(3, t0 + beat, 0.85, n, refrain ? 98 : 90);
      } else {
        const v = voice(chord, 3, 55, 69, prevVoicing);
        prevVoicing = v;
        for (const n of v) add(1, t0 + beat, 0.45, n, refrain ? 84 : 74);
        if (refrain) for (const n of v) add(1, t0 + beat + 0.5, 0.3, n, 62);
      }
    }
    // drums: bass drum on 1 and 3, light snare on 2 and 4, cymbal with the bass drum in the refrain
    add(DRUMS, t0, 0.5, BASS_DRUM - T, refrain ? 100 : 90);
    add(DRUMS, t0 + 2, 0.5, BASS_DRUM - T, refrain ? 88 : 78);
    add(DRUMS, t0 + 1, 0.2, SNARE - T, refrain ? 62 : 52);
    add(DRUMS, t0 + 3, 0.2, SNARE - T, refrain ? 62 : 52);
    if (refrain && bar % 2 === 0) add(DRUMS, t0, 1.5, CYMBAL - T, bar === 16 || bar === 24 ? 96 : 66);
    if (bar === 0) add(DRUMS, t0, 1.5, CYMBAL - T, 78);
  }
  // a snare roll leading into the refrain (bar 16, beats 3-4) and into the loop's return (bar 32, beat 4)
  const roll = (from, beats, v0, v1) => {
    const n = Math.round(beats * 8);
    for (let i = 0; i < n; i++) add(DRUMS, from + i / 8, 0.1, SNARE - T, v0 + ((v1 - v0) * i) / n);
  };
  roll(barStart(15) + 2.5, 1.5, 50, 96);
  roll(barStart(31) + 3, 0.875, 50, 90);

  return {
    bpm,
    period: (P * 60) / bpm,
    channels: [
      { ch: 0, program: TRUMPET, volume: 120 },
      { ch: 1, program: HORNS, volume: 96 },
      { ch: 2, program: TROMBONE, volume: 84 },
      { ch: 3, program: TUBA, volume: 84 },
      { ch: DRUMS, program: ORCHESTRA_KIT, volume: 100 },
    ],
    notes: toSeconds(notes, bpm),
    melodyChannel: 0,
    melody: song.notes
      .filter((n) => n.pitch !== null)
      .map((n) => ({ t: (n.start * 60) / bpm, dur: (n.beats * 60) / bpm, note: n.pitch + T })),
  };
}

// ---------------------------------------------------------------- "Вы жертвою пали": slow funeral band
export function arrangeFuneral() {
  const song = funeral;
  const rng = new Rng('funeral-arrangement');
  const bpm = 60;
  const bpb = 4;
  const P = song.totalBeats; // 64
  const barStart = (bar) => song.pickupBeats + bar * bpb;
  const wrap = (t) => ((t % P) + P) % P;
  const notes = [];
  const add = (ch, t, dur, note, vel) =>
    notes.push({ ch, t: wrap(t + rng.normal() * 0.008), dur, note, vel: vel + rng.normal() * 2.5 });

  for (const n of song.notes) {
    if (n.pitch === null) continue;
    const bar = Math.floor((n.start - song.pickupBeats) / bpb);
    const high = bar >= 8 && bar < 12; // bars 9-12 rise to D5-E5
    const vel = (high ? 86 : 76) + (n.beats >= 1 ? 4 : 0);
    const art = n.beats >= 1 ? 0.95 : 0.88;
    add(0, n.start, n.beats * art, n.pitch, vel);
    add(2, n.start, n.beats * art, n.pitch - 12, vel - 8);
  }
  let prev = null;
  for (let bar = 0; bar < 16; bar++) {
    const t0 = barStart(bar);
    const list = song.chords[bar];
    const len = bpb / list.length;
    list.forEach((chord, i) => {
      const t = t0 + i * len;
      const v = voice(chord, 3, 52, 66, prev);
      prev = v;
      for (const n of v) add(1, t, len * 0.97, n, 70);
      // tuba: root on each half, the lower octave on the second beat of a whole-bar chord
      add(3, t, Math.min(2, len) * 0.9, below(chord.root, 47), 84);
      if (len === 4) add(3, t + 2, 1.8, below((chord.root + 7) % 12, 47), 76);
    });
    // muffled bass drum on 1 and 3; a soft drag on the snare before each four-bar phrase
    add(DRUMS, t0, 0.6, BASS_DRUM, 78);
    add(DRUMS, t0 + 2, 0.6, BASS_DRUM, 64);
    if (bar % 4 === 3) {
      add(DRUMS, t0 + 3.5, 0.06, SNARE, 40);
      add(DRUMS, t0 + 3.625, 0.06, SNARE, 46);
      add(DRUMS, t0 + 3.75, 0.1, SNARE, 58);
    }
    if (bar === 8) add(DRUMS, t0, 2, CYMBAL, 54);
  }
  return {
    bpm,
    period: (P * 60) / bpm,
    channels: [
      { ch: 0, program: TRUMPET, volume: 127 },
      { ch: 1, program: HORNS, volume: 84 },
      { ch: 2, program: TROMBONE, volume: 84 },
      { ch: 3, program: TUBA, volume: 76 },
      { ch: DRUMS, program: ORCHESTRA_KIT, volume: 90 },
    ],
    notes: toSeconds(notes, bpm),
    melodyChannel: 0,
    melody: song.notes
      .filter((n) => n.pitch !== null)
      .map((n) => ({ t: (n.start * 60) / bpm, dur: (n.beats * 60) / bpm, note: n.pitch })),
  };
}

// ---------------------------------------------------------------- Salon waltz (original): violin, cello, piano
export function arrangeWaltz() {
  const song = waltz;
  const rng = new Rng('waltz-arrangement');
  const bpm = 160;
  const bpb = 3;
  const P = song.totalBeats; // 144
  const wrap = (t) => ((t % P) + P) % P;
  const notes = [];
  const add = (ch, t, dur, note, vel) =>
    notes.push({ ch, t: wrap(t + rng.normal() * 0.01), dur, note, vel: vel + rng.normal() * 3 });

  for (const n of song.notes) {
    if (n.pitch === null) continue;
    const bar = Math.floor(n.start / bpb);
    const inB = bar >= 16 && bar < 32;
    const first = Math.abs(n.start - bar * bpb) < 1e-9;
    add(0, n.start, n.beats * (n.beats >= 2 ? 0.96 : 0.9), n.pitch, (inB ? 80 : 86) + (first ? 6 : 0));
  }
  let prev = null;
  for (let bar = 0; bar < 48; bar++) {
    const t0 = bar * bpb;
    const chord = song.chords[bar][0];
    const sameAsBefore = bar > 0 && song.chords[bar - 1][0].name === chord.name;
    // bass: root, or the fifth when the chord carries over from the previous bar
    const bassPc = sameAsBefore ? (chord.root + 7) % 12 : chord.root;
    const bass = below(bassPc, 45);
    add(1, t0, 2.6, bass, 76); // cello
    add(2, t0, 0.9, bass, 70); // piano left hand
    // "pah-pah" on beats 2 and 3; beat 2 comes a shade early, as a Viennese-style waltz does
    const v = voice(chord, 3, 57, 70, prev);
    prev = v;
    for (const n of v) {
      add(2, t0 + 0.94, 0.42, n, 58);
      add(2, t0 + 2, 0.42, n, 52);
    }
  }
  return {
    bpm,
    period: (P * 60) / bpm,
    channels: [
      { ch: 0, program: VIOLIN, volume: 112 },
      { ch: 1, program: CELLO, volume: 80 },
      { ch: 2, program: PIANO, bank: 8, volume: 106 },
    ],
    notes: toSeconds(notes, bpm),
    melodyChannel: 0,
    melody: song.notes
      .filter((n) => n.pitch !== null)
      .map((n) => ({ t: (n.start * 60) / bpm, dur: (n.beats * 60) / bpm, note: n.pitch })),
  };
}

// ---------------------------------------------------------------- Palace march (original): full military band
export function arrangePalaceMarch() {
  const song = palaceMarch;
  const rng = new Rng('palace-march-arrangement');
  const bpm = 120;
  const bpb = 4;
  const P = song.totalBeats; // 128
  const wrap = (t) => ((t % P) + P) % P;
  const notes = [];
  const add = (ch, t, dur, note, vel) =>
    notes.push({ ch, t: wrap(t + rng.normal() * 0.006), dur, note, vel: vel + rng.normal() * 3 });
  // strains: A (bars 1-8), B (9-16), A full band (17-24), trio (25-32)
  const strain = (bar) => (bar < 8 ? 'A' : bar < 16 ? 'B' : bar < 24 ? 'A2' : 'trio');

  for (const n of song.notes) {
    if (n.pitch === null) continue;
    const bar = Math.floor(n.start / bpb);
    const s = strain(bar);
    const chord = chordAt(song.chords, bar, n.start - bar * bpb, bpb);
    const onBar = Math.abs(n.start - bar * bpb) < 1e-9;
    const art = n.beats >= 1 ? 0.86 : 0.7; // marches are played detached
    const base = s === 'A2' ? 104 : s === 'trio' ? 80 : s === 'B' ? 86 : 92;
    const vel = base + (onBar ? 8 : 0);
    if (s === 'trio') {
      // the trio sings: clarinets with the tune, baritone an octave below, cornets rest
      add(4, n.start, n.beats * 0.95, n.pitch, vel + 8);
      add(2, n.start, n.beats * 0.95, n.pitch - 12, vel - 6);
    } else {
      add(0, n.start, n.beats * art, n.pitch, vel);
      add(2, n.start, n.beats * art, harmonyBelow(n.pitch, chord) - 12, vel - 12);
      if (s === 'A2') add(4, n.start, n.beats * art, n.pitch + 12, vel - 14);
    }
  }
  let prev = null;
  for (let bar = 0; bar < 32; bar++) {
    const t0 = bar * bpb;
    const s = strain(bar);
    const loud = s === 'A2' ? 12 : s === 'trio' ? -10 : 0;
    for (let beat = 0; beat < bpb; beat++) {
      const chord = chordAt(song.chords, bar, beat, bpb);
      if (beat % 2 === 0) {
        const firstOfChord = beat === 0 || chordAt(song.chords, bar, beat - 1, bpb) !== chord;
        const n = below(firstOfChord ? chord.root : (chord.root + 7) % 12, 46);
        add(3, t0 + beat, 0.7, n, 92 + loud);
      } else {
        const v = voice(chord, 3, 55, 69, prev);
        prev = v;
        for (const n of v) add(1, t0 + beat, 0.4, n, 76 + loud);
      }
    }
    if (s !== 'trio') {
      add(DRUMS, t0, 0.4, BASS_DRUM, 96 + loud);
      add(DRUMS, t0 + 2, 0.4, BASS_DRUM, 84 + loud);
      add(DRUMS, t0 + 1, 0.15, SNARE, 58 + loud);
      add(DRUMS, t0 + 3, 0.15, SNARE, 58 + loud);
      add(DRUMS, t0 + 3.5, 0.1, SNARE, 44 + loud);
      // no crash on the loop's first beat: Opus codes a cymbal's noise afresh each time, so the head after the seam
      // would not match the loop's start sample for sample
      if (bar % 2 === 0 && bar > 0) add(DRUMS, t0, 1.2, CYMBAL, s === 'A2' ? 84 : 62);
    } else {
      add(DRUMS, t0, 0.4, BASS_DRUM, 74);
    }
  }
  // a snare roll into the full-band return (bar 16) and into the loop's start (bar 32)
  const roll = (from, beats, v0, v1) => {
    const n = Math.round(beats * 8);
    for (let i = 0; i < n; i++) add(DRUMS, from + i / 8, 0.1, SNARE, v0 + ((v1 - v0) * i) / n);
  };
  roll(15 * bpb + 2, 2, 50, 100);
  roll(31 * bpb + 2, 1.5, 50, 96); // ends half a beat before the loop returns, so its rattle has died away
  return {
    bpm,
    period: (P * 60) / bpm,
    channels: [
      { ch: 0, program: TRUMPET, volume: 118 },
      { ch: 1, program: HORNS, volume: 92 },
      { ch: 2, program: TROMBONE, volume: 88 },
      { ch: 3, program: TUBA, volume: 86 },
      { ch: 4, program: CLARINET, volume: 96 },
      { ch: DRUMS, program: ORCHESTRA_KIT, volume: 100 },
    ],
    notes: toSeconds(notes, bpm),
    melodyChannel: 0,
    melody: song.notes
      .filter((n) => n.pitch !== null && strain(Math.floor(n.start / bpb)) !== 'trio')
      .map((n) => ({ t: (n.start * 60) / bpm, dur: (n.beats * 60) / bpm, note: n.pitch })),
  };
}

// ---------------------------------------------------------------- quiet (ambient) versions
// The same tune and the same loop length, played softly by a few players: a melody voice, a sustained harmony
// and a soft bass on the first beat; no drums but a muffled stroke where the piece needs its pulse.
function arrangeQuiet(
  song,
  { id, bpm, bpb, transpose = 0, melodyProgram, melodyBank = 0, padProgram, padBank = 0, bassProgram, pulse = false },
) {
  const rng = new Rng(`${id}-arrangement`);
  const P = song.totalBeats;
  const wrap = (t) => ((t % P) + P) % P;
  const notes = [];
  const add = (ch, t, dur, note, vel) =>
    notes.push({ ch, t: wrap(t + rng.normal() * 0.008), dur, note: note + transpose, vel: vel + rng.normal() * 2 });
  for (const n of song.notes) {
    if (n.pitch === null) continue;
    add(0, n.start, n.beats * 0.94, n.pitch, n.beats >= 1 ? 62 : 54);
  }
  const bars = song.chords.length;
  let prev = null;
  for (let bar = 0; bar < bars; bar++) {
    const t0 = song.pickupBeats + bar * bpb;
    const list = song.chords[bar];
    const len = bpb / list.length;
    list.forEach((chord, i) => {
      const t = t0 + i * len;
      const v = voice(chord, 3, 50, 64, prev);
      prev = v;
      for (const n of v) add(1, t, len * 0.98, n, 44);
      if (i === 0) add(2, t, Math.min(len, bpb) * 0.9, below(chord.root, 43), 54);
    });
    if (pulse) notes.push({ ch: DRUMS, t: wrap(t0), dur: 0.5, note: BASS_DRUM, vel: 42 });
  }
  return {
    bpm,
    period: (P * 60) / bpm,
    channels: [
      { ch: 0, program: melodyProgram, bank: melodyBank, volume: 110 },
      { ch: 1, program: padProgram, bank: padBank, volume: 80 },
      { ch: 2, program: bassProgram, volume: 76 },
      ...(pulse ? [{ ch: DRUMS, program: ORCHESTRA_KIT, volume: 80 }] : []),
    ],
    notes: toSeconds(notes, bpm),
    melodyChannel: 0,
    melody: song.notes
      .filter((n) => n.pitch !== null)
      .map((n) => ({ t: (n.start * 60) / bpm, dur: (n.beats * 60) / bpm, note: n.pitch + transpose })),
  };
}

/** The Internationale heard softly: a French horn with the tune over trombones and tuba. */
export const arrangeInternationaleQuiet = () =>
  arrangeQuiet(internationale, {
    id: 'internationale-quiet',
    bpm: 100,
    bpb: 4,
    transpose: internationale.transpose,
    melodyProgram: HORNS,
    padProgram: TROMBONE,
    bassProgram: TUBA,
  });

/** "Вы жертвою пали" as a distant lament: horn, low brass and a muffled drum on each bar. */
export const arrangeFuneralQuiet = () =>
  arrangeQuiet(funeral, {
    id: 'funeral-quiet',
    bpm: 60,
    bpb: 4,
    melodyProgram: HORNS,
    padProgram: TROMBONE,
    bassProgram: TUBA,
    pulse: true,
  });

/** The salon waltz on a piano in the next room: tune and soft chords. */
export const arrangeWaltzQuiet = () =>
  arrangeQuiet(waltz, {
    id: 'waltz-quiet',
    bpm: 160,
    bpb: 3,
    melodyProgram: PIANO,
    melodyBank: 8,
    padProgram: PIANO,
    padBank: 8,
    bassProgram: CELLO,
  });
