// Types of the training-load analytics, shared by main (which computes them) and the renderer (which
// draws them). The arithmetic and its conventions live in electron/main/services/analytics.
import type { Alert } from './guidance'

export interface DayMetrics {
  /** 7-day EWMA of load (λ = 2/8) */
  acuteEwma: number
  /** 28-day EWMA of load (λ = 2/29) */
  chronicEwma: number
  /** acute / chronic EWMA; null when chronic is 0 */
  acwrEwma: number | null
  /** 7-day mean / 28-day mean (coupled); null before 28 days of history or when the 28-day mean is 0 */
  acwrRolling: number | null
  /** 7-day mean / population SD, capped at 10 (SD 0 gives 10) */
  monotony: number
  /** 7-day load sum × monotony */
  strain: number
  /** 42-day impulse-response (chronic) */
  fitness: number
  /** 7-day impulse-response (acute) */
  fatigue: number
  /** yesterday's fitness − yesterday's fatigue; 0 on the first day */
  form: number
}

export type SpikeMeasure = 'distance' | 'duration'

export interface RunSpike {
  runId: number
  date: string
  measure: SpikeMeasure
  /** metres when measure is 'distance', minutes when 'duration' */
  value: number
  /** longest run of the same measure in the previous 30 days */
  previousLongest: number
  previousLongestRunId: number
  previousLongestDate: string
  /** value / previousLongest, above 1.1 */
  ratio: number
}

export type ProgressionLevel = 'info' | 'caution'

export interface WeekVolume {
  /** Monday of the ISO week, 'YYYY-MM-DD' */
  weekStart: string
  /** ISO week label such as '2026-W14' */
  isoWeek: string
  runCount: number
  distanceM: number
  durationMin: number
  /** sum of session loads; runs without RPE add 0 */
  load: number
  /** week-over-week change in %, null when the previous week is 0 or absent */
  distanceChangePct: number | null
  durationChangePct: number | null
  loadChangePct: number | null
  /** distance change on the week two weeks before, in %, null when that week is 0 or absent */
  twoWeekDistanceChangePct: number | null
  progression: ProgressionLevel | null
}

/** One calendar day of an athlete's history: the day's totals and the load metrics on that day. */
export interface LoadDay extends DayMetrics {
  date: string
  distanceM: number
  durationMin: number
  load: number
  runCount: number
}

export interface WeekSummary extends WeekVolume {
  /** worst pain score reported that week, null when none was reported */
  worstPain: number | null
  /** mean of the week's pain reports, null when none was reported */
  meanPain: number | null
  painReports: number
}

export interface AthleteLoad {
  athleteId: number
  /** first day of history (the first run), null when the athlete has no run yet */
  from: string | null
  through: string
  days: LoadDay[]
  weeks: WeekSummary[]
  spikes: RunSpike[]
}

/** What the team overview shows for one active athlete on `through`. */
export interface TeamRow {
  athleteId: number
  name: string
  groups: string[]
  /** session load per ISO week, oldest first, ending with the week of `through` (TeamOverview.weekStarts) */
  loadWeeks: number[]
  /** worst pain per ISO week, null for a week without reports; same weeks as loadWeeks */
  painWeeks: (number | null)[]
  /** EWMA ACWR on `through`; null without history or when chronic load is 0 */
  acwr: number | null
  /** monotony of the 7 days ending on `through`; null without history */
  monotony: number | null
  /** distance of the current week against the previous one, in %; null when the previous week is 0 */
  weekChangePct: number | null
  latestPain: { score: number; date: string } | null
  /** the athlete's most urgent current alert (their status badge), null when there is none */
  flag: Alert | null
}

export interface TeamOverview {
  through: string
  /** Mondays of the weeks in loadWeeks / painWeeks */
  weekStarts: string[]
  rows: TeamRow[]
}
