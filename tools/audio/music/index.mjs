// The three music loops: arrangement -> SoundFont render (loop) -> room -> gramophone.
import { writeFileSync } from 'node:fs';
import { SR, filterCircular, lowpass, makeIR, reverb } from '../lib/dsp.mjs';
import {
  arrangeFuneral,
  arrangeFuneralQuiet,
  arrangeInternationale,
  arrangeInternationaleQuiet,
  arrangePalaceMarch,
  arrangeWaltz,
  arrangeWaltzQuiet,
} from './arrange.mjs';
import { gramophone } from './gramophone.mjs';
import { renderLoop, toMidiFile } from './render.mjs';

/** `distance` (Hz) darkens a quiet version as if heard from further off, before the record's own band. */
async function renderPiece(arr, rng, { rt60, wet, distance = 0 }, debugDir, id) {
  if (debugDir) writeFileSync(`${debugDir}/${id}.mid`, toMidiFile(arr));
  const dry = await renderLoop(arr);
  const ir = makeIR(rng.fork('room'), { rt60, predelay: 0.015, damp: 4500 });
  const room = reverb(dry, ir, wet, 1, true);
  const heard = distance ? filterCircular(room, [lowpass(distance, 0.7)]) : room;
  return gramophone(heard, rng.fork('gramophone'));
}

/** A music loop definition; `lufs` overrides the music target (quiet versions sit lower, under the text). */
/** The loop turned so it starts `seconds` earlier (a loop has no beginning of its own: any phase is seamless). */
function rotate(x, seconds) {
  const k = Math.round(seconds * SR);
  return Float64Array.from(x, (_, i) => x[(i - k + x.length) % x.length]);
}

function piece({ id, title, caption, arrange, room, lufs, opusKbps, leadSeconds = 0 }) {
  return {
    id,
    kind: 'music',
    title,
    caption,
    arrange,
    lufs,
    opusKbps,
    async render(rng, debugDir) {
      const samples = await renderPiece(arrange(), rng, room, debugDir, id);
      return { samples: leadSeconds ? rotate(samples, leadSeconds) : samples, loop: true };
    },
  };
}

export const music = [
  {
    id: 'internationale',
    kind: 'music',
    title: 'The Internationale (P. De Geyter, 1888), brass band',
    caption: 'Music: the Internationale, played by a brass band',
    arrange: arrangeInternationale,
    async render(rng, debugDir) {
      const arr = arrangeInternationale();
      return { samples: await renderPiece(arr, rng, { rt60: 1.3, wet: 0.2 }, debugDir, this.id), loop: true };
    },
  },
  {
    id: 'funeral_march',
    kind: 'music',
    title: '"Вы жертвою пали" (You fell victim), 19th-century revolutionary funeral march, brass band',
    caption: 'Music: the funeral march "You fell victim", played slowly by a brass band',
    arrange: arrangeFuneral,
    async render(rng, debugDir) {
      const arr = arrangeFuneral();
      return { samples: await renderPiece(arr, rng, { rt60: 1.8, wet: 0.24 }, debugDir, this.id), loop: true };
    },
  },
  {
    id: 'salon_waltz',
    kind: 'music',
    title: 'Salon waltz in D minor: an original composition in period style (not a 1917 tune), violin, cello and piano',
    caption: 'Music: a slow salon waltz on violin, cello and piano',
    arrange: arrangeWaltz,
    async render(rng, debugDir) {
      const arr = arrangeWaltz();
      return { samples: await renderPiece(arr, rng, { rt60: 1.1, wet: 0.18 }, debugDir, this.id), loop: true };
    },
  },
  piece({
    id: 'palace_march',
    title: 'Palace march in B flat: an original composition in period style (not a 1917 tune), military band',
    caption: 'Music: a brisk military march played by a brass band',
    arrange: arrangePalaceMarch,
    room: { rt60: 1.4, wet: 0.2 },
    // start in the rest before bar 1, not on its downbeat: a full-band attack right at the seam is the one moment
    // Opus codes differently each time it meets it
    leadSeconds: 0.25,
  }),
  piece({
    id: 'internationale_quiet',
    title: 'The Internationale (P. De Geyter, 1888), quiet version: horn, trombones and tuba, heard from afar',
    caption: 'Music: the Internationale, softly, from somewhere off',
    arrange: arrangeInternationaleQuiet,
    room: { rt60: 2.2, wet: 0.34, distance: 2600 },
    lufs: -20,
  }),
  piece({
    id: 'funeral_march_quiet',
    title: '"Вы жертвою пали" (You fell victim), quiet version: horn and low brass, a muffled drum',
    caption: 'Music: the funeral march "You fell victim", quietly, far off',
    arrange: arrangeFuneralQuiet,
    room: { rt60: 2.4, wet: 0.36, distance: 2400 },
    lufs: -20,
  }),
  piece({
    id: 'salon_waltz_quiet',
    title: 'Salon waltz in D minor (original, not a 1917 tune), quiet version: a piano in the next room',
    caption: 'Music: the salon waltz on a piano in the next room',
    arrange: arrangeWaltzQuiet,
    room: { rt60: 1.2, wet: 0.22, distance: 3000 },
    lufs: -20,
  }),
];

export { SR };
