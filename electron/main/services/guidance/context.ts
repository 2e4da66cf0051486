// What the rules read about one athlete on one day, loaded for one athlete or for the whole active club
// with the same handful of queries (one per table, never one per athlete).
//
// Windows (see thresholds.ts): runs of the last 44 days (the longest look-back of any run rule); strength
// sessions logged or ticked on a program sheet in the last 7 days; the programs active today; every pain report, assessment and episode closure up to today (small tables, and a long episode or an old assessment still counts); only
// the shoes in use today, with their distance summed by SQLite.
import type { Repositories } from '../../db/repositories'
import {
  type GuidanceAthlete,
  type GuidanceProgram,
  type GuidanceRun,
  type GuidanceSession,
  type GuidanceTick,
  type ShoeUsage,
} from '../../db/repositories/guidance'
import { UNITS, type Unit } from '#shared/enums'
import type { EpisodeClosure, PainEpisode, ReferralClearance } from '#shared/guidance'
import type { Assessment, PainReport } from '#shared/types'
import { addDays, toDayNumber } from '../analytics/days'
import { buildEpisodes, openEpisode } from './episodes'
import { T } from './thresholds'
import { windowStart } from './format'

export interface GuidanceContext {
  athlete: GuidanceAthlete
  /** the day the rules are evaluated for, 'YYYY-MM-DD' */
  today: string
  unit: Unit
  /** first day of `runs` */
  runsFrom: string
  /** runs from runsFrom to today, oldest first */
  runs: GuidanceRun[]
  /** every pain report up to today, oldest first */
  pain: PainReport[]
  /** every assessment up to today, oldest first */
  assessments: Assessment[]
  /** strength and mobility sessions logged in the last 7 days, oldest first */
  sessions: GuidanceSession[]
  /** programs with strength work that are active today */
  programs: GuidanceProgram[]
  /** strength sessions ticked on a program sheet in the last 7 days, oldest first */
  strengthTicks: GuidanceTick[]
  /** referral alerts the coach recorded as "seen by a clinician, cleared to train" */
  clearances: ReferralClearance[]
  /** shoes in use today */
  shoes: ShoeUsage[]
  closures: EpisodeClosure[]
  episodes: PainEpisode[]
  /** the episode still going today; "pain present" in the rules means this is not null */
  openEpisode: PainEpisode | null
}

/**
 * First day of the runs the rules need: a spike of the last 14 days is judged against the 30 days before
 * it (today − 43). Every other window is shorter: 28 days, or the week two weeks before the previous ISO
 * week (which starts at least 27 days before today).
 */
export function runsWindowStart(today: string): string {
  return addDays(today, -(T.spikeRecentDays.value - 1 + T.spikeLookbackDays.value))
}

export function unitOf(repos: Repositories): Unit {
  const stored = repos.settings.get('units')
  return (UNITS as readonly string[]).includes(stored ?? '') ? (stored as Unit) : 'km'
}

function load(repos: Repositories, scope: number | null, today: string): Map<number, GuidanceContext> {
  toDayNumber(today) // refuses anything that is not a real calendar date
  const repo = repos.guidance
  const unit = unitOf(repos)
  const runsFrom = runsWindowStart(today)
  const sessionsFrom = windowStart(today, T.strengthWindowDays.value)

  // One read transaction, so every table is seen at the same moment.
  const read = repos.db.transaction(() => ({
    athletes: repo.athletes(scope),
    runs: repo.runs(scope, runsFrom, today),
    pain: repo.pain(scope, today),
    assessments: repo.assessments(scope, today),
    sessions: repo.sessions(scope, sessionsFrom, today),
    programs: repo.activePrograms(scope, today),
    strengthTicks: repo.strengthTicks(scope, sessionsFrom, today),
    clearances: repos.clearances.list(scope),
    shoes: repo.shoesInUse(scope, today),
    closures: repo.closures(scope),
  }))
  const data = read()

  const contexts = new Map<number, GuidanceContext>()
  for (const athlete of data.athletes) {
    const pain = data.pain.get(athlete.id) ?? []
    const closures = data.closures.get(athlete.id) ?? []
    const episodes = buildEpisodes(athlete.id, pain, closures, today)
    contexts.set(athlete.id, {
      athlete,
      today,
      unit,
      runsFrom,
      runs: data.runs.get(athlete.id) ?? [],
      pain,
      assessments: data.assessments.get(athlete.id) ?? [],
      sessions: data.sessions.get(athlete.id) ?? [],
      programs: data.programs.get(athlete.id) ?? [],
      strengthTicks: data.strengthTicks.get(athlete.id) ?? [],
      clearances: data.clearances.get(athlete.id) ?? [],
      shoes: data.shoes.get(athlete.id) ?? [],
      closures,
      episodes,
      openEpisode: openEpisode(episodes),
    })
  }
  return contexts
}

/** One athlete's context (archived athletes included), or undefined when there is no such athlete. */
export function contextFor(repos: Repositories, athleteId: number, today: string): GuidanceContext | undefined {
  return load(repos, athleteId, today).get(athleteId)
}

/** Every active athlete's context, keyed by athlete id, in a fixed number of queries. */
export function contextsForAll(repos: Repositories, today: string): Map<number, GuidanceContext> {
  return load(repos, null, today)
}
