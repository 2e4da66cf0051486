// Pain-episode review: for the 14 days before pain rose, what changed against the 14 days before those —
// each factor with the numbers behind it, and the factors that did not change listed too, so the coach
// sees the whole picture and not only what fits a story. It describes training; it never names a cause.
import {
  REVIEW_FACTORS,
  type EpisodeReview,
  type Evidence,
  type ReviewFactor,
  type ReviewFactorId,
} from '#shared/guidance'
import { SOURCES, type SourceKey } from '#shared/sources'
import type { Unit } from '#shared/enums'
import type { Run, Shoe, StrengthSession } from '#shared/types'
import { addDays, dailySeries } from '../analytics/days'
import { computeLoadMetrics } from '../analytics/load'
import { findSpikes } from '../analytics/spikes'
import { weeklyVolume } from '../analytics/weekly'
import { distance, metric, num, pct, runEvidence } from './format'
import { T } from './thresholds'
import { countOf, formatWeek } from '#shared/text'

export interface ReviewInput {
  athleteId: number
  /** first report of the episode */
  episodeStart: string
  /** the athlete's runs, any order */
  runs: readonly Run[]
  sessions: readonly StrengthSession[]
  shoes: readonly Shoe[]
  unit: Unit
}

interface Window {
  from: string
  to: string
}

const within = (date: string, w: Window) => date >= w.from && date <= w.to
const HARD = new Set(['road', 'concrete'])

type FactorResult = Omit<ReviewFactor, 'id' | 'sources'>
const SOURCES_OF: Record<ReviewFactorId, SourceKey[]> = {
  load_spike: ['frandsen-2025'],
  rapid_progression: ['nielsen-2014', 'seed-000'],
  monotony: ['foster-1998'],
  hard_surfaces: ['seed-001', 'seed-002'],
  worn_shoes: ['seed-004'],
  cadence_drop: ['seed-003'],
  strength_missed: ['seed-003', 'seed-004'],
}

function spikes(runs: readonly Run[], during: Window, before: Window, unit: Unit): FactorResult {
  const all = findSpikes(runs)
  const byId = new Map(runs.map((r) => [r.id, r]))
  const inDuring = all.filter((s) => within(s.date, during))
  const count = (w: Window) => all.filter((s) => within(s.date, w)).length
  const evidence = inDuring.flatMap((s) => {
    const run = byId.get(s.runId)
    return run ? [runEvidence(run, unit, `${num(s.ratio * 100)} % of the longest run of the 30 days before`)] : []
  })
  const say = (n: number) => (n === 0 ? 'no spike' : `${countOf(n, 'run')} over 110 % of the recent longest`)
  return { changed: inDuring.length > 0, before: say(count(before)), during: say(inDuring.length), evidence }
}

function progression(runs: readonly Run[], during: Window, before: Window, unit: Unit): FactorResult {
  const weeks = weeklyVolume(runs.filter((r) => r.date <= during.to))
  const flagged = (w: Window) =>
    weeks.filter((week) => week.progression !== null && week.weekStart <= w.to && addDays(week.weekStart, 6) >= w.from)
  const describe = (list: typeof weeks) =>
    list.length === 0
      ? 'weekly distance steady'
      : list
          .map(
            (w) =>
              `${formatWeek(w.weekStart)}: ${distance(w.distanceM, unit)} (${w.progression === 'caution' ? '> 30 % in two weeks' : '> 10 % on the week before'})`,
          )
          .join('; ')
  const now = flagged(during)
  return {
    changed: now.length > 0,
    before: describe(flagged(before)),
    during: describe(now),
    evidence: now.map((w) =>
      metric(`Weekly distance, ${formatWeek(w.weekStart)}`, distance(w.distanceM, unit), w.weekStart),
    ),
  }
}

function monotony(runs: readonly Run[], during: Window, before: Window): FactorResult {
  const first = runs.reduce((min, r) => (r.date < min ? r.date : min), during.to)
  const series = dailySeries(runs, first, during.to)
  const metrics = computeLoadMetrics(series.load)
  // Highest monotony in each window, on days whose 7-day load is above 0 (a rest week's 10 is a convention).
  const highest = (w: Window) => {
    let best: { value: number; date: string } | null = null
    series.dates.forEach((date, i) => {
      const m = metrics[i]
      if (!m || !within(date, w) || m.strain <= 0) return
      if (!best || m.monotony > best.value) best = { value: m.monotony, date }
    })
    return best as { value: number; date: string } | null
  }
  const now = highest(during)
  const then = highest(before)
  const say = (h: typeof now) => (h ? `highest ${num(h.value)}` : 'no training')
  const high = T.monotonyHigh.value
  return {
    changed: now !== null && now.value >= high && (then === null || then.value < high),
    before: say(then),
    during: say(now),
    evidence: now ? [metric('Highest 7-day monotony', num(now.value), now.date)] : [],
  }
}

