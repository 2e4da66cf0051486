// The one computation behind every load figure (domain.md "One computation"): an athlete's whole history
// of days with runs, spread onto calendar days from the first run to the day asked about, and the day
// metrics over all of it. The athlete page, the team overview and the guidance rules all call
// `historyMetrics` on the same rows, so a day reads the same everywhere: nothing is cut or seeded again.
import type { DayMetrics } from '#shared/analytics'
import type { DayLoads } from '../../db/repositories/load'
import { emptyHistory } from '../../db/repositories/load'
import { toDayNumber, type DayRun } from './days'
import { computeLoadDays, computeLoadMetrics, lastDayMetrics, type MakeDay } from './load'

export interface SpreadHistory {
  /** day number of the first run; calendar day i of the arrays is firstDay + i */
  firstDay: number
  distanceM: Float64Array
  durationMin: Float64Array
  load: Float64Array
  runCount: Int32Array
}

/** Every calendar day from the first run to `throughDay`, rest days as zeros; null before the first run. */
export function spreadHistory(history: DayLoads, throughDay: number): SpreadHistory | null {
  const firstDay = history.days[0]
  if (firstDay === undefined || firstDay > throughDay) return null
  const length = throughDay - firstDay + 1
  const spread: SpreadHistory = {
    firstDay,
    distanceM: new Float64Array(length),
    durationMin: new Float64Array(length),
    load: new Float64Array(length),
    runCount: new Int32Array(length),
  }
  history.days.forEach((day, i) => {
    if (day > throughDay) return
    const at = day - firstDay
    spread.distanceM[at] = history.distanceM[i] ?? 0
    spread.durationMin[at] = history.durationMin[i] ?? 0
    spread.load[at] = history.load[i] ?? 0
    spread.runCount[at] = history.runCount[i] ?? 0
  })
  return spread
}

export interface HistoryMetrics {
  spread: SpreadHistory
  /** one entry per calendar day of `spread` */
  metrics: DayMetrics[]
}

/** The day metrics of every day from the first run to `throughDay`; null before the first run. */
export function historyMetrics(history: DayLoads, throughDay: number): HistoryMetrics | null {
  const spread = spreadHistory(history, throughDay)
  return spread && { spread, metrics: computeLoadMetrics(spread.load, spread.runCount) }
}

/** Every day from the first run to `throughDay` as `make(spread)` builds it, by the same walk; null before the first run. */
export function historyDays<T>(
  history: DayLoads,
  throughDay: number,
  make: (spread: SpreadHistory) => MakeDay<T>,
): T[] | null {
  const spread = spreadHistory(history, throughDay)
  return spread && computeLoadDays(spread.load, spread.runCount, make(spread))
}

// The team overview and the guidance rules behind its flags ask about the same day of the same rows (one
// read, shared): the answer is remembered per rows object (never changed after the read), so the history
// is walked once per request.
const remembered = new WeakMap<DayLoads, Map<number, DayMetrics | null>>()

/** The metrics of `throughDay` alone (team overview, guidance): the last entry of historyMetrics, by the same walk. */
export function metricsOn(history: DayLoads, throughDay: number): DayMetrics | null {
  let days = remembered.get(history)
  if (!days) remembered.set(history, (days = new Map()))
  if (!days.has(throughDay)) {
    const spread = spreadHistory(history, throughDay)
    days.set(throughDay, spread && lastDayMetrics(spread.load, spread.runCount))
  }
  return days.get(throughDay) ?? null
}

/** Day rows from runs (tests, and callers that hold runs rather than SQLite's daily totals). */
export function dayLoadsOf(runs: readonly DayRun[]): DayLoads {
  const byDay = new Map<number, DayRun[]>()
  for (const run of runs) {
    const day = toDayNumber(run.date)
    byDay.set(day, [...(byDay.get(day) ?? []), run])
  }
  const history = emptyHistory()
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const list = byDay.get(day) ?? []
    history.days.push(day)
    history.distanceM.push(list.reduce((s, r) => s + (r.distanceM ?? 0), 0))
    history.durationMin.push(list.reduce((s, r) => s + r.durationMin, 0))
    history.load.push(list.reduce((s, r) => s + (r.load ?? 0), 0))
    history.runCount.push(list.length)
  }
  return history
}
