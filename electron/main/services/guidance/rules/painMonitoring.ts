// The pain-monitoring traffic light (Thomeé 1997; Silbernagel et al. 2007): training may go on with some
// pain as long as it stays within limits. Our reading of the model, on the reports of the last 7 days
// (today included):
//
// - RED when any report scores above 5/10. The model accepts up to 5/10 during and right after the
//   activity; a higher score at any point of the day is beyond what it accepts.
// - AMBER (when not red) when either
//   a) the latest next-morning report is above the athlete's usual next-morning pain. "Usual" (the
//      baseline) = the median of the athlete's next-morning reports dated in the 28 days before that
//      report (the mean of the two middle ones when their number is even), or 0 when there are none:
//      morning pain where there used to be none is a change too; or
//   b) pain is rising week to week: the mean of the last 7 days' reports is at least 1 point above the
//      mean of the 7 days before (both weeks need at least one report; 0/10 reports count).
// - GREEN when there is at least one report in the last 7 days and none of the above holds.
// - No colour (null) without any report in the last 7 days: there is nothing to judge.
import type { Alert, Evidence, TrafficLight } from '#shared/guidance'
import { PAIN_TIMING_LABEL } from '#shared/labels'
import type { PainReport } from '#shared/types'
import { addDays } from '../../analytics/days'
import type { GuidanceContext } from '../context'
import { idsAnchor, inWindow, makeAlert, metric, num, painEvidence, windowStart } from '../format'
import { T, atLeast } from '../thresholds'
import type { Rule } from './rule'
import { countOf, formatDate } from '#shared/text'

const CEILING = `${String(T.painCeiling.value)}/10`
const DAYS = `${String(T.lightWindowDays.value)} days`

export const NEXT_WEEK = {
  red:
    'Cut the load that brought the pain on: shorten or slow the runs that hurt, or swap some for cross-training, ' +
    `until pain stays at ${CEILING} or below. Build up again from there.`,
  amber:
    'Hold next week at this week’s load: no extra distance or intensity until morning pain is back to its usual ' +
    'level and the weekly trend is flat or falling.',
  green: 'Pain stayed within the limits of the pain-monitoring model: next week may progress, gradually.',
  none: `No pain report in the last ${DAYS}: ask how the back feels before planning next week.`,
} as const

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const mean = (reports: readonly PainReport[]) => reports.reduce((s, p) => s + p.score, 0) / reports.length

/** The usual next-morning pain before `report`: median of the 28 days before it, 0 when none. */
export function morningBaseline(ctx: GuidanceContext, report: PainReport): number {
  const from = addDays(report.date, -T.baselineWindowDays.value)
  const earlier = ctx.pain.filter((p) => p.timing === 'next_morning' && p.date >= from && p.date < report.date)
  return median(earlier.map((p) => p.score)) ?? 0
}

interface Reading {
  light: TrafficLight
  /** the reports behind a red or amber colour */
  reports: PainReport[]
}

function read(ctx: GuidanceContext): Reading {
  const days = T.lightWindowDays.value
  const week = ctx.pain.filter((p) => inWindow(p.date, ctx.today, days))
  const weekBefore = addDays(ctx.today, -days)
  const before = ctx.pain.filter((p) => inWindow(p.date, weekBefore, days))
  const ceiling = T.painCeiling.value
  const base = { asOf: ctx.today, baseline: null as number | null }

  if (week.length === 0) {
    return {
      light: {
        ...base,
        color: null,
        reasons: [`No pain report in the last ${DAYS}.`],
        nextWeek: NEXT_WEEK.none,
        evidence: [],
      },
      reports: [],
    }
  }

  const high = week.filter((p) => p.score > ceiling)
  if (high.length > 0) {
    const reasons = high.map(
      (p) =>
        `Pain ${String(p.score)}/10 (${PAIN_TIMING_LABEL[p.timing].toLowerCase()}) on ${formatDate(p.date)}, above the ` +
        `${String(ceiling)}/10 limit.`,
    )
    const evidence = high.map((p) => painEvidence(p))
    return { light: { ...base, color: 'red', reasons, nextWeek: NEXT_WEEK.red, evidence }, reports: high }
  }

  const reasons: string[] = []
  const evidence: Evidence[] = []
  const reports: PainReport[] = []
  const morning = week.filter((p) => p.timing === 'next_morning').at(-1)
  let baseline: number | null = null
  if (morning) {
    baseline = morningBaseline(ctx, morning)
    if (morning.score > baseline) {
      reasons.push(
        `Next-morning pain ${String(morning.score)}/10 on ${formatDate(morning.date)} is above the usual ${num(baseline)}/10.`,
      )
      evidence.push(
        painEvidence(morning),
        metric(
          `Usual next-morning pain (median of the ${String(T.baselineWindowDays.value)} days before)`,
          `${num(baseline)}/10`,
        ),
      )
      reports.push(morning)
    }
  }
  if (before.length > 0) {
    const now = mean(week)
    const then = mean(before)
    if (atLeast(now - then, T.weeklyRisePoints.value)) {
      reasons.push(`Average pain rose from ${num(then)}/10 to ${num(now)}/10 on the week before.`)
      evidence.push(
        metric(
          `Average pain, ${String(days)} days before`,
          `${num(then)}/10 (${String(before.length)} reports)`,
          windowStart(addDays(ctx.today, -days), days),
        ),
        metric(
          `Average pain, last ${String(days)} days`,
          `${num(now)}/10 (${String(week.length)} reports)`,
          windowStart(ctx.today, days),
        ),
        ...week.map((p) => painEvidence(p)),
      )
      reports.push(...week)
    }
  }
  if (reasons.length > 0) {
    return { light: { ...base, baseline, color: 'amber', reasons, nextWeek: NEXT_WEEK.amber, evidence }, reports }
  }
  const green = `All ${countOf(week.length, 'pain report')} of the last ${DAYS} stayed within the limits.`
  return {
    light: {
      ...base,
      baseline,
      color: 'green',
      reasons: [green],
      nextWeek: NEXT_WEEK.green,
      evidence: week.map((p) => painEvidence(p)),
    },
    reports: [],
  }
}

export function trafficLight(ctx: GuidanceContext): TrafficLight {
  return read(ctx).light
}

const TRIGGER =
  `Red: a pain report of the last ${DAYS} above ${CEILING}. Amber: the latest next-morning pain is above the ` +
  `athlete’s usual (median of the ${String(T.baselineWindowDays.value)} days before, 0 when none), or the average ` +
  `pain of the last ${DAYS} is ${String(T.weeklyRisePoints.value)} point or more above the ${DAYS} before.`

export const painMonitoring: Rule = {
  id: 'pain_monitoring',
  levels: ['red', 'amber'],
  evaluate(ctx): Alert[] {
    const { light, reports } = read(ctx)
    if (light.color !== 'red' && light.color !== 'amber') return []
    const name = ctx.athlete.name
    const red = light.color === 'red'
    return [
      makeAlert(ctx, {
        ruleId: 'pain_monitoring',
        level: light.color,
        anchor: idsAnchor(light.color, [...new Set(reports.map((p) => p.id))]),
        title: red ? `Red light: pain above ${CEILING}` : 'Amber light: hold the load',
        message: `${name}: ${light.reasons.join(' ')}`,
        advice: light.nextWeek,
        trigger: TRIGGER,
        evidence: light.evidence,
        sources: red ? ['thomee-1997', 'silbernagel-2007'] : ['thomee-1997', 'silbernagel-2007', 'backstride'],
      }),
    ]
  },
}
