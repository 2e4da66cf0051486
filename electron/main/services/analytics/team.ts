// The team overview: every active athlete's current numbers from one grouped query over the runs and one
// over recent pain. The history is walked as day-number arrays, not day objects: 200 athletes × 3 years
// is 200k days, and the overview only needs the last day's metrics and the last eight weeks.
import type { TeamOverview, TeamRow } from '#shared/analytics'
import { compareLevels, type Alert } from '#shared/guidance'
import type { AthleteSummary } from '#shared/types'
import type { DayLoads, PainDay } from '../../db/repositories/load'
import { fromDayNumber, toDayNumber, weekStartDay } from './days'
import { computeLoadMetrics } from './load'
import { changePct } from './weekly'

export const TEAM_WEEKS = 8

/**
 * Days of history the overview reads. The chronic EWMA (λ = 2/29) keeps (27/29)^n of a day's load after
 * n days: after 400 days that is 3.7e-13, far below anything shown (ACWR has 2 decimals) or tested (1e-6).
 * So the last 400 days give the same ACWR as the whole history, for a fraction of the reading; the
 * athlete page's series still starts at the first run. Monotony and the sparklines need 8 weeks.
 */
export const TEAM_HISTORY_DAYS = 400

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
  monotony: number | null
  weekChangePct: number | null
}

/** Load figures on `throughDay` from the athlete's days with runs (days after `throughDay` are ignored). */
export function loadNumbers(history: DayLoads | undefined, throughDay: number): LoadNumbers {
  const firstWeek = weekStartDay(throughDay) - 7 * (TEAM_WEEKS - 1)
  const loadWeeks = new Array<number>(TEAM_WEEKS).fill(0)
  const distanceWeeks = new Array<number>(TEAM_WEEKS).fill(0)
  const firstDay = history?.days[0]
  if (!history || firstDay === undefined || firstDay > throughDay) {
    return { loadWeeks, acwr: null, monotony: null, weekChangePct: null }
  }
  // Calendar days from the first run to throughDay, rest days 0 (domain.md: history starts at the first run).
  const loads = new Float64Array(throughDay - firstDay + 1)
  history.days.forEach((day, i) => {
    if (day > throughDay) return
    const load = history.load[i] ?? 0
    loads[day - firstDay] = load
    if (day < firstWeek) return
    const w = Math.floor((day - firstWeek) / 7)
    loadWeeks[w] = (loadWeeks[w] ?? 0) + load
    distanceWeeks[w] = (distanceWeeks[w] ?? 0) + (history.distanceM[i] ?? 0)
  })
  const today = computeLoadMetrics(loads).at(-1)
  return {
    loadWeeks,
    acwr: today?.acwrEwma ?? null,
    monotony: today?.monotony ?? null,
    weekChangePct: changePct(distanceWeeks[TEAM_WEEKS - 1] ?? 0, distanceWeeks[TEAM_WEEKS - 2] ?? 0),
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
