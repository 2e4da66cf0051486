// Day-series load metrics, following docs/domain.md "Load metrics — exact conventions" to the letter.
//
// Input: one load per calendar day, oldest first, from the athlete's first recorded run; rest days are 0
// (build it with `dailySeries` in ./days). Day 0 is the first day of history: there is nothing before it.
//
// Conventions (and the choices made where domain.md leaves room; the tests pin each one):
// - ACWR by EWMA (Williams et al. 2017): E_d = λ·L_d + (1−λ)·E_{d−1}, λ = 2/(N+1), N = 7 acute and 28
//   chronic, both seeded with the first day's load (E_0 = L_0, so day 0 has ACWR 1 when L_0 > 0).
//   acwrEwma = acute / chronic, null when chronic is exactly 0 (e.g. from day 0 while every load so far is 0).
// - ACWR by coupled rolling average: (sum of the 7 days ending on d / 7) / (sum of the 28 days ending on
//   d / 28). Null before 28 days of history (day index d < 27) and when the 28-day sum is 0.
// - Monotony (Foster 1998): mean / population SD of the 7 days ending on d, days before day 0 counted as
//   0. SD = 0 gives the cap 10, and the value is capped at 10. An all-zero week therefore has monotony 10
//   (its SD is 0) and strain 0 × 10 = 0. Strain = 7-day load sum × monotony.
// - Fitness / fatigue (Banister impulse-response model, time constants 42 and 7 days):
//   F_d = F_{d−1}·e^(−1/42) + L_d·(1−e^(−1/42)). "Both start at 0 on the first day" is read as the value
//   before the first day being 0 (F_{−1} = 0), so F_0 = L_0·(1−e^(−1/42)): day 0's load is not lost.
// - Form_d = fitness_{d−1} − fatigue_{d−1} (yesterday's values). On day 0 yesterday's values are the
//   starting zeros, so form_0 = 0 − 0 = 0: form is always a number, never null.
// - Building history: both ratios are null with the reason 'building_history' on days 0–26 (the athlete
//   has 28 days of history on day 27), and again on the day of the first run after a break of 28 days or
//   more without runs and the 26 days after it (the history starts again there: day r + 27 is the first
//   with a ratio). The EWMAs themselves run on unchanged, so the chronic load is always a number.

import type { AcwrReason, DayMetrics } from '#shared/analytics'
export type { DayMetrics }

export const ACUTE_DAYS = 7
export const CHRONIC_DAYS = 28
export const MONOTONY_CAP = 10
export const FITNESS_TAU = 42
export const FATIGUE_TAU = 7
/** Days without runs that make a break, after which the history is built again (domain.md). */
export const BREAK_DAYS = 28

const ACUTE_LAMBDA = 2 / (ACUTE_DAYS + 1)
const CHRONIC_LAMBDA = 2 / (CHRONIC_DAYS + 1)
const FITNESS_DECAY = Math.exp(-1 / FITNESS_TAU)
const FATIGUE_DECAY = Math.exp(-1 / FATIGUE_TAU)

/**
 * All day metrics for a daily load series in one O(n) pass. `ran[d]` says whether day d had a run (a run
 * without RPE adds no load but is still a run); without it a day with load counts as a run day. Throws a
 * RangeError on a negative or non-finite load (sRPE is duration × RPE, never below 0).
 */
export function computeLoadMetrics(dailyLoads: ArrayLike<number>, ran?: ArrayLike<number>): DayMetrics[] {
  return walk(dailyLoads, ran, 0, metricsOf)
}

/**
 * The metrics of one day handed over one by one, so a caller that builds its own object per day (the
 * athlete's load days: totals and metrics together) builds one, not a DayMetrics and then a copy.
 */
export type MakeDay<T> = (
  d: number,
  acuteEwma: number,
  chronicEwma: number,
  acwrEwma: number | null,
  acwrRolling: number | null,
  acwrReason: AcwrReason | null,
  monotony: number,
  strain: number,
  fitness: number,
  fatigue: number,
  form: number,
) => T

const metricsOf: MakeDay<DayMetrics> = (
  _d,
  acuteEwma,
  chronicEwma,
  acwrEwma,
  acwrRolling,
  acwrReason,
  monotony,
  strain,
  fitness,
  fatigue,
  form,
) => ({ acuteEwma, chronicEwma, acwrEwma, acwrRolling, acwrReason, monotony, strain, fitness, fatigue, form })

/** computeLoadMetrics, each day made by `make`: the same walk, the same arithmetic, the same bits. */
export function computeLoadDays<T>(dailyLoads: ArrayLike<number>, ran: ArrayLike<number>, make: MakeDay<T>): T[] {
  return walk(dailyLoads, ran, 0, make)
}

