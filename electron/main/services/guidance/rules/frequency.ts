// Many run days while the back hurts (seed 001: 3–4 run days a week, cross-training on the others).
// Days with at least one run in the last 7 days (today included), during an open pain episode.
import type { Alert } from '#shared/guidance'
import { isoWeekStart } from '../../analytics/days'
import { inWindow, makeAlert, metric, runEvidence, windowStart } from '../format'
import { T } from '../thresholds'
import type { Rule } from './rule'

export const runFrequency: Rule = {
  id: 'run_frequency',
  levels: ['info'],
  evaluate(ctx): Alert[] {
    const episode = ctx.openEpisode
    if (!episode) return []
    const days = T.runDaysWindowDays.value
    const runs = ctx.runs.filter((r) => inWindow(r.date, ctx.today, days))
    const runDays = new Set(runs.map((r) => r.date)).size
    if (runDays <= T.runDaysMax.value) return []
    return [
      makeAlert(ctx, {
        ruleId: 'run_frequency',
        level: 'info',
        anchor: `week-${isoWeekStart(ctx.today)}`,
        title: `${String(runDays)} run days in ${String(days)} days while in pain`,
        message: `${ctx.athlete.name} ran on ${String(runDays)} of the last ${String(days)} days while back pain is present.`,
        advice: 'Consider 3–4 run days a week for now, with cross-training (cycling, swimming) on the other days.',
        trigger: `More than ${String(T.runDaysMax.value)} run days in the last ${String(days)} days during an open pain episode.`,
        evidence: [
          metric(`Run days, last ${String(days)} days`, String(runDays), windowStart(ctx.today, days)),
          metric('Current pain episode since', episode.start, episode.start),
          ...runs.map((r) => runEvidence(r, ctx.unit)),
        ],
        sources: ['seed-001'],
      }),
    ]
  },
}
