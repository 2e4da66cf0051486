// A small seeded random source for the demo club and the benchmark. Never Math.random: the same seed
// must give the same club on every machine, so tests and benchmark runs can be compared.

export interface Rng {
  /** uniform in [0, 1) */
  next(): number
  /** uniform in [min, max) */
  uniform(min: number, max: number): number
  /** whole number in [min, max], both ends included */
  int(min: number, max: number): number
  /** normal distribution (Box-Muller) */
  normal(mean: number, sd: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** picks a value with probability proportional to its weight */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  /** a shuffled copy */
  shuffle<T>(items: readonly T[]): T[]
  /** an independent stream derived from this one's seed and a label, so parts do not shift each other */
  fork(label: number): Rng
}

/** mulberry32: 32-bit state, fast, good enough for synthetic data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Mixes two integers into a new 32-bit seed (murmur3 finaliser), so forks of nearby labels differ. */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a >>> 0, 0x9e3779b1) ^ (b >>> 0)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed)
  const uniform = (min: number, max: number) => min + (max - min) * next()

  const rng: Rng = {
    next,
    uniform,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal: (mean, sd) => {
      // 1 - next() keeps the logarithm away from 0.
      const u = 1 - next()
      const v = next()
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('Cannot pick from an empty list')
      return item
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let left = next() * total
      for (const [value, weight] of entries) {
        left -= weight
        if (left < 0) return value
      }
      const last = entries[entries.length - 1]
      if (last === undefined) throw new Error('Cannot pick from an empty list')
      return last[0]
    },
    shuffle: (items) => {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const a = copy[i] as (typeof copy)[number]
        copy[i] = copy[j] as (typeof copy)[number]
        copy[j] = a
      }
      return copy
    },
    fork: (label) => createRng(mixSeed(seed, label)),
  }
  return rng
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/** Rounds to a number of decimals without the float noise of toFixed round-trips. */
export const round = (value: number, decimals = 0) => {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}
