// The load forecast: the athlete's actual history with the planned runs ahead added as if they were run
// as planned, put through the very same series code as analytics.athlete (athleteLoad → loadDays →
// computeLoadMetrics, weeklyVolume, findSpikes). Nothing here computes a metric of its own.
import { withDays, type DayLoads, type PainDay } from '../../db/repositories/load'
import { isoWeekStart, toDayNumber } from '#shared/dates'
import type { PlannedSession, PlanForecast } from '#shared/planning'
import { athleteLoad } from '../analytics/series'
import type { SpikeRun } from '../analytics/spikes'

/** A planned run as the series code reads a run. Its id is negative, so it never meets a real run's id. */
export interface PlanRun {
  id: number
  date: string
  distanceM: number | null
  durationMin: number
  load: number | null
  sessionId: number
}

export const planRunId = (sessionId: number) => -sessionId
export const sessionOfRunId = (runId: number): number | null => (runId < 0 ? -runId : null)

/**
 * The planned runs that still lie ahead on `today`: every one after today, and today's when no run has
 * been logged today (once the run is in, the actual one counts instead).
 */
export function pendingRuns(planned: readonly PlannedSession[], runs: readonly SpikeRun[], today: string): PlanRun[] {
  const ranToday = runs.some((r) => r.date === today)
  return planned
    .filter((s) => s.kind === 'run' && (s.date > today || (s.date === today && !ranToday)))
    .map((s) => ({
      id: planRunId(s.id),
      date: s.date,
      distanceM: s.distanceM,
      durationMin: s.durationMin ?? 0,
      load: s.load,
      sessionId: s.id,
    }))
}

/** The actual history plus the pending planned days (a day holding both adds them up). */
export function mergeHistory(actual: DayLoads, ahead: readonly PlanRun[]): DayLoads {
  return withDays(
    actual,
    ahead.map((run) => ({
      day: toDayNumber(run.date),
      distanceM: run.distanceM ?? 0,
      durationMin: run.durationMin,
      load: run.load ?? 0,
    })),
  )
}

export interface ForecastInput {
  athleteId: number
  today: string
  history: DayLoads
  runs: readonly SpikeRun[]
  planned: readonly PlannedSession[]
  pain: readonly PainDay[]
}

export function forecast(input: ForecastInput): PlanForecast {
  const ahead = pendingRuns(input.planned, input.runs, input.today)
  const last = ahead.reduce((max, r) => (r.date > max ? r.date : max), input.today)
  const load = athleteLoad({
    athleteId: input.athleteId,
    through: last,
    history: mergeHistory(input.history, ahead),
    runs: [...input.runs, ...ahead],
    pain: input.pain,
  })
  const first = ahead.reduce<string | null>((min, r) => (min === null || r.date < min ? r.date : min), null)
  return { ...load, today: input.today, plannedFrom: first }
}

/**
 * A forecast cut to what the plan reaches: the days, weeks and spikes from `plannedFrom` on, `from` set to
 * where the days now start. Nothing planned ahead: no days at all. The figures are the full forecast's.
 */
export function aheadOnly(full: PlanForecast): PlanForecast {
  const start = full.plannedFrom
  if (start === null) return { ...full, from: null, days: [], weeks: [], spikes: [] }
  const week = isoWeekStart(start)
  return {
    ...full,
    from: start,
    days: full.days.filter((d) => d.date >= start),
    weeks: full.weeks.filter((w) => w.weekStart >= week),
    spikes: full.spikes.filter((s) => s.date >= start),
  }
}

/** What nothing planned ahead gives, without walking the history (aheadOnly of any such forecast). */
export const nothingAhead = (athleteId: number, today: string): PlanForecast => ({
  athleteId,
  from: null,
  through: today,
  days: [],
  weeks: [],
  spikes: [],
  today,
  plannedFrom: null,
})
