// Back-pain episodes: stretches of 1-10 weeks in which the runner reports pain. Planned before the runs
// so training can ease off while the back hurts, and placed mostly just after a load spike.
import type { EasedByStretching, PainCharacter, PainLocation } from '#shared/enums'
import type { Profile } from './profile'
import type { Week } from './plan'
import { type Rng } from './random'

export interface Episode {
  start: number
  /** planned last day; beyond the end of the history when the pain is still going on */
  end: number
  /** worst score of the episode, 1-7 */
  peak: number
  location: PainLocation
  character: PainCharacter
  eased: EasedByStretching
  /** the minute pain usually starts during a run, for runners with that pattern */
  onset: number | null
}

const LENGTH_WEEKS = [
  [1, 3],
  [2, 4],
  [3, 4],
  [4, 3],
  [5, 2],
  [6, 2],
  [7, 1],
  [8, 1],
  [9, 1],
  [10, 1],
] as const

const LOCATIONS = [
  ['central', 38],
  ['left', 18],
  ['right', 18],
  ['both', 10],
  ['buttock', 8],
  ['thigh', 4],
] as const

function describe(rng: Rng, profile: Profile, start: number, end: number, belowKnee: boolean): Episode {
  const pattern = profile.painRole === 'onset_pattern' || (profile.painRole === 'ordinary' && rng.chance(0.2))
  return {
    start,
    end,
    peak: profile.painRole === 'red_flag' ? rng.int(6, 7) : rng.int(belowKnee ? 4 : 3, 7),
    location: belowKnee ? 'below_knee' : rng.weighted(LOCATIONS),
    character: belowKnee
      ? rng.pick(['burning', 'sharp'] as const)
      : rng.weighted([
          ['ache', 45],
          ['stiffness', 30],
          ['sharp', 10],
          ['spasm', 8],
          ['burning', 7],
        ] as const),
    eased: rng.weighted([
      ['yes', 55],
      ['no', 30],
      ['not_tried', 15],
    ] as const),
    onset: pattern ? rng.int(22, 38) : null,
  }
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start <= b.end + 14 && b.start <= a.end + 14

export function planEpisodes(rng: Rng, profile: Profile, weeks: Week[], firstDay: number, endDay: number): Episode[] {
  if (profile.painRole === 'none') return []
  const days = endDay - firstDay + 1
  const count = 1 + Math.floor((days / 365) * rng.uniform(0.5, 1.5))
  // Pain tends to appear a few days to two weeks after the week in which load jumped.
  const afterSpike = rng.shuffle(weeks.filter((w) => w.spike).map((w) => w.start + rng.int(4, 16)))
  const placed: { start: number; end: number }[] = []

  // Red-flag runners, and about half the others, are still in an episode today.
  const ongoing = profile.painRole === 'red_flag' || rng.chance(0.45)
  if (ongoing) {
    const recentSpike = afterSpike.find((d) => d >= endDay - 50 && d <= endDay - 7)
    const start = recentSpike ?? endDay - rng.int(8, 35)
    placed.push({ start, end: Math.max(start + 7 * rng.weighted(LENGTH_WEEKS) - 1, endDay + rng.int(3, 20)) })
  }
  for (let i = placed.length; i < count; i++) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const fromSpike = afterSpike.length > 0 && rng.chance(0.75)
      const start = fromSpike ? (afterSpike.pop() ?? firstDay) : rng.int(firstDay, endDay - 14)
      const candidate = { start, end: start + 7 * rng.weighted(LENGTH_WEEKS) - rng.int(1, 4) }
      if (candidate.start >= firstDay && !placed.some((p) => overlaps(p, candidate))) {
        placed.push(candidate)
        break
      }
    }
  }
  placed.sort((a, b) => a.start - b.start)
  // The sciatica-like case (pain below the knee) is the latest episode, so it is the one on screen.
  const belowKneeAt = profile.painRole === 'below_knee' ? placed.length - 1 : -1
  return placed.map((p, i) => describe(rng, profile, p.start, p.end, i === belowKneeAt || rng.chance(0.03)))
}

/** Where in its arc an episode is on a day: rises to its worst in the first quarter, then eases. */
export function arc(episode: Episode, day: number): number {
  const t = (day - episode.start) / Math.max(1, episode.end - episode.start)
  return t < 0.25 ? 0.55 + (0.45 * t) / 0.25 : 1 - (0.6 * (t - 0.25)) / 0.75
}

export function episodeOn(episodes: readonly Episode[], day: number): Episode | undefined {
  return episodes.find((e) => day >= e.start && day <= e.end)
}

/** Runners train a bit less while their back hurts, from a few days into an episode. */
export function painTrainingFactor(episodes: readonly Episode[], day: number): number {
  const episode = episodeOn(episodes, day)
  if (!episode || day < episode.start + 3) return 1
  return episode.peak >= 6 ? 0.7 : 0.82
}
