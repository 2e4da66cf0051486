// Turns an athlete's weekly plan into runs: which days, what kind of session, how long and how hard,
// on what ground, in which shoes and in what weather.
import type { RunType, Surface } from '#shared/enums'
import { RUN_NOTES } from './catalog'
import { clock, dayOfYear, fromDay } from './dates'
import { painTrainingFactor, type Episode } from './episodes'
import type { Week } from './plan'
import type { Profile } from './profile'
import { clamp, round, type Rng } from './random'
import { createShoeRack } from './shoes'
import type { SeedRun, SeedShoe } from './types'

/** Session RPE (CR-10) a runner typically gives each kind of run. */
const RPE: Record<RunType, readonly [number, number]> = {
  recovery: [1, 3],
  easy: [2, 4],
  long: [4, 6],
  tempo: [6, 7],
  intervals: [7, 9],
  race: [9, 10],
}
/** Minutes per km relative to the athlete's easy pace (intervals include the jogs between reps). */
const PACE_OFFSET: Record<RunType, number> = {
  recovery: 0.4,
  easy: 0,
  long: 0.12,
  tempo: -0.75,
  intervals: -0.6,
  race: -0.95,
}
const SURFACE_PACE: Partial<Record<Surface, number>> = { trail: 0.6, grass: 0.25, mixed: 0.2 }
const CADENCE_OFFSET: Record<RunType, number> = {
  recovery: -3,
  easy: 0,
  long: -1,
  tempo: 4,
  intervals: 7,
  race: 8,
}
/** Longest session of each kind, so the extra volume of a big week lands mostly on the long run. */
const MAX_MIN: Record<RunType, number> = { recovery: 60, easy: 100, long: 150, tempo: 90, intervals: 90, race: 150 }
/** Share of the week's minutes relative to an easy run; the long run's share is per athlete. */
const WEIGHT: Record<Exclude<RunType, 'long' | 'race'>, number> = {
  recovery: 0.6,
  easy: 1,
  tempo: 0.85,
  intervals: 0.8,
}

/** Seasonal temperature for a temperate northern-hemisphere club: coldest mid-January. */
function temperature(rng: Rng, day: number, startMin: number): number {
  const season = 10 - 9.5 * Math.cos((2 * Math.PI * (dayOfYear(day) - 20)) / 365.25)
  const timeOfDay = startMin < 9 * 60 ? -3 : startMin < 16 * 60 ? 2 : 0.5
  return round(season + timeOfDay + rng.normal(0, 3), 1)
}

function typesForWeek(rng: Rng, profile: Profile, week: Week, weekIndex: number, days: number[]): RunType[] {
  const quality =
    profile.experience === 'new' ? (rng.chance(0.4) ? 'tempo' : 'easy') : weekIndex % 2 ? 'tempo' : 'intervals'
  const dayAfterLong = (profile.longDay + 1) % 7
  return days.map((d, i): RunType => {
    if (d === profile.longDay) return week.race ? 'race' : 'long'
    if (d === dayAfterLong && rng.chance(0.7)) return 'recovery'
    if (i === 1) return quality
    if (i === 3 && profile.runDays >= 5 && profile.experience === 'experienced' && rng.chance(0.5)) return 'tempo'
    return 'easy'
  })
}

function surfaceFor(rng: Rng, profile: Profile, type: RunType, temp: number): Surface {
  const trail = profile.group === 'Trail'
  if (type === 'race') return trail ? 'trail' : 'road'
  if (type === 'intervals' && !trail && rng.chance(0.5)) return 'track'
  if (type === 'long' && trail && rng.chance(0.65)) return 'trail'
  if (temp < 0 && !trail && rng.chance(0.25)) return 'treadmill'
  return rng.weighted(profile.surfaces)
}

/** The week's runs: the habitual days minus random skips, plus the odd extra easy run. */
function sessionsOf(rng: Rng, profile: Profile, week: Week, types: RunType[], endDay: number) {
  const kept = profile.weekdays
    .map((d, i) => ({ d, type: types[i] ?? 'easy' }))
    .filter(({ d }) => {
      // No random skips in the last two weeks, so every runner has recent runs.
      if (endDay - (week.start + d) < 14) return true
      return (week.spike && d === profile.longDay) || !rng.chance(0.07)
    })
  if (rng.chance(0.05)) {
    const free = [0, 1, 2, 3, 4, 5, 6].filter((d) => !profile.weekdays.includes(d))
    if (free.length > 0) kept.push({ d: rng.pick(free), type: 'easy' })
  }
  return kept.sort((a, b) => a.d - b.d)
}

