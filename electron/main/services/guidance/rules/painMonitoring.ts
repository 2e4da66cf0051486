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

/** The reports a light judges: the last 7 days (today included) and the 7 days before them. */
interface Weeks {
  ctx: GuidanceContext
  week: PainReport[]
  before: PainReport[]
}

/** What one check of the model found: a reason in words, its evidence and the reports behind it. */
interface Finding {
  reason: string
  evidence: Evidence[]
  reports: PainReport[]
}

/** One check of the pain-monitoring model: the colour it gives and what it found, or null. */
interface LightCheck {
  color: 'red' | 'amber'
  check(w: Weeks): Finding | null
}

const latestMorning = (w: Weeks) => w.week.filter((p) => p.timing === 'next_morning').at(-1)

/** Any report above 5/10, at any point of the day. */
const aboveCeiling: LightCheck = {
  color: 'red',
  check(w) {
    const ceiling = T.painCeiling.value
    const high = w.week.filter((p) => p.score > ceiling)
    if (!high.length) return null
    return {
      reason: high
        .map(
          (p) =>
            `Pain ${String(p.score)}/10 (${PAIN_TIMING_LABEL[p.timing].toLowerCase()}) on ${formatDate(p.date)}, above the ` +
            `${String(ceiling)}/10 limit.`,
        )
        .join(' '),
      evidence: high.map((p) => painEvidence(p)),
      reports: high,
    }
  },
}

/** The latest next-morning pain above the athlete's usual next-morning pain. */
const morningAboveUsual: LightCheck = {
  color: 'amber',
  check(w) {
    const morning = latestMorning(w)
    if (!morning) return null
    const baseline = morningBaseline(w.ctx, morning)
    if (morning.score <= baseline) return null
    return {
      reason: `Next-morning pain ${String(morning.score)}/10 on ${formatDate(morning.date)} is above the usual ${num(baseline)}/10.`,
      evidence: [
        painEvidence(morning),
        metric(
          `Usual next-morning pain (median of the ${String(T.baselineWindowDays.value)} days before)`,
          `${num(baseline)}/10`,
        ),
      ],
      reports: [morning],
    }
  },
}

/** The week's average pain at least 1 point above the week before's. */
const weeklyRise: LightCheck = {
  color: 'amber',
  check(w) {
    if (!w.before.length) return null
    const days = T.lightWindowDays.value
    const now = mean(w.week)
    const then = mean(w.before)
    if (!atLeast(now - then, T.weeklyRisePoints.value)) return null
    const today = w.ctx.today
    return {
      reason: `Average pain rose from ${num(then)}/10 to ${num(now)}/10 on the week before.`,
      evidence: [
        metric(
          `Average pain, ${String(days)} days before`,
          `${num(then)}/10 (${String(w.before.length)} reports)`,
          windowStart(addDays(today, -days), days),
        ),
        metric(
          `Average pain, last ${String(days)} days`,
          `${num(now)}/10 (${String(w.week.length)} reports)`,
          windowStart(today, days),
        ),
        ...w.week.map((p) => painEvidence(p)),
      ],
      reports: w.week,
    }
  },
}

/** The checks, most urgent colour first; the first colour with a finding is the light. */
export const LIGHT_CHECKS: readonly LightCheck[] = [aboveCeiling, morningAboveUsual, weeklyRise]

function weeksOf(ctx: GuidanceContext): Weeks {
  const days = T.lightWindowDays.value
  return {
    ctx,
    week: ctx.pain.filter((p) => inWindow(p.date, ctx.today, days)),
    before: ctx.pain.filter((p) => inWindow(p.date, addDays(ctx.today, -days), days)),
  }
}

function read(ctx: GuidanceContext): Reading {
  const w = weeksOf(ctx)
  const asOf = ctx.today
  if (w.week.length === 0)
    return {
      light: {
        asOf,
        baseline: null,
        color: null,
        reasons: [`No pain report in the last ${DAYS}.`],
        nextWeek: NEXT_WEEK.none,
        evidence: [],
      },
      reports: [],
    }
  const morning = latestMorning(w)
  const baseline = morning ? morningBaseline(ctx, morning) : null
  for (const color of ['red', 'amber'] as const) {
    const found = LIGHT_CHECKS.filter((c) => c.color === color).flatMap((c) => c.check(w) ?? [])
    if (!found.length) continue
    return {
      light: {
        asOf,
        // The red light is judged on the score alone: no baseline to show beside it.
        baseline: color === 'red' ? null : baseline,
        color,
        reasons: found.map((f) => f.reason),
        nextWeek: NEXT_WEEK[color],
        evidence: found.flatMap((f) => f.evidence),
      },
      reports: found.flatMap((f) => f.reports),
    }
  }
  const n = w.week.length
  return {
    light: {
      asOf,
      baseline,
      color: 'green',
      reasons: [`All ${countOf(n, 'pain report')} of the last ${DAYS} stayed within the limits.`],
      nextWeek: NEXT_WEEK.green,
      evidence: w.week.map((p) => painEvidence(p)),
    },
    reports: [],
  }
}

export function trafficLight(ctx: GuidanceContext): TrafficLight {
  return read(ctx).light
}

const TRIGGER =
  `Red: a pain report of the last ${DAYS} above ${CEILING}. Amber: the latest next-morning pain is above the ` +
  `athlete’s usual next-morning pain (the middle value of their next-morning reports of the ` +
  `${String(T.baselineWindowDays.value)} days before, 0 when none), or the average pain of the last ${DAYS} is ` +
  `${String(T.weeklyRisePoints.value)} point or more above the ${DAYS} before.`

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
