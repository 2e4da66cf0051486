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

interface FlagRule {
  id: 'red_flag_urgent' | 'red_flag'
  level: 'refer_today' | 'refer'
  kinds: readonly RedFlag[]
  title: string
  message: (name: string, flags: string) => string
  advice: (name: string) => string
  /** how the trigger names the flags it watches: "an urgent red flag", "one of these red flags" */
  watches: string
}

/** One alert per level, listing every report of the window that ticks one of the level's flags. */
function flagRule(spec: FlagRule): Rule {
  const kinds = new Set<RedFlag>(spec.kinds)
  return {
    id: spec.id,
    levels: [spec.level],
    evaluate(ctx): Alert[] {
      const hits = flagged(ctx, kinds)
      if (hits.length === 0) return []
      const flags = [...new Set(hits.flatMap((h) => h.flags))]
      const name = ctx.athlete.name
      return [
        makeAlert(ctx, {
          ruleId: spec.id,
          level: spec.level,
          anchor: idsAnchor(
            'pain',
            hits.map((h) => h.report.id),
          ),
          title: spec.title,
          message: spec.message(name, listOf(flags)),
          advice: spec.advice(name),
          trigger:
            `A pain report of the last ${String(T.redFlagWindowDays.value)} days ticks ${spec.watches}: ` +
            `${listOf(spec.kinds)}.`,
          evidence: hits.map((h) => painEvidence(h.report, listOf(h.flags))),
          sources: ['finucane-2020'],
        }),
      ]
    },
  }
}

export const redFlagUrgent: Rule = flagRule({
  id: 'red_flag_urgent',
  level: 'refer_today',
  kinds: URGENT_RED_FLAGS,
  title: 'Urgent red flag: stop running, see a doctor today',
  message: (name, flags) => `${name} reported ${flags}. Signs like these need a doctor to look at them the same day.`,
  advice: (name) =>
    `Tell ${name} to stop running and see a doctor today. If their own doctor cannot see them today, ` +
    'urgent care or an emergency department can. Do not plan any training until a doctor has cleared it.',
  watches: 'an urgent red flag',
})

export const redFlagOther: Rule = flagRule({
  id: 'red_flag',
  level: 'refer',
  kinds: OTHER_RED_FLAGS,
  title: 'Red flag: see a doctor before more training',
  message: (name, flags) => `${name} reported ${flags}. Together with back pain, this is a reason for a medical check.`,
  advice: (name) => `Ask ${name} to see a doctor before any more training, and hold the plan until then.`,
  watches: 'one of these red flags',
})

export const redFlagRules: Rule[] = [redFlagUrgent, redFlagOther]
