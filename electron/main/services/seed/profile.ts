// Who each invented runner is: the habits that every generated record of theirs follows.
import type { AthleteFields } from '#shared/schemas/athlete'
import type { Experience, FootType, Surface, Tightness, WallGap } from '#shared/enums'
import { ATHLETE_NOTES, FIRST_NAMES, GOALS, INITIALS, NEW_RUNNER_GOALS } from './catalog'
import { clamp, round, type Rng } from './random'

export type MainGroup = keyof typeof GOALS

/** Club-level roles, handed out so even a small demo club shows each case the coach screens handle. */
export type PainRole = 'none' | 'red_flag' | 'below_knee' | 'onset_pattern' | 'ordinary'

export interface Profile {
  fields: AthleteFields
  group: MainGroup
  experience: Experience
  runDays: number
  /** the weekdays (0 = Monday) the athlete usually runs, in week order */
  weekdays: number[]
  longDay: number
  baseWeeklyKm: number
  /** easy pace in minutes per km */
  easyPace: number
  longShare: number
  cadence: number
  surfaces: readonly (readonly [Surface, number])[]
  /** metres of climb per km on a typical route */
  hilliness: number
  /** minutes after midnight of a weekday run */
  weekdayStart: number
  shoeSlots: number
  replaceThresholdM: number
  /** build phases with a sudden jump in weekly volume */
  builds: boolean
  strengthPerWeek: number
  /** starts strength work only once back pain has appeared (a coach's usual response) */
  strengthAfterPain: boolean
  painRole: PainRole
  hamstrings: { left: Tightness; right: Tightness }
  hipFlexors: { left: Tightness; right: Tightness }
  plankSec: number
  wallGap: WallGap
  footType: FootType
}

// Run-day templates with the long run on Sunday (6); a Saturday long run swaps 5 and 6.
const WEEKDAYS: Record<number, number[]> = { 3: [1, 3, 6], 4: [1, 2, 4, 6], 5: [0, 1, 3, 4, 6], 6: [0, 1, 2, 3, 5, 6] }

const ROAD_SURFACES = [
  ['road', 55],
  ['concrete', 20],
  ['treadmill', 6],
  ['mixed', 8],
  ['grass', 6],
  ['trail', 5],
] as const
const TRAIL_SURFACES = [
  ['trail', 48],
  ['grass', 14],
  ['mixed', 16],
  ['road', 20],
  ['concrete', 2],
] as const

function sides(rng: Rng, tightShare: number): { left: Tightness; right: Tightness } {
  if (!rng.chance(tightShare)) return { left: 'normal', right: 'normal' }
  return rng.weighted([
    [{ left: 'tight', right: 'tight' }, 2],
    [{ left: 'tight', right: 'normal' }, 1],
    [{ left: 'normal', right: 'tight' }, 1],
  ] as const)
}

function nameFor(index: number, firstNames: readonly (readonly [string, AthleteFields['sex']])[]) {
  const entry = firstNames[index % firstNames.length] ?? FIRST_NAMES[0]
  // Stepping the initial with the first name's position keeps names unique for 40 x 23 athletes.
  const initial = INITIALS[(Math.floor(index / firstNames.length) + 3 * (index % firstNames.length)) % INITIALS.length]
  return { name: `${entry?.[0] ?? 'Runner'} ${initial ?? 'A'}.`, sex: entry?.[1] ?? null }
}

export function createProfile(
  rng: Rng,
  index: number,
  firstNames: readonly (readonly [string, AthleteFields['sex']])[],
  endYear: number,
  painRole: PainRole,
): Profile {
  const group = rng.weighted<MainGroup>([
    ['Road 10k', 4],
    ['Marathon block', 3],
    ['Trail', 3],
  ])
  const experience = rng.weighted<Experience>([
    ['experienced', 6],
    ['returning', 2],
    ['new', 2],
  ])
  const named = nameFor(index, firstNames)
  const sex =
    named.sex ??
    rng.weighted<AthleteFields['sex']>([
      ['other', 1],
      [null, 2],
    ])
  // Athletes with back pain stay within 22-54 so the age-based red flag never fires by accident.
  const age = painRole === 'none' ? rng.int(19, 62) : rng.int(22, 54)
  const runDays =
    experience === 'new'
      ? rng.int(3, 4)
      : rng.weighted([
          [3, 2],
          [4, 4],
          [5, 3],
          [6, group === 'Marathon block' ? 2 : 1],
        ])
  const longDay = rng.chance(0.7) ? 6 : 5
  const weekdays = (WEEKDAYS[runDays] ?? [1, 3, 6]).map((d) => (longDay === 5 && d >= 5 ? 11 - d : d))
  weekdays.sort((a, b) => a - b)

  const kmPerRun = { new: 5.5, returning: 7, experienced: 9.5 }[experience] * (group === 'Marathon block' ? 1.25 : 1)
  const baseWeeklyKm = round(runDays * kmPerRun * rng.uniform(0.8, 1.25), 1)
  const easyPace = clamp(rng.normal({ new: 6.3, returning: 5.9, experienced: 5.3 }[experience], 0.3), 4.7, 6.7)
  const groups: string[] = [group]
  if (group === 'Trail' && rng.chance(0.2)) groups.push('Marathon block')
  if (group === 'Road 10k' && rng.chance(0.15)) groups.push('Trail')

  const strengthShare = painRole === 'none' ? 0.45 : 0.55
  const doesStrength = rng.chance(strengthShare)
  const hamstrings = sides(rng, painRole === 'none' ? 0.3 : 0.6)

  return {
    fields: {
      name: named.name,
      birthYear: endYear - age,
      sex,
      experience,
      runDaysPerWeek: runDays,
      goal: rng.pick(experience === 'new' ? NEW_RUNNER_GOALS[group] : GOALS[group]),
      notes: rng.pick(ATHLETE_NOTES),
      groups,
    },
    group,
    experience,
    runDays,
    weekdays,
    longDay,
    baseWeeklyKm,
    easyPace,
    longShare: rng.uniform(1.6, 2.1),
    cadence: clamp(rng.normal(171, 6), 158, 186),
    surfaces: group === 'Trail' ? TRAIL_SURFACES : ROAD_SURFACES,
    hilliness: group === 'Trail' ? rng.uniform(15, 32) : rng.uniform(3, 10),
    weekdayStart: rng.weighted([
      [rng.int(72, 90) * 5, 5],
      [rng.int(144, 150) * 5, 1],
      [rng.int(210, 234) * 5, 4],
    ]),
    shoeSlots: rng.weighted([
      [1, 3],
      [2, 4],
      [3, 2],
    ]),
    replaceThresholdM: rng.chance(0.8) ? 800_000 : rng.pick([600_000, 700_000]),
    // Pain often follows a load spike, so runners with back pain more often have build phases.
    builds: rng.chance(painRole !== 'none' || group === 'Marathon block' ? 0.7 : 0.35),
    strengthPerWeek: doesStrength ? rng.int(1, 3) : 0,
    strengthAfterPain: !doesStrength && painRole !== 'none' && rng.chance(0.5),
    painRole,
    hamstrings,
    hipFlexors: sides(rng, 0.3),
    plankSec: Math.round(clamp(rng.normal(experience === 'new' ? 45 : 70, 22), 20, 120)),
    wallGap: rng.weighted<WallGap>([
      ['none', 5],
      ['one_hand', 3],
      ['more_than_hand', painRole === 'none' ? 1 : 2],
    ]),
    footType: rng.weighted<FootType>([
      ['neutral', 6],
      ['overpronation', 3],
      ['supination', 1],
    ]),
  }
}
