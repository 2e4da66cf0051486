// Calendar-date arithmetic on day numbers (days since 1970-01-01). UTC only, so no time zone or
// daylight-saving change can move a generated date.

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function toDay(iso: string): number {
  const match = ISO_DATE.exec(iso)
  if (!match) throw new Error(`Not a date like 2026-03-31: ${iso}`)
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY
  if (fromDay(day) !== iso) throw new Error(`Not a calendar date: ${iso}`)
  return day
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** 0 = Monday … 6 = Sunday (ISO weeks start on Monday); day 0 was a Thursday. */
export const weekday = (day: number) => (((day + 3) % 7) + 7) % 7

/** 1 … 366 */
export function dayOfYear(day: number): number {
  const year = new Date(day * MS_PER_DAY).getUTCFullYear()
  return day - Date.UTC(year, 0, 1) / MS_PER_DAY + 1
}

export const yearOf = (day: number) => new Date(day * MS_PER_DAY).getUTCFullYear()

const pad = (n: number) => String(n).padStart(2, '0')

/** Minutes after midnight to 'HH:MM', kept inside the day. */
export function clock(minutes: number): string {
  const m = Math.min(23 * 60 + 59, Math.max(0, Math.round(minutes)))
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`
}

/** The coach's local calendar date for a moment; the one place where a real clock may enter. */
export function localIsoDate(moment: Date): string {
  return `${String(moment.getFullYear())}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
}
