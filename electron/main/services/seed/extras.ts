// Assessments (1-3 per athlete) and the strength / mobility sessions runners log for adherence.
import type { Tightness } from '#shared/enums'
import { MOBILITY_EXERCISES, STRENGTH_EXERCISES } from './catalog'
import { fromDay, weekday } from './dates'
import type { Episode } from './episodes'
import type { Profile } from './profile'
import { clamp, type Rng } from './random'
import type { SeedAssessment, SeedSession } from './types'

const ASSESSMENT_NOTES = [
  '',
  '',
  'Straight-leg raise tested lying down.',
  'Toe-touch: fingertips reach mid-shin.',
  'Good control in the glute bridge.',
  'Lower back sags in the plank after about 30 s.',
] as const

/** Daily stretching sometimes frees a tight side by the next test. */
const loosen = (rng: Rng, side: Tightness, stretching: boolean): Tightness =>
  side === 'tight' && stretching && rng.chance(0.35) ? 'normal' : side

function assessmentDays(rng: Rng, episodes: readonly Episode[], firstDay: number, endDay: number): number[] {
  const span = endDay - firstDay + 1
  const count = rng.int(1, 3)
  const days = [firstDay + rng.int(0, Math.min(20, span - 1))]
  for (let k = 1; k < count; k++) days.push(firstDay + Math.floor((span * k) / count) + rng.int(0, 14))
  // Coaches usually re-test soon after a runner reports back pain.
  const firstPain = episodes.find((e) => e.start >= firstDay && e.start <= endDay - 10)
  if (firstPain && count > 1) days[1] = firstPain.start + rng.int(2, 10)
  return [...new Set(days.map((d) => Math.min(d, endDay)))].sort((a, b) => a - b)
}

export function generateAssessments(
  rng: Rng,
  profile: Profile,
  episodes: readonly Episode[],
  firstDay: number,
  endDay: number,
): SeedAssessment[] {
  const stretching = profile.strengthPerWeek > 0 || profile.strengthAfterPain
  let hamstrings = profile.hamstrings
  let hipFlexors = profile.hipFlexors
  let plank = profile.plankSec

  return assessmentDays(rng, episodes, firstDay, endDay).map((day, k) => {
    if (k > 0) {
      hamstrings = { left: loosen(rng, hamstrings.left, stretching), right: loosen(rng, hamstrings.right, stretching) }
      hipFlexors = { left: loosen(rng, hipFlexors.left, stretching), right: loosen(rng, hipFlexors.right, stretching) }
      plank = clamp(Math.round(plank * (stretching ? rng.uniform(1.05, 1.3) : rng.uniform(0.9, 1.1))), 20, 120)
    }
    const sidePlank = plank * rng.uniform(0.45, 0.75)
    const testedHips = rng.chance(0.8)
    const testedSides = rng.chance(0.85)
    return {
      date: fromDay(day),
      hamstringLeft: hamstrings.left,
      hamstringRight: hamstrings.right,
      hipFlexorLeft: testedHips ? hipFlexors.left : null,
      hipFlexorRight: testedHips ? hipFlexors.right : null,
      plankSec: plank,
      sidePlankLeftSec: testedSides ? Math.round(sidePlank) : null,
      sidePlankRightSec: testedSides ? Math.round(sidePlank * rng.uniform(0.8, 1.15)) : null,
      wallGap: profile.wallGap,
      footType: profile.footType,
      cadenceSpm: rng.chance(0.8) ? Math.round(profile.cadence + rng.normal(0, 1.5)) : null,
      notes: rng.pick(ASSESSMENT_NOTES),
    }
  })
}

export function generateSessions(
  rng: Rng,
  profile: Profile,
  episodes: readonly Episode[],
  firstDay: number,
  endDay: number,
): SeedSession[] {
  const firstPain = episodes.find((e) => e.start <= endDay)
  if (profile.strengthPerWeek === 0 && !(profile.strengthAfterPain && firstPain)) return []
  const perWeek = profile.strengthPerWeek || 2
  const from =
    profile.strengthPerWeek > 0 ? firstDay : Math.max(firstDay, (firstPain?.start ?? firstDay) + rng.int(3, 10))
  const sessions: SeedSession[] = []

  for (let monday = from - weekday(from); monday <= endDay; monday += 7) {
    // Adherence wobbles: most weeks as planned, some a session short, the odd week one extra.
    const planned =
      perWeek +
      rng.weighted([
        [-1, 2],
        [0, 5],
        [1, 1],
      ])
    const count = rng.chance(0.08) ? 0 : clamp(planned, 0, 3)
    const days = rng
      .shuffle([0, 1, 2, 3, 4, 5, 6])
      .slice(0, count)
      .map((d) => monday + d)
      .filter((d) => d >= from && d <= endDay)
      .sort((a, b) => a - b)
    for (const day of days) {
      const mobility = rng.chance(0.25)
      const library = mobility ? MOBILITY_EXERCISES : STRENGTH_EXERCISES
      sessions.push({
        date: fromDay(day),
        kind: mobility ? 'mobility' : 'strength',
        completedExercises: rng.shuffle(library).slice(0, rng.int(3, 6)),
        notes: rng.chance(0.05) ? 'Done 4-5 hours after the run' : '',
      })
    }
  }
  return sessions
}
