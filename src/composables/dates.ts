// Dates travel as ISO calendar days (YYYY-MM-DD) in the coach's local time; never through UTC.
import { localIsoDate } from '#shared/dates'

export function todayLocal(): string {
  return localIsoDate(new Date())
}

function localDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

/** "Mon 30 Mar 2026"; the ISO text itself when it is not a calendar day. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '—'
  const date = localDate(iso)
  return date ? DAY_FORMAT.format(date).replace(',', '') : iso
}

/** The coach's locale, which decides whether "3/12" is 3 December or 12 March. */
export function coachLocale(): string {
  return typeof navigator === 'undefined' ? 'en-GB' : navigator.language || 'en-GB'
}
