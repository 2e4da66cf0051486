// Calendar-day arithmetic on 'YYYY-MM-DD' strings.
//
// Every load series in domain.md is on calendar days in the athlete's time zone, and runs are stored with
// their local date already. So a date here is a plain label, never an instant: we turn it into a day
// number (days since 1970-01-01) with UTC arithmetic on its parts. Local-time Date objects would shift a
// day across a DST change or when the computer's time zone is not the athlete's.

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date. Throws on anything that is not a real calendar date. */
export function toDayNumber(date: string): number {
  const parts = ISO_DATE.exec(date)
  if (!parts) throw new RangeError(`Not a date like 2026-03-31: ${JSON.stringify(date)}`)
  const ms = Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))
  const day = ms / MS_PER_DAY
  // Date.UTC rolls 2026-02-30 over to 2026-03-02 (and maps years 0–99 to 1900–1999): refuse both.
  if (fromDayNumber(day) !== date) throw new RangeError(`Not a calendar date: ${date}`)
  return day
}

/** 'YYYY-MM-DD' for a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): string {
  if (!Number.isInteger(day)) throw new RangeError(`A day number is a whole number, got ${day}`)
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Signed number of days from `from` to `to`: daysBetween('2026-03-01', '2026-03-08') = 7. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** 0 = Monday … 6 = Sunday (ISO 8601). Day 0, 1970-01-01, was a Thursday. */
export function isoWeekday(date: string): number {
  return mod7(toDayNumber(date) + 3)
}

/** Day number of the Monday that starts the ISO week holding this day number. */
export function weekStartDay(day: number): number {
  return day - mod7(day + 3)
}

/** The Monday that starts the ISO week of `date` (ISO 8601 weeks start on Monday). */
export function isoWeekStart(date: string): string {
  return fromDayNumber(weekStartDay(toDayNumber(date)))
}

/**
 * ISO 8601 week label such as '2026-W14'. The week belongs to the year of its Thursday, so 2021-01-03
 * is in 2020-W53 and 2024-12-30 is in 2025-W01.
 */
export function isoWeekLabel(date: string): string {
  const thursday = weekStartDay(toDayNumber(date)) + 3
  const year = fromDayNumber(thursday).slice(0, 4)
  const week = Math.floor((thursday - toDayNumber(`${year}-01-01`)) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

function mod7(n: number): number {
  return ((n % 7) + 7) % 7
}

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
