// Day series of runs. The calendar-day arithmetic itself lives in src/shared/dates.ts (shared with the
// renderer); it is re-exported here so the analytics modules have one import.
import { fromDayNumber, toDayNumber } from '#shared/dates'

export * from '#shared/dates'

/** The fields of a run the day series needs (a `Run` from src/shared/types fits). */
export interface DayRun {
  date: string
  distanceM: number | null
  durationMin: number
  /** session load, duration × RPE (Foster 2001); null while the RPE is unknown */
  load: number | null
}

export interface DailySeries {
  /** one entry per calendar day from `fromDate` to `toDate`, both included */
  dates: string[]
  distanceM: number[]
  durationMin: number[]
  load: number[]
}

/**
 * Per-day sums from `fromDate` to `toDate` inclusive (domain.md: "a day without a run has load 0";
 * "daily load = sum of the day"). A run without RPE adds 0 load, but its distance and time still count;
 * a run without distance adds 0 distance. Runs outside the range are left out. `toDate` before
 * `fromDate` gives empty arrays.
 */
export function dailySeries(runs: readonly DayRun[], fromDate: string, toDate: string): DailySeries {
  const first = toDayNumber(fromDate)
  const length = Math.max(0, toDayNumber(toDate) - first + 1)
  const series: DailySeries = {
    dates: Array.from({ length }, (_, i) => fromDayNumber(first + i)),
    distanceM: new Array<number>(length).fill(0),
    durationMin: new Array<number>(length).fill(0),
    load: new Array<number>(length).fill(0),
  }
  for (const run of runs) {
    const i = toDayNumber(run.date) - first
    if (i < 0 || i >= length) continue
    series.distanceM[i] = (series.distanceM[i] ?? 0) + (run.distanceM ?? 0)
    series.durationMin[i] = (series.durationMin[i] ?? 0) + run.durationMin
    series.load[i] = (series.load[i] ?? 0) + (run.load ?? 0)
  }
  return series
}

/** Earliest run date, or null when there are no runs: the first day of an athlete's history. */
export function firstRunDate(runs: readonly { date: string }[]): string | null {
  let first: string | null = null
  // 'YYYY-MM-DD' strings sort like the dates they name.
  for (const run of runs) if (first === null || run.date < first) first = run.date
  return first
}
