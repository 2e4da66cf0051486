// An athlete's load history as the chart draws it: SQLite's daily totals spread onto every calendar day
// from the first run to `through`, with the day metrics, weekly volume and pain, and single-run spikes.
import type { AthleteLoad, LoadDay, WeekSummary } from '#shared/analytics'
import type { DailyTotals, PainDay } from '../../db/repositories/load'
import { fromDayNumber, isoWeekStart, toDayNumber, type DayRun } from './days'
import { computeLoadMetrics } from './load'
import { findSpikes, type SpikeRun } from './spikes'
import { weeklyVolume } from './weekly'

/** Every calendar day from the first day with a run to `through`, rest days as zeros. */
export function spreadDays(totals: readonly DailyTotals[], through: string): DailyTotals[] {
  const first = totals[0]
  if (!first) return []
  const start = toDayNumber(first.date)
  const length = toDayNumber(through) - start + 1
  if (length <= 0) return []
  const days: DailyTotals[] = Array.from({ length }, (_, i) => ({
    date: fromDayNumber(start + i),
    distanceM: 0,
    durationMin: 0,
    load: 0,
    runCount: 0,
  }))
  for (const day of totals) {
    const i = toDayNumber(day.date) - start
    if (i >= 0 && i < length) days[i] = day
  }
  return days
}

export function loadDays(totals: readonly DailyTotals[], through: string): LoadDay[] {
  const days = spreadDays(totals, through)
  const metrics = computeLoadMetrics(days.map((day) => day.load))
  return days.map((day, i) => ({ ...day, ...(metrics[i] as (typeof metrics)[number]) }))
}

/** Weekly volume with the week's worst and mean pain beside it. */
export function weeklySummary(runs: readonly DayRun[], pain: readonly PainDay[], through: string): WeekSummary[] {
  const byWeek = new Map<string, { worst: number; sum: number; reports: number }>()
  for (const day of pain) {
    const week = isoWeekStart(day.date)
    const entry = byWeek.get(week) ?? { worst: 0, sum: 0, reports: 0 }
    entry.worst = Math.max(entry.worst, day.worst)
    entry.sum += day.mean * day.reports
    entry.reports += day.reports
    byWeek.set(week, entry)
  }
  return weeklyVolume(runs, through).map((week) => {
    const entry = byWeek.get(week.weekStart)
    return {
      ...week,
      worstPain: entry ? entry.worst : null,
      meanPain: entry ? entry.sum / entry.reports : null,
      painReports: entry?.reports ?? 0,
    }
  })
}

export interface AthleteLoadInput {
  athleteId: number
  through: string
  totals: readonly DailyTotals[]
  runs: readonly (DayRun & SpikeRun)[]
  pain: readonly PainDay[]
}

export function athleteLoad(input: AthleteLoadInput): AthleteLoad {
  const days = loadDays(input.totals, input.through)
  return {
    athleteId: input.athleteId,
    from: days[0]?.date ?? null,
    through: input.through,
    days,
    weeks: input.runs.length > 0 ? weeklySummary(input.runs, input.pain, input.through) : [],
    spikes: findSpikes(input.runs),
  }
}
