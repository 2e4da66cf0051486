// Reading the values of spreadsheet cells as people and services write them: "1,234.5", "--",
// "1:02:03", "Jul 7, 2018, 5:04:11 PM", "07/03/2026 18:05".

/** A number, allowing thousands separators; null for an empty cell or a placeholder such as "--". */
export function parseNumber(cell: string | undefined): number | null {
  const raw = (cell ?? '').trim().replace(/[\s\u00a0\u202f]/g, '')
  if (raw === '' || /^[-–—]+$/.test(raw) || /^n\/?a$/i.test(raw)) return null
  // "10,5" is a decimal comma (European spreadsheets); "10,500" and "1,234.5" have thousands separators.
  if (/^-?\d+,\d{1,2}$/.test(raw)) return Number(raw.replace(',', '.'))
  const value = Number(raw.replace(/,(?=\d{3}(\D|$))/g, ''))
  return Number.isFinite(value) ? value : Number.NaN
}

/**
 * A duration in seconds: "1:02:03" and "62:03" as clock time; a plain number in the unit given. NaN
 * when the cell holds something else, null when it is empty.
 */
export function parseDuration(cell: string | undefined, unit: 'hms' | 'minutes' | 'seconds'): number | null {
  const raw = (cell ?? '').trim()
  if (raw === '' || /^[-–—]+$/.test(raw)) return null
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(raw)
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3])
  const value = parseNumber(raw)
  if (value === null) return null
  return unit === 'seconds' ? value : value * 60
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

export interface Stamp {
  year: number
  month: number
  day: number
  hour: number | null
  minute: number | null
  second: number
  /** minutes east of UTC when the cell says (Z, +02:00); null for a local time */
  offsetMin: number | null
}

function clockOf(text: string): Pick<Stamp, 'hour' | 'minute' | 'second'> | null | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return { hour: null, minute: null, second: 0 }
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?$/.exec(trimmed.replace(/[\u202f\u00a0]/g, ' '))
  if (!m) return undefined
  let hour = Number(m[1])
  const meridiem = m[4]?.toLowerCase()
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0)
  }
  const minute = Number(m[2])
  if (hour > 23 || minute > 59) return undefined
  return { hour, minute, second: Number(m[3] ?? 0) }
}

/** "Jul 7, 2018, 5:04:11 PM": Strava's English export (times in UTC). */
export function parseStravaDate(cell: string | undefined): Stamp | null {
  const m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (.+)$/.exec((cell ?? '').trim())
  if (!m) return null
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1
  const clock = clockOf(m[4] ?? '')
  if (month === 0 || !clock) return null
  return valid({ year: Number(m[3]), month, day: Number(m[2]), ...clock, offsetMin: 0 })
}

/**
 * A date with an optional time in the order the coach confirmed: "2026-03-07 18:05", "2026-03-07T18:05:00Z",
 * "07/03/2026 6:05 PM", "3/7/26". Two-digit years are 20xx.
 */
export function parseDate(cell: string | undefined, order: 'ymd' | 'dmy' | 'mdy'): Stamp | null {
  const raw = (cell ?? '').trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.+?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(raw)
  if (iso) {
    const clock = clockOf(iso[4] ?? '')
    if (!clock) return null
    return valid({
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      ...clock,
      offsetMin: offset(iso[5]),
    })
  }
  const m = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:,?\s+(.+))?$/.exec(raw)
  if (!m) return null
  const clock = clockOf(m[4] ?? '')
  if (!clock) return null
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const year4 = (y: number) => (y < 100 ? 2000 + y : y)
  const parts =
    (m[1] ?? '').length === 4 || order === 'ymd'
      ? { year: year4(a), month: b, day: c }
      : order === 'dmy'
        ? { year: year4(c), month: b, day: a }
        : { year: year4(c), month: a, day: b }
  return valid({ ...parts, ...clock, offsetMin: null })
}

function offset(zone: string | undefined): number | null {
  if (!zone) return null
  if (zone === 'Z') return 0
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (!m) return null
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

function valid(stamp: Stamp): Stamp | null {
  const { year, month, day } = stamp
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (year < 1970 || year > 2200) return null
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null
  return stamp
}

/** The instant a stamp stands for: its own offset when it has one, else this computer's time zone. */
export function stampMs(stamp: Stamp): number {
  const { year, month, day, hour, minute, second, offsetMin } = stamp
  if (offsetMin !== null) return Date.UTC(year, month - 1, day, hour ?? 0, minute ?? 0, second) - offsetMin * 60_000
  return new Date(year, month - 1, day, hour ?? 0, minute ?? 0, second).getTime()
}

/** A time typed in its own column ("07:30", "7:30 PM"), merged into a stamp from the date column. */
export function withClock(stamp: Stamp, cell: string | undefined): Stamp | null {
  const clock = clockOf(cell ?? '')
  if (!clock) return null
  return clock.hour === null ? stamp : { ...stamp, ...clock }
}
