// The objects the renderer sees. camelCase, dates as ISO strings (YYYY-MM-DD), distances in metres.
import type { AssessmentFields } from './schemas/assessment'
import type { AthleteFields } from './schemas/athlete'
import type { PainFields } from './schemas/pain'
import type { RunFields } from './schemas/run'
import type { SessionFields } from './schemas/session'
import type { ShoeFields } from './schemas/shoe'
import type { RunSource, Unit } from './enums'

export interface Athlete extends AthleteFields {
  id: number
  archived: boolean
  createdAt: string
}

export interface AthleteSummary extends Athlete {
  lastRunDate: string | null
  lastRunDistanceM: number | null
  lastPainScore: number | null
  lastPainDate: string | null
}

export interface Group {
  id: number
  name: string
  athleteCount: number
}

export interface Run extends RunFields {
  id: number
  source: RunSource
  sourceFile: string | null
  /** the instant the run started, 'YYYY-MM-DDTHH:MM:SSZ'; null when only its day is known */
  startUtc: string | null
  /** minutes east of UTC of the run's own clock when a file said; null: `date` and `startTime` are on
   * the computer's clock at `startUtc` */
  utcOffsetMin: number | null
  /** duration × session RPE (Foster 2001); null until the RPE is known */
  load: number | null
}

export interface PainReport extends PainFields {
  id: number
}

export interface Assessment extends AssessmentFields {
  id: number
}

export interface Shoe extends ShoeFields {
  id: number
  /** initial distance plus every run logged in this shoe */
  usedDistanceM: number
  runCount: number
}

export interface StrengthSession extends SessionFields {
  id: number
}

export interface CoachProfile {
  /** '' when the coach has not given one: sheets then say "your coach" */
  name: string
  phone: string
}

export interface Settings {
  units: Unit
  coach: CoachProfile
  dataDir: string
  databaseFile: string
}

export interface DemoStatus {
  /** true when the database holds no athlete at all, archived or not */
  empty: boolean
}

export interface DemoSummary {
  athletes: number
  runs: number
  painReports: number
}

export interface Deleted {
  id: number
}
