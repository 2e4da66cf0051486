// Pure generation of a whole invented club: no database, no clock, no Math.random. The same options
// always give the same club, which the demo, the tests and the benchmark rely on.
import { FIRST_NAMES } from './catalog'
import { fromDay, toDay, yearOf } from './dates'
import { planEpisodes } from './episodes'
import { generateAssessments, generateSessions } from './extras'
import { generatePain } from './pain'
import { planWeeks } from './plan'
import { createProfile, type PainRole } from './profile'
import { createRng } from './random'
import { generateRuns } from './runs'
import type { ClubOptions, SeedAthlete, SeedClub } from './types'

export type { ClubOptions, SeedAthlete, SeedClub, SeedPain, SeedRun } from './types'

/**
 * About half the club has back pain. The first three of them are given the cases every coach screen
 * should be able to show: the one urgent red flag, pain spreading below the knee, and pain that starts
 * at a similar minute of each run.
 */
function painRoles(count: number, shuffled: number[]): PainRole[] {
  const roles: PainRole[] = Array.from({ length: count }, () => 'none')
  const special: PainRole[] = ['red_flag', 'below_knee', 'onset_pattern']
  shuffled.slice(0, Math.round(count / 2)).forEach((index, k) => {
    roles[index] = special[k] ?? 'ordinary'
  })
  return roles
}

function checkOptions(options: ClubOptions) {
  const { athletes, days, seed } = options
  if (!Number.isInteger(athletes) || athletes < 0) throw new Error('athletes must be a whole number, 0 or more')
  if (!Number.isInteger(days) || days < 1) throw new Error('days must be a whole number, 1 or more')
  if (!Number.isFinite(seed)) throw new Error('seed must be a number')
  toDay(options.endDate)
}

export function generateClub(options: ClubOptions): SeedClub {
  checkOptions(options)
  const endDay = toDay(options.endDate)
  const firstDay = endDay - options.days + 1
  const club = createRng(options.seed)
  const firstNames = club.shuffle(FIRST_NAMES)
  const roles = painRoles(options.athletes, club.shuffle(Array.from({ length: options.athletes }, (_, i) => i)))

  const athletes = roles.map((role, index): SeedAthlete => {
    // Each athlete, and each part of an athlete, has its own random stream, so a change to how runs
    // are made does not reshuffle names, assessments or anyone else's data.
    const own = club.fork(1000 + index)
    const profile = createProfile(own.fork(1), index, firstNames, yearOf(endDay), role)
    const weeks = planWeeks(own.fork(2), profile, firstDay, endDay)
    const episodes = planEpisodes(own.fork(3), profile, weeks, firstDay, endDay)
    const { runs, shoes } = generateRuns(own.fork(4), profile, weeks, episodes, firstDay, endDay)
    return {
      fields: profile.fields,
      shoes,
      runs,
      pain: generatePain(own.fork(5), profile, episodes, runs, firstDay, endDay),
      assessments: generateAssessments(own.fork(6), profile, episodes, firstDay, endDay),
      sessions: generateSessions(own.fork(7), profile, episodes, firstDay, endDay),
    }
  })
  return { firstDate: fromDay(firstDay), endDate: options.endDate, athletes }
}
