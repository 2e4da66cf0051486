import { type Source } from './sources'
// Guidance the coach sees: alerts raised by the rules in electron/main/services/guidance, the pain
// traffic light and pain episodes. Shared with the renderer, so plain TypeScript only.
//
// Every alert names its rule, the records that triggered it and the published source behind it, so the
// screen can always answer "why am I seeing this". The app informs; it never diagnoses.

/** Most urgent first; the first level an athlete has is their status badge. */
export const ALERT_LEVELS = ['refer_today', 'refer', 'red', 'caution', 'amber', 'info'] as const
export type AlertLevel = (typeof ALERT_LEVELS)[number]

export const ALERT_LEVEL_LABEL: Record<AlertLevel, string> = {
  refer_today: 'Refer today',
  refer: 'Refer',
  red: 'Red light',
  caution: 'Caution',
  amber: 'Amber light',
  info: 'Info',
}

export const RULE_IDS = [
  'red_flag_urgent',
  'red_flag',
  'pain_lasting',
  'pain_spreading',
  'pain_not_easing',
  'pain_monitoring',
  'onset_minute',
  'load_spike',
  'monotony',
  'shoes',
  'hard_surfaces',
  'cadence',
  'strength_missing',
  'tight_hamstrings',
  'one_side_tighter',
  'lordosis',
  'run_frequency',
  'hydration',
  'referral_first',
] as const
export type RuleId = (typeof RULE_IDS)[number]

/** The rule's name as the "why am I seeing this" panel shows it. */
export const RULE_LABEL: Record<RuleId, string> = {
  red_flag_urgent: 'Red flag (urgent)',
  red_flag: 'Red flag',
  pain_lasting: 'Pain lasting more than 8 weeks',
  pain_spreading: 'Pain spreading below the knee',
  pain_not_easing: 'Pain not easing with stretching',
  pain_monitoring: 'Pain-monitoring traffic light',
  onset_minute: 'Pain starts at the same point of the run',
  load_spike: 'Load spike',
  monotony: 'Monotonous training week',
  shoes: 'Shoe distance',
  hard_surfaces: 'Mostly hard surfaces',
  cadence: 'Low running cadence',
  strength_missing: 'Strength sessions missing',
  tight_hamstrings: 'Hamstring stretching',
  one_side_tighter: 'One side tighter',
  lordosis: 'Wall test gap',
  run_frequency: 'Many run days while in pain',
  hydration: 'Hot day and muscle spasm',
  referral_first: 'Referral first',
}

/** The levels that send a runner to a clinician; while one is open and not cleared, advice is held. */
export const REFERRAL_LEVELS: readonly AlertLevel[] = ['refer_today', 'refer']

/**
 * Exercise and training advice (stretching, strength, cadence, surfaces, run plans): held while a referral
 * is open and not cleared (domain.md, "Referral first"). Pain, red-flag and shoe alerts are never held.
 */
export const HELD_BY_REFERRAL: readonly RuleId[] = [
  'pain_monitoring',
  'onset_minute',
  'load_spike',
  'monotony',
  'hard_surfaces',
  'cadence',
  'strength_missing',
  'tight_hamstrings',
  'one_side_tighter',
  'lordosis',
  'run_frequency',
]

/** "Seen by a clinician on <date>, cleared to train", recorded against one referral alert. */
export interface ReferralClearance {
  id: number
  /** stable global id, for replication */
  uuid: string
  athleteId: number
  alertKey: string
  seenOn: string
  /** who saw the runner, as the coach wrote it; may be empty */
  clinician: string
  note: string
  createdAt: string
  updatedAt: string
}

/** A record that made a rule fire, as the coach would recognise it. */
export interface Evidence {
  kind: 'run' | 'pain' | 'assessment' | 'shoe' | 'session' | 'metric'
  /** the record's id; null for a computed metric */
  id: number | null
  /** 'YYYY-MM-DD'; for a metric, the day (or first day) it describes */
  date: string | null
  label: string
  value: string
}

/** A concrete next step a rule proposes, for screens and the program builder to act on. */
export type Proposal =
  | { kind: 'run_cap'; onsetMinute: number; capMinutes: number }
  /** the cap came out under 10 min: walk-run or cross-training, and a physiotherapist's check */
  | { kind: 'walk_run'; onsetMinute: number; capMinutes: number }
  | { kind: 'cadence_step'; currentSpm: number; targetSpm: number }
  | { kind: 'replace_shoe'; shoeId: number; shoeName: string; usedDistanceM: number; replaceDistanceM: number }
  | { kind: 'surface_mix'; hardSharePct: number; hardDistanceM: number; totalDistanceM: number }

