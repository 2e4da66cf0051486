// The week-by-week shape of an athlete's training: a 3-up/1-down cycle, occasional missed weeks,
// races, and for some athletes build phases with a sudden jump in volume (the load spikes the coach
// screens are meant to show).
import type { Profile } from './profile'
import { type Rng } from './random'
import { weekday } from './dates'

export interface Week {
  /** day number of the Monday */
  start: number
  /** multiplier on the athlete's base weekly volume; 0 = a missed week */
  factor: number
  /** multiplier on the long run; above 1 in the week of a load spike */
  longBoost: number
  race: boolean
  spike: boolean
}

const CYCLE = [1, 1.06, 1.12, 0.86]

/** Weeks in which a build phase jumps: about one every half year, spread over the history. */
function spikeWeeks(rng: Rng, count: number): Set<number> {
  const spikes = new Set<number>()
  const builds = Math.max(1, Math.round((count / 26) * rng.uniform(0.8, 1.3)))
  const segment = count / builds
  for (let b = 0; b < builds; b++) {
    const week = Math.floor(segment * b + segment * rng.uniform(0.35, 0.95))
    if (week >= 4 && week < count) spikes.add(week)
  }
  return spikes
}

export function planWeeks(rng: Rng, profile: Profile, firstDay: number, endDay: number): Week[] {
  const firstMonday = firstDay - weekday(firstDay)
  const count = Math.floor((endDay - firstMonday) / 7) + 1
  const spikes = profile.builds ? spikeWeeks(rng, count) : new Set<number>()
  const phase = rng.int(0, 3)
  const seasonPhase = rng.uniform(0, 2 * Math.PI)
  const raceEvery = profile.group === 'Trail' ? [8, 14] : [6, 10]
  let nextRace = rng.int(3, raceEvery[1] ?? 10)
  const ramp = { new: 0.65, returning: 0.55, experienced: 1 }[profile.experience]

  const weeks: Week[] = []
  let afterBreak = false
  for (let w = 0; w < count; w++) {
    const start = firstMonday + 7 * w
    // Keep the last two weeks free of breaks so the current picture is of an active club.
    const recent = endDay - start < 14
    const spike = spikes.has(w)
    let factor = (CYCLE[(w + phase) % 4] ?? 1) * rng.normal(1, 0.05)
    factor *= 1 + 0.07 * Math.sin((2 * Math.PI * w) / 52 + seasonPhase)
    if (ramp < 1 && w < 12) factor *= ramp + ((1 - ramp) * w) / 12
    if (afterBreak) factor *= 0.7
    afterBreak = false
    if (spike) factor *= rng.uniform(1.35, 1.6)
    else if (spikes.has(w - 1) && rng.chance(0.5)) factor *= 1.15

    let race = false
    if (!spike && w >= nextRace) {
      race = true
      factor *= 0.85
      nextRace = w + rng.int(raceEvery[0] ?? 6, raceEvery[1] ?? 10)
    }
    if (!recent && !spike && !race && w > 0) {
      if (rng.chance(0.03)) {
        factor = 0
        afterBreak = true
      } else if (rng.chance(0.03)) factor *= 0.5
    }
    weeks.push({ start, factor, longBoost: spike ? rng.uniform(1.3, 1.5) : 1, race, spike })
  }
  return weeks
}
