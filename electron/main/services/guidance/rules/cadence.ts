// Low cadence (seed 003: aim for 170–190 steps per minute, raised in steps of about 5 with a metronome,
// e.g. 160 → 165). The current cadence is the average of the 5 most recent runs of the last 28 days that
// recorded one; without such runs, the latest assessment that measured it. Below 170 → propose the next
// step: the current cadence rounded to whole steps, plus 5 (163 → 168).
import type { Alert, Evidence } from '#shared/guidance'
import type { GuidanceContext } from '../context'
import { inWindow, makeAlert, metric, num, runEvidence } from '../format'
import { T, nextCadenceStep } from '../thresholds'
import type { Rule } from './rule'
import { countOf, possessive } from '#shared/text'

export function currentCadence(ctx: GuidanceContext): { spm: number; evidence: Evidence[] } | null {
  const runs = ctx.runs
    .filter((r) => r.cadenceSpm !== null && inWindow(r.date, ctx.today, T.cadenceWindowDays.value))
    .slice(-T.cadenceRuns.value)
  if (runs.length > 0) {
    const spm = runs.reduce((s, r) => s + (r.cadenceSpm ?? 0), 0) / runs.length
    const evidence = runs.map((r) => runEvidence(r, ctx.unit, `${num(r.cadenceSpm ?? 0)} spm`))
    return {
      spm,
      evidence: [...evidence, metric(`Average of these ${countOf(runs.length, 'run')}`, `${num(spm)} spm`)],
    }
  }
  const assessment = ctx.assessments.filter((a) => a.cadenceSpm !== null).at(-1)
  if (!assessment || assessment.cadenceSpm === null) return null
  return {
    spm: assessment.cadenceSpm,
    evidence: [
      {
        kind: 'assessment',
        id: assessment.id,
        date: assessment.date,
        label: 'Measured cadence',
        value: `${num(assessment.cadenceSpm)} spm`,
      },
    ],
  }
}

export const cadence: Rule = {
  id: 'cadence',
  levels: ['info'],
  evaluate(ctx): Alert[] {
    const current = currentCadence(ctx)
    if (!current || current.spm >= T.cadenceTarget.value) return []
    const target = nextCadenceStep(current.spm)
    const range = `${String(T.cadenceTarget.value)}–${String(T.cadenceUpper.value)}`
    return [
      makeAlert(ctx, {
        ruleId: 'cadence',
        level: 'info',
        anchor: `target-${String(target)}`,
        title: `Cadence ${num(current.spm)} spm: next step ${String(target)}`,
        message: `${possessive(ctx.athlete.name)} cadence is about ${num(current.spm)} steps per minute, below the ${range} range.`,
        advice:
          `Consider running easy runs to a metronome at ${String(target)} steps per minute. Once that feels ` +
          `natural, add another ${String(T.cadenceStep.value)}, working toward ${range}.`,
        trigger:
          `Average cadence of the last ${String(T.cadenceRuns.value)} runs with one in the last ` +
          `${String(T.cadenceWindowDays.value)} days (or the latest assessment) below ${String(T.cadenceTarget.value)} spm.`,
        evidence: current.evidence,
        sources: ['seed-003'],
        proposal: { kind: 'cadence_step', currentSpm: current.spm, targetSpm: target },
      }),
    ]
  },
}
