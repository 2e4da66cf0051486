// Planned sessions: create, change, move, delete (a tombstone, undoable) and copy a week. A session of
// another kind than a run keeps no run fields, so a run turned into rest cannot leave a distance behind.
import type { Repositories } from '../../db/repositories'
import type { PlannedValues } from '../../db/repositories/planned'
import { addDays, daysBetween } from '#shared/dates'
import type { PlannedSession } from '#shared/planning'
import type { PlanFields, PlanUpdate } from '#shared/schemas/plan'
import type { AthleteService } from '../athletes/service'
import { AppError, must } from '../errors'

/** What is stored for a kind: run fields only on a run; rest has no duration either. */
export function normalise(f: Omit<PlanUpdate, 'id'>): PlannedValues {
  if (f.kind === 'run') return { ...f, runType: f.runType ?? 'easy' }
  const keepsTime = f.kind !== 'rest'
  return {
    ...f,
    runType: null,
    distanceM: null,
    surface: null,
    shoeId: null,
    durationMin: keepsTime ? f.durationMin : null,
    rpe: keepsTime ? f.rpe : null,
    programId: f.kind === 'strength' || f.kind === 'mobility' ? f.programId : null,
  }
}

export function planService(repos: Repositories, athletes: AthleteService) {
  const repo = () => repos.planned

  const get = (id: number): PlannedSession => {
    const found = must(repo().get(id), 'That planned session')
    if (found.deleted) throw new AppError('not_found', 'That planned session was deleted.')
    return found.session
  }

  const checkLinks = (athleteId: number, f: PlannedValues) => {
    if (f.shoeId !== null) {
      const shoe = must(repos.shoes.get(f.shoeId), 'That shoe', 'shoeId')
      if (shoe.athleteId !== athleteId) throw new AppError('invalid', 'That shoe belongs to another athlete.', 'shoeId')
    }
    if (f.programId !== null) {
      const program = must(repos.programs.get(f.programId), 'That program', 'programId')
      if (program.athleteId !== athleteId)
        throw new AppError('invalid', 'That program belongs to another athlete.', 'programId')
    }
  }

  const insert = (athleteId: number, fields: Omit<PlanUpdate, 'id'>): PlannedSession => {
    const values = normalise(fields)
    checkLinks(athleteId, values)
    return get(repo().insert(athleteId, values))
  }

  const copyWeek = (athleteId: number, fromWeek: string, toWeek: string): PlannedSession[] => {
    athletes.require(athleteId)
    const shift = daysBetween(fromWeek, toWeek)
    const source = repo().between(athleteId, fromWeek, addDays(fromWeek, 6))
    if (source.length === 0) throw new AppError('invalid', 'That week has no planned sessions to copy.', 'fromWeek')
    const write = repos.db.transaction(() =>
      source.map(({ id: _id, uuid: _uuid, athleteId: _a, load: _l, updatedAt: _u, ...fields }) =>
        insert(athleteId, { ...fields, date: addDays(fields.date, shift) }),
      ),
    )
    return write()
  }

  return {
    get,
    list: (athleteId: number, from: string, to: string) => {
      athletes.require(athleteId)
      return repo().between(athleteId, from, to)
    },
    create: ({ athleteId, ...fields }: PlanFields): PlannedSession => {
      athletes.require(athleteId)
      return insert(athleteId, fields)
    },
    update: ({ id, ...fields }: PlanUpdate): PlannedSession => {
      const current = get(id)
      const values = normalise(fields)
      checkLinks(current.athleteId, values)
      repo().update(id, values)
      return get(id)
    },
    delete: (id: number) => {
      get(id)
      repo().tombstone(id)
      return { id }
    },
    restore: (id: number): PlannedSession => {
      const found = must(repo().get(id), 'That planned session')
      if (found.deleted) repo().restore(id)
      return get(id)
    },
    /** Copies every session of one week into another, same weekdays and times; returns the new ones. */
    copyWeek,
  }
}

export type PlanService = ReturnType<typeof planService>
