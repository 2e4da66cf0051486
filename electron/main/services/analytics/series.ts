// An athlete's load history as the chart draws it: the day metrics of every calendar day from the first
// run to `through` (historyMetrics, the one computation), with weekly volume and pain, and single-run spikes.
import type { AthleteLoad, LoadDay, WeekSummary } from '#shared/analytics'
import type { DayLoads, PainDay } from '../../db/repositories/load'
import { fromDayNumber, isoWeekStart, toDayNumber } from './days'
import { historyDays } from './history'
import { findSpikes, type SpikeRun } from './spikes'
import { weekFigures } from './weekly'

/** Every calendar day from the first run to `through`, with its totals and its metrics. */
export function loadDays(history: DayLoads, through: string): LoadDay[] {
  // Each day built once, totals and metrics together, with every field named: 3 years of 200 athletes
  // (the team's forecast) is 230,000 days, and a copy per day or a spread doubles the work.
  const days = historyDays(
    history,
    toDayNumber(through),
    (spread) =>
      (i, acuteEwma, chronicEwma, acwrEwma, acwrRolling, acwrReason, monotony, strain, fitness, fatigue, form) => ({
        date: fromDayNumber(spread.firstDay + i),
        distanceM: spread.distanceM[i] ?? 0,
        durationMin: spread.durationMin[i] ?? 0,
        load: spread.load[i] ?? 0,
        runCount: spread.runCount[i] ?? 0,
        acuteEwma,
        chronicEwma,
        acwrEwma,
        acwrRolling,
        acwrReason,
        monotony,
        strain,
        fitness,
        fatigue,
        form,
      }),
  )
  return days ?? []
}

/** Weekly volume with the week's worst and mean pain beside it. */
export function weeklySummary(history: DayLoads, pain: readonly PainDay[], through: string): WeekSummary[] {
  const byWeek = new Map<string, { worst: number; sum: number; reports: number }>()
  for (const day of pain) {
    const week = isoWeekStart(day.date)
    const entry = byWeek.get(week) ?? { worst: 0, sum: 0, reports: 0 }
    entry.worst = Math.max(entry.worst, day.worst)
    entry.sum += day.mean * day.reports
    entry.reports += day.reports
    byWeek.set(week, entry)
  }
  return weekFigures(history, toDayNumber(through)).map((week) => {
    const entry = byWeek.get(week.weekStart)
    // Assigned onto the week rather than spread into a new object: one shape, and no copy of every week.
    return Object.assign(week, {
      worstPain: entry ? entry.worst : null,
      meanPain: entry ? entry.sum / entry.reports : null,
      painReports: entry?.reports ?? 0,
    })
  })
}

export interface AthleteLoadInput {
  athleteId: number
  through: string
  history: DayLoads
  runs: readonly SpikeRun[]
  pain: readonly PainDay[]
}

export function athleteLoad(input: AthleteLoadInput): AthleteLoad {
  const days = loadDays(input.history, input.through)
  return {
    athleteId: input.athleteId,
    from: days[0]?.date ?? null,
    through: input.through,
    days,
    weeks: weeklySummary(input.history, input.pain, input.through),
    spikes: findSpikes(input.runs.filter((run) => run.date <= input.through)),
  }
}