export interface Alert {
  /** stable: rule + athlete + the triggering record(s), so the coach can acknowledge exactly this alert */
  key: string
  ruleId: RuleId
  level: AlertLevel
  athleteId: number
  title: string
  message: string
  advice: string
  /** when the rule fires, in plain words, with its thresholds */
  trigger: string
  evidence: Evidence[]
  sources: Source[]
  proposal: Proposal | null
  /** the day the rules were evaluated for, 'YYYY-MM-DD' */
  asOf: string
}

export type TrafficColor = 'red' | 'amber' | 'green'

export interface TrafficLight {
  /** null when there is no pain report in the last 7 days to judge by */
  color: TrafficColor | null
  reasons: string[]
  /** what the colour means for next week's plan */
  nextWeek: string
  /** the athlete's usual next-morning pain the light compared against, null when not needed */
  baseline: number | null
  evidence: Evidence[]
  asOf: string
}

export interface PainEpisode {
  athleteId: number
  /** date of the first pain report (score above 0) of the episode */
  start: string
  /** date of its last pain report */
  end: string
  /** number of pain reports (score above 0) */
  reports: number
  reportIds: number[]
  worst: number
  /** span from first to last report in days, and in weeks (one decimal) */
  days: number
  weeks: number
  open: boolean
  /** the coach's closing date when the coach closed it, else null */
  closedOn: string | null
}

export interface EpisodeClosure {
  id: number
  athleteId: number
  closedOn: string
  note: string
  createdAt: string
}

export interface AlertAcknowledgement {
  id: number
  alertKey: string
  athleteId: number
  acknowledgedAt: string
  note: string
  /** hidden until this day (exclusive of it); null means acknowledged for good */
  snoozedUntil: string | null
}

const RANK: Record<AlertLevel, number> = Object.fromEntries(ALERT_LEVELS.map((level, i) => [level, i])) as Record<
  AlertLevel,
  number
>

/** Negative when `a` is more urgent than `b`. */
export function compareLevels(a: AlertLevel, b: AlertLevel): number {
  return RANK[a] - RANK[b]
}

function newestEvidence(alert: Alert): string {
  let newest = ''
  for (const e of alert.evidence) if (e.date !== null && e.date > newest) newest = e.date
  return newest
}

/** Most urgent level first, then the alert with the newest evidence, then by key so the order is stable. */
export function compareAlerts(a: Alert, b: Alert): number {
  const byLevel = compareLevels(a.level, b.level)
  if (byLevel !== 0) return byLevel
  const newestA = newestEvidence(a)
  const newestB = newestEvidence(b)
  if (newestA !== newestB) return newestA > newestB ? -1 : 1
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

export function mostUrgent(alerts: readonly Alert[]): Alert | null {
  let best: Alert | null = null
  for (const alert of alerts) if (best === null || compareAlerts(alert, best) < 0) best = alert
  return best
}

export const REVIEW_FACTORS = [
  'load_spike',
  'rapid_progression',
  'monotony',
  'hard_surfaces',
  'worn_shoes',
  'cadence_drop',
  'strength_missed',
] as const
export type ReviewFactorId = (typeof REVIEW_FACTORS)[number]

export const REVIEW_FACTOR_LABEL: Record<ReviewFactorId, string> = {
  load_spike: 'Single-run spike',
  rapid_progression: 'Rapid weekly progression',
  monotony: 'Monotonous training',
  hard_surfaces: 'More hard surfaces',
  worn_shoes: 'Shoes past their distance',
  cadence_drop: 'Cadence drop',
  strength_missed: 'Strength sessions missed',
}

/** One factor of a pain-episode review: the two windows side by side, in the coach's words. */
export interface ReviewFactor {
  id: ReviewFactorId
  changed: boolean
  /** the 14 days before the window that led up to the pain */
  before: string
  /** the 14 days just before the first pain report */
  during: string
  evidence: Evidence[]
  sources: Source[]
}

export interface EpisodeReview {
  athleteId: number
  episodeStart: string
  /** first and last day of the 14 days before pain rose */
  windowStart: string
  windowEnd: string
  /** first and last day of the 14 days before that, for comparison */
  baselineStart: string
  baselineEnd: string
  /** what changed first, then what did not */
  factors: ReviewFactor[]
}
