// Calendar-day arithmetic on 'YYYY-MM-DD' strings, shared by main (load series, seeder) and the renderer.
//
// Every load series in domain.md is on calendar days in the athlete's time zone, and runs are stored with
// their local date already. So a date here is a plain label, never an instant: we turn it into a day
// number (days since 1970-01-01) with UTC arithmetic on its parts. Local-time Date objects would shift a
// day across a DST change or when the computer's time zone is not the athlete's.

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

// Load series, rules and the team overview convert the same few thousand dates again and again (200
// athletes share one calendar), so both directions remember their answers. Only valid dates are kept,
// and the memory is bounded: a map past LIMIT entries starts afresh.
const LIMIT = 50_000
const dayOf = new Map<string, number>()
const dateOf = new Map<number, string>()
const labelOf = new Map<string, string>()

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date. Throws on anything that is not a real calendar date. */
export function toDayNumber(date: string): number {
  const known = dayOf.get(date)
  if (known !== undefined) return known
  const parts = ISO_DATE.exec(date)
  if (!parts) throw new RangeError(`Not a date like 2026-03-31: ${JSON.stringify(date)}`)
  const ms = Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))
  const day = ms / MS_PER_DAY
  // Date.UTC rolls 2026-02-30 over to 2026-03-02 (and maps years 0–99 to 1900–1999): refuse both.
  if (fromDayNumber(day) !== date) throw new RangeError(`Not a calendar date: ${date}`)
  if (dayOf.size >= LIMIT) dayOf.clear()
  dayOf.set(date, day)
  return day
}

/** 'YYYY-MM-DD' for a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): string {
  const known = dateOf.get(day)
  if (known !== undefined) return known
  if (!Number.isInteger(day)) throw new RangeError(`A day number is a whole number, got ${day}`)
  const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
  if (dateOf.size >= LIMIT) dateOf.clear()
  dateOf.set(day, date)
  return date
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
  const known = labelOf.get(date)
  if (known !== undefined) return known
  const label = weekLabel(date)
  if (labelOf.size >= LIMIT) labelOf.clear()
  labelOf.set(date, label)
  return label
}

function weekLabel(date: string): string {
  const thursday = weekStartDay(toDayNumber(date)) + 3
  const year = fromDayNumber(thursday).slice(0, 4)
  const week = Math.floor((thursday - toDayNumber(`${year}-01-01`)) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

function mod7(n: number): number {
  return ((n % 7) + 7) % 7
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The coach's local calendar date for a moment: the one way a real clock turns into a date. */
export function localIsoDate(moment: Date): string {
  return `${String(moment.getFullYear())}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
}
