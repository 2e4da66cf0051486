// Single-run spikes (Frandsen et al., BJSM 2025): a run longer than 110 % of the longest run in the
// previous 30 days carried a higher injury rate, whatever the weekly volume.
//
// Precise definition used here (the tests pin each point):
// - "Previous 30 days" = the 30 calendar days before the run's date: from date − 30 to date − 1, both
//   included. The run's own day is left out, so an earlier run on the same day does not count. Dates are
//   the unit of every load series and start times are optional, so this keeps the answer independent of
//   the order in which a double day was entered.
// - A run is measured by its distance when it has one (> 0 m), otherwise by its duration. It is compared
//   with runs measured the same way: a distance with the longest distance among earlier runs that have
//   one; a duration with the longest duration among all earlier runs (every run has a duration).
// - Spike when value > 1.10 × previous longest, only when there was such an earlier run. Exactly 110 % is
//   not a spike; the test is 10·value > 11·longest, so the boundary never depends on how 1.1 rounds.
// - previousLongest is the most recent of the longest earlier runs when several tie.
import type { SpikeMeasure, RunSpike } from '#shared/analytics'
export type { SpikeMeasure, RunSpike }

import { fromDayNumber, toDayNumber } from './days'

export interface SpikeRun {
  id: number
  date: string
  distanceM: number | null
  durationMin: number
}

export const SPIKE_WINDOW_DAYS = 30
export const SPIKE_RATIO = 1.1

interface Peak {
  day: number
  value: number
  runId: number
}

/**
 * Sliding maximum over the last 30 days, O(1) amortised per day: peaks are kept in decreasing value
 * order, and a peak is dropped once a later one at least as long arrives (it can never be the max again).
 */
class WindowMax {
  private peaks: Peak[] = []
  private head = 0

  /** The longest peak from day − 30 to day − 1, or undefined. Days must be asked in increasing order. */
  before(day: number): Peak | undefined {
    while (this.head < this.peaks.length && (this.peaks[this.head]?.day ?? day) < day - SPIKE_WINDOW_DAYS) {
      this.head++
    }
    return this.peaks[this.head]
  }

  push(peak: Peak): void {
    while (this.peaks.length > this.head && (this.peaks[this.peaks.length - 1]?.value ?? 0) <= peak.value) {
      this.peaks.pop()
    }
    this.peaks.push(peak)
  }
}

/** All spikes, oldest first (same-day spikes in input order). Runs may be given in any order. */
export function findSpikes(runs: readonly SpikeRun[]): RunSpike[] {
  // Indices sorted rather than wrapper objects: the team's forecast runs this over 120,000 runs at once.
  const days = runs.map((run) => toDayNumber(run.date))
  const order = Array.from(runs.keys()).sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0) || a - b)

  const windows: Record<SpikeMeasure, WindowMax> = { distance: new WindowMax(), duration: new WindowMax() }
  const spikes: RunSpike[] = []
  let i = 0
  while (i < order.length) {
    const day = days[order[i] ?? 0] ?? 0
    let end = i
    while (end < order.length && days[order[end] ?? 0] === day) end++

    // Judge the whole day against the 30 days before it, then add the day to the windows.
    for (let k = i; k < end; k++) {
      const run = runs[order[k] ?? -1]
      if (!run) continue
      const measure: SpikeMeasure = hasDistance(run) ? 'distance' : 'duration'
      const value = measure === 'distance' ? (run.distanceM ?? 0) : run.durationMin
      const longest = windows[measure].before(day)
      if (longest && longest.value > 0 && 10 * value > 11 * longest.value) {
        spikes.push({
          runId: run.id,
          date: run.date,
          measure,
          value,
          previousLongest: longest.value,
          previousLongestRunId: longest.runId,
          previousLongestDate: fromDayNumber(longest.day),
          ratio: value / longest.value,
        })
      }
    }
    for (let k = i; k < end; k++) {
      const run = runs[order[k] ?? -1]
      if (!run) continue
      if (hasDistance(run)) windows.distance.push({ day, value: run.distanceM ?? 0, runId: run.id })
      windows.duration.push({ day, value: run.durationMin, runId: run.id })
    }
    i = end
  }
  return spikes
}

function hasDistance(run: SpikeRun): boolean {
  return run.distanceM !== null && run.distanceM > 0
}
