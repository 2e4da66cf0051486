// Types of the training-load analytics, shared by main (which computes them) and the renderer (which
// draws them). The arithmetic and its conventions live in electron/main/services/analytics.
import type { Alert } from './guidance'

/**
 * Why a day has no ratio: 'building_history' until the athlete has 28 days of history, and for the first
 * 27 days after a break of 28 days or more without runs (both ratios); 'no_chronic_load' when the chronic
 * EWMA is 0 (the EWMA ratio).
 */
export type AcwrReason = 'building_history' | 'no_chronic_load'

export interface DayMetrics {
  /** 7-day EWMA of load (λ = 2/8) */
  acuteEwma: number
  /** 28-day EWMA of load (λ = 2/29) */
  chronicEwma: number
  /** acute / chronic EWMA; null while building history or when chronic is 0 (see acwrReason) */
  acwrEwma: number | null
  /** 7-day mean / 28-day mean (coupled); null while building history or when the 28-day mean is 0 */
  acwrRolling: number | null
  /** why acwrEwma is null; null when it is a number */
  acwrReason: AcwrReason | null
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
  /**
   * week-over-week change in %, null when the previous week is 0, absent or the athlete's first week. For
   * the week of `through` (unfinished) the week so far is compared with the same weekdays of the week
   * before (see sameDaysThrough).
   */
  distanceChangePct: number | null
  durationChangePct: number | null
  loadChangePct: number | null
  /** distance change on the week two weeks before, in %, null when that week is 0, absent or the first week */
  twoWeekDistanceChangePct: number | null
  /** rapid progression of weekly distance (full weeks before as the base, never the athlete's first week) */
  progression: ProgressionLevel | null
  /**
   * For the unfinished week of `through` (Monday to Saturday): that last day, as the changes compare the
   * week so far with the same weekdays of the week before. null for a finished week.
   */
  sameDaysThrough: string | null
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
  /** EWMA ACWR on `through`; null without history, while building history or when chronic load is 0 */
  acwr: number | null
  /** why acwr is null ('building_history', 'no_chronic_load'); null when it is a number or there are no runs */
  acwrReason: AcwrReason | null
  /** chronic (28-day EWMA) load on `through`, shown next to the ratio; null without runs */
  chronicLoad: number | null
  /** monotony of the 7 days ending on `through`; null without history */
  monotony: number | null
  /**
   * distance of the current week so far against the same weekdays of the week before, in %; null when
   * those days hold no distance or the week before is the athlete's first week
   */
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
