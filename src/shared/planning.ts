// The training calendar: planned sessions, the warnings the plan rules raise on them, the load forecast
// and compliance (done against planned). Shared with the renderer, so plain TypeScript only. The rules
// and the arithmetic live in electron/main/services/planning.
import type { AthleteLoad } from './analytics'
import type { Source } from './sources'
import type { SheetSafety } from './programs'
import type { PlanUpdate } from './schemas/plan'

export interface PlannedSession extends Omit<PlanUpdate, 'id'> {
  id: number
  /** stable global id, for replication */
  uuid: string
  athleteId: number
  /** duration × planned RPE, as a run's session load; null when either is missing */
  load: number | null
  updatedAt: string
}

export const PLAN_RULE_IDS = [
  'plan_spike',
  'plan_progression',
  'plan_onset_cap',
  'plan_run_frequency',
  'plan_strength_count',
  'plan_strength_before_run',
  'plan_hard_surfaces',
] as const
export type PlanRuleId = (typeof PLAN_RULE_IDS)[number]

export const PLAN_RULE_LABEL: Record<PlanRuleId, string> = {
  plan_spike: 'Planned run longer than 110 % of the longest recent run',
  plan_progression: 'Planned week more than 30 % above two weeks before',
  plan_onset_cap: 'Planned run longer than the pain-onset cap',
  plan_run_frequency: 'More than 4 run days planned while in pain',
  plan_strength_count: 'Fewer than 2 strength sessions planned in a program week',
  plan_strength_before_run: 'Strength planned in the 4 hours before a run',
  plan_hard_surfaces: 'Planned runs mostly on hard surfaces while in pain',
}

/** A one-click change to a planned session that clears the warning. */
/** A one-click fix: change a planned session, or add one (a strength session a program week lacks). */
export type PlanFix = PlanChangeFix | PlanAddFix

export interface PlanChangeFix {
  label: string
  /** the session to change */
  sessionId: number
  /** fields to set on it (the rest stay as they are) */
  patch: Partial<Pick<PlannedSession, 'durationMin' | 'distanceM' | 'time' | 'surface' | 'kind'>>
}

export interface PlanAddFix {
  label: string
  /** the session to plan, as plans.create takes it (for the warning's athlete) */
  add: Pick<PlannedSession, 'date' | 'time' | 'kind' | 'durationMin' | 'programId' | 'notes'>
}

export interface PlanWarning {
  /** stable key: rule, athlete, and the session or week it is about */
  key: string
  ruleId: PlanRuleId
  level: 'caution' | 'info'
  /** the planned session the warning sits on; null for a week-level warning */
  sessionId: number | null
  /** Monday of the ISO week it concerns */
  weekStart: string
  title: string
  /** the numbers that made the rule fire, in the coach's units */
  numbers: string[]
  /** the rule in one sentence */
  trigger: string
  advice: string
  sources: Source[]
  fix: PlanFix | null
}

/** Actual history plus the plan: the same AthleteLoad as analytics.athlete, computed over both. */
export interface PlanForecast extends AthleteLoad {
  /** the day the plan starts counting; days after it (and `today` when no run is logged) are planned */
  today: string
  /** first day whose figures include planned sessions, or null when nothing is planned ahead */
  plannedFrom: string | null
}

export type ComplianceStatus = 'done' | 'off' | 'missed' | 'upcoming'

export interface SessionCompliance {
  sessionId: number
  date: string
  status: ComplianceStatus
  /** the run matched to it (same day, else the nearest within a day) */
  runId: number | null
  /** 'distance' when both planned and done have one, else 'duration' */
  measure: 'distance' | 'duration' | null
  /** done ÷ planned of that measure */
  ratio: number | null
  /** the day the matched run or strength/mobility session was done */
  doneOn: string | null
  /** a strength or mobility session: logged by the coach or ticked on the program sheet */
  via: 'logged' | 'ticked' | null
}

export interface WeekCompliance {
  weekStart: string
  /** planned runs, strength and mobility sessions due by today */
  due: number
  /** of those, done: runs within ±20 %, strength and mobility logged or ticked */
  inBand: number
  /** inBand ÷ due × 100, null when nothing was due */
  pct: number | null
  sessions: SessionCompliance[]
  /** runs done that week that no planned session claimed */
  unplannedRunIds: number[]
}

export interface PlanWeek {
  weekStart: string
  today: string
  sessions: PlannedSession[]
  /** empty while `held` says why (referral first) */
  warnings: PlanWarning[]
  /** while a referral is open and not cleared, the plan checks are held and this line says why */
  held: string | null
  compliance: WeekCompliance
  /** the safety box of the printed week: coach, and the runner's open referrals */
  safety: SheetSafety
}

export interface GroupWeekRow {
  athleteId: number
  name: string
  sessions: PlannedSession[]
  /** runs done that week, per date: count and distance */
  done: { date: string; runs: number; distanceM: number; durationMin: number }[]
  compliance: WeekCompliance
}

export interface GroupWeek {
  weekStart: string
  rows: GroupWeekRow[]
}

export interface IcsResult {
  path: string
  events: number
}

export interface TemplateResult {
  /** athletes whose week was written, with the factor applied to their recent volume */
  applied: { athleteId: number; name: string; sessions: number; scale: number }[]
  /** athletes left out, with why */
  skipped: { athleteId: number; name: string; reason: string }[]
}
