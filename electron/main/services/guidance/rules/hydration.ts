// Spasm or tightness after a run on a hot day (seed 002: not drinking enough before or during a run,
// especially on a hot day, may bring muscle spasm in the lower back that feels like tightening).
// Pain reports of the last 14 days described as spasm or stiffness, timed after the run (right after,
// later that day or the next morning), about a run at 25 °C or more: the linked run, or, for an unlinked
// report right after or later that day, a run on the same date.
import type { PainCharacter, PainTiming } from '#shared/enums'
import type { Alert, Evidence } from '#shared/guidance'
import type { PainReport } from '#shared/types'
import type { GuidanceRun } from '../../../db/repositories/guidance'
import type { GuidanceContext } from '../context'
import { idsAnchor, inWindow, makeAlert, num, painEvidence, runEvidence } from '../format'
import { T } from '../thresholds'
import type { Rule } from './rule'

const TIGHT = new Set<PainCharacter>(['spasm', 'stiffness'])
const AFTER = new Set<PainTiming>(['after', 'later', 'next_morning'])

function runOf(ctx: GuidanceContext, report: PainReport): GuidanceRun | undefined {
  if (report.runId !== null) return ctx.runs.find((r) => r.id === report.runId)
  if (report.timing === 'next_morning') return undefined
  return ctx.runs.filter((r) => r.date === report.date).at(-1)
}

export const hydration: Rule = {
  id: 'hydration',
  levels: ['info'],
  evaluate(ctx): Alert[] {
    const hot = T.hotDayC.value
    const hits: { report: PainReport; run: GuidanceRun }[] = []
    for (const report of ctx.pain) {
      if (report.score <= 0 || !TIGHT.has(report.character) || !AFTER.has(report.timing)) continue
      if (!inWindow(report.date, ctx.today, T.hydrationWindowDays.value)) continue
      const run = runOf(ctx, report)
      if (run && run.temperatureC !== null && run.temperatureC >= hot) hits.push({ report, run })
    }
    if (hits.length === 0) return []
    const evidence: Evidence[] = hits.flatMap(({ report, run }) => [
      painEvidence(report, `${String(report.score)}/10, ${report.character}`),
      runEvidence(run, ctx.unit, `${num(run.temperatureC ?? 0)} °C`),
    ])
    return [
      makeAlert(ctx, {
        ruleId: 'hydration',
        level: 'info',
        anchor: idsAnchor(
          'pain',
          hits.map((h) => h.report.id),
        ),
        title: 'Back spasm or tightness after a hot run',
        message: `${ctx.athlete.name} reported spasm or tightness in the back after running at ${String(hot)} °C or more.`,
        advice:
          'Check how much the runner drinks before and during runs on hot days; not drinking enough may bring on ' +
          'spasm or tightness in the lower back. Rule that out before looking for other causes.',
        trigger:
          `A pain report of the last ${String(T.hydrationWindowDays.value)} days describing spasm or stiffness after ` +
          `a run at ${String(hot)} °C or more.`,
        evidence,
        sources: ['seed-002'],
      }),
    ]
  },
}
