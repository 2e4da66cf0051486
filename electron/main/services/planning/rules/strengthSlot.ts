// Where strength work fits on a planned day (seeds 003, 004: 2–3 sessions a week; on a run day 4–6 h
// after the run, never in the hours before one). Shared by the rule "strength before a run" (its fix
// moves strength to 4 h after the run) and the fix for "fewer than 2 strength sessions in a program week",
// which adds one where the other rule will not fire on it.
import { addDays, daysBetween } from '#shared/dates'
import type { PlannedSession } from '#shared/planning'
import { PLAN_T } from '../thresholds'
import { isAhead, type PlanContext } from './context'

/** The last start time a slot may have on its day. */
const LATEST = 23 * 60 + 45

export const toMinutes = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number)
  return h * 60 + m
}
export const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** A timed planned run on `date` starting after `at` (minutes) but less than the gap after it. */
export function runSoonAfter(planned: readonly PlannedSession[], date: string, at: number) {
  const gap = PLAN_T.strengthGapHours.value * 60
  return planned.find(
    (r) =>
      r.kind === 'run' && r.time !== null && r.date === date && toMinutes(r.time) > at && toMinutes(r.time) - at < gap,
  )
}

/** 4 h after the run ends, rounded up to a quarter hour; null past 23:45 (no slot left that day). */
export function afterRun(run: PlannedSession): number | null {
  const end = toMinutes(run.time ?? '00:00') + Math.ceil(run.durationMin ?? 0)
  const at = Math.ceil((end + PLAN_T.strengthAfterRunHours.value * 60) / 15) * 15
  return at <= LATEST ? at : null
}

export interface Slot {
  date: string
  time: string | null
}

/**
 * A slot for one more strength session in the week of `weekStart`, from today on: a day with no run and
 * no strength or rest planned (the one furthest from the week's other strength days, then the earliest);
 * else a day whose runs all have a time, 4 h after the last one ends, with no run in the 4 hours after.
 */
export function strengthSlot(ctx: PlanContext, weekStart: string): Slot | null {
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i)).filter((d) => d >= ctx.today)
  const on = (date: string) => ctx.planned.filter((s) => s.date === date && isAhead(ctx, s))
  const strengthDays = ctx.planned.filter((s) => s.kind === 'strength' && days.includes(s.date)).map((s) => s.date)
  const open = days.filter(
    (d) =>
      !on(d).some((s) => s.kind === 'run' || s.kind === 'strength' || s.kind === 'rest') &&
      !ctx.runs.some((r) => r.date === d),
  )
  const spacing = (d: string) =>
    Math.min(...strengthDays.map((s) => Math.abs(daysBetween(s, d))), Number.MAX_SAFE_INTEGER)
  const free = [...open].sort((a, b) => spacing(b) - spacing(a) || (a < b ? -1 : 1))[0]
  if (free) return { date: free, time: null }

  for (const date of days) {
    const sessions = on(date)
    const runs = sessions.filter((s) => s.kind === 'run')
    if (
      !runs.length ||
      runs.some((r) => r.time === null) ||
      sessions.some((s) => s.kind === 'strength' || s.kind === 'rest')
    )
      continue
    const last = runs.reduce((a, b) => (toMinutes(b.time ?? '') > toMinutes(a.time ?? '') ? b : a))
    const at = afterRun(last)
    if (at !== null && !runSoonAfter(ctx.planned, date, at)) return { date, time: toTime(at) }
  }
  return null
}
