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
// how 1.1 or 1.3 round in binary. A week after a zero week (or the first weeks) cannot be "up x %" of
// nothing, so that comparison is skipped.
import type { ProgressionLevel, WeekVolume } from '#shared/analytics'
export type { ProgressionLevel, WeekVolume }

import { fromDayNumber, isoWeekLabel, toDayNumber, weekStartDay, type DayRun } from './days'

/**
 * One row per ISO week from the week of the first run to the week of the last run (or of `throughDate`
 * when it is later, so the current week shows up even before its first run). Weeks without runs are
 * rows of zeros. No runs gives [].
 */
export function weeklyVolume(runs: readonly DayRun[], throughDate?: string): WeekVolume[] {
  if (runs.length === 0) return []
  let firstDay = Number.POSITIVE_INFINITY
  let lastDay = throughDate === undefined ? Number.NEGATIVE_INFINITY : toDayNumber(throughDate)
  const days = runs.map((run) => toDayNumber(run.date))
  for (const day of days) {
    firstDay = Math.min(firstDay, day)
    lastDay = Math.max(lastDay, day)
  }
  const firstWeek = weekStartDay(firstDay)
  const weekCount = (weekStartDay(lastDay) - firstWeek) / 7 + 1

  const weeks: WeekVolume[] = Array.from({ length: weekCount }, (_, w) => {
    const weekStart = fromDayNumber(firstWeek + 7 * w)
    return {
      weekStart,
      isoWeek: isoWeekLabel(weekStart),
      runCount: 0,
      distanceM: 0,
      durationMin: 0,
      load: 0,
      distanceChangePct: null,
      durationChangePct: null,
      loadChangePct: null,
      twoWeekDistanceChangePct: null,
      progression: null,
    }
  })
  runs.forEach((run, i) => {
    const week = weeks[(weekStartDay(days[i] ?? firstDay) - firstWeek) / 7]
    if (!week) return
    week.runCount += 1
    week.distanceM += run.distanceM ?? 0
    week.durationMin += run.durationMin
    week.load += run.load ?? 0
  })

  weeks.forEach((week, w) => {
    const previous = weeks[w - 1]
    const twoBefore = weeks[w - 2]
    if (previous) {
      week.distanceChangePct = changePct(week.distanceM, previous.distanceM)
      week.durationChangePct = changePct(week.durationMin, previous.durationMin)
      week.loadChangePct = changePct(week.load, previous.load)
    }
    if (twoBefore) week.twoWeekDistanceChangePct = changePct(week.distanceM, twoBefore.distanceM)
    week.progression = progressionLevel(week.distanceM, previous?.distanceM ?? 0, twoBefore?.distanceM ?? 0)
  })
  return weeks
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
