// The one place where dates, times, counts and names become words, for main (alerts, import reasons) and
// the renderer alike, so a date or a plural reads the same on every screen.
//
// Dates are calendar days ('YYYY-MM-DD'), never instants: they are formatted in UTC from their parts, so
// the computer's time zone can never move one to the day before.

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** "Mon 30 Mar 2026"; '—' for no date; the text itself when it is not a calendar day. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '—'
  const m = ISO_DAY.exec(iso)
  if (!m) return iso
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  if (at.getUTCDate() !== Number(m[3])) return iso
  return DAY_FORMAT.format(at).replace(',', '')
}

/** "Sun 8 Oct 2017, 16:54"; the day alone when the time is not known. */
export function formatDateTime(date: string | null, time: string | null): string {
  const day = formatDate(date)
  return time ? `${day}, ${time.slice(0, 5)}` : day
}

/** The week that starts on Monday `weekStart`: "week of Mon 23 Nov 2026" (never "2026-W48"). */
export function formatWeek(weekStart: string): string {
  return `week of ${formatDate(weekStart)}`
}

/** "UTC+02:00", "UTC−05:00", "UTC" for an offset in minutes east of UTC. */
export function formatOffset(offsetMin: number): string {
  if (offsetMin === 0) return 'UTC'
  const abs = Math.abs(offsetMin)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `UTC${offsetMin < 0 ? '−' : '+'}${hh}:${mm}`
}

/** The plural of an English noun phrase, by its last word: "pain report" → "pain reports". */
export function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  return `${noun}s`
}

/** "1 pain report", "3 pain reports", "0 single-run spikes". `many` overrides the plural. */
export function countOf(n: number, one: string, many: string = pluralOf(one)): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`
}

/** "Mara’s", "Jonas’", "Days’": a name that ends in s takes the apostrophe alone. */
export function possessive(name: string): string {
  const trimmed = name.trim()
  return /s$/i.test(trimmed) ? `${trimmed}’` : `${trimmed}’s`
}

/** The machine-readable form of a run's start for <time datetime>: "2017-10-08T16:54+02:00". */
export function datetimeAttr(date: string, time: string | null, offsetMin: number | null = null): string {
  if (!time) return date
  const zone = offsetMin === null ? '' : offsetMin === 0 ? 'Z' : formatOffset(offsetMin).slice(3).replace('−', '-')
  return `${date}T${time.slice(0, 5)}${zone}`
}
