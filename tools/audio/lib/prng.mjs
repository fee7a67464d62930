// Seeded pseudo-random numbers: every effect is built from these, so the same seed gives the same bytes.

/** FNV-1a hash of a string, as an unsigned 32-bit seed. */
export function seedFrom(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for audio noise. */
export class Rng {
  constructor(seed) {
    this.state = (typeof seed === 'string' ? seedFrom(seed) : seed) >>> 0;
    this.spare = null;
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  uniform(a = 0, b = 1) {
    return a + (b - a) * this.next();
  }
  /** Signed white noise in [-1, 1). */
  bi() {
    return this.next() * 2 - 1;
  }
  int(a, b) {
    return a + Math.floor(this.next() * (b - a + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  normal() {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u;
    let v;
    let s;
    do {
      u = this.bi();
      v = this.bi();
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    return u * m;
  }
  /** Exponentially distributed interval with the given mean. */
  exp(mean) {
    return -Math.log(1 - this.next()) * mean;
  }
  /** A child generator with its own stream, so adding draws in one place does not shift another. */
  fork(label) {
    return new Rng((seedFrom(String(label)) ^ Math.imul(this.state, 2654435761)) >>> 0);
  }
}
