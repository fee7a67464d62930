// Melody note data. The two period tunes are copied from shared/design/audio.md §2.2, where they were checked
// note by note against printed-edition scores. Format: PITCH:BEATS (quarter notes), R = rest.
// Every bar is checked against the metre when this module loads.

const NAMES = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

const QUALITIES = {
  '': [0, 4, 7],
  m: [0, 3, 7],
  7: [0, 4, 7, 10],
  m7: [0, 3, 7, 10],
  m6: [0, 3, 7, 9],
};

/** "F#4" -> 66, "Bb3" -> 58, "R" -> null */
export function midiOf(name) {
  if (name === 'R') return null;
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad pitch ${name}`);
  const acc = m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0;
  return 12 * (Number(m[3]) + 1) + NAMES[m[1]] + acc;
}

function parseBar(text) {
  return text
    .trim()
    .split(/\s+/)
    .map((tok) => {
      const [p, b] = tok.split(':');
      return { pitch: midiOf(p), beats: Number(b) };
    });
}

/** Parse bars, check each against the metre, and return a flat note list with start times in beats. */
export function buildMelody({ pickup, bars, beatsPerBar, lastBarBeats }) {
  const notes = [];
  let t = 0;
  const push = (list, label, want) => {
    const sum = list.reduce((a, n) => a + n.beats, 0);
    if (Math.abs(sum - want) > 1e-9) throw new Error(`${label}: ${sum} beats, expected ${want}`);
    for (const n of list) {
      notes.push({ ...n, start: t });
      t += n.beats;
    }
  };
  const pk = pickup ? parseBar(pickup) : [];
  push(
    pk,
    'pickup',
    pk.reduce((a, n) => a + n.beats, 0),
  );
  const pickupBeats = t;
  bars.forEach((b, i) => {
    const last = i === bars.length - 1;
    push(parseBar(b), `bar ${i + 1}`, last && lastBarBeats !== undefined ? lastBarBeats : beatsPerBar);
  });
  if (lastBarBeats !== undefined && Math.abs(pickupBeats + lastBarBeats - beatsPerBar) > 1e-9) {
    throw new Error('pickup and last bar do not make a whole bar');
  }
  return { notes, totalBeats: t, pickupBeats };
}

// ---------------------------------------------------------------- The Internationale (De Geyter, 1888)
// Source key G major; rendered +3 semitones (B flat). 4/4, 1-beat pickup, 32 bars (pickup + bar 32 = one bar).
const INTERNATIONALE_BARS = [
  'G4:1.5 F#4:0.5 A4:0.5 G4:0.5 D4:0.5 B3:0.5', // 1
  'E4:2 C4:1 R:0.5 E4:0.5',
  'A4:1.5 G4:0.5 F#4:0.5 E4:0.5 D4:0.5 C4:0.5',
  'B3:3 D4:1',
  'G4:1.5 F#4:0.5 A4:0.5 G4:0.5 D4:0.5 B3:0.5', // 5
  'E4:2 C4:0.5 E4:0.5 A4:0.5 G4:0.5',
  'F#4:1 A4:1 C5:1 F#4:1',
  'G4:2.5 R:0.5 B4:0.5 A4:0.5',
  'F#4:1.5 F#4:0.5 E4:0.5 F#4:0.5 G4:0.5 E4:0.5', // 9
  'F#4:2 D4:0.5 D4:0.5 C#4:0.5 D4:0.5',
  'E4:1.5 E4:0.5 A4:1.5 G4:0.5',
  'F#4:2.5 R:0.5 A4:1',
  'A4:1.5 F#4:0.5 D4:0.5 D4:0.5 C#4:0.5 D4:0.5', // 13
  'B4:2 G4:0.5 E4:0.5 F#4:0.5 G4:0.5',
  'F#4:1 A4:1 G4:1 E4:1',
  'D4:2.5 R:0.5 B4:0.75 A4:0.25',
  'G4:2 D4:1.5 B3:0.5', // 17 refrain
  'E4:2 C4:0.5 R:0.5 A4:0.75 G4:0.25',
  'F#4:2 E4:1 D4:1',
  'D4:2.5 R:0.5 D4:1',
  'B4:2 A4:1 D4:0.5 D4:0.5', // 21
  'G4:2 F#4:1.5 F#4:0.5',
  'E4:1.5 D#4:0.5 E4:1 A4:1',
  'A4:2.5 R:0.5 B4:0.75 A4:0.25',
  'G4:2 D4:1.5 B3:0.5', // 25
  'E4:2 C4:0.5 R:0.5 A4:0.75 G4:0.25',
  'F#4:2 E4:1 D4:1',
  'B4:3 B4:1',
  'D5:2 C5:1 B4:0.5 B4:0.5', // 29
  'A4:1.5 B4:0.5 C5:1 R:0.5 C5:0.5',
  'B4:1.5 B4:0.5 A4:1.5 A4:0.5',
  'G4:3',
];
// Chords from the source, one or two per bar (source key G).
const INTERNATIONALE_CHORDS =
  'G|C|D7|G|G|C|D|G|D A|D|A|F#m D|D|G|D A|D -|G|C|D|G|G|Em Bm|C Am|D|G|C Am|D7|G|E7|Am|G D|G';

export const internationale = {
  ...buildMelody({ pickup: 'D4:1', bars: INTERNATIONALE_BARS, beatsPerBar: 4, lastBarBeats: 3 }),
  chords: parseChords(INTERNATIONALE_CHORDS, 32),
  beatsPerBar: 4,
  transpose: 3,
};

// ---------------------------------------------------------------- "Вы жертвою пали" (19th-century tune)
// E minor, 4/4, ½-beat pickup, 16 bars = 64 beats.
const B1 = 'B4:1 A4:.25 G4:.25 F#4:.25 E4:.25 B4:1 A4:.25 G4:.25 F#4:.25 E4:.25';
const B2 = 'F#4:1 F#4:.75 F#4:.25 F#4:1 R:.5 F#4:.5';
const FUNERAL_BARS = [
  B1,
  B2,
  'A4:1 B4:.5 C5:.5 B4:.5 A4:.5 G4:.5 F#4:.5',
  'E4:.5 G4:.5 B4:.5 G4:.5 E4:1 R:.5 E4:.5',
  B1, // 5 = bar 1
  B2, // 6 = bar 2
  'A4:1 C5:.5 A4:.5 G4:1 F#4:.5 F#4:.5',
  'E4:.5 G4:.5 B4:.5 G4:.5 E4:1 R:.5 B4:.5',
  'D5:1 D5:.75 D5:.25 D5:1 E5:.75 E5:.25', // 9
  'D5:1 C5:.75 B4:.25 C5:1 R:.5 D4:.5', // the D4 pickup leaping a 7th is in the source
  'C5:1 C5:.75 C5:.25 C5:1 D5:.75 C5:.25',
  'C5:1 B4:.5 A#4:.5 B4:1 R:.5 E4:.5',
  B1, // 13 = bar 1
  B2, // 14 = bar 2
  'A4:1 A4:.5 C5:.5 B4:.5 A4:.5 G4:.5 F#4:.5',
  'E4:.5 G4:.5 B4:.5 G4:.5 E4:1.5',
];
const FUNERAL_CHORDS = 'Em|B7|Am B7|Em|Em|B7|Am B7|Em|G C|G C|Am D7|B B7|Em|B7|Am B7|Em';

export const funeral = {
  ...buildMelody({ pickup: 'E4:0.5', bars: FUNERAL_BARS, beatsPerBar: 4, lastBarBeats: 3.5 }),
  chords: parseChords(FUNERAL_CHORDS, 16),
  beatsPerBar: 4,
  transpose: 0,
};

// ---------------------------------------------------------------- Salon waltz: an ORIGINAL composition in period
// style, written for this game (not a 1917 tune). D minor / F major, 3/4, 48 bars, no pickup.
const WALTZ_BARS = [
  // A: D minor
  'A4:1 D5:1 F5:1', // 1 Dm
  'A5:2 G5:1', // Dm
  'G5:1 F5:1 E5:1', // A7
  'E5:3', // A7
  'G4:1 C#5:1 E5:1', // 5 A7
  'G5:2 F5:1', // A7
  'F5:1 E5:1 D5:1', // Dm
  'D5:3', // Dm
  'A4:1 D5:1 F#5:1', // 9 D7
  'Bb5:2 A5:1', // Gm
  'A5:1 G5:1 F5:1', // Gm
  'F5:2 E5:1', // Dm
  'D5:1 G5:1 Bb5:1', // 13 Gm
  'A5:1 G5:1 E5:1', // A7
  'D5:1 C#5:1 E5:1', // A7
  'D5:3', // Dm
  // B: F major, lighter
  'C5:1 F5:1 A5:1', // 17 F
  'C6:2 A5:1', // F
  'Bb5:1 G5:1 E5:1', // C7
  'C5:3', // C7
  'Bb4:1 E5:1 G5:1', // 21 C7
  'Bb5:2 G5:1', // C7
  'A5:1 G5:1 F5:1', // F
  'C5:3', // F
  'C5:1 Eb5:1 A5:1', // 25 F7
  'Bb5:2 F5:1', // Bb
  'G5:2 D5:1', // Gm
  'E5:2 G5:1', // C7
  'A5:1 F5:1 C5:1', // 29 F
  'G5:2 E5:1', // C7
  'F5:3', // F
  'E5:1 C#5:1 A4:1', // A7, back to D minor
  // A': D minor again, closing
  'A4:1 D5:1 F5:1', // 33 Dm
  'A5:2 G5:1', // Dm
  'G5:1 F5:1 E5:1', // A7
  'E5:3', // A7
  'G4:1 C#5:1 E5:1', // 37 A7
  'G5:2 F5:1', // A7
  'F5:1 E5:1 D5:1', // Dm
  'D5:3', // Dm
  'A4:1 D5:1 F#5:1', // 41 D7
  'Bb5:2 A5:1', // Gm
  'G5:1 F5:1 E5:1', // Gm
  'F5:2 D5:1', // Dm
  'E5:1 G5:1 Bb5:1', // 45 Gm6
  'A5:2 C#5:1', // A7
  'D5:3', // Dm
  'R:1 E5:1 C#5:1', // 48 A7, leads back to bar 1
];
const WALTZ_CHORDS = [
  'Dm|Dm|A7|A7|A7|A7|Dm|Dm|D7|Gm|Gm|Dm|Gm|A7|A7|Dm',
  'F|F|C7|C7|C7|C7|F|F|F7|Bb|Gm|C7|F|C7|F|A7',
  'Dm|Dm|A7|A7|A7|A7|Dm|Dm|D7|Gm|Gm|Dm|Gm6|A7|Dm|A7',
].join('|');

export const waltz = {
  ...buildMelody({ pickup: '', bars: WALTZ_BARS, beatsPerBar: 3 }),
  chords: parseChords(WALTZ_CHORDS, 48),
  beatsPerBar: 3,
  transpose: 0,
};

// ---------------------------------------------------------------- Palace march: an ORIGINAL composition in period
// style, written for this game for the Provisional Government's side (not a 1917 tune, not a regimental march).
// B flat major, 4/4, ♩=120, 32 bars = 128 beats = 64 s: strain A, strain B (G minor to F), A again, a trio
// strain in E flat that ends on the dominant and leads back to the start.
const MARCH_A = [
  'F4:1 Bb4:.75 C5:.25 D5:1 Bb4:1', // 1 Bb
  'F5:2 D5:1 Bb4:1', // Bb
  'Eb5:1 C5:.75 D5:.25 Eb5:1 A4:1', // F7
  'C5:2 R:1 F4:1', // F
  'F4:1 Bb4:.75 C5:.25 D5:1 Bb4:1', // 5 Bb
  'G5:2 Eb5:1 G4:1', // Eb
  'F5:1 D5:1 C5:1.5 A4:.5', // Bb F7
];
const MARCH_BARS = [
  ...MARCH_A,
  'Bb4:2 R:1 D5:1', // 8 Bb
  'D5:1 G5:.75 F5:.25 D5:1 Bb4:1', // 9 Gm
  'C5:1 Eb5:.75 D5:.25 C5:1 G4:1', // Cm
  'A4:1 C5:.75 Bb4:.25 A4:1 F4:1', // F7
  'Bb4:2 R:1 D5:1', // Bb
  'D5:1 G5:.75 F5:.25 D5:1 Bb4:1', // 13 Gm
  'Eb5:1 G5:1 E5:1.5 C5:.5', // Eb C7
  'F5:1 C5:.75 A4:.25 G4:1 Bb4:1', // F C7
  'A4:2 R:1 F4:1', // F
  ...MARCH_A, // 17-23 = 1-7, full band
  'Bb4:2 R:1 F4:1', // 24 Bb
  'G4:1.5 Bb4:.5 Eb5:2', // 25 Eb (trio)
  'D5:1 Eb5:1 F5:1 G5:1', // Eb
  'F5:1.5 Eb5:.5 D5:1 Ab4:1', // Bb7
  'G4:3 Bb4:1', // Eb
  'C5:1.5 Ab4:.5 Eb5:2', // 29 Ab
  'Bb4:1 Eb5:1 G5:1.5 F5:.5', // Eb
  'Eb5:1 C5:1 C5:1 A4:1', // Cm F7
  'Eb5:1 C5:1 A4:1 R:1', // F7, back to the start
];
const MARCH_CHORDS = [
  'Bb|Bb|F7|F|Bb|Eb|Bb F7|Bb',
  'Gm|Cm|F7|Bb|Gm|Eb C7|F C7|F',
  'Bb|Bb|F7|F|Bb|Eb|Bb F7|Bb',
  'Eb|Eb|Bb7|Eb|Ab|Eb|Cm F7|F7',
].join('|');

export const palaceMarch = {
  ...buildMelody({ pickup: '', bars: MARCH_BARS, beatsPerBar: 4 }),
  chords: parseChords(MARCH_CHORDS, 32),
  beatsPerBar: 4,
  transpose: 0,
};

// ---------------------------------------------------------------- chords

/** "F#m" -> { root: 6 (pitch class), tones: [6, 9, 1] } */
export function chordOf(name) {
  const m = /^([A-G])(#|b)?(m6|m7|m|7)?$/.exec(name);
  if (!m) throw new Error(`bad chord ${name}`);
  const root = (NAMES[m[1]] + (m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0) + 12) % 12;
  const q = QUALITIES[m[3] ?? ''];
  return { name, root, tones: q.map((i) => (root + i) % 12), seventh: q.length === 4 };
}

/** "G|D A|D -" -> per bar, a list of chords each covering an equal share of the bar ("-" holds the previous). */
export function parseChords(text, nBars) {
  const bars = text.split('|').map((b) => b.trim().split(/\s+/));
  if (bars.length !== nBars) throw new Error(`${bars.length} chord bars, expected ${nBars}`);
  let prev = null;
  return bars.map((list) =>
    list.map((c) => {
      if (c === '-') return prev;
      prev = chordOf(c);
      return prev;
    }),
  );
}
