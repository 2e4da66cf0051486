// Training-load rules, on the load analytics in ../../analytics (reused as is, never re-derived here):
// - load spike: a single-run spike (findSpikes, Frandsen et al. 2025) dated in the last 14 days, or a
//   'caution' progression (weeklyVolume: distance > 30 % above two weeks before, Nielsen et al. 2014) in
//   the current or the previous ISO week. Two alerts of the same rule, keyed by the runs / the week.
// - monotony (Foster 1998) of the 7 days ending today ≥ 2.0 while those days hold some load: an all-rest
//   week has monotony 10 by convention and is never flagged.
import type { Alert, Evidence } from '#shared/guidance'
import { computeLoadMetrics } from '../../analytics/load'
import { findSpikes, type RunSpike } from '../../analytics/spikes'
import { progressionLevel, weeklyVolume } from '../../analytics/weekly'
import { addDays, dailySeries, isoWeekStart } from '../../analytics/days'
import type { GuidanceContext } from '../context'
import { distance, idsAnchor, inWindow, makeAlert, metric, num, pct, runEvidence } from '../format'
import { T, atLeast } from '../thresholds'
import type { Rule } from './rule'
import { formatDate, formatWeek, possessive } from '#shared/text'

function spikeValue(spike: RunSpike, value: number, ctx: GuidanceContext): string {
  return spike.measure === 'distance' ? distance(value, ctx.unit) : `${num(value)} min`
}

function spikeAlert(ctx: GuidanceContext): Alert[] {
  // ctx.runs starts exactly where the oldest recent spike's 30-day look-back does (context.ts).
  const spikes = findSpikes(ctx.runs).filter((s) => inWindow(s.date, ctx.today, T.spikeRecentDays.value))
  if (spikes.length === 0) return []
  const runs = new Map(ctx.runs.map((r) => [r.id, r]))
  const evidence: Evidence[] = []
  for (const s of spikes) {
    const run = runs.get(s.runId)
    const previous = runs.get(s.previousLongestRunId)
    if (run)
      evidence.push(runEvidence(run, ctx.unit, `${spikeValue(s, s.value, ctx)}, ${pct(s.ratio)} of the longest before`))
    if (previous)
      evidence.push(
        runEvidence(
          previous,
          ctx.unit,
          `${spikeValue(s, s.previousLongest, ctx)}, longest in the ${String(T.spikeLookbackDays.value)} days before`,
        ),
      )
  }
  const latest = spikes[spikes.length - 1] as RunSpike
  const name = ctx.athlete.name
  return [
    makeAlert(ctx, {
      ruleId: 'load_spike',
      level: 'caution',
      anchor: idsAnchor(
        'runs',
        spikes.map((s) => s.runId),
      ),
      title: 'Single-run spike',
      message:
        `${possessive(name)} run on ${formatDate(latest.date)} (${spikeValue(latest, latest.value, ctx)}) was ${pct(latest.ratio)} of the ` +
        `longest run in the ${String(T.spikeLookbackDays.value)} days before it (` +
        `${spikeValue(latest, latest.previousLongest, ctx)} on ` +
        `${formatDate(latest.previousLongestDate)}).`,
      advice:
        'Hold the long run at its current length for now and let it grow in small steps; one much longer session ' +
        'is a bigger jump than a steady weekly build.',
      trigger:
        `A run in the last ${String(T.spikeRecentDays.value)} days longer than ${pct(T.spikeRatio.value)} of the ` +
        `longest run in the ${String(T.spikeLookbackDays.value)} days before it (distance, or duration without one).`,
      evidence,
      sources: ['frandsen-2025', 'seed-000', 'seed-004'],
    }),
  ]
}

/** Distance run from `from` up to the day before `to` ('YYYY-MM-DD' strings compare like dates). */
function distanceBetween(ctx: GuidanceContext, from: string, to: string): number {
  let sum = 0
  for (const run of ctx.runs) if (run.date >= from && run.date < to) sum += run.distanceM ?? 0
  return sum
}

