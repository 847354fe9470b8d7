import { Rng, WeightedPicker } from './random';

// The synthetic timeline: every date falls in FIRST_DAY … LAST_DAY, with bursts of aid
// and sanctions after the events that caused them in the real world.

export const FIRST_DAY = '2014-01-01';
export const LAST_DAY = '2026-10-31';

const DAY_MS = 86_400_000;
const start = Date.parse(`${FIRST_DAY}T00:00:00Z`);

/** Every day of the range as an ISO date, index 0 = FIRST_DAY. */
export const DAYS: readonly string[] = Array.from(
  { length: (Date.parse(`${LAST_DAY}T00:00:00Z`) - start) / DAY_MS + 1 },
  (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10),
);
export const DAY_COUNT = DAYS.length;

export function dayIndex(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - start) / DAY_MS);
}

export function dayAt(index: number): string {
  return DAYS[Math.max(0, Math.min(DAY_COUNT - 1, index))] as string;
}

/** Times of day an editor might have entered a row; the clock never enters the data. */
const TIMES = Array.from({ length: 48 }, (_, i) => {
  const h = String(7 + (i % 12)).padStart(2, '0');
  const m = String((i * 37) % 60).padStart(2, '0');
  const s = String((i * 53) % 60).padStart(2, '0');
  return `T${h}:${m}:${s}.${String((i * 17) % 1000).padStart(3, '0')}Z`;
});

/** A created_at for something announced on day `index`: the same day or a few days later. */
export function entryTimestamp(rng: Rng, index: number): string {
  return dayAt(index + (rng.chance(0.6) ? 0 : 1 + rng.int(6))) + TIMES[rng.int(TIMES.length)];
}

/** A shock in the world, and how hard and how long it moved aid and sanctions. */
export interface Burst {
  on: string;
  aid: number;
  sanctions: number;
  /** Days for the extra activity to fall to 1/e. */
  decay: number;
}

function dayWeights(bursts: readonly Burst[], pick: (b: Burst) => number, growth: number): number[] {
  const weights = DAYS.map((_, i) => 1 + (growth * i) / DAY_COUNT);
  for (const b of bursts) {
    const amplitude = pick(b);
    if (amplitude === 0) continue;
    for (let i = Math.max(0, dayIndex(b.on)); i < DAY_COUNT; i++) {
      const extra = amplitude * Math.exp(-(i - dayIndex(b.on)) / b.decay);
      if (extra < 0.01) break;
      weights[i] = (weights[i] as number) + extra;
    }
  }
  return weights;
}

/** Running totals of the weights, scaled to end at 1: the distribution's CDF. */
function cdfOf(weights: readonly number[]): Float64Array {
  const cdf = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (cdf[i] = sum += w));
  return cdf.map((c) => c / sum);
}

export interface Timeline {
  /** Day-index CDFs for aid and sanctions, for drawing days in ascending order. */
  aidCdf: Float64Array;
  sanctionCdf: Float64Array;
  /** Either kind of activity: when sources are published and routine events happen. */
  anyDay: WeightedPicker;
}

/** Day distributions: a slow growth plus the bursts after each shock. */
export function createTimeline(bursts: readonly Burst[]): Timeline {
  const aid = dayWeights(bursts, (b) => b.aid, 1.5);
  const sanctions = dayWeights(bursts, (b) => b.sanctions, 1);
  return {
    aidCdf: cdfOf(aid),
    sanctionCdf: cdfOf(sanctions),
    anyDay: new WeightedPicker(aid.map((w, i) => w + (sanctions[i] as number))),
  };
}

/**
 * Days for `count` rows, drawn from `cdf` and handed out in ascending order without
 * holding them: each call draws the next of `count` sorted uniforms (the ascending order
 * statistics) and maps it through the CDF. Rows then get ids in date order, as entries
 * would, and the date indexes grow by appending.
 */
export function ascendingDays(rng: Rng, cdf: Float64Array, count: number): () => number {
  let u = 0;
  let drawn = 0;
  let day = 0;
  return () => {
    u = 1 - (1 - u) * Math.pow(1 - rng.next(), 1 / Math.max(1, count - drawn));
    drawn++;
    while (day < cdf.length - 1 && (cdf[day] as number) < u) day++;
    return day;
  };
}
