// Seeded randomness for the synthetic data: the same seed must give the same rows on
// every run, so nothing here may touch Math.random or the clock.

/** mulberry32: tiny, fast, and good enough for test data (not for anything secret). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** Standard normal (Box–Muller); one of the pair is dropped to keep the state simple. */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }

  /** An independent stream, so adding draws to one part never shifts another's. */
  fork(label: number): Rng {
    return new Rng(Math.imul(this.state ^ 0x9e3779b9, 0x85ebca6b) + label * 0x27d4eb2f);
  }
}

/** Weights 1/rank^s: a few at the top take most (Zipf's law). */
export function zipfWeights(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
}

/**
 * Walker's alias method: draws index i with probability weights[i] / sum in O(1),
 * which matters when it runs a few million times.
 */
export class WeightedPicker {
  private readonly prob: Float64Array;
  private readonly alias: Uint32Array;

  constructor(weights: readonly number[]) {
    const n = weights.length;
    if (n === 0) throw new Error('WeightedPicker needs at least one weight');
    const total = weights.reduce((a, b) => a + b, 0);
    if (!(total > 0)) throw new Error('WeightedPicker needs a positive total weight');
    this.prob = new Float64Array(n);
    this.alias = new Uint32Array(n);
    const scaled = weights.map((w) => (w * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.prob[s] = scaled[s] as number;
      this.alias[s] = l;
      scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.prob[i] = 1;
  }

  draw(rng: Rng): number {
    const i = rng.int(this.prob.length);
    return rng.next() < (this.prob[i] as number) ? i : (this.alias[i] as number);
  }
}

/** Picks among values by weight: `weighted(rng, [['a', 3], ['b', 1]])`. */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): { draw: (rng: Rng) => T } {
  const picker = new WeightedPicker(entries.map(([, w]) => w));
  const values = entries.map(([v]) => v);
  return { draw: (rng) => values[picker.draw(rng)] as T };
}
