// 16-bit mono WAV writer/reader (for debugging and spectrograms only; nothing here is shipped).
import { readFileSync, writeFileSync } from 'node:fs';

export function wavBytes(x, sr) {
  const n = x.length;
  const buf = Buffer.alloc(44 + n * 2);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + n * 2, 4);
  buf.write('WAVE', 8);
  buf.write('fmt ', 12);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(sr, 24);
  buf.writeUInt32LE(sr * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) {
    const v = Math.max(-1, Math.min(1, x[i]));
    buf.writeInt16LE(Math.round(v < 0 ? v * 32768 : v * 32767), 44 + i * 2);
  }
  return buf;
}

export function writeWav(path, x, sr) {
  writeFileSync(path, wavBytes(x, sr));
}

export function readWav(path) {
  const b = readFileSync(path);
  const sr = b.readUInt32LE(24);
  let o = 12;
  while (b.toString('ascii', o, o + 4) !== 'data') o += 8 + b.readUInt32LE(o + 4);
  const len = b.readUInt32LE(o + 4) / 2;
  const x = new Float64Array(len);
  for (let i = 0; i < len; i++) x[i] = b.readInt16LE(o + 8 + i * 2) / 32768;
  return { samples: x, sampleRate: sr };
}
