// Done against planned. Each planned run is matched to a run done the same day, else to the nearest run
// within a day (before or after) that no other planned run claimed, the closest in length first. Done
// within ±20 % of the plan counts (TrainingPeaks' compliance bands), by distance when both have one, else
// by duration. The week's figure is planned runs done within the band ÷ planned runs due by today.
import { addDays, daysBetween } from '#shared/dates'
import type { PlannedSession, SessionCompliance, WeekCompliance } from '#shared/planning'
import type { Run } from '#shared/types'

/** What matching needs of a run done. */
export type DoneRun = Pick<Run, 'id' | 'date' | 'distanceM' | 'durationMin'>

export const BAND_LOW = 0.8
export const BAND_HIGH = 1.2

type Measured = Pick<SessionCompliance, 'measure' | 'ratio'>

export function measureAgainst(plan: PlannedSession, run: DoneRun): Measured {
  if ((plan.distanceM ?? 0) > 0 && (run.distanceM ?? 0) > 0)
    return { measure: 'distance', ratio: (run.distanceM ?? 0) / (plan.distanceM ?? 1) }
  if ((plan.durationMin ?? 0) > 0) return { measure: 'duration', ratio: run.durationMin / (plan.durationMin ?? 1) }
  return { measure: null, ratio: null }
}

/** Within ±20 %, both ends included; the tolerance keeps 0.8 and 1.2 on paper inside the band. */
export function inBand(ratio: number | null): boolean {
  return ratio === null || (ratio >= BAND_LOW - 1e-9 && ratio <= BAND_HIGH + 1e-9)
}

const distanceFromOne = (m: Measured) => (m.ratio === null ? 0 : Math.abs(m.ratio - 1))

/**
 * `planned`: the athlete's planned sessions (any kinds); `runs`: runs done from the day before the week to
 * the day after it. Only planned runs take part.
 */
export function weekCompliance(
  weekStart: string,
  today: string,
  planned: readonly PlannedSession[],
  runs: readonly DoneRun[],
): WeekCompliance {
  const weekEnd = addDays(weekStart, 6)
  const ranToday = runs.some((r) => r.date === today)
  const plans = planned
    .filter((s) => s.kind === 'run' && s.date >= weekStart && s.date <= weekEnd)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
  const isDue = (s: PlannedSession) => s.date < today || (s.date === today && ranToday)
  const claimed = new Map<number, { run: DoneRun; measured: Measured }>()
  const taken = new Set<number>()

  // Same day first for every plan, then a day either side: a run on its own day is never taken away.
  for (const maxGap of [0, 1]) {
    for (const plan of plans) {
      if (!isDue(plan) || claimed.has(plan.id)) continue
      let best: { run: DoneRun; measured: Measured } | undefined
      for (const run of runs) {
        if (taken.has(run.id) || Math.abs(daysBetween(plan.date, run.date)) > maxGap) continue
        const measured = measureAgainst(plan, run)
        if (!best || distanceFromOne(measured) < distanceFromOne(best.measured)) best = { run, measured }
      }
      if (best) {
        claimed.set(plan.id, best)
        taken.add(best.run.id)
      }
    }
  }

  const sessions = plans.map((plan): SessionCompliance => {
    const match = claimed.get(plan.id)
    const base = { sessionId: plan.id, date: plan.date }
    if (!isDue(plan)) return { ...base, status: 'upcoming', runId: null, measure: null, ratio: null }
    if (!match) return { ...base, status: 'missed', runId: null, measure: null, ratio: null }
    return { ...base, status: inBand(match.measured.ratio) ? 'done' : 'off', runId: match.run.id, ...match.measured }
  })
  const due = sessions.filter((s) => s.status !== 'upcoming').length
  const done = sessions.filter((s) => s.status === 'done').length
  return {
    weekStart,
    due,
    inBand: done,
    pct: due > 0 ? (done / due) * 100 : null,
    sessions,
    unplannedRunIds: runs
      .filter((r) => r.date >= weekStart && r.date <= weekEnd && r.date <= today && !taken.has(r.id))
      .map((r) => r.id),
  }
}
