// The team overview: every active athlete's current numbers from one grouped query over the whole history
// of runs and one over recent pain. Each athlete's day is computed by historyMetrics over their whole
// history, the same function the athlete page and the guidance rules call (domain.md "One computation"),
// so the overview never disagrees with them. The history is walked as day-number arrays, not day
// objects: 200 athletes × 3 years is 200k days, and the overview only needs the last day and 8 weeks.
import type { AcwrReason, TeamOverview, TeamRow } from '#shared/analytics'
import { compareLevels, type Alert } from '#shared/guidance'
import type { AthleteSummary } from '#shared/types'
import type { DayLoads, PainDay } from '../../db/repositories/load'
import { fromDayNumber, toDayNumber, weekStartDay } from './days'
import { metricsOn } from './history'
import { weekFigures } from './weekly'

export const TEAM_WEEKS = 8

export interface TeamInput {
  through: string
  athletes: readonly AthleteSummary[]
  daily: ReadonlyMap<number, DayLoads>
  painDays: ReadonlyMap<number, readonly PainDay[]>
  /** each athlete's most urgent current alert */
  flags: ReadonlyMap<number, Alert | null>
}

/** The Mondays of the last TEAM_WEEKS ISO weeks, oldest first, ending with the week of `through`. */
export function teamWeekStarts(through: string): string[] {
  const current = weekStartDay(toDayNumber(through))
  return Array.from({ length: TEAM_WEEKS }, (_, i) => fromDayNumber(current - 7 * (TEAM_WEEKS - 1 - i)))
}

/** First day the overview needs pain for. */
export function teamPainSince(through: string): string {
  return teamWeekStarts(through)[0] ?? through
}

interface LoadNumbers {
  loadWeeks: number[]
  acwr: number | null
  acwrReason: AcwrReason | null
  chronicLoad: number | null
  monotony: number | null
  weekChangePct: number | null
}

/** Load figures on `throughDay` from the athlete's whole history (days after `throughDay` are ignored). */
export function loadNumbers(history: DayLoads | undefined, throughDay: number): LoadNumbers {
  const loadWeeks = new Array<number>(TEAM_WEEKS).fill(0)
  const today = history ? metricsOn(history, throughDay) : null
  if (!history || !today) {
    return { loadWeeks, acwr: null, acwrReason: null, chronicLoad: null, monotony: null, weekChangePct: null }
  }
  const firstWeek = weekStartDay(throughDay) - 7 * (TEAM_WEEKS - 1)
  const weeks = weekFigures(history, throughDay, firstWeek)
  for (const week of weeks) loadWeeks[(toDayNumber(week.weekStart) - firstWeek) / 7] = week.load
  return {
    loadWeeks,
    acwr: today.acwrEwma,
    acwrReason: today.acwrReason,
    chronicLoad: today.chronicEwma,
    monotony: today.monotony,
    weekChangePct: weeks.at(-1)?.distanceChangePct ?? null,
  }
}

function painWeeks(pain: readonly PainDay[] | undefined, weekStarts: readonly string[], through: string) {
  const worst = new Array<number | null>(TEAM_WEEKS).fill(null)
  const firstWeek = toDayNumber(weekStarts[0] ?? through)
  for (const day of pain ?? []) {
    if (day.date > through) continue
    const w = Math.floor((toDayNumber(day.date) - firstWeek) / 7)
    if (w >= 0 && w < TEAM_WEEKS) worst[w] = Math.max(worst[w] ?? 0, day.worst)
  }
  return worst
}

export function teamOverview(input: TeamInput): TeamOverview {
  const weekStarts = teamWeekStarts(input.through)
  const throughDay = toDayNumber(input.through)
  const rows: TeamRow[] = input.athletes
    .filter((athlete) => !athlete.archived)
    .map((athlete) => ({
      athleteId: athlete.id,
      name: athlete.name,
      groups: athlete.groups,
      ...loadNumbers(input.daily.get(athlete.id), throughDay),
      painWeeks: painWeeks(input.painDays.get(athlete.id), weekStarts, input.through),
      latestPain:
        athlete.lastPainScore !== null && athlete.lastPainDate !== null && athlete.lastPainDate <= input.through
          ? { score: athlete.lastPainScore, date: athlete.lastPainDate }
          : null,
      flag: input.flags.get(athlete.id) ?? null,
    }))
  // Most urgent first, as the coach reads the list on a Monday; no flag last; then by name.
  rows.sort(
    (a, b) =>
      (a.flag && b.flag ? compareLevels(a.flag.level, b.flag.level) : (a.flag ? 0 : 1) - (b.flag ? 0 : 1)) ||
      a.name.localeCompare(b.name),
  )
  return { through: input.through, weekStarts, rows }
}