export function generateRuns(
  rng: Rng,
  profile: Profile,
  weeks: Week[],
  episodes: readonly Episode[],
  firstDay: number,
  endDay: number,
): { runs: SeedRun[]; shoes: SeedShoe[] } {
  const rack = createShoeRack(rng.fork(1), profile)
  const runs: SeedRun[] = []

  weeks.forEach((week, weekIndex) => {
    if (week.factor === 0) return
    const types = typesForWeek(rng, profile, week, weekIndex, profile.weekdays)
    const weekMinutes = profile.baseWeeklyKm * week.factor * profile.easyPace
    const weightOf = (t: RunType) => (t === 'long' || t === 'race' ? profile.longShare : WEIGHT[t])
    // Shares are of the planned week, so a skipped run is volume lost, not piled onto the other days.
    const totalWeight = types.reduce((sum, t) => sum + weightOf(t), 0)

    for (const session of sessionsOf(rng, profile, week, types, endDay)) {
      const { d } = session
      const day = week.start + d
      if (day < firstDay || day > endDay) continue
      const painFactor = painTrainingFactor(episodes, day)
      let type = session.type
      // A sore back usually means the hard session is swapped for an easy one.
      if (painFactor < 0.8 && (type === 'tempo' || type === 'intervals') && rng.chance(0.5)) type = 'easy'

      const weekend = d >= 5
      const startMin =
        type === 'race'
          ? rng.int(96, 120) * 5
          : weekend
            ? rng.int(90, 114) * 5
            : clamp(profile.weekdayStart + rng.int(-3, 3) * 5, 0, 23 * 60)
      const temp = temperature(rng, day, startMin)
      const surface = surfaceFor(rng, profile, type, temp)
      const hot = temp >= 25
      const pace = clamp(
        profile.easyPace + PACE_OFFSET[type] + (SURFACE_PACE[surface] ?? 0) + (hot ? 0.15 : 0) + rng.normal(0, 0.08),
        4,
        7,
      )

      let minutes: number
      if (type === 'race') {
        const raceKm = {
          'Road 10k': rng.pick([5, 10, 10]),
          'Marathon block': rng.pick([10, 21.1, 21.1]),
          Trail: rng.int(15, 25),
        }[profile.group]
        minutes = raceKm * pace
      } else {
        minutes = (weekMinutes * weightOf(type)) / totalWeight
        minutes *= rng.normal(1, 0.07) * painFactor * (type === 'long' ? week.longBoost : 1)
      }
      const durationMin = Math.round(clamp(minutes, 20, MAX_MIN[type]))
      const distanceM = round((durationMin / pace) * 100) * 10
      const [rpeLow, rpeHigh] = RPE[type]
      const rpe = Math.min(rpeHigh, rng.int(rpeLow, rpeHigh) + (hot && rng.chance(0.4) ? 1 : 0))
      const flat = surface === 'track' || surface === 'treadmill'
      const climbPerKm = profile.hilliness * (surface === 'trail' ? 1.3 : surface === 'grass' ? 0.5 : 1)
      const cadence = profile.cadence + CADENCE_OFFSET[type] + (surface === 'trail' ? -3 : 0) + rng.normal(0, 1.5)
      const noteChance = type === 'tempo' || type === 'intervals' || type === 'race' ? 0.35 : 0.05
      const date = fromDay(day)

      runs.push({
        key: runs.length,
        shoe: rack.wear(date, type, surface, distanceM),
        fields: {
          date,
          startTime: clock(startMin),
          durationMin,
          distanceM,
          rpe,
          type,
          surface,
          cadenceSpm: Math.round(clamp(cadence, 150, 195)),
          elevationGainM: flat ? 0 : Math.round((distanceM / 1000) * climbPerKm * rng.uniform(0.6, 1.4)),
          // Treadmill runs are indoors; a few outdoor runs have no reading from the watch.
          temperatureC: surface === 'treadmill' || rng.chance(0.04) ? null : temp,
          notes: rng.chance(noteChance) ? rng.pick(RUN_NOTES[type]) : '',
        },
      })
    }
  })
  return { runs, shoes: rack.shoes }
}
