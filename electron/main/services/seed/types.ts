// The plain objects the generator returns. Records point at each other by position in their athlete's
// lists (a run's shoe, a pain report's run) because database ids only exist once the club is written.
import type { AssessmentFields } from '#shared/schemas/assessment'
import type { AthleteFields } from '#shared/schemas/athlete'
import type { PainFields } from '#shared/schemas/pain'
import type { RunFields } from '#shared/schemas/run'
import type { SessionFields } from '#shared/schemas/session'
import type { ShoeFields } from '#shared/schemas/shoe'

export interface ClubOptions {
  athletes: number
  /** calendar days of history, ending at endDate inclusive */
  days: number
  /** 'YYYY-MM-DD' */
  endDate: string
  seed: number
}

export type SeedShoe = Omit<ShoeFields, 'athleteId'>

export interface SeedRun {
  /** stable local key: the run's position in its athlete's runs, which are in date order */
  key: number
  /** index into the athlete's shoes, or null when no shoe was logged */
  shoe: number | null
  fields: Omit<RunFields, 'athleteId' | 'shoeId'>
}

export interface SeedPain {
  /** key of the run the report is about, or null */
  runKey: number | null
  fields: Omit<PainFields, 'athleteId' | 'runId'>
}

export type SeedAssessment = Omit<AssessmentFields, 'athleteId'>
export type SeedSession = Omit<SessionFields, 'athleteId'>

export interface SeedAthlete {
  fields: AthleteFields
  shoes: SeedShoe[]
  runs: SeedRun[]
  pain: SeedPain[]
  assessments: SeedAssessment[]
  sessions: SeedSession[]
}

export interface SeedClub {
  firstDate: string
  endDate: string
  athletes: SeedAthlete[]
}
