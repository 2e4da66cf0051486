// The seeder works on day numbers (days since 1970-01-01); the calendar arithmetic is the shared one.
import { fromDayNumber, toDayNumber, weekStartDay } from '#shared/dates'

export { localIsoDate } from '#shared/dates'

const MS_PER_DAY = 86_400_000

export const toDay = toDayNumber
export const fromDay = fromDayNumber

/** 0 = Monday … 6 = Sunday (ISO weeks start on Monday). */
export const weekday = (day: number) => day - weekStartDay(day)

/** 1 … 366 */
export function dayOfYear(day: number): number {
  return day - Date.UTC(yearOf(day), 0, 1) / MS_PER_DAY + 1
}

export const yearOf = (day: number) => new Date(day * MS_PER_DAY).getUTCFullYear()

const pad = (n: number) => String(n).padStart(2, '0')

/** Minutes after midnight to 'HH:MM', kept inside the day. */
export function clock(minutes: number): string {
  const m = Math.min(23 * 60 + 59, Math.max(0, Math.round(minutes)))
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`
}
