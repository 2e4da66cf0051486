// Strength sessions missing (seeds 003, 004: strength work 2–3 times a week; on run days, 4–6 hours
// after the run). Only for a runner on a program: one marked active, whose weeks include today, with
// strength work in it. Sessions count whether the coach logged them or the runner ticked them on the
// printed sheet (programs.tick); a day with both counts once, since the sheet and the log may well
// describe the same session. A runner without an active program gets no reminder at all.
import type { Alert, Evidence } from '#shared/guidance'
import { isoWeekStart } from '../../analytics/days'
import type { GuidanceContext } from '../context'
import { inWindow, makeAlert, metric, windowStart } from '../format'
import { T } from '../thresholds'
import type { Rule } from './rule'
import { countOf } from '#shared/text'

export const strengthMissing: Rule = {
  id: 'strength_missing',
  levels: ['info'],
  evaluate(ctx: GuidanceContext): Alert[] {
    const program = ctx.programs[ctx.programs.length - 1]
    if (!program) return []
    const days = T.strengthWindowDays.value
    const logged = ctx.sessions.filter((s) => s.kind === 'strength' && inWindow(s.date, ctx.today, days))
    const ticked = ctx.strengthTicks.filter((t) => inWindow(t.date, ctx.today, days))
    const done = new Set([...logged.map((s) => s.date), ...ticked.map((t) => t.date)]).size
    const needed = T.strengthMinSessions.value
    if (done >= needed) return []
    const from = windowStart(ctx.today, days)
    const evidence: Evidence[] = [
      metric(`Strength sessions, last ${String(days)} days`, String(done), from),
      { kind: 'metric', id: null, date: program.startDate, label: 'Active program', value: program.title },
      ...logged.map((s) => ({
        kind: 'session' as const,
        id: s.id,
        date: s.date,
        label: 'Strength session',
        value: 'logged',
      })),
      ...ticked.map((t) => ({
        kind: 'session' as const,
        id: null,
        date: t.date,
        label: 'Strength session',
        value: 'ticked on the program sheet',
      })),
    ]
    return [
      makeAlert(ctx, {
        ruleId: 'strength_missing',
        level: 'info',
        anchor: `week-${isoWeekStart(ctx.today)}`,
        title: `${countOf(done, 'strength session')} in the last ${String(days)} days`,
        message:
          `${ctx.athlete.name} is on “${program.title}” and did ${countOf(done, 'strength session')} in the last ` +
          `${String(days)} days (logged or ticked on the sheet).`,
        advice:
          'Aim for 2–3 strength sessions a week. On a run day, do them 4–6 hours after the run rather than before it.',
        trigger:
          `A program with strength work is active today, and fewer than ${String(needed)} strength sessions were ` +
          `logged or ticked on its sheet in the last ${String(days)} days.`,
        evidence,
        sources: ['seed-003', 'seed-004'],
      }),
    ]
  },
}
