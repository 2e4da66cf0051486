// Adherence: of the sessions a program's week plan asks for, how many the runner ticked on the sheet.
import { addDays } from '#shared/dates'
import { buildWeekPlan, type WeekPlan } from '#shared/programSchedule'
import type { AdherenceWeek, Program, Tick } from '#shared/programs'

export function planOf(program: Pick<Program, 'runDays' | 'strengthPerWeek' | 'mobilityPerDay' | 'items'>): WeekPlan {
  return buildWeekPlan({
    runDays: program.runDays,
    strengthPerWeek: program.strengthPerWeek,
    mobilityPerDay: program.mobilityPerDay,
    kinds: [...new Set(program.items.map((i) => i.session))],
  })
}

/** The calendar day of a session: the program starts on a Monday and day 0 is Monday. */
export function sessionDate(startDate: string, week: number, day: number): string {
  return addDays(startDate, (week - 1) * 7 + day)
}

/**
 * One entry per program week. Ticks for sessions the plan no longer has (the coach changed the run days
 * afterwards) are kept in the database but do not count.
 */
export function weeklyAdherence(program: Program, ticks: readonly Tick[]): AdherenceWeek[] {
  const plan = planOf(program)
  const keys = new Set(plan.days.flatMap((d) => d.sessions.map((s) => s.key)))
  return Array.from({ length: program.weeks }, (_, i) => {
    const week = i + 1
    const done = ticks.filter((t) => t.week === week && keys.has(t.sessionKey)).length
    return {
      week,
      weekStart: addDays(program.startDate, i * 7),
      planned: plan.perWeek,
      done,
      percent: plan.perWeek ? Math.round((done / plan.perWeek) * 100) : null,
    }
  })
}
