// Mostly hard surfaces while the back hurts (seeds 001, 002: runners who only run on asphalt or concrete
// have more back pain; mix in trail, track or grass). Of the distance run in the last 28 days on a
// recorded surface, the share on road or concrete; runs without a surface are left out of both sides,
// treadmill and mixed count as not hard. Only while pain is present (an open pain episode).
import type { Surface } from '#shared/enums'
import type { Alert } from '#shared/guidance'
import { isoWeekStart } from '../../analytics/days'
import type { GuidanceContext } from '../context'
import { distance, inWindow, makeAlert, metric, pct, windowStart } from '../format'
import { T, atLeast } from '../thresholds'
import type { Rule } from './rule'

const HARD = new Set<Surface>(['road', 'concrete'])

export function hardShare(ctx: GuidanceContext): { hard: number; total: number; runs: number } {
  let hard = 0
  let total = 0
  let runs = 0
  for (const run of ctx.runs) {
    if (run.surface === null || run.distanceM === null || run.distanceM <= 0) continue
    if (!inWindow(run.date, ctx.today, T.hardSurfaceWindowDays.value)) continue
    total += run.distanceM
    runs++
    if (HARD.has(run.surface)) hard += run.distanceM
  }
  return { hard, total, runs }
}

export const hardSurfaces: Rule = {
  id: 'hard_surfaces',
  levels: ['info'],
  evaluate(ctx): Alert[] {
    const episode = ctx.openEpisode
    if (!episode) return []
    const { hard, total, runs } = hardShare(ctx)
    if (total <= 0 || !atLeast(hard / total, T.hardSurfaceShare.value)) return []
    const days = T.hardSurfaceWindowDays.value
    const share = hard / total
    const from = windowStart(ctx.today, days)
    return [
      makeAlert(ctx, {
        ruleId: 'hard_surfaces',
        level: 'info',
        anchor: `week-${isoWeekStart(ctx.today)}`,
        title: `${pct(share)} of the distance on road or concrete`,
        message:
          `${ctx.athlete.name} ran ${distance(hard, ctx.unit)} of ${distance(total, ctx.unit)} (${pct(share)}) on ` +
          `road or concrete in the last ${String(days)} days, while back pain is present.`,
        advice:
          'Consider moving some runs to trail, track or grass; softer ground mixed with road running may ease the load on the back.',
        trigger:
          `${pct(T.hardSurfaceShare.value)} or more of the last ${String(days)} days' distance (runs with a surface ` +
          'recorded) on road or concrete, during an open pain episode.',
        evidence: [
          metric(
            `Road or concrete, last ${String(days)} days`,
            `${distance(hard, ctx.unit)} of ${distance(total, ctx.unit)} (${pct(share)})`,
            from,
          ),
          metric('Runs with a surface recorded', String(runs), from),
          metric('Current pain episode since', episode.start, episode.start),
        ],
        sources: ['seed-001', 'seed-002'],
        proposal: {
          kind: 'surface_mix',
          hardSharePct: Math.round(share * 1000) / 10,
          hardDistanceM: hard,
          totalDistanceM: total,
        },
      }),
    ]
  },
}
