// Which stretch of an athlete's history the load chart shows, and whether its bars are days or weeks.
import { addDays, daysBetween, isoWeekStart } from '#shared/dates'

export const LOAD_RANGES = ['4w', '12w', '6m', '1y', 'all'] as const
export type LoadRange = (typeof LOAD_RANGES)[number]

export const LOAD_RANGE_LABEL: Record<LoadRange, string> = {
  '4w': '4 weeks',
  '12w': '12 weeks',
  '6m': '6 months',
  '1y': '1 year',
  all: 'All',
}

export const DEFAULT_LOAD_RANGE: LoadRange = '12w'

const RANGE_DAYS: Record<Exclude<LoadRange, 'all'>, number> = { '4w': 28, '12w': 84, '6m': 182, '1y': 365 }

/** Above this many days a bar per day is thinner than a pixel or two: the bars become weekly totals. */
export const WEEKLY_BARS_ABOVE_DAYS = 400

export function isLoadRange(value: unknown): value is LoadRange {
  return typeof value === 'string' && (LOAD_RANGES as readonly string[]).includes(value)
}

export interface LoadWindow {
  /** first calendar day shown, 'YYYY-MM-DD' (a Monday when the bars are weekly) */
  start: string
  /** last calendar day shown, inclusive */
  end: string
  /** calendar days from start to end, inclusive */
  days: number
  /** true when the bars are weekly totals instead of daily ones */
  weekly: boolean
}

/**
 * The days shown for `range`, ending on `through`. A fixed range keeps its length even before the
 * first run, so a new runner's chart reads as "four weeks, most of them empty"; 'all' starts at the
 * first run.
 */
export function loadWindow(range: LoadRange, through: string, firstDate: string | null): LoadWindow {
  let start = range === 'all' ? (firstDate ?? through) : addDays(through, 1 - RANGE_DAYS[range])
  if (firstDate !== null && firstDate > through) start = through
  const weekly = daysBetween(start, through) + 1 > WEEKLY_BARS_ABOVE_DAYS
  if (weekly) start = isoWeekStart(start)
  return { start, end: through, days: daysBetween(start, through) + 1, weekly }
}

/** Whether a 'YYYY-MM-DD' day falls in the window. */
export function inWindow(date: string, window: LoadWindow): boolean {
  return date >= window.start && date <= window.end
}
