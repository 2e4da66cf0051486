// What a coach types in a date field becomes a calendar day: "today", "yesterday" (or any start of
// them: "t", "y"), a weekday ("mon", "tu": the latest such day, today included), "-3" (three days
// ago), a day and month in the coach's locale ("3/12" is 3 December in en-GB, 12 March in en-US; the
// latest such day not after today), a full date in that order ("3/12/2026", "3.12.26"), or ISO
// 2026-12-03. Anything else is null, so the form can say so next to the field.
import { addDays, isoWeekday, toDayNumber } from '#shared/dates'
import { folded } from './text'

const ISO = /^\d{4}-\d{2}-\d{2}$/

type Part = 'day' | 'month' | 'year'

/** The order of day, month and year in the locale's numeric dates. */
export function dateOrder(locale: string): Part[] {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(2026, 10, 22))
    .map((p) => p.type)
  const order = parts.filter((t): t is Part => t === 'day' || t === 'month' || t === 'year')
  return order.length === 3 ? order : ['day', 'month', 'year']
}

/** Weekday names, Monday first, in the locale and in English, folded for matching. */
function weekdayNames(locale: string): string[][] {
  const names: string[][] = []
  for (let i = 0; i < 7; i++) {
    // 2026-11-23 was a Monday.
    const day = new Date(2026, 10, 23 + i)
    names.push(
      [locale, 'en'].flatMap((l) =>
        (['long', 'short'] as const).map((w) => folded(new Intl.DateTimeFormat(l, { weekday: w }).format(day))),
      ),
    )
  }
  return names
}

function isDate(iso: string): boolean {
  try {
    toDayNumber(iso)
    return true
  } catch {
    return false
  }
}

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isDate(text) ? text : null
}

function fromWords(word: string, today: string, locale: string): string | null {
  if ('today'.startsWith(word)) return today
  if ('yesterday'.startsWith(word)) return addDays(today, -1)
  if (word.length < 2) return null
  const weekday = weekdayNames(locale).findIndex((names) => names.some((n) => n.startsWith(word)))
  if (weekday < 0) return null
  const back = (isoWeekday(today) - weekday + 7) % 7
  return addDays(today, -back)
}

function fromNumbers(text: string, today: string, locale: string): string | null {
  const numbers = text.split(/[/.\-\s]+/).filter(Boolean)
  if (numbers.length < 2 || numbers.length > 3 || numbers.some((n) => !/^\d{1,4}$/.test(n))) return null
  // A leading four-digit year is year-month-day whatever the locale.
  const order: Part[] = numbers[0]?.length === 4 ? ['year', 'month', 'day'] : dateOrder(locale)
  const dayMonth = order.filter((p) => numbers.length === 3 || p !== 'year')
  const value = (part: Part) => Number(numbers[dayMonth.indexOf(part)])
  const day = value('day')
  const month = value('month')
  if (numbers.length === 3) {
    const raw = numbers[dayMonth.indexOf('year')] ?? ''
    const year = raw.length <= 2 ? 2000 + Number(raw) : Number(raw)
    return raw.length === 3 ? null : iso(year, month, day)
  }
  const thisYear = Number(today.slice(0, 4))
  const candidate = iso(thisYear, month, day)
  if (candidate !== null && candidate <= today) return candidate
  return iso(thisYear - 1, month, day)
}

export function parseDateEntry(text: string, today: string, locale: string): string | null {
  const entry = folded(text.trim())
  if (entry === '') return null
  if (ISO.test(entry)) return isDate(entry) ? entry : null
  const ago = /^-(\d{1,3})$/.exec(entry)
  if (ago) return addDays(today, -Number(ago[1]))
  if (/^\p{L}+\.?$/u.test(entry)) return fromWords(entry.replace('.', ''), today, locale)
  return fromNumbers(entry, today, locale)
}
