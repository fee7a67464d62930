// The three music loops: arrangement -> SoundFont render (loop) -> room -> gramophone.
import { writeFileSync } from 'node:fs';
import { SR, makeIR, reverb } from '../lib/dsp.mjs';
import { arrangeFuneral, arrangeInternationale, arrangeWaltz } from './arrange.mjs';
import { gramophone } from './gramophone.mjs';
import { renderLoop, toMidiFile } from './render.mjs';

async function renderPiece(arr, rng, { rt60, wet }, debugDir, id) {
  if (debugDir) writeFileSync(`${debugDir}/${id}.mid`, toMidiFile(arr));
  const dry = await renderLoop(arr);
  const ir = makeIR(rng.fork('room'), { rt60, predelay: 0.015, damp: 4500 });
  const room = reverb(dry, ir, wet, 1, true);
  return gramophone(room, rng.fork('gramophone'));
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
];

export { SR };