/**
 * The metrics of the last day alone, by the same walk as computeLoadMetrics (the same arithmetic in the
 * same order, so the same bits), without building the days before it: the team overview's one day of
 * 200 histories. null for an empty series.
 */
export function lastDayMetrics(dailyLoads: ArrayLike<number>, ran?: ArrayLike<number>): DayMetrics | null {
  return walk(dailyLoads, ran, dailyLoads.length - 1, metricsOf)[0] ?? null
}

/** The one pass behind both: the recurrences run over every day; days from `keepFrom` on are built. */
function walk<T>(
  dailyLoads: ArrayLike<number>,
  ran: ArrayLike<number> | undefined,
  keepFrom: number,
  make: MakeDay<T>,
): T[] {
  const n = dailyLoads.length
  const loads = new Float64Array(n)
  for (let d = 0; d < n; d++) {
    const load = dailyLoads[d] ?? Number.NaN
    if (!Number.isFinite(load) || load < 0) throw new RangeError(`Day ${d} has an invalid load: ${load}`)
    loads[d] = load
  }

  // prefix[k] = sum of loads[0..k−1]. A window sum is one subtraction, and a window of zeros gives
  // exactly 0 (the two prefixes are the same number), which a running "add new, subtract old" sum
  // cannot promise once rounding has crept in.
  const prefix = new Float64Array(n + 1)
  for (let d = 0; d < n; d++) prefix[d + 1] = (prefix[d] ?? 0) + (loads[d] ?? 0)
  const windowSum = (d: number, days: number) => (prefix[d + 1] ?? 0) - (prefix[Math.max(0, d + 1 - days)] ?? 0)

  const out: T[] = []
  let acute = 0
  let chronic = 0
  let fitness = 0 // F_{−1}
  let fatigue = 0
  let lastRun = 0 // day 0 is the first run by definition (history starts there)
  let restart = 0 // first day of the current stretch of history
  for (let d = 0; d < n; d++) {
    const load = loads[d] ?? 0
    const form = fitness - fatigue
    if (ran ? (ran[d] ?? 0) > 0 : load > 0) {
      if (d - lastRun - 1 >= BREAK_DAYS) restart = d
      lastRun = d
    }
    const building = d - restart < CHRONIC_DAYS - 1

    if (d === 0) {
      acute = load
      chronic = load
    } else {
      // E + λ(L − E) equals λL + (1−λ)E; written this way a constant series stays exactly constant.
      acute += ACUTE_LAMBDA * (load - acute)
      chronic += CHRONIC_LAMBDA * (load - chronic)
    }
    fitness = fitness * FITNESS_DECAY + load * (1 - FITNESS_DECAY)
    fatigue = fatigue * FATIGUE_DECAY + load * (1 - FATIGUE_DECAY)
    if (d < keepFrom) continue

    const { sum: sum7, monotony } = weekStats(loads, d)
    let acwrRolling: number | null = null
    if (d + 1 >= CHRONIC_DAYS) {
      const sum28 = windowSum(d, CHRONIC_DAYS)
      if (sum28 > 0) acwrRolling = windowSum(d, ACUTE_DAYS) / ACUTE_DAYS / (sum28 / CHRONIC_DAYS)
    }

    const acwrReason: AcwrReason | null = building ? 'building_history' : chronic === 0 ? 'no_chronic_load' : null
    out.push(
      make(
        d,
        acute,
        chronic,
        acwrReason === null ? acute / chronic : null,
        building ? null : acwrRolling,
        acwrReason,
        monotony,
        sum7 * monotony,
        fitness,
        fatigue,
        form,
      ),
    )
  }
  return out
}

/**
 * Sum and Foster monotony of the 7 days ending on day d, days before day 0 counted as 0. Seven values
 * are summed directly (a fixed cost per day) so the SD is the exact two-pass population SD.
 */
function weekStats(loads: Float64Array, d: number): { sum: number; monotony: number } {
  let sum = 0
  for (let k = d - ACUTE_DAYS + 1; k <= d; k++) sum += k >= 0 ? (loads[k] ?? 0) : 0
  const mean = sum / ACUTE_DAYS
  let squares = 0
  for (let k = d - ACUTE_DAYS + 1; k <= d; k++) {
    const dev = (k >= 0 ? (loads[k] ?? 0) : 0) - mean
    squares += dev * dev
  }
  const sd = Math.sqrt(squares / ACUTE_DAYS)
  const monotony = sd === 0 ? MONOTONY_CAP : Math.min(mean / sd, MONOTONY_CAP)
  return { sum, monotony }
}
