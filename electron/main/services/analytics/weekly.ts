// Weekly volume per ISO week (Monday start) and rapid-progression flags.
//
// Rapid progression, defined on weekly distance D_w (metres):
// - 'info'    when D_w > 1.10 · D_{w−1} and D_{w−1} > 0: up more than 10 % on the previous week — the seed
//             articles' "gradual progression" guideline, information only.
// - 'caution' when D_w > 1.30 · D_{w−2} and D_{w−2} > 0: up more than 30 % on the week two weeks before,
//             i.e. over two weeks (Nielsen et al. 2014, JOSPT: novice runners who raised weekly distance
//             by more than 30 % over two weeks had more distance-related injuries).
// 'caution' wins when both hold. Exactly 10 % or 30 % is not "more than" and is not flagged; the
// comparisons are done as 10·D_w > 11·D_{w−1} and 10·D_w > 13·D_{w−2}, so the boundary never depends on
// how 1.1 or 1.3 round in binary. A week after a zero week cannot be "up x %" of nothing, so that
// comparison is skipped.
//
// The athlete's first week (usually partial: the first run is often not on a Monday) is never the base of
// a change or a progression: a runner whose first run was a Saturday did not grow 200 % the week after.
// The week of `through`, while unfinished (Monday to Saturday), has its changes computed like with like:
// the week so far against the same weekdays of the week before (identical weeks read 0 % on every day).
// Its progression keeps the full weeks before as the base, so it flags only what the week has already
// run beyond them, never a long run that merely came earlier in the week.
import type { ProgressionLevel, WeekVolume } from '#shared/analytics'
export type { ProgressionLevel, WeekVolume }

import type { DayLoads } from '../../db/repositories/load'
import { fromDayNumber, isoWeekLabel, toDayNumber, weekStartDay, type DayRun } from './days'
import { dayLoadsOf } from './history'

interface Sums {
  runCount: number
  distanceM: number
  durationMin: number
  load: number
}

const zero = (): Sums => ({ runCount: 0, distanceM: 0, durationMin: 0, load: 0 })

function add(sums: Sums, history: DayLoads, i: number) {
  sums.runCount += history.runCount[i] ?? 0
  sums.distanceM += history.distanceM[i] ?? 0
  sums.durationMin += history.durationMin[i] ?? 0
  sums.load += history.load[i] ?? 0
}

/**
 * One row per ISO week from the week of the first run (or `fromDay`'s week, when later) to the week of
 * `throughDay`; days after `throughDay` are left out, weeks without runs are rows of zeros. No run on or
 * before `throughDay` gives []. Every figure of a row is the same whatever `fromDay` is.
 */
export function weekFigures(history: DayLoads, throughDay: number, fromDay?: number): WeekVolume[] {
  const firstDay = history.days[0]
  if (firstDay === undefined || firstDay > throughDay) return []
  const firstWeek = weekStartDay(firstDay)
  const lastWeek = weekStartDay(throughDay)
  const shownFrom = Math.max(firstWeek, weekStartDay(fromDay ?? firstDay))
  // Two weeks before the first row are summed too: they are its bases.
  const sumFrom = Math.max(firstWeek, shownFrom - 14)
  const count = (lastWeek - sumFrom) / 7 + 1
  const sums = Array.from({ length: count }, zero)
  // The week before the current one, up to the current weekday: the like-with-like base.
  const sameDaysBefore = zero()
  const weekday = throughDay - lastWeek
  const finished = weekday === 6
  history.days.forEach((day, i) => {
    if (day < sumFrom || day > throughDay) return
    const w = (weekStartDay(day) - sumFrom) / 7
    add(sums[w] as Sums, history, i)
    if (weekStartDay(day) === lastWeek - 7 && day - (lastWeek - 7) <= weekday) add(sameDaysBefore, history, i)
  })

  // A base must exist, be a real earlier week of the sums, and not be the athlete's first week.
  const base = (w: number, k: number): Sums | null =>
    w - k >= 0 && sumFrom + 7 * (w - k) > firstWeek ? (sums[w - k] ?? null) : null
  const rows: WeekVolume[] = []
  for (let w = (shownFrom - sumFrom) / 7; w < count; w++) {
    const start = sumFrom + 7 * w
    const week = sums[w] as Sums
    const current = start === lastWeek && !finished
    const previous = base(w, 1)
    const twoBefore = base(w, 2)
    const weekStart = fromDayNumber(start)
    rows.push({
      weekStart,
      isoWeek: isoWeekLabel(weekStart),
      runCount: week.runCount,
      distanceM: week.distanceM,
      durationMin: week.durationMin,
      load: week.load,
      distanceChangePct: change('distanceM', week, previous, current && sameDaysBefore),
      durationChangePct: change('durationMin', week, previous, current && sameDaysBefore),
      loadChangePct: change('load', week, previous, current && sameDaysBefore),
      twoWeekDistanceChangePct: twoBefore && changePct(week.distanceM, twoBefore.distanceM),
      progression: progressionLevel(week.distanceM, previous?.distanceM ?? 0, twoBefore?.distanceM ?? 0),
      sameDaysThrough: current ? fromDayNumber(throughDay) : null,
    })
  }
  return rows
}

/**
 * A week's change on the week before; for the unfinished current week (`sameDays`: the week before up to
 * the same weekday), like with like.
 */
function change(field: keyof Sums, week: Sums, previous: Sums | null, sameDays: Sums | false): number | null {
  if (!previous) return null
  if (!sameDays) return changePct(week[field], previous[field])
  // Nothing run yet this week nor on the same days of the last: on track with a week that had runs.
  if (week[field] === 0 && sameDays[field] === 0) return previous[field] > 0 ? 0 : null
  return changePct(week[field], sameDays[field])
}

/**
 * Weekly volume of a list of runs: weekFigures through `throughDate`, or through the Sunday of the last
 * run's week when no date is given (every week then counts as finished). No runs gives [].
 */
export function weeklyVolume(runs: readonly DayRun[], throughDate?: string): WeekVolume[] {
  if (runs.length === 0) return []
  const history = dayLoadsOf(runs)
  const last = history.days[history.days.length - 1] ?? 0
  const through = throughDate === undefined ? weekStartDay(last) + 6 : toDayNumber(throughDate)
  return weekFigures(history, through)
}

/** (current − previous) / previous × 100; null when previous is 0. */
export function changePct(current: number, previous: number): number | null {
  return previous > 0 ? ((current - previous) / previous) * 100 : null
}

/** The flag for a week's distance against the previous week and the week two weeks before (see top). */
export function progressionLevel(distance: number, previous: number, twoBefore: number): ProgressionLevel | null {
  if (twoBefore > 0 && 10 * distance > 13 * twoBefore) return 'caution'
  if (previous > 0 && 10 * distance > 11 * previous) return 'info'
  return null
}
