// Pain that starts at about the same minute of every run (seed 002: pain after 30 minutes → run only
// 20 minutes, add strength work, then build back up gradually).
//
// Reports of the last 28 days timed "during the run" with an onset minute and a score above 0, one per
// run (a run is its linked run id, or its date when the report is not linked; the earliest onset of a
// run counts). With 2 or more runs, M is the lower median of their onset minutes — the earlier of two,
// robust to one odd run when there are more — and the proposed cap is two thirds of M, rounded down to
// whole 5 minutes. A cap under 10 minutes is not advice (a 5-minute run is hardly a run): then the rule
// proposes walk-run intervals or cross-training, and a check by a physiotherapist (seeds 001, 002).
import type { Alert } from '#shared/guidance'
import type { PainReport } from '#shared/types'
import type { GuidanceContext } from '../context'
import { idsAnchor, inWindow, makeAlert, metric, painEvidence } from '../format'
import { T, runCapMinutes } from '../thresholds'
import type { Rule } from './rule'
import { countOf, possessive } from '#shared/text'

function onsetsByRun(ctx: GuidanceContext): PainReport[] {
  const byRun = new Map<string, PainReport>()
  for (const p of ctx.pain) {
    if (p.timing !== 'during' || p.onsetMinute === null || p.score <= 0) continue
    if (!inWindow(p.date, ctx.today, T.onsetWindowDays.value)) continue
    const run = p.runId !== null ? `run-${String(p.runId)}` : `day-${p.date}`
    const seen = byRun.get(run)
    if (!seen || (seen.onsetMinute ?? 0) > p.onsetMinute) byRun.set(run, p)
  }
  return [...byRun.values()]
}

export const onsetMinute: Rule = {
  id: 'onset_minute',
  levels: ['caution'],
  evaluate(ctx): Alert[] {
    const reports = onsetsByRun(ctx)
    if (reports.length < T.onsetMinRuns.value) return []
    const minutes = reports.map((p) => p.onsetMinute ?? 0).sort((a, b) => a - b)
    const onset = minutes[Math.floor((minutes.length - 1) / 2)] ?? 0
    const cap = runCapMinutes(onset)
    const name = ctx.athlete.name
    const shortest = T.onsetShortestCap.value
    const tooShort = cap < shortest
    const advice = tooShort
      ? `Two thirds of ${String(onset)} minutes leaves less than a ${String(shortest)}-minute run, which is no cap ` +
        `to give. Consider walk-run intervals (for example 1 minute of easy running, 2 minutes of walking, kept ` +
        `below minute ${String(onset)}) or cross-training such as cycling or swimming on the other days, and ` +
        `suggest that ${name} has the back checked by a physiotherapist.`
      : `Consider capping ${possessive(name)} runs at ${String(cap)} minutes for now, adding strength work, and then ` +
        'building the duration back up gradually while the pain stays away.'
    return [
      makeAlert(ctx, {
        ruleId: 'onset_minute',
        level: 'caution',
        anchor: idsAnchor(
          'pain',
          reports.map((p) => p.id),
        ),
        title: tooShort
          ? `Pain starts around minute ${String(onset)}: walk-run or cross-train, and a physio check`
          : `Pain starts around minute ${String(onset)}: cap runs at ${String(cap)} min`,
        message:
          `In ${countOf(reports.length, 'recent run')} ${possessive(name)} back started to hurt after about ${String(onset)} ` +
          'minutes.',
        advice,
        trigger:
          `Pain during the run with a minute of onset in at least ${String(T.onsetMinRuns.value)} runs of the last ` +
          `${String(T.onsetWindowDays.value)} days. The cap is two thirds of the minute the pain starts, rounded ` +
          `down to whole ${String(T.onsetCapStep.value)} minutes (pain at minute 30 gives ${String(runCapMinutes(30))} ` +
          `min). A cap under ${String(shortest)} minutes is not given; walk-run or cross-training is proposed instead.`,
        evidence: [
          ...reports.map((p) => painEvidence(p, `${String(p.score)}/10, started at minute ${String(p.onsetMinute)}`)),
          metric('Onset minute used (lower median)', `${String(onset)} min`),
          metric('Proposed run cap', tooShort ? `none (under ${String(shortest)} min)` : `${String(cap)} min`),
        ],
        sources: tooShort ? ['seed-002', 'seed-001'] : ['seed-002'],
        proposal: { kind: tooShort ? 'walk_run' : 'run_cap', onsetMinute: onset, capMinutes: cap },
      }),
    ]
  },
}
