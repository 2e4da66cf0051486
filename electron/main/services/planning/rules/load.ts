// Plan rules about how long and how much: a planned single-run spike, a planned two-week jump in weekly
// distance, and a planned run longer than the pain-onset cap. The spike and the weekly figures come from
// the same findSpikes and weeklyVolume as the done runs, over done runs plus the planned runs ahead.
import { isoWeekStart } from '#shared/dates'
import { formatDate } from '#shared/text'
import type { PlanFix, PlannedSession, PlanWarning } from '#shared/planning'
import { findSpikes } from '../../analytics/spikes'
import { weeklyVolume } from '../../analytics/weekly'
import { distance, num } from '../../guidance/format'
import { sessionOfRunId } from '../forecast'
import { scaled, spikeLimit, T } from '../thresholds'
import { makeWarning, type PlanContext, type PlanRule } from './context'

export const minutes = (value: number) => `${num(value)} min`

const byId = (ctx: PlanContext) => new Map(ctx.planned.map((s) => [s.id, s]))

function measureText(ctx: PlanContext, measure: 'distance' | 'duration', value: number): string {
  return measure === 'distance' ? distance(value, ctx.unit) : minutes(value)
}

/** Shorten a planned run so its `measure` is `limit`, scaling the other measure with it. */
function shortenFix(s: PlannedSession, measure: 'distance' | 'duration', limit: number, label: string): PlanFix {
  const current = measure === 'distance' ? (s.distanceM ?? 0) : (s.durationMin ?? 0)
  const ratio = current > 0 ? limit / current : 1
  return {
    label,
    sessionId: s.id,
    patch:
      measure === 'distance'
        ? { distanceM: limit, durationMin: scaled(s.durationMin, ratio, 'duration') }
        : { durationMin: limit, distanceM: scaled(s.distanceM, ratio, 'distance') },
  }
}

export const planSpike: PlanRule = (ctx) => {
  const sessions = byId(ctx)
  return findSpikes([...ctx.runs, ...ctx.ahead]).flatMap((spike): PlanWarning[] => {
    const sessionId = sessionOfRunId(spike.runId)
    const session = sessionId === null ? undefined : sessions.get(sessionId)
    if (!session) return []
    const limit = spikeLimit(spike.previousLongest, spike.measure)
    const fromPlan = spike.previousLongestRunId < 0
    const show = (v: number) => measureText(ctx, spike.measure, v)
    return [
      makeWarning(ctx, {
        ruleId: 'plan_spike',
        level: 'caution',
        anchor: `session-${String(session.id)}`,
        sessionId: session.id,
        weekStart: isoWeekStart(session.date),
        title: `Planned run is ${num(spike.ratio * 100)} % of the longest run before it`,
        numbers: [
          `Planned: ${show(spike.value)}`,
          `Longest ${fromPlan ? 'planned' : 'done'} run in the 30 days before: ${show(spike.previousLongest)} on ${formatDate(spike.previousLongestDate)}`,
          `Limit (110 %): ${show(limit)}`,
        ],
        trigger:
          `A run more than ${num(T.spikeRatio.value * 100)} % of the longest run (done or planned) in the ` +
          `${String(T.spikeLookbackDays.value)} days before it, by distance (by time when it has no distance).`,
        advice: 'Keep the long run close to what the runner has done lately and build it up step by step.',
        sources: T.spikeRatio.sources,
        fix: shortenFix(session, spike.measure, limit, `Shorten to ${show(limit)}`),
      }),
    ]
  })
}

export const planProgression: PlanRule = (ctx) => {
  if (ctx.ahead.length === 0) return []
  const through = ctx.ahead.reduce((max, r) => (r.date > max ? r.date : max), ctx.today)
  const weeks = weeklyVolume([...ctx.runs, ...ctx.ahead], through)
  const sessions = byId(ctx)
  return weeks.flatMap((week, i): PlanWarning[] => {
    const twoBefore = weeks[i - 2]
    if (week.progression !== 'caution' || !twoBefore) return []
    const planned = ctx.ahead
      .filter((r) => isoWeekStart(r.date) === week.weekStart && (r.distanceM ?? 0) > 0)
      .sort((a, b) => (b.distanceM ?? 0) - (a.distanceM ?? 0))
    const longest = planned[0] && sessions.get(planned[0].sessionId)
    if (!longest) return []
    const allowed = Math.floor((13 * twoBefore.distanceM) / 10)
    const shorter = Math.floor(((longest.distanceM ?? 0) - (week.distanceM - allowed)) / 100) * 100
    return [
      makeWarning(ctx, {
        ruleId: 'plan_progression',
        level: 'caution',
        anchor: `week-${week.weekStart}`,
        sessionId: longest.id,
        weekStart: week.weekStart,
        title: `Planned week is ${num(week.twoWeekDistanceChangePct ?? 0)} % above the week two weeks before`,
        numbers: [
          `Week of ${formatDate(week.weekStart)} (done + planned): ${distance(week.distanceM, ctx.unit)}`,
          `Week of ${formatDate(twoBefore.weekStart)}: ${distance(twoBefore.distanceM, ctx.unit)}`,
          `Limit (+${String(T.progressionCautionPct.value)} %): ${distance(allowed, ctx.unit)}`,
        ],
        trigger: `Weekly distance more than ${String(T.progressionCautionPct.value)} % above the week two weeks before.`,
        advice: 'Spread the increase over more weeks: about 10 % a week is the usual guide.',
        sources: T.progressionCautionPct.sources,
        fix:
          shorter > 0
            ? shortenFix(longest, 'distance', shorter, `Shorten the longest run to ${distance(shorter, ctx.unit)}`)
            : null,
      }),
    ]
  })
}

export const planOnsetCap: PlanRule = (ctx) => {
  const cap = ctx.onsetCap
  if (cap === null || cap <= 0) return []
  return ctx.planned
    .filter((s) => s.kind === 'run' && s.date >= ctx.today && (s.durationMin ?? 0) > cap)
    .map((s) =>
      makeWarning(ctx, {
        ruleId: 'plan_onset_cap',
        level: 'caution',
        anchor: `session-${String(s.id)}`,
        sessionId: s.id,
        weekStart: isoWeekStart(s.date),
        title: `Planned run is longer than the ${String(cap)}-minute cap`,
        numbers: [
          `Planned: ${minutes(s.durationMin ?? 0)}`,
          `Pain starts around minute ${String(ctx.onsetMinute ?? 0)}`,
          `Cap: ${minutes(cap)}`,
        ],
        trigger:
          'Pain starting at the same minute in recent runs gives a cap of two thirds of that minute, in whole ' +
          `${String(T.onsetCapStep.value)} minutes; a planned run is judged by its duration.`,
        advice: 'Keep runs under the cap, add strength work, and build the time back up once the pain stays away.',
        sources: T.onsetCapFraction.sources,
        fix: shortenFix(s, 'duration', cap, `Shorten to ${minutes(cap)}`),
      }),
    )
}
