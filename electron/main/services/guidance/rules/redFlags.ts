// Red flags (Finucane et al. 2020): signs that back pain may need a doctor rather than a training change.
// The coach ticks them on a pain report. Urgent flags → stop running, see a doctor today; the others →
// see a doctor before more training. One alert per level lists every flagged report of the last 28 days,
// whatever its pain score (a flag matters even on a 0/10 day).
import { OTHER_RED_FLAGS, RED_FLAGS, URGENT_RED_FLAGS, type RedFlag } from '#shared/enums'
import { RED_FLAG_LABEL } from '#shared/labels'
import type { Alert } from '#shared/guidance'
import type { GuidanceContext } from '../context'
import { idsAnchor, inWindow, makeAlert, painEvidence } from '../format'
import { T } from '../thresholds'
import type { Rule } from './rule'

const URGENT = new Set<RedFlag>(URGENT_RED_FLAGS)
const OTHER = new Set<RedFlag>(OTHER_RED_FLAGS)

// In the framework's order (urgent ones first), whatever order the database returned them in.
const listOf = (flags: readonly RedFlag[]) =>
  [...flags]
    .sort((a, b) => RED_FLAGS.indexOf(a) - RED_FLAGS.indexOf(b))
    .map((f) => RED_FLAG_LABEL[f].toLowerCase())
    .join('; ')

function flagged(ctx: GuidanceContext, kinds: Set<RedFlag>) {
  return ctx.pain
    .filter((p) => inWindow(p.date, ctx.today, T.redFlagWindowDays.value))
    .map((report) => ({ report, flags: report.redFlags.filter((f) => kinds.has(f)) }))
    .filter((entry) => entry.flags.length > 0)
}

export const redFlagUrgent: Rule = {
  id: 'red_flag_urgent',
  levels: ['refer_today'],
  evaluate(ctx): Alert[] {
    const hits = flagged(ctx, URGENT)
    if (hits.length === 0) return []
    const flags = [...new Set(hits.flatMap((h) => h.flags))]
    const name = ctx.athlete.name
    return [
      makeAlert(ctx, {
        ruleId: 'red_flag_urgent',
        level: 'refer_today',
        anchor: idsAnchor(
          'pain',
          hits.map((h) => h.report.id),
        ),
        title: 'Urgent red flag: stop running, see a doctor today',
        message: `${name} reported ${listOf(flags)}. Signs like these need a doctor to look at them the same day.`,
        advice:
          `Tell ${name} to stop running and see a doctor today. If their own doctor cannot see them today, ` +
          'urgent care or an emergency department can. Do not plan any training until a doctor has cleared it.',
        trigger:
          `A pain report of the last ${String(T.redFlagWindowDays.value)} days ticks an urgent red flag: ` +
          `${listOf(URGENT_RED_FLAGS)}.`,
        evidence: hits.map((h) => painEvidence(h.report, listOf(h.flags))),
        sources: ['finucane-2020'],
      }),
    ]
  },
}

export const redFlagOther: Rule = {
  id: 'red_flag',
  levels: ['refer'],
  evaluate(ctx): Alert[] {
    const hits = flagged(ctx, OTHER)
    if (hits.length === 0) return []
    const flags = [...new Set(hits.flatMap((h) => h.flags))]
    const name = ctx.athlete.name
    return [
      makeAlert(ctx, {
        ruleId: 'red_flag',
        level: 'refer',
        anchor: idsAnchor(
          'pain',
          hits.map((h) => h.report.id),
        ),
        title: 'Red flag: see a doctor before more training',
        message: `${name} reported ${listOf(flags)}. Together with back pain, this is a reason for a medical check.`,
        advice: `Ask ${name} to see a doctor before any more training, and hold the plan until then.`,
        trigger:
          `A pain report of the last ${String(T.redFlagWindowDays.value)} days ticks one of these red flags: ` +
          `${listOf(OTHER_RED_FLAGS)}.`,
        evidence: hits.map((h) => painEvidence(h.report, listOf(h.flags))),
        sources: ['finucane-2020'],
      }),
    ]
  },
}

export const redFlagRules: Rule[] = [redFlagUrgent, redFlagOther]