function progressionAlert(ctx: GuidanceContext): Alert[] {
  const current = isoWeekStart(ctx.today)
  const previous = addDays(current, -7)
  const twoBefore = addDays(current, -14)
  const threeBefore = addDays(current, -21)
  const next = addDays(current, 7)
  // A quick look with weekly.ts's own rule first: most athletes are not flagged, and building the full
  // week table (ISO labels, changes) for all of them would cost the team overview more than the rule.
  const [w0, w1, w2, w3] = [
    distanceBetween(ctx, current, next),
    distanceBetween(ctx, previous, current),
    distanceBetween(ctx, twoBefore, previous),
    distanceBetween(ctx, threeBefore, twoBefore),
  ]
  if (progressionLevel(w0, w1, w2) !== 'caution' && progressionLevel(w1, w2, w3) !== 'caution') return []

  const weeks = weeklyVolume(
    ctx.runs.filter((r) => r.date >= threeBefore),
    ctx.today,
  )
  const flagged = weeks.filter(
    (w) => (w.weekStart === current || w.weekStart === previous) && w.progression === 'caution',
  )
  const last = flagged[flagged.length - 1]
  if (!last) return []
  const evidence: Evidence[] = []
  for (const week of flagged) {
    const before = weeks.find((w) => w.weekStart === addDays(week.weekStart, -14))
    evidence.push(
      metric(`Distance, ${formatWeek(week.weekStart)}`, distance(week.distanceM, ctx.unit), week.weekStart),
      metric(
        `Distance, ${before ? formatWeek(before.weekStart) : 'the week'} (two weeks before)`,
        distance(before?.distanceM ?? 0, ctx.unit),
        before?.weekStart ?? null,
      ),
      metric('Change over two weeks', `+${num(week.twoWeekDistanceChangePct ?? 0)} %`, week.weekStart),
    )
  }
  return [
    makeAlert(ctx, {
      ruleId: 'load_spike',
      level: 'caution',
      anchor: `progression-${last.weekStart}`,
      title: `Weekly distance up more than ${String(T.progressionCautionPct.value)} % in two weeks`,
      message:
        `${possessive(ctx.athlete.name)} distance in the ${formatWeek(last.weekStart)} is ${num(last.twoWeekDistanceChangePct ?? 0)} % ` +
        'above the week two weeks before.',
      advice:
        'Hold the weekly distance where it is (the long run included) for a week or two, then progress gradually ' +
        'instead of in jumps.',
      trigger:
        `Distance of the current or previous ISO week more than ${String(T.progressionCautionPct.value)} % above ` +
        'the week two weeks before it.',
      evidence,
      sources: ['nielsen-2014', 'seed-000', 'seed-004'],
    }),
  ]
}

export const loadSpike: Rule = {
  id: 'load_spike',
  levels: ['caution'],
  evaluate: (ctx) => [...spikeAlert(ctx), ...progressionAlert(ctx)],
}

export const monotony: Rule = {
  id: 'monotony',
  levels: ['caution'],
  evaluate(ctx): Alert[] {
    // Monotony of day d only reads the 7 days ending on d, so a 7-day series gives the same value as the
    // whole history would.
    const from = addDays(ctx.today, -6)
    const runs = ctx.runs.filter((r) => r.date >= from)
    const series = dailySeries(runs, from, ctx.today)
    const today = computeLoadMetrics(series.load).at(-1)
    const weekLoad = series.load.reduce((s, l) => s + l, 0)
    if (!today || weekLoad <= 0 || !atLeast(today.monotony, T.monotonyHigh.value)) return []
    return [
      makeAlert(ctx, {
        ruleId: 'monotony',
        level: 'caution',
        anchor: `week-${isoWeekStart(ctx.today)}`,
        title: 'Every day loads about the same',
        message:
          `${possessive(ctx.athlete.name)} training monotony over the last 7 days is ${today.monotony.toFixed(2)}: the daily ` +
          'load hardly changes from day to day.',
        advice:
          'Vary the week: make the easy days clearly easy (or rest days) and keep the hard days hard, so the body ' +
          'gets real recovery between them.',
        trigger:
          'The daily load of the 7 days ending today barely changes from day to day, and those days hold some load: ' +
          `a monotony of ${T.monotonyHigh.value.toFixed(1)} or more (monotony is the mean daily load divided by ` +
          'its standard deviation).',
        evidence: [
          metric('Monotony, last 7 days', today.monotony.toFixed(2), from),
          metric('Load, last 7 days (min × RPE)', num(weekLoad), from),
          ...runs.map((r) => runEvidence(r, ctx.unit, `load ${r.load === null ? 'unknown (no RPE)' : num(r.load)}`)),
        ],
        sources: ['foster-1998'],
      }),
    ]
  },
}

export const loadRules: Rule[] = [loadSpike, monotony]
