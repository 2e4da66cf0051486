// Small helpers the rules share: date windows, evidence lines in the coach's words and units, and the
// one way an alert is put together (so every alert carries its trigger, evidence and sources).
import { type Alert, type AlertLevel, type Evidence, type Proposal, type RuleId } from '#shared/guidance'
import { SOURCES, type SourceKey } from '#shared/sources'
import { PAIN_LOCATION_LABEL, PAIN_TIMING_LABEL, RUN_TYPE_LABEL } from '#shared/labels'
import type { Unit } from '#shared/enums'
import type { PainReport } from '#shared/types'
import { formatDistance } from '#shared/units'
import type { GuidanceRun } from '../../db/repositories/guidance'
import { addDays } from '../analytics/days'
import type { GuidanceContext } from './context'

// Rules ask for the same few windows for every report and run of every athlete: remember the answers
// (a handful per evaluated day; the map is emptied now and then so a long session cannot grow it).
const starts = new Map<string, string>()

/** First day of the `days`-day window that ends on `today` (both included). */
export function windowStart(today: string, days: number): string {
  const key = `${today}/${String(days)}`
  let start = starts.get(key)
  if (start === undefined) {
    if (starts.size > 1000) starts.clear()
    starts.set(key, (start = addDays(today, -(days - 1))))
  }
  return start
}

/** True when `date` lies in the `days`-day window ending on `today`. */
export function inWindow(date: string, today: string, days: number): boolean {
  return date <= today && date >= windowStart(today, days)
}

export function distance(metres: number, unit: Unit): string {
  return formatDistance(metres, unit)
}

/** Up to one decimal, without a trailing '.0'. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10)
}

export function pct(share: number): string {
  return `${num(share * 100)} %`
}

export function runEvidence(run: GuidanceRun, unit: Unit, value?: string): Evidence {
  const parts = [
    run.distanceM !== null && run.distanceM > 0 ? distance(run.distanceM, unit) : null,
    `${num(run.durationMin)} min`,
  ]
  return {
    kind: 'run',
    id: run.id,
    date: run.date,
    label: `${RUN_TYPE_LABEL[run.type]} run`,
    value: value ?? parts.filter((p) => p !== null).join(', '),
  }
}

export function painEvidence(report: PainReport, value?: string): Evidence {
  return {
    kind: 'pain',
    id: report.id,
    date: report.date,
    label: `Pain report (${PAIN_TIMING_LABEL[report.timing].toLowerCase()})`,
    value: value ?? `${String(report.score)}/10, ${PAIN_LOCATION_LABEL[report.location].toLowerCase()}`,
  }
}

export function metric(label: string, value: string, date: string | null = null): Evidence {
  return { kind: 'metric', id: null, date, label, value }
}

/** `rule:athlete:anchor`, where the anchor names the records (or week) that triggered the alert. */
export function alertKey(ruleId: RuleId, athleteId: number, anchor: string): string {
  return `${ruleId}:${String(athleteId)}:${anchor}`
}

export function idsAnchor(prefix: string, ids: readonly number[]): string {
  return `${prefix}-${[...ids].sort((a, b) => a - b).join(',')}`
}

export interface AlertParts {
  ruleId: RuleId
  level: AlertLevel
  anchor: string
  title: string
  message: string
  advice: string
  trigger: string
  evidence: Evidence[]
  sources: readonly SourceKey[]
  proposal?: Proposal
}

export function makeAlert(ctx: GuidanceContext, parts: AlertParts): Alert {
  return {
    key: alertKey(parts.ruleId, ctx.athlete.id, parts.anchor),
    ruleId: parts.ruleId,
    level: parts.level,
    athleteId: ctx.athlete.id,
    title: parts.title,
    message: parts.message,
    advice: parts.advice,
    trigger: parts.trigger,
    evidence: parts.evidence,
    sources: [...new Set(parts.sources)].map((key) => SOURCES[key]),
    proposal: parts.proposal ?? null,
    asOf: ctx.today,
  }
}
