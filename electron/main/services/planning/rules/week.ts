// Plan rules about the shape of a week: run days while in pain, strength sessions in a program week,
// strength planned just before a run, and the planned surface mix while in pain.
import { addDays, isoWeekStart } from '#shared/dates'
import type { Surface } from '#shared/enums'
import type { PlannedSession, PlanWarning } from '#shared/planning'
import { SURFACE_LABEL } from '#shared/labels'
import { formatDate, formatWeek } from '#shared/text'
import { distance, pct } from '../../guidance/format'
import { atLeast } from '../../guidance/thresholds'
import { PLAN_T, T } from '../thresholds'
import { isAhead, makeWarning, type PlanContext, type PlanRule } from './context'
import { afterRun, runSoonAfter, strengthSlot, toMinutes, toTime } from './strengthSlot'

const HARD = new Set<Surface>(['road', 'concrete'])
/** A strength session the fix adds when the week has none to copy the length from. */
const DEFAULT_STRENGTH_MIN = 30

/** ISO weeks (their Mondays) that hold a planned session today or later, oldest first. */
function weeksAhead(ctx: PlanContext, filter: (s: PlannedSession) => boolean = () => true): string[] {
  const weeks = new Set(ctx.planned.filter((s) => isAhead(ctx, s) && filter(s)).map((s) => isoWeekStart(s.date)))
  return [...weeks].sort()
}

const inWeek = (date: string, weekStart: string) => date >= weekStart && date <= addDays(weekStart, 6)

export const planRunFrequency: PlanRule = (ctx) => {
  if (ctx.painSince === null) return []
  return weeksAhead(ctx, (s) => s.kind === 'run').flatMap((week): PlanWarning[] => {
    const done = ctx.runs.filter((r) => r.date <= ctx.today && inWeek(r.date, week)).map((r) => r.date)
    const ahead = ctx.ahead.filter((r) => inWeek(r.date, week))
    const days = new Set([...done, ...ahead.map((r) => r.date)])
    if (days.size <= T.runDaysMax.value) return []
    const last = ahead.at(-1)
    if (!last) return []
    return [
      makeWarning(ctx, {
        ruleId: 'plan_run_frequency',
        level: 'info',
        anchor: `week-${week}`,
        sessionId: last.sessionId,
        weekStart: week,
        title: `${String(days.size)} run days planned in the week while in pain`,
        numbers: [
          `Run days in the ${formatWeek(week)} (done + planned): ${String(days.size)}`,
          `Pain present since ${ctx.painSince ?? ''}`,
          `Limit: ${String(T.runDaysMax.value)} run days`,
        ],
        trigger: `More than ${String(T.runDaysMax.value)} run days in a week while back pain is present.`,
        advice: 'Plan 3–4 run days a week for now, with cross-training (cycling, swimming) on the other days.',
        sources: T.runDaysMax.sources,
        fix: {
          label: 'Make the last one cross-training',
          sessionId: last.sessionId,
          patch: { kind: 'cross_training' },
        },
      }),
    ]
  })
}

export const planStrengthCount: PlanRule = (ctx) => {
  const active = ctx.programs.filter((p) => p.status === 'active')
  return weeksAhead(ctx).flatMap((week): PlanWarning[] => {
    const program = active.find((p) => p.startDate <= addDays(week, 6) && p.endDate >= week)
    if (!program) return []
    const planned = ctx.planned.filter((s) => s.kind === 'strength' && inWeek(s.date, week))
    const strength = planned.length
    if (strength >= T.strengthMinSessions.value) return []
    const slot = strengthSlot(ctx, week)
    return [
      makeWarning(ctx, {
        ruleId: 'plan_strength_count',
        level: 'info',
        anchor: `week-${week}`,
        sessionId: null,
        weekStart: week,
        title: `${String(strength)} strength session${strength === 1 ? '' : 's'} planned in a program week`,
        numbers: [
          `Strength sessions planned in the ${formatWeek(week)}: ${String(strength)}`,
          `Program: ${program.title} (${formatDate(program.startDate)} to ${formatDate(program.endDate)})`,
          `At least: ${String(T.strengthMinSessions.value)}`,
        ],
        trigger: `Fewer than ${String(T.strengthMinSessions.value)} strength sessions planned in a week of an active program.`,
        advice: 'Plan 2–3 strength sessions a week; on a run day, 4–6 hours after the run.',
        sources: T.strengthMinSessions.sources,
        fix: slot && {
          label: `Add a strength session on ${formatDate(slot.date)}${slot.time ? ` at ${slot.time}` : ''}`,
          add: {
            date: slot.date,
            time: slot.time,
            kind: 'strength',
            durationMin: planned.at(-1)?.durationMin ?? DEFAULT_STRENGTH_MIN,
            programId: program.id,
            notes: slot.time ? 'After the run (4–6 h after it ends)' : '',
          },
        },
      }),
    ]
  })
}