function hardSurfaces(runs: readonly Run[], during: Window, before: Window): FactorResult {
  const share = (w: Window) => {
    let hard = 0
    let total = 0
    for (const r of runs) {
      if (!within(r.date, w) || r.surface === null || !r.distanceM) continue
      total += r.distanceM
      if (HARD.has(r.surface)) hard += r.distanceM
    }
    return total > 0 ? hard / total : null
  }
  const now = share(during)
  const then = share(before)
  const say = (s: number | null) => (s === null ? 'no surfaces recorded' : `${pct(s)} on road or concrete`)
  const rise = T.reviewHardShareRisePoints.value / 100
  return {
    changed: now !== null && then !== null && now - then >= rise - 1e-9,
    before: say(then),
    during: say(now),
    evidence: now === null ? [] : [metric('Share of distance on road or concrete', pct(now))],
  }
}

function wornShoes(input: ReviewInput, during: Window, before: Window): FactorResult {
  const shoes = new Map(input.shoes.map((s) => [s.id, s]))
  const sorted = [...input.runs].sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
  const worn = (w: Window) => {
    const used = new Map<number, number>()
    const hits = new Map<number, { run: Run; total: number }>()
    for (const run of sorted) {
      const shoe = run.shoeId === null ? undefined : shoes.get(run.shoeId)
      if (!shoe || run.date > w.to) continue
      const total = (used.get(shoe.id) ?? shoe.initialDistanceM) + (run.distanceM ?? 0)
      used.set(shoe.id, total)
      if (within(run.date, w) && total >= shoe.replaceThresholdM) hits.set(shoe.id, { run, total })
    }
    return [...hits.entries()]
  }
  const say = (list: ReturnType<typeof worn>) =>
    list.length === 0
      ? 'every shoe under its replace distance'
      : list.map(([id, h]) => `${shoes.get(id)?.name ?? 'a shoe'} at ${distance(h.total, input.unit)}`).join('; ')
  const now = worn(during)
  return {
    changed: now.length > 0,
    before: say(worn(before)),
    during: say(now),
    evidence: now.map(([id, h]): Evidence => ({
      kind: 'shoe',
      id,
      date: h.run.date,
      label: shoes.get(id)?.name ?? 'Shoe',
      value: `${distance(h.total, input.unit)} of ${distance(shoes.get(id)?.replaceThresholdM ?? 0, input.unit)}`,
    })),
  }
}

function cadence(runs: readonly Run[], during: Window, before: Window): FactorResult {
  const mean = (w: Window) => {
    const values = runs.filter((r) => within(r.date, w) && r.cadenceSpm !== null).map((r) => r.cadenceSpm ?? 0)
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null
  }
  const now = mean(during)
  const then = mean(before)
  const say = (v: number | null) => (v === null ? 'no cadence recorded' : `${num(v)} steps/min on average`)
  return {
    changed: now !== null && then !== null && then - now >= T.reviewCadenceDropSpm.value - 1e-9,
    before: say(then),
    during: say(now),
    evidence: now === null ? [] : [metric('Average cadence', `${num(now)} steps/min`)],
  }
}

function strength(sessions: readonly StrengthSession[], during: Window, before: Window): FactorResult {
  const count = (w: Window) => sessions.filter((s) => s.kind === 'strength' && within(s.date, w)).length
  const now = count(during)
  const then = count(before)
  const say = (n: number) => countOf(n, 'strength session')
  return {
    changed: now < then,
    before: say(then),
    during: say(now),
    evidence: [metric('Strength sessions', String(now))],
  }
}

export function episodeReview(input: ReviewInput): EpisodeReview {
  const days = T.reviewWindowDays.value
  const during: Window = { from: addDays(input.episodeStart, -days), to: addDays(input.episodeStart, -1) }
  const before: Window = { from: addDays(input.episodeStart, -2 * days), to: addDays(input.episodeStart, -days - 1) }
  const runs = input.runs.filter((r) => r.date <= during.to)
  const results: Record<ReviewFactorId, FactorResult> = {
    load_spike: spikes(runs, during, before, input.unit),
    rapid_progression: progression(runs, during, before, input.unit),
    monotony: monotony(runs, during, before),
    hard_surfaces: hardSurfaces(runs, during, before),
    worn_shoes: wornShoes({ ...input, runs }, during, before),
    cadence_drop: cadence(runs, during, before),
    strength_missed: strength(input.sessions, during, before),
  }
  const factors = REVIEW_FACTORS.map((id) => ({
    id,
    ...results[id],
    sources: SOURCES_OF[id].map((key) => SOURCES[key]),
  })).sort((a, b) => Number(b.changed) - Number(a.changed))
  return {
    athleteId: input.athleteId,
    episodeStart: input.episodeStart,
    windowStart: during.from,
    windowEnd: during.to,
    baselineStart: before.from,
    baselineEnd: before.to,
    factors,
  }
}
