// Done against planned. Each planned run is matched to a run done the same day, else to the nearest run
// within a day (before or after) that no other planned run claimed, the closest in length first. Done
// within ±20 % of the plan counts (TrainingPeaks' compliance bands), by distance when both have one, else
// by duration. A planned strength or mobility session is matched the same way to a session of its kind
// that the runner did: logged by the coach or ticked on the printed program sheet (sessionsDone.ts); it
// has no length, so matched is done. The week's figure is planned sessions done (runs within the band)
// ÷ planned runs, strength and mobility sessions due by today; cross-training and rest are not counted.
import { addDays, daysBetween } from '#shared/dates'
import type { PlannedSession, SessionCompliance, WeekCompliance } from '#shared/planning'
import type { Run } from '#shared/types'
import { doneKinds, type DoneSession } from './sessionsDone'

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
 * Same day first for every plan, then a day either side: something done on a plan's own day is never
 * taken away from it. Among candidates, the lowest `cost` wins (the first one on a tie); each done thing
 * is claimed once.
 */
function claim<D extends { date: string }>(
  plans: readonly PlannedSession[],
  done: readonly D[],
  fits: (plan: PlannedSession, d: D) => boolean,
  cost: (plan: PlannedSession, d: D) => number,
): Map<number, D> {
  const claimed = new Map<number, D>()
  const taken = new Set<D>()
  for (const maxGap of [0, 1]) {
    for (const plan of plans) {
      if (claimed.has(plan.id)) continue
      let best: D | undefined
      for (const d of done) {
        if (taken.has(d) || !fits(plan, d) || Math.abs(daysBetween(plan.date, d.date)) > maxGap) continue
        if (!best || cost(plan, d) < cost(plan, best)) best = d
      }
      if (best) {
        claimed.set(plan.id, best)
        taken.add(best)
      }
    }
  }
  return claimed
}

const byDate = (a: PlannedSession, b: PlannedSession) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id)

/**
 * `planned`: the athlete's planned sessions (any kinds); `runs` and `sessionsDone`: what was done from the
 * day before the week to the day after it.
 */
export function weekCompliance(
  weekStart: string,
  today: string,
  planned: readonly PlannedSession[],
  runs: readonly DoneRun[],
  sessionsDone: readonly DoneSession[] = [],
): WeekCompliance {
  const weekEnd = addDays(weekStart, 6)
  const inWeek = planned.filter((s) => s.date >= weekStart && s.date <= weekEnd).sort(byDate)
  const sessions = doneKinds(sessionsDone)
  // Today's plan is due once something of its kind is in for today; until then it may still happen.
  const ranToday = runs.some((r) => r.date === today)
  const isDue = (s: PlannedSession) =>
    s.date < today ||
    (s.date === today && (s.kind === 'run' ? ranToday : sessions.some((d) => d.date === today && d.kind === s.kind)))
  const runPlans = inWeek.filter((s) => s.kind === 'run' && isDue(s))
  const otherPlans = inWeek.filter((s) => (s.kind === 'strength' || s.kind === 'mobility') && isDue(s))
  const runMatch = claim(
    runPlans,
    runs,
    () => true,
    (plan, run) => distanceFromOne(measureAgainst(plan, run)),
  )
  const sessionMatch = claim(
    otherPlans,
    sessions,
    (plan, d) => d.kind === plan.kind,
    () => 0,
  )

  const compliance = inWeek
    .filter((s) => s.kind === 'run' || s.kind === 'strength' || s.kind === 'mobility')
    .map((plan): SessionCompliance => {
      const base = { sessionId: plan.id, date: plan.date, runId: null, measure: null, ratio: null, via: null }
      if (!isDue(plan)) return { ...base, status: 'upcoming', doneOn: null }
      const run = runMatch.get(plan.id)
      if (run) {
        const measured = measureAgainst(plan, run)
        return {
          ...base,
          status: inBand(measured.ratio) ? 'done' : 'off',
          runId: run.id,
          doneOn: run.date,
          ...measured,
        }
      }
      const session = sessionMatch.get(plan.id)
      if (session) return { ...base, status: 'done', doneOn: session.date, via: session.via }
      return { ...base, status: 'missed', doneOn: null }
    })
  const taken = new Set([...runMatch.values()].map((r) => r.id))
  const due = compliance.filter((s) => s.status !== 'upcoming').length
  const done = compliance.filter((s) => s.status === 'done').length
  return {
    weekStart,
    due,
    inBand: done,
    pct: due > 0 ? (done / due) * 100 : null,
    sessions: compliance,
    unplannedRunIds: runs
      .filter((r) => r.date >= weekStart && r.date <= weekEnd && r.date <= today && !taken.has(r.id))
      .map((r) => r.id),
  }
}
