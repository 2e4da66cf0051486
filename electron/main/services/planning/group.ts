// The plan across athletes: a group's week (athletes as rows, days as columns, planned and done), weekly
// compliance for the team overview, and a week template applied to a group, scaled to each athlete's
// own recent weekly distance by a factor the coach sets.
import type { Repositories } from '../../db/repositories'
import { addDays } from '#shared/dates'
import type { GroupWeek, GroupWeekRow, PlannedSession, TemplateResult } from '#shared/planning'
import { AppError } from '../errors'
import { weekCompliance, type DoneRun } from './compliance'
import { normalise } from './service'

/** Weeks of history a template is scaled to: the 4 full weeks before the target week. */
export const TEMPLATE_HISTORY_WEEKS = 4

function doneByDay(runs: readonly DoneRun[], weekStart: string): GroupWeekRow['done'] {
  const end = addDays(weekStart, 6)
  const byDate = new Map<string, GroupWeekRow['done'][number]>()
  for (const run of runs) {
    if (run.date < weekStart || run.date > end) continue
    const day = byDate.get(run.date) ?? { date: run.date, runs: 0, distanceM: 0, durationMin: 0 }
    day.runs += 1
    day.distanceM += run.distanceM ?? 0
    day.durationMin += run.durationMin
    byDate.set(run.date, day)
  }
  return [...byDate.values()]
}

const scaleRun = (s: PlannedSession, scale: number): Partial<PlannedSession> => ({
  distanceM: s.distanceM === null ? null : Math.round((s.distanceM * scale) / 100) * 100,
  durationMin: s.durationMin === null ? null : Math.max(1, Math.round(s.durationMin * scale)),
})

export function groupPlans(repos: Repositories) {
  const planned = () => repos.planned

  const members = (groupId: number | null) => {
    if (groupId === null) return repos.athletes.list(false).map((a) => ({ id: a.id, name: a.name }))
    const programs = repos.programs
    if (!programs.group(groupId))
      throw new AppError('not_found', 'That group was not found. It may have been removed.', 'groupId')
    return programs.groupAthletes(groupId)
  }

  /** Every active athlete's compliance for one week, keyed by athlete id (null when nothing was due). */
  const teamCompliance = (weekStart: string, today: string): Record<number, number | null> => {
    const end = addDays(weekStart, 6)
    // One read transaction: the plan, the runs and the sessions as of one moment.
    const read = repos.db.transaction(() => ({
      sessions: planned().allBetween(weekStart, end),
      runs: planned().runsBetween(addDays(weekStart, -1), addDays(end, 1)),
      done: planned().sessionsDone(null, addDays(weekStart, -1), addDays(end, 1)),
    }))
    const { sessions, runs, done } = read()
    const out: Record<number, number | null> = {}
    for (const [athleteId, list] of sessions)
      out[athleteId] = weekCompliance(weekStart, today, list, runs.get(athleteId) ?? [], done.get(athleteId)).pct
    return out
  }

  const groupWeek = (groupId: number | null, weekStart: string, today: string): GroupWeek => {
    const end = addDays(weekStart, 6)
    const read = repos.db.transaction(() => ({
      people: members(groupId),
      sessions: planned().allBetween(weekStart, end),
      runs: planned().runsBetween(addDays(weekStart, -1), addDays(end, 1)),
      sessionsDone: planned().sessionsDone(null, addDays(weekStart, -1), addDays(end, 1)),
    }))
    const { people, sessions, runs, sessionsDone } = read()
    return {
      weekStart,
      rows: people.map((person): GroupWeekRow => {
        const own = sessions.get(person.id) ?? []
        const done = runs.get(person.id) ?? []
        return {
          athleteId: person.id,
          name: person.name,
          sessions: own,
          done: doneByDay(done, weekStart),
          compliance: weekCompliance(weekStart, today, own, done, sessionsDone.get(person.id)),
        }
      }),
    }
  }

  const applyTemplate = (input: {
    groupId: number
    fromAthleteId: number
    fromWeek: string
    toWeek: string
    factor: number
  }): TemplateResult => {
    const template = planned().between(input.fromAthleteId, input.fromWeek, addDays(input.fromWeek, 6))
    const templateDistance = template.reduce((sum, s) => sum + (s.kind === 'run' ? (s.distanceM ?? 0) : 0), 0)
    if (templateDistance <= 0)
      throw new AppError('invalid', 'The template week has no planned run with a distance to scale.', 'fromWeek')
    const shift = (date: string) => addDays(input.toWeek, (Date.parse(date) - Date.parse(input.fromWeek)) / 86_400_000)
    const historyFrom = addDays(input.toWeek, -7 * TEMPLATE_HISTORY_WEEKS)
    const write = repos.db.transaction((): TemplateResult => {
      const result: TemplateResult = { applied: [], skipped: [] }
      const history = planned().runsBetween(historyFrom, addDays(input.toWeek, -1))
      const existing = planned().allBetween(input.toWeek, addDays(input.toWeek, 6))
      for (const person of members(input.groupId)) {
        const recent = (history.get(person.id) ?? []).reduce((sum, r) => sum + (r.distanceM ?? 0), 0)
        const reason =
          person.id === input.fromAthleteId
            ? 'the template is their own week'
            : existing.has(person.id)
              ? 'already has sessions planned that week'
              : recent <= 0
                ? `no run with a distance in the ${String(TEMPLATE_HISTORY_WEEKS)} weeks before`
                : null
        if (reason) {
          result.skipped.push({ athleteId: person.id, name: person.name, reason })
          continue
        }
        const scale = ((recent / TEMPLATE_HISTORY_WEEKS) * input.factor) / templateDistance
        for (const s of template) {
          const { id: _i, uuid: _u, athleteId: _a, load: _l, updatedAt: _t, ...fields } = s
          const sized = s.kind === 'run' ? { ...fields, ...scaleRun(s, scale) } : fields
          planned().insert(person.id, normalise({ ...sized, date: shift(s.date), shoeId: null, programId: null }))
        }
        result.applied.push({ athleteId: person.id, name: person.name, sessions: template.length, scale })
      }
      return result
    })
    return write()
  }

  return { members, teamCompliance, groupWeek, applyTemplate }
}
