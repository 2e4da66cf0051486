// Strength sessions missing (seeds 003, 004: strength work 2–3 times a week; on run days, 4–6 hours
// after the run). Programs are not stored yet, so "on a program" is read as: at least one strength
// session logged in the last 28 days. Such an athlete with fewer than 2 strength sessions in the last
// 7 days gets a reminder; an athlete who never logs strength work gets none (there is no program to
// follow, and the coach sees that on the athlete page).
import type { Alert } from '#shared/guidance'
import { isoWeekStart } from '../../analytics/days'
import type { GuidanceContext } from '../context'
import { inWindow, makeAlert, metric, windowStart } from '../format'
import { T } from '../thresholds'
import type { Rule } from './rule'
import { countOf, formatDate } from '#shared/text'

export const strengthMissing: Rule = {
  id: 'strength_missing',
  levels: ['info'],
  evaluate(ctx: GuidanceContext): Alert[] {
    const strength = ctx.sessions.filter(
      (s) => s.kind === 'strength' && inWindow(s.date, ctx.today, T.programWindowDays.value),
    )
    if (strength.length === 0) return []
    const days = T.strengthWindowDays.value
    const recent = strength.filter((s) => inWindow(s.date, ctx.today, days))
    const needed = T.strengthMinSessions.value
    if (recent.length >= needed) return []
    const last = strength[strength.length - 1]
    const from = windowStart(ctx.today, days)
    return [
      makeAlert(ctx, {
        ruleId: 'strength_missing',
        level: 'info',
        anchor: `week-${isoWeekStart(ctx.today)}`,
        title: `${countOf(recent.length, 'strength session')} in the last ${String(days)} days`,
        message:
          `${ctx.athlete.name} logged ${countOf(recent.length, 'strength session')} in ` +
          `the last ${String(days)} days (last one on ${formatDate(last?.date ?? null)}).`,
        advice:
          'Aim for 2–3 strength sessions a week. On a run day, do them 4–6 hours after the run rather than before it.',
        trigger:
          `At least one strength session in the last ${String(T.programWindowDays.value)} days (taken as being on a ` +
          `program) and fewer than ${String(needed)} in the last ${String(days)} days.`,
        evidence: [
          metric(`Strength sessions, last ${String(days)} days`, String(recent.length), from),
          ...strength.map((s) => ({
            kind: 'session' as const,
            id: s.id,
            date: s.date,
            label: 'Strength session',
            value: 'logged',
          })),
        ],
        sources: ['seed-003', 'seed-004'],
      }),
    ]
  },
}