export const planStrengthBeforeRun: PlanRule = (ctx) => {
  return ctx.planned
    .filter((s) => s.kind === 'strength' && s.time !== null && isAhead(ctx, s))
    .flatMap((strength): PlanWarning[] => {
      const at = toMinutes(strength.time ?? '')
      const run = runSoonAfter(ctx.planned, strength.date, at)
      if (!run) return []
      const target = afterRun(run)
      const hours = (toMinutes(run.time ?? '') - at) / 60
      return [
        makeWarning(ctx, {
          ruleId: 'plan_strength_before_run',
          level: 'info',
          anchor: `session-${String(strength.id)}`,
          sessionId: strength.id,
          weekStart: isoWeekStart(strength.date),
          title: `Strength planned ${String(Math.round(hours * 10) / 10)} h before a run`,
          numbers: [
            `Strength at ${strength.time ?? ''}`,
            `Run at ${run.time ?? ''}`,
            `Gap needed: ${String(PLAN_T.strengthGapHours.value)} h or more`,
          ],
          trigger: `Strength work planned less than ${String(PLAN_T.strengthGapHours.value)} hours before a run on the same day.`,
          advice:
            'Do strength work 4–6 hours after the run on a run day, so the back is not tired when the run starts.',
          sources: PLAN_T.strengthGapHours.sources,
          fix:
            target !== null
              ? { label: `Move strength to ${toTime(target)}`, sessionId: strength.id, patch: { time: toTime(target) } }
              : null,
        }),
      ]
    })
}

export const planHardSurfaces: PlanRule = (ctx) => {
  if (ctx.painSince === null) return []
  return weeksAhead(ctx, (s) => s.kind === 'run').flatMap((week): PlanWarning[] => {
    const runs = ctx.planned.filter(
      (s) =>
        s.kind === 'run' && isAhead(ctx, s) && inWeek(s.date, week) && s.surface !== null && (s.distanceM ?? 0) > 0,
    )
    const total = runs.reduce((sum, s) => sum + (s.distanceM ?? 0), 0)
    const hardRuns = runs.filter((s) => HARD.has(s.surface as Surface))
    const hard = hardRuns.reduce((sum, s) => sum + (s.distanceM ?? 0), 0)
    if (total <= 0 || !atLeast(hard / total, T.hardSurfaceShare.value)) return []
    const longest = [...hardRuns].sort((a, b) => (b.distanceM ?? 0) - (a.distanceM ?? 0))[0]
    if (!longest) return []
    const soft = PLAN_T.softSurface
    return [
      makeWarning(ctx, {
        ruleId: 'plan_hard_surfaces',
        level: 'info',
        anchor: `week-${week}`,
        sessionId: longest.id,
        weekStart: week,
        title: `${pct(hard / total)} of the planned distance on road or concrete`,
        numbers: [
          `Road or concrete: ${distance(hard, ctx.unit)} of ${distance(total, ctx.unit)} planned`,
          `Pain present since ${ctx.painSince ?? ''}`,
          `Limit: under ${pct(T.hardSurfaceShare.value)}`,
        ],
        trigger: `${pct(T.hardSurfaceShare.value)} or more of a week's planned distance (runs with a surface) on road or concrete while back pain is present.`,
        advice:
          'Move some runs to trail, track or grass; softer ground mixed with road running may ease the load on the back.',
        sources: T.hardSurfaceShare.sources,
        fix: { label: `Swap to ${SURFACE_LABEL[soft].toLowerCase()}`, sessionId: longest.id, patch: { surface: soft } },
      }),
    ]
  })
}
